using Briefing.Articles;

namespace Briefing.Bot.Commands;

/// <summary>What someone is typing into a command option, as every transport hands it to <see cref="ArticleSuggester"/>.</summary>
public sealed record SuggestionRequest(string Command, string? Subcommand, string Option, string Typed, ArticleScope Scope, ulong UserId);

/// <summary>One suggestion: the text shown, and the option value it stands for (invariant text, e.g. "#12" or "12").</summary>
public sealed record Suggestion(string Label, string Value);
