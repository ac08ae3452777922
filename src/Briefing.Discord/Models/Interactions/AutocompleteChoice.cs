using System.Text.Json;

namespace Briefing.Discord.Models;

/// <summary>
/// One suggestion of an autocomplete result (callback type 8): <see cref="Name"/> is shown (1-100 characters),
/// <see cref="Value"/> is what the option receives, of the option's own type (a string of 1-100 characters, or a
/// number). Build it through <see cref="Interactions.AutocompleteChoices"/>, which enforces those limits.
/// </summary>
public sealed record AutocompleteChoice(string Name, JsonElement Value);
