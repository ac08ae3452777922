using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefing.Bot.Tests.FakeDiscord;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>
/// Runs the built bot as child processes against the fake Discord, whose nonce memory lasts only
/// <see cref="NonceWindow"/>, and SIGKILLs them at random points of multi-page digests: half the kills land right
/// after the fake stored a page and before it answered (the bot cannot know the page was posted), the rest at a
/// random moment; with two instances both die in each round, a random time apart. Killed instances are restarted at
/// once, and the fake stores their messages only after the nonce window (<see cref="FakePostHold"/>): their start-up
/// overlaps the window instead of following it. Finally every page of every digest is counted in the channels.
/// </summary>
internal sealed partial class CrashScenario(string provider, int instances, int kills, int seed)
{
    public static readonly TimeSpan NonceWindow = TimeSpan.FromSeconds(2);
    private const int PagesPerDigest = 5;
    private static readonly TimeSpan FinishTimeout = TimeSpan.FromSeconds(90);
    private readonly Random _random = new(seed);

    public async Task<CrashReport> RunAsync(Action<string> log)
    {
        var stopwatch = Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("briefing-crash-").FullName;
        var slots = new BotProcess?[instances];
        try
        {
            await using var discord = await FakeDiscordServer.StartAsync();
            discord.World.NonceWindow = NonceWindow;
            discord.Gateway.HeartbeatIntervalMs = 5000;
            // Enough pages that the kills all land inside digests. A kill cycle usually posts a few pages, but a bot
            // left running while its partner is killed can post many more on a quick machine: 20-kill runs ran out of
            // digests after 18 and after 8 kills with 90 pages. Spare pages cost little: they go out after the last kill.
            var channels = Enumerable.Range(1, Math.Max(4, (kills * 16 / PagesPerDigest) + 4)).Select(i => 1390000000000000000UL + (ulong)i).ToList();
            foreach (var channel in channels) discord.World.AddChannel(channel, $"digest-{channel % 1000}");
            await using var database = await CrashTestDatabase.CreateAsync(provider, folder);
            var seededAt = DateTimeOffset.UtcNow;
            await database.SeedAsync(channels, PagesPerDigest, seededAt);
            var environment = Environment(discord, database);
            var killer = new CommitKiller(discord);

            for (var i = 0; i < instances; i++) slots[i] = Start(environment, folder, i);
            var done = 0;
            var afterCommit = 0;
            while (done < kills && await database.CompletedDigestsAsync(channels, seededAt) < channels.Count)
            {
                if (_random.Next(2) == 0 && await killer.WaitForCommitAsync(_random.Next(1, 4), TimeSpan.FromSeconds(15), hold: true))
                {
                    afterCommit++;
                }
                else
                {
                    // A random moment, but no later than a few pages in, so the digests outlast the kills on any machine.
                    await killer.WaitForCommitAsync(_random.Next(1, 5), TimeSpan.FromMilliseconds(_random.Next(0, 1500)), hold: false);
                }

                // Every instance dies in each round, in random order and a little apart: a surviving instance would
                // otherwise finish all the work while the others wait out the nonce window.
                var killed = new List<int>();
                foreach (var slot in Enumerable.Range(0, instances).OrderBy(_ => _random.Next()))
                {
                    if (done == kills) break;
                    if (killed.Count > 0) await Task.Delay(TimeSpan.FromMilliseconds(_random.Next(0, 400)));
                    slots[slot]!.Kill();
                    killed.Add(slot);
                    done++;
                }

                // Restarted at once; Discord (the fake) stores their messages only after it has forgotten every nonce
                // the killed processes used.
                discord.PostHold.Begin(NonceWindow + TimeSpan.FromMilliseconds(200));
                killer.Release();
                log($"{stopwatch.Elapsed:mm\\:ss\\.f} kill {done}: instance(s) {string.Join(",", killed)}, {Posted(discord, channels).Count} page(s) posted so far");
                foreach (var slot in killed)
                {
                    slots[slot]!.Dispose();
                    slots[slot] = Start(environment, folder, slot);
                }
            }

            log($"{stopwatch.Elapsed:mm\\:ss\\.f} last kill done; waiting for every digest to complete");
            var deadline = Stopwatch.StartNew();
            while (await database.CompletedDigestsAsync(channels, seededAt) < channels.Count && deadline.Elapsed < FinishTimeout)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }
            log($"{stopwatch.Elapsed:mm\\:ss\\.f} every digest complete");
            // A late duplicate would show up by the time every instance has finished two more digest checks.
            await Task.WhenAll(slots.OfType<BotProcess>().Select(bot => bot.WaitForDigestChecksAsync(bot.DigestChecks + 2, FinishTimeout)));
            foreach (var bot in slots) bot?.Kill();

            var posted = Posted(discord, channels);
            var duplicates = posted.GroupBy(p => p).Sum(g => g.Count() - 1);
            var missed = channels.Sum(c => Enumerable.Range(1, PagesPerDigest).Count(page => !posted.Contains((c, page))));
            var historyReads = discord.Requests.Count(r => r.Method == "GET" && r.Route == "/channels/{channelId}/messages");
            return new CrashReport(provider, instances, seed, done, afterCommit, channels.Count, channels.Count * PagesPerDigest, posted.Count,
                duplicates, missed, historyReads, stopwatch.Elapsed);
        }
        catch
        {
            foreach (var path in Directory.EnumerateFiles(folder, "bot-*.log")) log($"--- {Path.GetFileName(path)} (last lines)\n{string.Join('\n', File.ReadLines(path).TakeLast(40))}");
            throw;
        }
        finally
        {
            foreach (var bot in slots) bot?.Dispose();
            Directory.Delete(folder, recursive: true);
        }
    }

    private Dictionary<string, string> Environment(FakeDiscordServer discord, CrashTestDatabase database) => new()
    {
        ["Discord__Token"] = FakeDiscordIds.Token,
        ["Discord__ApiBaseUrl"] = discord.ApiBaseUrl,
        ["Storage__Provider"] = database.Provider,
        ["Storage__ConnectionString"] = database.ConnectionString,
        ["OpenAI__ApiKey"] = "",
        ["OPENAI_API_KEY"] = "",
        ["Digests__EntriesPerMessage"] = "1",
        ["Digests__CheckInterval"] = "00:00:01",
        // A killed instance's lease must not outlive the restart gap.
        ["Digests__LeaseDuration"] = "00:00:02",
        ["Logging__LogLevel__Default"] = "Information",
        // Two instances on one machine: their health ports would collide (harmlessly, but with a warning).
        ["Health__Urls"] = "off",
        // Each restart would load the embedding model and embed the library again: CPU that tells nothing about delivery.
        ["Retrieval__Embedder"] = "none",
    };

    private static BotProcess Start(Dictionary<string, string> environment, string folder, int slot) =>
        BotProcess.Start(environment, folder, Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"bot-{slot}.log")));

    /// <summary>(channel, page number) of every digest page the bot's messages show, duplicates included.</summary>
    private static List<(ulong Channel, int Page)> Posted(FakeDiscordServer discord, IReadOnlyList<ulong> channels) =>
        [.. channels.SelectMany(channel => discord.World.MessagesIn(channel)
            .Where(m => (string?)m["author"]?["id"] == FakeDiscordIds.Application.ToString(CultureInfo.InvariantCulture))
            .Select(m => PageNumber().Match((string?)(m["embeds"] as JsonArray)?.FirstOrDefault()?["title"] ?? ""))
            .Where(match => match.Success)
            .Select(match => (channel, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture))))];

    [GeneratedRegex(@"\((\d+)/\d+\)$")]
    private static partial Regex PageNumber();
}
