using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Digests;

namespace Briefing.Tests.Digests;

/// <summary>
/// Stands in for Discord's channel endpoint: each accepted post gets an id, and a post whose nonce was already
/// seen returns the earlier message instead of a new one (what <c>enforce_nonce</c> does). It can be told to
/// "crash" before or after a given page is accepted.
/// </summary>
internal sealed class FakeDigestChannel : IDigestPublisher
{
    private readonly ConcurrentDictionary<string, string> _byNonce = new();
    private int _nextId;

    /// <summary>Every call, including retries, in order.</summary>
    public ConcurrentQueue<(ulong ChannelId, int Page, string Nonce)> Attempts { get; } = new();
    /// <summary>Messages that really appeared in a channel.</summary>
    public ConcurrentQueue<(ulong ChannelId, DigestPage Page)> Messages { get; } = new();

    public int? CrashBeforePage { get; set; }
    public int? CrashAfterPage { get; set; }

    public Task<string> PublishAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, CancellationToken cancellationToken)
    {
        Attempts.Enqueue((subscription.ChannelId, page.Number, nonce));
        if (CrashBeforePage == page.Number)
        {
            throw new IOException("process killed before the post reached Discord");
        }

        var id = _byNonce.GetOrAdd(nonce, _ =>
        {
            Messages.Enqueue((subscription.ChannelId, page));
            return Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
        });
        if (CrashAfterPage == page.Number)
        {
            throw new IOException("process killed after Discord accepted the post");
        }

        return Task.FromResult(id);
    }
}
