using Briefing.Discord.Limits;
using Briefing.Discord.Models;

namespace Briefing.Discord.Tests.Limits;

public sealed class SlashCommandValidatorTests
{
    private static SlashCommandOption Text(string name, bool required = false) =>
        new() { Name = name, Description = "An option", Required = required ? true : null };

    [Theory]
    [InlineData("summarize", true)]
    [InlineData("ask-more_2", true)]
    [InlineData("o'clock", true)]
    [InlineData("सारांश", true)]
    [InlineData("สรุป", true)]
    [InlineData("résumé", true)]
    [InlineData("Summarize", false)]
    [InlineData("two words", false)]
    [InlineData("", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefg", false)]
    [InlineData("slash/command", false)]
    public void Names_follow_discords_pattern_and_are_lowercase(string name, bool valid) =>
        Assert.Equal(valid, SlashCommandValidator.IsValidName(name));

    [Fact]
    public void A_complete_declaration_with_groups_and_subcommands_passes()
    {
        SlashCommandValidator.Validate(
        [
            new SlashCommand
            {
                Name = "digest",
                Description = "Daily digests",
                Options =
                [
                    new SlashCommandOption
                    {
                        Type = ApplicationCommandOptionType.SubCommand, Name = "subscribe", Description = "Subscribe this channel",
                        Options = [Text("time", required: true), Text("timezone")],
                    },
                    new SlashCommandOption
                    {
                        Type = ApplicationCommandOptionType.SubCommandGroup, Name = "feeds", Description = "Feeds",
                        Options = [new SlashCommandOption { Type = ApplicationCommandOptionType.SubCommand, Name = "add", Description = "Add a feed" }],
                    },
                ],
            },
        ]);
    }

    [Theory]
    [InlineData("description")]
    [InlineData("too-many-options")]
    [InlineData("required-after-optional")]
    [InlineData("duplicate")]
    [InlineData("too-many-choices")]
    [InlineData("group-in-subcommand")]
    public void Broken_declarations_are_refused_with_one_line(string problem)
    {
        var command = problem switch
        {
            "description" => new SlashCommand { Name = "a", Description = new string('d', 101) },
            "too-many-options" => new SlashCommand { Name = "a", Description = "d", Options = Enumerable.Range(0, 26).Select(i => Text($"o{i}")).ToArray() },
            "required-after-optional" => new SlashCommand { Name = "a", Description = "d", Options = [Text("x"), Text("y", required: true)] },
            "duplicate" => new SlashCommand { Name = "a", Description = "d", Options = [Text("x"), Text("x")] },
            "too-many-choices" => new SlashCommand
            {
                Name = "a", Description = "d",
                Options = [Text("x") with { Choices = Enumerable.Range(0, 26).Select(i => new SlashCommandChoice($"c{i}", $"v{i}")).ToArray() }],
            },
            _ => new SlashCommand
            {
                Name = "a", Description = "d",
                Options =
                [
                    new SlashCommandOption
                    {
                        Type = ApplicationCommandOptionType.SubCommand, Name = "s", Description = "d",
                        Options = [new SlashCommandOption { Type = ApplicationCommandOptionType.SubCommandGroup, Name = "g", Description = "d" }],
                    },
                ],
            },
        };

        var error = Assert.Throws<ArgumentException>(() => SlashCommandValidator.Validate([command]));

        Assert.DoesNotContain('\n', error.Message);
        Assert.Contains("/a", error.Message);
    }

    [Theory]
    [InlineData(ApplicationCommandOptionType.Boolean, false)]
    [InlineData(ApplicationCommandOptionType.String, true)]
    public void Autocomplete_is_refused_beside_fixed_choices_and_on_options_that_cannot_autocomplete(ApplicationCommandOptionType type, bool withChoices)
    {
        var option = new SlashCommandOption
        {
            Type = type, Name = "query", Description = "d", Autocomplete = true,
            Choices = withChoices ? [new SlashCommandChoice("a", "a")] : null,
        };
        var fine = option with { Type = ApplicationCommandOptionType.Integer, Choices = null };

        var error = Assert.Throws<ArgumentException>(() => SlashCommandValidator.Validate([new SlashCommand { Name = "s", Description = "d", Options = [option] }]));
        SlashCommandValidator.Validate([new SlashCommand { Name = "s", Description = "d", Options = [fine] }]);

        Assert.Contains("autocomplete needs a string, integer or number option without fixed choices", error.Message);
    }
}
