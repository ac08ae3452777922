namespace Briefing.Discord.Tests;

/// <summary>Tests that set and reset the process-wide <see cref="Environment.ExitCode"/> run one at a time.</summary>
[CollectionDefinition(nameof(ExitCodeCollection))]
public sealed class ExitCodeCollection;
