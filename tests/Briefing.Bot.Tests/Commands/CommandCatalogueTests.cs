using Briefing.Bot.Commands;

namespace Briefing.Bot.Tests.Commands;

public sealed class CommandCatalogueTests
{
    [Fact]
    public void Configuration_commands_need_Manage_Server_and_the_others_are_open()
    {
        Assert.True(CommandCatalogue.Find("digest")!.RequiresManageGuildFor("subscribe"));
        Assert.True(CommandCatalogue.Find("digest")!.RequiresManageGuildFor("unsubscribe"));
        Assert.True(CommandCatalogue.Find("digest")!.RequiresManageGuildFor("now"));
        Assert.False(CommandCatalogue.Find("digest")!.RequiresManageGuildFor("preview"));
        Assert.False(CommandCatalogue.Find("digest")!.RequiresManageGuildFor("list"));
        Assert.True(CommandCatalogue.Find("feeds")!.RequiresManageGuildFor("list"));
        Assert.True(CommandCatalogue.Find("library")!.RequiresManageGuildFor("add"));
        Assert.True(CommandCatalogue.Find("library")!.RequiresManageGuildFor("remove"));
        Assert.False(CommandCatalogue.Find("library")!.RequiresManageGuildFor("search"));
        Assert.False(CommandCatalogue.Find("summarize")!.RequiresManageGuildFor(null));
        Assert.False(CommandCatalogue.Find("ask")!.RequiresManageGuildFor(null));
        Assert.False(CommandCatalogue.Find("help")!.RequiresManageGuildFor(null));
    }

    [Fact]
    public void Names_follow_Discord_rules_and_descriptions_fit()
    {
        // Discord: names 1-32 lower-case characters, descriptions 1-100 characters, at most 25 options.
        var names = CommandCatalogue.All.SelectMany(c => new[] { c.Name }
            .Concat(c.Options.Select(o => o.Name))
            .Concat(c.Subcommands.SelectMany(s => s.Options.Select(o => o.Name).Append(s.Name))));
        Assert.All(names, name => Assert.Matches("^[a-z0-9_-]{1,32}$", name));

        var descriptions = CommandCatalogue.All.SelectMany(c => new[] { c.Description }
            .Concat(c.Options.Select(o => o.Description))
            .Concat(c.Subcommands.SelectMany(s => s.Options.Select(o => o.Description).Append(s.Description))));
        Assert.All(descriptions, d => Assert.InRange(d.Length, 1, 100));
        Assert.Equal(["short", "standard", "detailed"], CommandCatalogue.Find("summarize")!.Options.Single(o => o.Name == "length").Choices);
    }
}
