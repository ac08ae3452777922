using Briefing.Models.Prompts;

namespace Briefing.Tests.Summaries;

/// <summary>The repository's real prompts/ folder, found by walking up from the test binary.</summary>
internal static class TestPrompts
{
    public static string Directory { get; } = Locate();

    public static PromptLibrary Library { get; } = PromptLibrary.Load(Directory);

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, PromptLibrary.DirectoryName);
            if (File.Exists(Path.Combine(candidate, "summarize.md")) && File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("The repository's prompts/ folder was not found above " + AppContext.BaseDirectory);
    }
}
