using Briefing.Discord.Models;

namespace Briefing.Discord.Interactions;

/// <summary>A modal (callback type 9): custom id, title (at most 45 characters), action rows of text inputs.</summary>
public sealed record InteractionModal(string CustomId, string Title, IReadOnlyList<MessageComponent> Components);
