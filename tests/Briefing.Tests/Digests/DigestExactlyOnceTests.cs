using System.Globalization;
using Briefing.Digests;

namespace Briefing.Tests.Digests;

/// <summary>Exactly once past Discord's nonce window, across /digest now, and between concurrent runs.</summary>
public sealed class DigestExactlyOnceTests
{
    private const ulong Channel = 900;
    private static readonly DateTimeOffset Monday0600Utc = DateTimeOffset.Parse("2026-06-08T06:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_page_posted_before_a_crash_is_found_in_the_channel_after_Discord_forgot_its_nonce()
    {
        var bed = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 2);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await AddArticlesAsync(bed, 7);

        // Killed after Discord accepted page 2 but before the ledger recorded it; the restart comes after the nonce window.
        bed.Channel.CrashAfterPage = 2;
        bed.Channel.ForgetNonces = true;
        bed.Time.Advance(TimeSpan.FromHours(2));
        await bed.Delivery.RunDueAsync(CancellationToken.None);
        bed.Channel.CrashAfterPage = null;
        await using var restarted = await bed.RestartAsync();
        restarted.Time.Advance(TimeSpan.FromMinutes(10));
        await restarted.Delivery.RunDueAsync(CancellationToken.None);
        await restarted.Delivery.RunDueAsync(CancellationToken.None);

        Assert.Equal([1, 2, 3, 4], restarted.Channel.Messages.Select(m => m.Page.Number));
        Assert.Equal(1, restarted.Channel.FoundInHistory);
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Analysis number {i}"), restarted.Channel.Messages.SelectMany(m => m.Page.Entries).Select(e => e.Title));
    }

    [Fact]
    public async Task An_interrupted_digest_now_is_resumed_by_the_scheduler_and_the_scheduled_digest_repeats_nothing()
    {
        var bed = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 1);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await AddArticlesAsync(bed, 3);
        bed.Time.Advance(TimeSpan.FromHours(1));

        bed.Channel.CrashAfterPage = 2;
        bed.Channel.ForgetNonces = true;
        await Assert.ThrowsAsync<IOException>(async () => await bed.Delivery.RunNowAsync((await bed.Subscriptions.GetAsync(Channel, CancellationToken.None))!, CancellationToken.None));
        bed.Channel.CrashAfterPage = null;
        await using var restarted = await bed.RestartAsync();
        restarted.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(30));
        await restarted.Delivery.RunDueAsync(CancellationToken.None);
        restarted.Time.Advance(TimeSpan.FromDays(1));
        await restarted.Delivery.RunDueAsync(CancellationToken.None);

        Assert.Equal(["Analysis number 1", "Analysis number 2", "Analysis number 3"], Titles(restarted));
    }

    [Fact]
    public async Task An_interrupted_digest_now_is_resumed_by_the_next_digest_now()
    {
        var bed = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 1);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await AddArticlesAsync(bed, 3);
        bed.Time.Advance(TimeSpan.FromHours(1));

        bed.Channel.CrashBeforePage = 2;
        await Assert.ThrowsAsync<IOException>(async () => await bed.Delivery.RunNowAsync((await bed.Subscriptions.GetAsync(Channel, CancellationToken.None))!, CancellationToken.None));
        bed.Channel.CrashBeforePage = null;
        await using var restarted = await bed.RestartAsync();
        restarted.Time.Advance(TimeSpan.FromMinutes(20));
        await restarted.AddArticleAsync("Fetched after the interruption", "The later claim should be listed once as well.");
        var outcome = await restarted.Delivery.RunNowAsync((await restarted.Subscriptions.GetAsync(Channel, CancellationToken.None))!, CancellationToken.None);

        Assert.Equal(DigestOutcome.Posted, outcome);
        Assert.Equal(["Analysis number 1", "Analysis number 2", "Analysis number 3", "Fetched after the interruption"], Titles(restarted));
    }

    [Fact]
    public async Task A_digest_now_during_a_scheduled_run_composes_and_posts_nothing()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 1);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await AddArticlesAsync(bed, 2);
        bed.Channel.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bed.Time.Advance(TimeSpan.FromHours(2));

        var scheduled = bed.Delivery.RunDueAsync(CancellationToken.None);
        await bed.Channel.WaitingAtGate.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var now = await bed.Delivery.RunNowAsync((await bed.Subscriptions.GetAsync(Channel, CancellationToken.None))!, CancellationToken.None);
        bed.Channel.Gate.SetResult();
        var outcomes = await scheduled;

        Assert.Equal(DigestOutcome.HeldByAnotherRun, now);
        Assert.Equal(DigestOutcome.Posted, outcomes[Channel]);
        Assert.Equal([1, 2], bed.Channel.Attempts.Select(a => a.Page));
        Assert.Equal(["Analysis number 1", "Analysis number 2"], Titles(bed));
    }

    [Fact]
    public async Task A_lease_left_by_a_killed_instance_blocks_others_until_it_expires()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await AddArticlesAsync(bed, 1);
        bed.Time.Advance(TimeSpan.FromHours(2));
        var now = bed.Time.GetUtcNow();
        Assert.True(await bed.Leases.TryAcquireAsync(Channel, "killed-instance", now, now.AddMinutes(5), CancellationToken.None));

        var whileHeld = (await bed.Delivery.RunDueAsync(CancellationToken.None))[Channel];
        bed.Time.Advance(TimeSpan.FromMinutes(5));
        var afterExpiry = (await bed.Delivery.RunDueAsync(CancellationToken.None))[Channel];

        Assert.Equal(DigestOutcome.HeldByAnotherRun, whileHeld);
        Assert.Equal(DigestOutcome.Posted, afterExpiry);
        Assert.Single(bed.Channel.Attempts);
    }

    private static async Task AddArticlesAsync(DigestTestBed bed, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await bed.AddArticleAsync($"Analysis number {i}", $"Argument {i}: the council should act on item {i}.");
        }
    }

    private static List<string> Titles(DigestTestBed bed) => [.. bed.Channel.Messages.SelectMany(m => m.Page.Entries).Select(e => e.Title)];
}
