using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// Answers an autocomplete interaction (type 4) with a type-8 result and nothing else: it is never deferred and never
/// gets a message. The payload is checked first (a well-formed request, a command and option the catalogue marks for
/// suggestions, the option's declared type); anything wrong, a slow database (past <see cref="Budget"/>) or any
/// failure answers with no suggestions and a log line, so the user's typing is never met with an error.
/// </summary>
public sealed class AutocompleteInteractionHandler(ArticleSuggester suggester, TimeProvider timeProvider, ILogger<AutocompleteInteractionHandler> logger)
{
    /// <summary>Discord drops a result after 3 s; the lookup gets less, so the empty answer still arrives in time.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public async Task HandleAsync(InteractionResponder responder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var interaction = responder.Interaction;
        IReadOnlyList<AutocompleteChoice> choices = [];
        try
        {
            using var budget = new CancellationTokenSource(Budget, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
            choices = await ChoicesAsync(interaction, linked.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            AutocompleteLog.Failed(logger, interaction.Id, exception);
        }
        try
        {
            await responder.SuggestAsync(choices, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            AutocompleteLog.AnswerFailed(logger, interaction.Id, exception);
        }
    }

    private async Task<IReadOnlyList<AutocompleteChoice>> ChoicesAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        if (!AutocompleteRequest.TryParse(interaction, out var request, out var problem))
            return Reject(interaction, problem);
        if (ArticleSuggester.SuggestingOption(request!.CommandName, request.Subcommand, request.OptionName) is not { } declared)
            return Reject(interaction, $"/{request.CommandName} {request.Subcommand} has no suggesting option '{request.OptionName}'");
        if (DiscordCommandDeclarations.WireType(declared.Type) != request.OptionType)
            return Reject(interaction, $"option '{request.OptionName}' arrived as type {(int)request.OptionType}, declared {(int)DiscordCommandDeclarations.WireType(declared.Type)}");
        if (request.WasTruncated)
            AutocompleteLog.Truncated(logger, interaction.Id, AutocompleteRequest.MaxTypedLength);
        var scope = ArticleScope.Of(interaction.GuildId, interaction.Invoker!.Id);
        var suggestions = await suggester.SuggestAsync(
            new SuggestionRequest(request.CommandName, request.Subcommand, request.OptionName, request.Typed, scope, interaction.Invoker.Id), cancellationToken)
            .ConfigureAwait(false);
        return AutocompleteChoices.Build(suggestions.Select(s => (s.Label, s.Value)), request.OptionType);
    }

    private IReadOnlyList<AutocompleteChoice> Reject(Interaction interaction, string problem)
    {
        AutocompleteLog.Rejected(logger, interaction.Id, problem);
        return [];
    }
}
