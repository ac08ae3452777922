namespace Briefing.Discord.Models;

/// <summary>A fixed choice of a string option: name shown 1-100 characters, value sent back 1-100.</summary>
public sealed record SlashCommandChoice(string Name, string Value);
