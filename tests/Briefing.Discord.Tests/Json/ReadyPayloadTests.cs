using System.Text.Json;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Json;

public sealed class ReadyPayloadTests
{
    [SkippableFact]
    public void Real_ready_captures_parse_ignoring_unknown_fields_and_tolerating_missing_ones()
    {
        // The captures are not part of the repository: skipped on a machine without them, FAILS in CI.
        var files = DiscordPayloadFolder.Files("READY.*.json");
        foreach (var file in files)
        {
            var ready = ReadReady(File.ReadAllBytes(file));

            Assert.True(ready.User.Id > 0, file);
            Assert.False(string.IsNullOrEmpty(ready.SessionId), file);
            Assert.Equal(6, ready.V);

            // Captured on gateway v6: no resume url or application yet; both must simply stay null.
            Assert.Null(ready.ResumeGatewayUrl);
            Assert.Null(ready.Application);
        }
    }

    [Fact]
    public void Current_ready_reads_snowflake_strings_as_ulong_and_skips_fields_it_does_not_model()
    {
        const string json = """
            {"op":0,"s":1,"t":"READY","d":{"v":10,"user":{"id":"1100000000000000001","username":"bot","bot":true,"global_name":null,"avatar_decoration_data":null},
             "session_id":"abc","resume_gateway_url":"wss://gateway-us-east1-b.discord.gg","session_type":"normal",
             "application":{"id":"1100000000000000002","flags":565248},"guilds":[{"id":"1100000000000000003","unavailable":true}],
             "shard":[0,1],"geo_ordered_rtc_regions":["us-east"],"_trace":["x"]}}
            """;

        var ready = ReadReady(System.Text.Encoding.UTF8.GetBytes(json));

        Assert.Equal(1_100_000_000_000_000_001UL, ready.User.Id);
        Assert.Equal(1_100_000_000_000_000_002UL, ready.Application!.Id);
        Assert.Equal(1_100_000_000_000_000_003UL, Assert.Single(ready.Guilds!).Id);
        Assert.Equal("wss://gateway-us-east1-b.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal([0, 1], ready.Shard);
    }

    /// <summary>Captures come either as the whole envelope <c>{op, d, s, t}</c> or as the inner <c>d</c> only.</summary>
    private static GatewayReady ReadReady(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8);
        var data = document.RootElement.TryGetProperty("op", out _)
            ? JsonSerializer.Deserialize(utf8, DiscordJsonContext.Default.GatewayPayload)!.D
            : document.RootElement;
        return data.Deserialize(DiscordJsonContext.Default.GatewayReady)!;
    }
}
