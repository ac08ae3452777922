namespace Briefing.Models;

/// <summary>The engine names recorded on summaries and answers (and in cache keys), shared so the summarizer and the
/// answerer name the extractive engine the same way.</summary>
public static class EngineNames
{
    public const string Extractive = "extractive";
    public const string Model = "model";
}
