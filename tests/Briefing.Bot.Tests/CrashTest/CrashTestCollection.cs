namespace Briefing.Bot.Tests.CrashTest;

/// <summary>The crash tests start bot processes; they run one at a time so their timing is not starved by each other.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CrashTestCollection
{
    public const string Name = "Crash tests";
}
