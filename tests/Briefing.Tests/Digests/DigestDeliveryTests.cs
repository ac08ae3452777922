using System.Globalization;
using Briefing.Digests;

namespace Briefing.Tests.Digests;

public sealed class DigestDeliveryTests
{
    private const ulong Channel = 900;
    private static readonly DateTimeOffset Monday0600Utc = DateTimeOffset.Parse("2026-06-08T06:00:00Z", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Subscribe_then_advance_past_the_local_time_posts_exactly_one_digest()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        await bed.SubscribeAsync(Channel, "09:00", "Europe/Berlin");
        var articleId = await bed.AddArticleAsync("Ports reopen after the strike", "The government should settle with the dockers before winter.");

        await bed.Delivery.RunDueAsync(CancellationToken.None);
        Assert.Empty(bed.Channel.Messages);

        // 09:00 in Berlin (UTC+2 in June) is 07:00 UTC.
        bed.Time.Advance(TimeSpan.FromMinutes(61));
        var outcomes = await bed.Delivery.RunDueAsync(CancellationToken.None);
        bed.Time.Advance(TimeSpan.FromMinutes(30));
        await bed.Delivery.RunDueAsync(CancellationToken.None);

        Assert.Equal(DigestOutcome.Posted, outcomes[Channel]);
        var (channelId, page) = Assert.Single(bed.Channel.Messages);
        Assert.Equal(Channel, channelId);
        var entry = Assert.Single(page.Entries);
        Assert.Equal(articleId, entry.ArticleId);
        Assert.Equal("Ports reopen after the strike", entry.Title);
        Assert.Equal("Example News", entry.Source);
        Assert.False(string.IsNullOrWhiteSpace(entry.Thesis));
        Assert.StartsWith("https://news.example.org/", entry.Url, StringComparison.Ordinal);
        Assert.NotNull((await bed.Ledger.GetAsync("digest:900:2026-06-08", CancellationToken.None))?.CompletedAt);
    }

    [Fact]
    public async Task An_empty_day_posts_nothing_and_the_next_day_lists_only_new_articles()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");

        bed.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(DigestOutcome.Empty, (await bed.Delivery.RunDueAsync(CancellationToken.None))[Channel]);
        Assert.Empty(bed.Channel.Messages);

        await bed.AddArticleAsync("Grain deal extended", "The extension suggests that both sides prefer a slow thaw.");
        bed.Time.Advance(TimeSpan.FromDays(1));
        await bed.Delivery.RunDueAsync(CancellationToken.None);

        var (_, page) = Assert.Single(bed.Channel.Messages);
        Assert.Equal("Grain deal extended", Assert.Single(page.Entries).Title);
    }

    [Fact]
    public async Task Only_articles_matching_the_topics_are_listed()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        await bed.SubscribeAsync(Channel, "08:00", "UTC", "north korea", "tariff");
        await bed.AddArticleAsync("North Korea plays for time", "Pyongyang is waiting for a better partner.");
        await bed.AddArticleAsync("A carbon tariff for steel", "The tariff protects the climate policy.");
        await bed.AddArticleAsync("Four-day week trial", "The results prove less than claimed.");

        bed.Time.Advance(TimeSpan.FromHours(2));
        await bed.Delivery.RunDueAsync(CancellationToken.None);

        var (_, page) = Assert.Single(bed.Channel.Messages);
        Assert.Equal(["North Korea plays for time", "A carbon tariff for steel"], page.Entries.Select(e => e.Title));
    }

    [Fact]
    public async Task A_restart_in_the_middle_of_a_digest_posts_no_duplicate_and_misses_nothing()
    {
        var bed = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 2);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        for (var i = 1; i <= 7; i++)
        {
            await bed.AddArticleAsync($"Analysis number {i}", $"Argument {i}: the council should act on item {i}.");
        }

        // Killed after Discord accepted page 2 but before the ledger recorded it.
        bed.Channel.CrashAfterPage = 2;
        bed.Time.Advance(TimeSpan.FromHours(2));
        await bed.Delivery.RunDueAsync(CancellationToken.None);
        Assert.Equal(2, bed.Channel.Messages.Count);
        var nonceOfPage2 = bed.Channel.Attempts.Single(a => a.Page == 2).Nonce;

        bed.Channel.CrashAfterPage = null;
        await using var restarted = await bed.RestartAsync();
        restarted.Time.Advance(TimeSpan.FromMinutes(1));
        await restarted.Delivery.RunDueAsync(CancellationToken.None);
        await restarted.Delivery.RunDueAsync(CancellationToken.None);

        // Page 1 was not sent again; page 2 was found in the channel instead of being sent again; 3 and 4 followed.
        Assert.Equal([1, 2, 3, 4], restarted.Channel.Attempts.Select(a => a.Page));
        Assert.Equal(1, restarted.Channel.FoundInHistory);
        Assert.Equal(nonceOfPage2, (await restarted.Ledger.GetAsync("digest:900:2026-06-08#2", CancellationToken.None))!.Nonce);
        Assert.Equal([1, 2, 3, 4], restarted.Channel.Messages.Select(m => m.Page.Number));
        var listed = restarted.Channel.Messages.SelectMany(m => m.Page.Entries).Select(e => e.Title).ToList();
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"Analysis number {i}"), listed);
    }

    [Fact]
    public async Task Two_instances_checking_at_once_post_each_page_once()
    {
        await using var first = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 1);
        await first.SubscribeAsync(Channel, "08:00", "UTC");
        await first.AddArticleAsync("Shared analysis one", "The first claim should hold.");
        await first.AddArticleAsync("Shared analysis two", "The second claim should hold.");
        await using var second = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 1, folder: first.Folder, channel: first.Channel);
        first.Time.Advance(TimeSpan.FromHours(2));
        second.Time.Advance(TimeSpan.FromHours(2));

        var outcomes = await Task.WhenAll(first.Delivery.RunDueAsync(CancellationToken.None), second.Delivery.RunDueAsync(CancellationToken.None));

        // One instance holds the channel's lease and posts; the other composes nothing and sends nothing.
        Assert.Equal(["Shared analysis one", "Shared analysis two"], first.Channel.Messages.Select(m => m.Page.Entries.Single().Title));
        Assert.Equal([1, 2], first.Channel.Attempts.Select(a => a.Page));
        Assert.Single(outcomes, o => o[Channel] == DigestOutcome.Posted);
    }

    [Fact]
    public async Task A_crash_before_a_page_is_sent_resumes_from_that_page()
    {
        var bed = await DigestTestBed.StartAsync(Monday0600Utc, entriesPerMessage: 1);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await bed.AddArticleAsync("First analysis", "The first claim should hold.");
        await bed.AddArticleAsync("Second analysis", "The second claim should hold.");

        bed.Channel.CrashBeforePage = 2;
        bed.Time.Advance(TimeSpan.FromHours(2));
        await bed.Delivery.RunDueAsync(CancellationToken.None);

        bed.Channel.CrashBeforePage = null;
        await using var restarted = await bed.RestartAsync();
        await restarted.Delivery.RunDueAsync(CancellationToken.None);

        Assert.Equal(["First analysis", "Second analysis"], restarted.Channel.Messages.Select(m => m.Page.Entries.Single().Title));
    }

    [Fact]
    public async Task A_digest_missed_during_downtime_is_posted_once_inside_the_window_and_skipped_outside_it()
    {
        await using var bed = await DigestTestBed.StartAsync(Monday0600Utc);
        await bed.SubscribeAsync(Channel, "08:00", "UTC");
        await bed.SubscribeAsync(Channel + 1, "07:00", "UTC");
        await bed.AddArticleAsync("Water rules after the drought", "Allocation should follow measured use.");

        // The process was down from before 07:00 until 12:30: channel 900's digest (08:00) is 4.5 h late, inside the
        // 6-hour window; channel 901's (07:00) is 5.5 h late, also inside. At 13:30, 901 would be outside.
        bed.Time.Advance(TimeSpan.FromHours(6.5));
        await bed.Delivery.RunDueAsync(CancellationToken.None);
        await bed.Delivery.RunDueAsync(CancellationToken.None);
        Assert.Equal(2, bed.Channel.Messages.Count);

        await using var late = await DigestTestBed.StartAsync(Monday0600Utc);
        await late.SubscribeAsync(Channel, "08:00", "UTC");
        await late.AddArticleAsync("Chip subsidies need an exit date", "Support should fall on a published schedule.");
        late.Time.Advance(TimeSpan.FromHours(9));
        Assert.Equal(DigestOutcome.MissedOutsideWindow, (await late.Delivery.RunDueAsync(CancellationToken.None))[Channel]);
        Assert.Empty(late.Channel.Messages);

        // Nothing is lost: the skipped day's article goes into the next digest.
        late.Time.Advance(TimeSpan.FromHours(23));
        await late.Delivery.RunDueAsync(CancellationToken.None);
        Assert.Equal("Chip subsidies need an exit date", Assert.Single(late.Channel.Messages).Page.Entries.Single().Title);
    }

    [Fact]
    public async Task Across_a_DST_change_the_digest_keeps_its_local_time_and_posts_once_a_day()
    {
        // Europe/Berlin switches to summer time on Sunday 29 March 2026.
        await using var bed = await DigestTestBed.StartAsync(DateTimeOffset.Parse("2026-03-27T12:00:00Z", CultureInfo.InvariantCulture));
        await bed.SubscribeAsync(Channel, "08:00", "Europe/Berlin");
        var postedAt = new List<DateTimeOffset>();

        for (var hour = 0; hour < 72; hour++)
        {
            await bed.AddArticleAsync($"Hourly analysis {hour}", $"Claim {hour}: the ministry should publish its data.");
            bed.Time.Advance(TimeSpan.FromHours(1));
            var before = bed.Channel.Messages.Count;
            await bed.Delivery.RunDueAsync(CancellationToken.None);
            if (bed.Channel.Messages.Count > before)
            {
                postedAt.Add(bed.Time.GetUtcNow());
            }
        }

        // The check runs on the hour, so each digest goes out at the first check at or after 08:00 local.
        Assert.Equal(
            [
                DateTimeOffset.Parse("2026-03-28T07:00:00Z", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse("2026-03-29T06:00:00Z", CultureInfo.InvariantCulture),
                DateTimeOffset.Parse("2026-03-30T06:00:00Z", CultureInfo.InvariantCulture),
            ],
            postedAt);
        var titles = bed.Channel.Messages.SelectMany(m => m.Page.Entries).Select(e => e.Title).ToList();
        Assert.Equal(titles.Distinct().Count(), titles.Count);
    }
}
