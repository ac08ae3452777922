using System.Reflection;
using Briefing.Bot.Composition;

namespace Briefing.Bot.Tests.Architecture;

/// <summary>
/// This project mirrors src/Briefing.Bot folder for folder, so a class's tests are found where the class is: a test
/// folder is named after the source folder whose code it tests, or is one of the suites about the whole bot.
/// </summary>
public sealed class TestFolderMirrorTests
{
    /// <summary>Suites that test the bot as a whole (and the fake Discord they run against), not one source folder.</summary>
    private static readonly string[] WholeBotSuites = ["Architecture", "CrashTest", "EndToEnd", "FakeDiscord"];

    [Fact]
    public void Every_test_folder_is_a_source_folder_or_a_whole_bot_suite()
    {
        var sources = Folders(typeof(BotHost).Assembly, "Briefing.Bot");
        Assert.Contains("Commands", sources);

        var strays = Folders(typeof(TestFolderMirrorTests).Assembly, "Briefing.Bot.Tests").Except(sources).Except(WholeBotSuites).ToList();

        Assert.True(strays.Count == 0, "test folders with no source folder of that name: " + string.Join(", ", strays));
    }

    [Fact]
    public void Every_source_folder_has_a_test_folder()
    {
        var tests = Folders(typeof(TestFolderMirrorTests).Assembly, "Briefing.Bot.Tests");
        Assert.Contains("Architecture", tests);

        var untested = Folders(typeof(BotHost).Assembly, "Briefing.Bot").Except(tests).ToList();

        Assert.True(untested.Count == 0, "source folders with no test folder: " + string.Join(", ", untested));
    }

    // The first namespace segment under the root is the folder (the projects keep namespaces and folders equal).
    private static SortedSet<string> Folders(Assembly assembly, string root) =>
        [.. assembly.GetTypes()
            .Select(type => type.Namespace)
            .Where(name => name is not null && name.StartsWith(root + ".", StringComparison.Ordinal))
            .Select(name => name![(root.Length + 1)..].Split('.')[0])
            .Where(folder => !(root == "Briefing.Bot" && folder == "Tests"))];
}
