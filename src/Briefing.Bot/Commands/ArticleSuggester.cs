using System.Globalization;
using Briefing.Discord.Limits;
using Briefing.Retrieval;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.Commands;

/// <summary>
/// Suggests library titles for the options the catalogue marks (<see cref="OptionSuggestions"/>): one title query in
/// the invoker's scope, nothing fetched, no model. An option the catalogue does not mark, or a user over the
/// autocomplete budget, gets no suggestions (logged), never an error: suggestions are a convenience.
/// </summary>
public sealed class ArticleSuggester(ITitleSuggestionStore titles, AutocompleteRateLimiter limiter, ILogger<ArticleSuggester> logger)
{
    /// <summary>As many as one autocomplete answer holds.</summary>
    public const int MaxSuggestions = InteractionLimits.Choices;

    /// <summary>The declared option when it offers suggestions; null for an unknown command, subcommand or option, or one without.</summary>
    public static CommandOptionDefinition? SuggestingOption(string command, string? subcommand, string option) =>
        CommandCatalogue.Find(command) is { } definition
        && (subcommand is null ? definition.Subcommands.Count == 0 : definition.FindSubcommand(subcommand) is not null)
        && definition.OptionsFor(subcommand).FirstOrDefault(o => string.Equals(o.Name, option, StringComparison.Ordinal)) is { Suggests: not OptionSuggestions.None } found
            ? found
            : null;

    public async Task<IReadOnlyList<Suggestion>> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (SuggestingOption(request.Command, request.Subcommand, request.Option) is not { } option)
        {
            CommandsLog.NoSuggestionsForOption(logger, request.Command, request.Subcommand ?? "", request.Option);
            return [];
        }
        // Pasted text is summarized as it is: a title picked from suggestions would replace it with a library article.
        if (PastedText.IsPastedText(request.Typed))
        {
            return [];
        }

        if (!limiter.TryAcquire(request.UserId))
        {
            CommandsLog.SuggestionsRateLimited(logger, request.UserId);
            return [];
        }
        var found = await titles.SuggestAsync(request.Typed, request.Scope, ownedOnly: option.Suggests == OptionSuggestions.OwnedLibraryTitles, MaxSuggestions, cancellationToken)
            .ConfigureAwait(false);
        var integer = option.Type == CommandOptionType.Integer;
        // An id option shows the id beside the title (what /library list shows); a text option sends "#id", which
        // /summarize resolves to exactly that article instead of searching the title again.
        return [.. found.Select(title => integer
            ? new Suggestion($"#{Id(title)} · {title.Title}", Id(title))
            : new Suggestion(title.Title, $"#{Id(title)}"))];
    }

    private static string Id(TitleSuggestion title) => title.ArticleId.ToString(CultureInfo.InvariantCulture);
}
