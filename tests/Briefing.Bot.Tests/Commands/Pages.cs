namespace Briefing.Bot.Tests.Commands;

/// <summary>An original test page (fictional content) for the URL paths of the scope tests.</summary>
internal static class Pages
{
    public const string NightTrains = """
        <!DOCTYPE html><html><head><title>Night Trains Deserve Track Priority</title></head>
        <body><article><h1>Night Trains Deserve Track Priority</h1>
        <p>The operator announced four new night routes this winter, each sharing track with freight.</p>
        <p>I argue that night trains will only succeed if they get priority over freight on shared track, because delays of an hour wipe out the time they save.</p>
        <p>Critics say freight pays more for the track. However, night trains carry passengers who would otherwise fly.</p>
        </article></body></html>
        """;
}
