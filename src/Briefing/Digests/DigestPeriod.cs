namespace Briefing.Digests;

/// <summary>
/// One scheduled digest of one channel: it covers articles fetched in [<see cref="Start"/>, <see cref="End"/>),
/// <see cref="End"/> being the scheduled instant. <see cref="DeliveryKey"/> (channel + local date) is what the
/// delivery ledger records, so a channel gets at most one digest per local day.
/// </summary>
public sealed record DigestPeriod(DateTimeOffset Start, DateTimeOffset End, string DeliveryKey);
