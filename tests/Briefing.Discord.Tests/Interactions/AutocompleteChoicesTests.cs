using System.Text.Json;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>Type-8 choices within Discord's limits, and the responder sending them as the one and only answer.</summary>
public sealed class AutocompleteChoicesTests
{
    [Fact]
    public void At_most_25_choices_names_cut_to_100_and_values_of_the_options_type()
    {
        var suggestions = Enumerable.Range(1, 40).Select(n => (Name: new string('t', 150) + n, Value: n.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var integers = AutocompleteChoices.Build(suggestions, ApplicationCommandOptionType.Integer);
        var strings = AutocompleteChoices.Build(suggestions, ApplicationCommandOptionType.String);

        Assert.Equal(25, integers.Count);
        Assert.All(integers, c => Assert.InRange(c.Name.Length, 1, 100));
        Assert.Equal(JsonValueKind.Number, integers[0].Value.ValueKind);
        Assert.Equal(JsonValueKind.String, strings[0].Value.ValueKind);
        Assert.Equal("1", strings[0].Value.GetString());
    }

    [Fact]
    public void Choices_Discord_would_refuse_are_dropped_not_sent()
    {
        var built = AutocompleteChoices.Build(
            [("  ", "1"), ("too long a value", new string('v', 101)), ("not a number", "12a"), ("kept", "#7")],
            ApplicationCommandOptionType.String);
        var numbers = AutocompleteChoices.Build([("twelve", "12a"), ("kept", "-3")], ApplicationCommandOptionType.Integer);

        Assert.Equal(["kept", "not a number"], built.Select(c => c.Name).Order());
        Assert.Equal(["kept"], numbers.Select(c => c.Name));
        Assert.Null(AutocompleteChoices.Create("x", "1", ApplicationCommandOptionType.Boolean));
    }

    [Fact]
    public void A_type_8_result_serializes_to_choices_with_typed_values()
    {
        var response = new InteractionResponse
        {
            Type = InteractionCallbackType.ApplicationCommandAutocompleteResult,
            Data = new InteractionCallbackData { Choices = [AutocompleteChoices.Create("#12 · Harbour", "12", ApplicationCommandOptionType.Integer)!] },
        };

        var json = JsonSerializer.Serialize(response, DiscordJsonContext.Default.InteractionResponse);

        Assert.Equal("""{"type":8,"data":{"choices":[{"name":"#12 \u00B7 Harbour","value":12}]}}""", json);
    }

    [Fact]
    public async Task The_responder_answers_autocomplete_with_type_8_once_and_never_defers_it()
    {
        var harness = new ResponderHarness();
        await using var responder = harness.Create(InteractionType.ApplicationCommandAutocomplete);

        harness.Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Empty(harness.Callbacks);
        Assert.True(await responder.SuggestAsync([], CancellationToken.None));
        Assert.False(await responder.SuggestAsync([], CancellationToken.None));

        Assert.Equal([InteractionCallbackType.ApplicationCommandAutocompleteResult], harness.Callbacks.Select(c => c.Type));
        await using var command = harness.Create(InteractionType.ApplicationCommand);
        await Assert.ThrowsAsync<InvalidOperationException>(() => command.SuggestAsync([], CancellationToken.None));
    }
}
