namespace Briefing.Articles.Fetching;

/// <summary>Validators from the previous fetch; sent as If-None-Match / If-Modified-Since.</summary>
public sealed record ConditionalRequest(string? ETag, string? LastModified);
