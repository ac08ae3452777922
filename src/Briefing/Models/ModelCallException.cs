namespace Briefing.Models;

/// <summary>The model could not give a usable answer (error, timeout, refusal, invalid or unverifiable output).
/// The message is one short line fit to show as a fallback reason: no prompt, no key, no response body.</summary>
internal sealed class ModelCallException(string message) : Exception(message);
