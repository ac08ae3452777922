using Briefing.Discord.Interactions;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;

namespace Briefing.Discord.Tests.Interactions;

public sealed class ApplicationCommandRegistrarTests
{
    private static readonly SlashCommand Summarize = new()
    {
        Name = "summarize",
        Description = "Summarize an article's argument",
        Options = [new SlashCommandOption { Name = "query", Description = "Search words or a URL", Required = true }],
    };

    private readonly Mock<IDiscordRestClient> _rest = new();
    private readonly RememberingRegistrationStateStore _store = new();

    public ApplicationCommandRegistrarTests() =>
        _rest.Setup(client => client.BulkOverwriteCommandsAsync(It.IsAny<ulong>(), It.IsAny<ulong?>(), It.IsAny<IReadOnlyList<SlashCommand>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync([new RegisteredCommand { Id = 1, Name = "summarize" }]);

    private ApplicationCommandRegistrar Registrar(ulong? devGuild = null) =>
        new(_rest.Object, _store, Options.Create(new DiscordOptions { Token = "t", DevGuildId = devGuild }), NullLogger<ApplicationCommandRegistrar>.Instance);

    [Fact]
    public async Task The_same_set_is_registered_once()
    {
        Assert.True(await Registrar().RegisterAsync(7, [Summarize], CancellationToken.None));
        Assert.False(await Registrar().RegisterAsync(7, [Summarize with { }], CancellationToken.None));

        _rest.Verify(client => client.BulkOverwriteCommandsAsync(7, null, It.IsAny<IReadOnlyList<SlashCommand>>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_changed_set_is_sent_in_exactly_one_more_put()
    {
        await Registrar().RegisterAsync(7, [Summarize], CancellationToken.None);
        var changed = new SlashCommand { Name = "digest", Description = "Daily digest settings" };

        Assert.True(await Registrar().RegisterAsync(7, [Summarize, changed], CancellationToken.None));
        Assert.False(await Registrar().RegisterAsync(7, [Summarize, changed], CancellationToken.None));

        _rest.Verify(client => client.BulkOverwriteCommandsAsync(7, null, It.IsAny<IReadOnlyList<SlashCommand>>(), It.IsAny<CancellationToken>()), Times.Exactly(2));
        _rest.Verify(client => client.BulkOverwriteCommandsAsync(7, null, It.Is<IReadOnlyList<SlashCommand>>(set => set.Count == 2), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_dev_guild_registers_on_the_guild_under_its_own_key()
    {
        await Registrar().RegisterAsync(7, [Summarize], CancellationToken.None);
        Assert.True(await Registrar(devGuild: 99).RegisterAsync(7, [Summarize], CancellationToken.None));

        _rest.Verify(client => client.BulkOverwriteCommandsAsync(7, 99UL, It.IsAny<IReadOnlyList<SlashCommand>>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.NotNull(await _store.GetAsync("discord:commands:7:guild:99", CancellationToken.None));
    }

    [Fact]
    public async Task A_failed_put_is_not_remembered_so_the_next_start_retries()
    {
        _rest.SetupSequence(client => client.BulkOverwriteCommandsAsync(It.IsAny<ulong>(), It.IsAny<ulong?>(), It.IsAny<IReadOnlyList<SlashCommand>>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DiscordRestException(System.Net.HttpStatusCode.BadRequest, 50035, "Invalid Form Body", null, "PUT /applications/{application_id}/commands"))
            .ReturnsAsync([]);

        await Assert.ThrowsAsync<DiscordRestException>(() => Registrar().RegisterAsync(7, [Summarize], CancellationToken.None));
        Assert.True(await Registrar().RegisterAsync(7, [Summarize], CancellationToken.None));
    }

    [Fact]
    public void The_hash_is_stable_and_sensitive_to_any_change()
    {
        var hash = ApplicationCommandRegistrar.ComputeHash([Summarize]);

        Assert.Equal(hash, ApplicationCommandRegistrar.ComputeHash([Summarize with { Options = [.. Summarize.Options] }]));
        Assert.NotEqual(hash, ApplicationCommandRegistrar.ComputeHash([Summarize with { Description = "Summarize an article" }]));
        Assert.NotEqual(hash, ApplicationCommandRegistrar.ComputeHash([Summarize with
        {
            Options = [Summarize.Options[0] with { Type = ApplicationCommandOptionType.Integer }],
        }]));
        Assert.Matches("^[0-9a-f]{64}$", hash);
    }

    [Fact]
    public async Task An_invalid_declaration_fails_before_any_request()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            Registrar().RegisterAsync(7, [Summarize with { Name = "Summarize" }], CancellationToken.None));

        Assert.Contains("/Summarize", error.Message);
        _rest.VerifyNoOtherCalls();
    }
}
