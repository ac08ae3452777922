namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>One step of a shard's session as the fake gateway saw it: <c>IDENTIFY</c> received, <c>READY</c> or <c>RESUMED</c> sent.</summary>
public sealed record FakeGatewayHandshake(string Kind, int Shard, DateTimeOffset At);
