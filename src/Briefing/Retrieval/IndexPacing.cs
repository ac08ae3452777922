namespace Briefing.Retrieval;

/// <summary>
/// How the background indexer shares the machine: <paramref name="BeforeModelCall"/> is awaited before every call to the
/// embedder (the running bot waits there while people wait for answers), and each call takes at most
/// <paramref name="TextsPerModelCall"/> texts, so a local model holds the cores for one short call at a time after the
/// wait, never for a whole batch.
/// </summary>
public sealed record IndexPacing(Func<CancellationToken, Task> BeforeModelCall, int TextsPerModelCall);
