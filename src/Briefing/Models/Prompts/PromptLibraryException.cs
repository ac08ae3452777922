namespace Briefing.Models.Prompts;

/// <summary>A prompt file is missing or malformed; the message is one line naming the file.</summary>
public sealed class PromptLibraryException(string message) : Exception(message);
