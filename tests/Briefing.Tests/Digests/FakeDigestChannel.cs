using System.Collections.Concurrent;
using System.Globalization;
using Briefing.Digests;

namespace Briefing.Tests.Digests;

/// <summary>
/// Stands in for Discord's channel endpoint: each accepted post gets an id, and a post whose nonce was already
/// seen returns the earlier message instead of a new one (what <c>enforce_nonce</c> does). It can be told to
/// "crash" before or after a given page is accepted, and to forget nonces (Discord keeps them only for minutes).
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
    /// <summary>Discord's nonce window has passed: a repeated nonce posts a second message.</summary>
    public bool ForgetNonces { get; set; }
    /// <summary>When set, the channel answers every post with this refusal (e.g. "403 Missing Access").</summary>
    public string? RefuseWith { get; set; }
    /// <summary>When set, each post waits for it: a run stays in the middle of its digest until the test opens it.</summary>
    public TaskCompletionSource? Gate { get; set; }
    /// <summary>Completed when a post starts waiting at <see cref="Gate"/>.</summary>
    public TaskCompletionSource WaitingAtGate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    /// <summary>How many resumed pages were found already posted in the channel.</summary>
    public int FoundInHistory { get; private set; }

    public async Task<string> PublishAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, CancellationToken cancellationToken)
    {
        Attempts.Enqueue((subscription.ChannelId, page.Number, nonce));
        if (RefuseWith is not null)
        {
            throw new ChannelUnavailableException(RefuseWith);
        }

        if (Gate is { } gate)
        {
            WaitingAtGate.TrySetResult();
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (CrashBeforePage == page.Number)
        {
            throw new IOException("process killed before the post reached Discord");
        }

        if (ForgetNonces)
        {
            _byNonce.Clear();
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

        return id;
    }

    /// <summary>Looks at the channel's messages (by what they show: the page's number and articles) before posting again.</summary>
    public async Task<PublishedPage> PublishMissingAsync(DigestSubscription subscription, Digest digest, DigestPage page, string nonce, DateTimeOffset claimedAt, CancellationToken cancellationToken)
    {
        var shown = Messages.Any(m => m.ChannelId == subscription.ChannelId && m.Page.Number == page.Number && m.Page.Of == page.Of
            && m.Page.Entries.Select(e => e.ArticleId).SequenceEqual(page.Entries.Select(e => e.ArticleId)));
        if (shown)
        {
            FoundInHistory++;
            return new PublishedPage("found", 1);
        }

        return new PublishedPage(await PublishAsync(subscription, digest, page, nonce, cancellationToken), 0);
    }
}
