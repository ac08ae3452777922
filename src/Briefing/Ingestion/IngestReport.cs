using Briefing.Storage;

namespace Briefing.Ingestion;

/// <summary>What an ingest stored and what it could not, item by item.</summary>
public sealed record IngestReport(IReadOnlyList<IngestedItem> Items)
{
    public int Stored => Items.Count(i => i.Result is not null);
    public int Failed => Items.Count(i => i.Error is not null);
}

/// <summary>One item: either saved (<see cref="Result"/>) or failed (<see cref="Error"/>, one line).</summary>
public sealed record IngestedItem(string Source, string? Title, ArticleSaveResult? Result, string? Error);

/// <summary>Progress of a long ingest: item <see cref="Done"/> of <see cref="Total"/> (Total 0 when unknown).</summary>
public sealed record IngestProgress(int Done, int Total, string Current);
