using System.Text.Json;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Interactions;

/// <summary>Parsing and checking type-4 payloads: every malformed one is refused with a named problem, none throws.</summary>
public sealed class AutocompleteRequestTests
{
    private const string Member = """
        "member": {"user": {"id": "1290000000000000300", "username": "reader"}, "roles": [], "permissions": "32"}
        """;

    private static Interaction Parse(string data, string type = "4", string who = Member)
    {
        var json = $$"""
            {"id": "1300000000000000500", "application_id": "1290000000000000001", "type": {{type}}, "token": "tok", "version": 1,
             "guild_id": "1290000000000000100", "channel_id": "1300000000000000600", {{who}}, "data": {{data}} }
            """;
        using var document = JsonDocument.Parse(json);
        return DiscordPayloadParser.ParseInteraction(document.RootElement);
    }

    [Fact]
    public void A_focused_string_option_under_a_subcommand_is_read()
    {
        var interaction = Parse("""
            {"id": "1", "name": "library", "type": 1, "options": [{"name": "search", "type": 1, "options": [
              {"name": "query", "type": 3, "value": "harb", "focused": true}, {"name": "other", "type": 3, "value": "x"}]}]}
            """);

        Assert.True(AutocompleteRequest.TryParse(interaction, out var request, out _));
        Assert.Equal(new AutocompleteRequest("library", "search", "query", ApplicationCommandOptionType.String, "harb"), request);
        Assert.False(request!.WasTruncated);
    }

    [Theory]
    [InlineData("""{"name": "library", "type": 1, "options": [{"name": "remove", "type": 1, "options": [{"name": "id", "type": 4, "value": "12", "focused": true}]}]}""", "12")]
    [InlineData("""{"name": "library", "type": 1, "options": [{"name": "remove", "type": 1, "options": [{"name": "id", "type": 4, "value": 12, "focused": true}]}]}""", "12")]
    [InlineData("""{"name": "library", "type": 1, "options": [{"name": "remove", "type": 1, "options": [{"name": "id", "type": 4, "value": "", "focused": true}]}]}""", "")]
    public void An_integer_option_is_read_as_the_text_typed_so_far(string data, string typed)
    {
        Assert.True(AutocompleteRequest.TryParse(Parse(data), out var request, out _));
        Assert.Equal((ApplicationCommandOptionType.Integer, typed), (request!.OptionType, request.Typed));
    }

    [Theory]
    [InlineData("""{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 3, "value": "a"}]}""", "no focused option")]
    [InlineData("""{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 3, "value": "a", "focused": true}, {"name": "length", "type": 3, "value": "s", "focused": true}]}""", "2 focused options")]
    [InlineData("""{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 3, "value": 5, "focused": true}]}""", "option 'query' of type 3 carries no usable text")]
    [InlineData("""{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 5, "value": true, "focused": true}]}""", "option 'query' of type 5 carries no usable text")]
    [InlineData("""{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 3, "focused": true}]}""", "option 'query' of type 3 carries no usable text")]
    [InlineData("""{"type": 1, "options": []}""", "no command name")]
    public void A_malformed_payload_is_refused_with_what_was_wrong(string data, string problem)
    {
        Assert.False(AutocompleteRequest.TryParse(Parse(data), out var request, out var found));
        Assert.Null(request);
        Assert.Equal(problem, found);
    }

    [Fact]
    public void Another_interaction_type_or_a_payload_without_a_user_is_refused()
    {
        const string Data = """{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 3, "value": "a", "focused": true}]}""";
        Assert.False(AutocompleteRequest.TryParse(Parse(Data, type: "2"), out _, out var wrongType));
        Assert.False(AutocompleteRequest.TryParse(Parse(Data, who: "\"locale\": \"en-US\""), out _, out var noUser));
        Assert.Equal(("interaction type 2 is not autocomplete (4)", "no user"), (wrongType, noUser));
    }

    [Fact]
    public void Over_long_typed_text_is_cut_and_marked_without_splitting_a_surrogate_pair()
    {
        var typed = new string('a', 99) + "😀" + new string('b', 5000);
        var interaction = Parse($$"""{"name": "summarize", "type": 1, "options": [{"name": "query", "type": 3, "value": {{JsonSerializer.Serialize(typed)}}, "focused": true}]}""");

        Assert.True(AutocompleteRequest.TryParse(interaction, out var request, out _));
        Assert.True(request!.WasTruncated);
        Assert.Equal(new string('a', 99), request.Typed);
    }
}
