using System.Globalization;
using Briefing.Bot.Tests.CrashTest;
using Briefing.Bot.Tests.FakeDiscord;
using Xunit.Abstractions;

namespace Briefing.Bot.Tests.Sharding;

/// <summary>
/// Two bot processes (the built <c>Briefing.Bot.dll</c>) on one real PostgreSQL against the fake Discord, 4 shards split
/// 0-1 and 2-3 with <c>max_concurrency</c> 2 (buckets {0,2} and {1,3}): every shard reaches READY once, no bucket sees two
/// IDENTIFYs within 5 s (the fake gateway's own timestamps), every subscribed channel gets exactly one digest, a due feed
/// is fetched by one instance only, and a killed instance's shards come back when it restarts while the other instance's
/// shards stay connected.
/// </summary>
[Collection(CrashTestCollection.Name)]
public sealed class TwoInstanceTests(ITestOutputHelper output)
{
    private const int ShardCount = 4;
    private static readonly TimeSpan IdentifyWindow = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(45);

    [SkippableFact]
    public async Task Two_instances_split_the_shards_pace_identify_per_bucket_post_each_digest_once_and_recover_a_killed_instance()
    {
        await RealPostgres.RequireAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("briefing-two-instances-").FullName;
        BotProcess? first = null;
        BotProcess? second = null;
        try
        {
            await using var discord = await FakeDiscordServer.StartAsync();
            discord.Gateway.MaxConcurrency = 2;
            discord.Gateway.HeartbeatIntervalMs = 5000;
            var channels = Enumerable.Range(1, 6).Select(i => 1391000000000000000UL + (ulong)i).ToList();
            foreach (var channel in channels) discord.World.AddChannel(channel, $"digest-{channel % 1000}");
            await using var feed = await CountingFeedSite.StartAsync();
            await using var database = await CrashTestDatabase.CreateAsync("postgres", folder);
            var seededAt = DateTimeOffset.UtcNow;
            await database.SeedAsync(channels, articles: 3, seededAt);
            await database.AddFeedAsync(feed.FeedUrl, seededAt.AddMinutes(-1));

            output.WriteLine($"{clock.Elapsed}: database seeded, starting both instances");
            first = Start(discord, database, folder, "0-1");
            second = Start(discord, database, folder, "2-3");
            await WaitUntilAsync(() => Count(discord, "READY") == ShardCount, "every shard READY", discord);
            await WaitUntilAsync(async () => await database.CompletedDigestsAsync(channels, seededAt) == channels.Count, "every digest complete", discord);
            await WaitUntilAsync(() => feed.FeedRequests > 0, "the due feed polled", discord);

            output.WriteLine($"{clock.Elapsed}: every shard READY and every digest posted; killing the 2-3 instance");
            second.Kill();
            second.Dispose();
            second = Start(discord, database, folder, "2-3");
            await WaitUntilAsync(() => ReadyOrResumed(discord, 2) == 2 && ReadyOrResumed(discord, 3) == 2, "shards 2 and 3 back after the restart", discord);
            output.WriteLine($"{clock.Elapsed}: shards 2 and 3 back");
            // A late duplicate digest, or a reconnect of the surviving instance, would show up by the time each instance
            // has finished two more digest checks (the restarted one's first is its catch-up pass at start).
            await Task.WhenAll(first.WaitForDigestChecksAsync(first.DigestChecks + 2, StepTimeout), second.WaitForDigestChecksAsync(2, StepTimeout));
            // Before the fake Discord and the database go: the fake's shutdown would wait for the bots' sockets.
            first.Kill();
            second.Kill();

            var handshakes = discord.Gateway.Handshakes;
            foreach (var line in handshakes) output.WriteLine($"{line.At:HH:mm:ss.fff} shard {line.Shard} {line.Kind}");
            Assert.Equal([1, 1], new[] { 0, 1 }.Select(shard => ReadyOrResumed(discord, shard)));
            Assert.Equal([2, 2], new[] { 2, 3 }.Select(shard => ReadyOrResumed(discord, shard)));
            foreach (var bucket in handshakes.Where(h => h.Kind == "IDENTIFY").GroupBy(h => h.Shard % discord.Gateway.MaxConcurrency))
            {
                var times = bucket.Select(h => h.At).Order().ToList();
                var gaps = times.Zip(times.Skip(1), (earlier, later) => later - earlier).ToList();
                Assert.True(gaps.All(gap => gap >= IdentifyWindow),
                    $"bucket {bucket.Key}: IDENTIFYs {string.Join(", ", gaps.Select(g => g.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture)))} s apart");
            }

            // Both instances poll at start; the claim gives the feed to one, and it is not due again for Feeds:PollInterval.
            Assert.Equal(1, feed.FeedRequests);
            Assert.All(channels, channel => Assert.Single(discord.World.MessagesIn(channel),
                m => (string?)m["author"]?["id"] == FakeDiscordIds.Application.ToString(CultureInfo.InvariantCulture)));
        }
        catch
        {
            foreach (var path in Directory.EnumerateFiles(folder, "bot-*.log")) output.WriteLine($"--- {Path.GetFileName(path)} (last lines)\n{string.Join('\n', File.ReadLines(path).TakeLast(40))}");
            throw;
        }
        finally
        {
            first?.Dispose();
            second?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static BotProcess Start(FakeDiscordServer discord, CrashTestDatabase database, string folder, string shardIds) =>
        BotProcess.Start(new Dictionary<string, string>
        {
            ["Discord__Token"] = FakeDiscordIds.Token,
            ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord__ShardIds"] = shardIds,
            ["Discord__ShardCount"] = ShardCount.ToString(CultureInfo.InvariantCulture),
            ["Storage__Provider"] = database.Provider,
            ["Storage__ConnectionString"] = database.ConnectionString,
            ["OpenAI__ApiKey"] = "",
            ["OPENAI_API_KEY"] = "",
            ["Digests__CheckInterval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Information",
            // Two instances on one machine: their health ports would collide.
            ["Health__Urls"] = "off",
            ["Retrieval__Embedder"] = "none",
            // The feed is served on loopback.
            ["Ingestion__AllowPrivateNetworks"] = "true",
        }, folder, Path.Combine(folder, $"bot-{shardIds}.log"));

    private static int Count(FakeDiscordServer discord, string kind) => discord.Gateway.Handshakes.Count(h => h.Kind == kind);

    private static int ReadyOrResumed(FakeDiscordServer discord, int shard) =>
        discord.Gateway.Handshakes.Count(h => h.Shard == shard && h.Kind is "READY" or "RESUMED");

    private static Task WaitUntilAsync(Func<bool> condition, string what, FakeDiscordServer discord) =>
        WaitUntilAsync(() => Task.FromResult(condition()), what, discord);

    // Waits for something that does happen, on the wall clock: these are real processes.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, string what, FakeDiscordServer discord)
    {
        var deadline = DateTimeOffset.UtcNow + StepTimeout;
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                var seen = string.Join("\n", discord.Gateway.Handshakes.Select(h => $"{h.At:HH:mm:ss.fff} shard {h.Shard} {h.Kind}"));
                throw new TimeoutException($"Not reached within {StepTimeout}: {what}. Gateway so far:\n{seen}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }
    }
}
