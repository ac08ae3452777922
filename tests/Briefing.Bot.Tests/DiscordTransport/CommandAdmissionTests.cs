using System.Text.Json;
using Briefing.Bot.Commands;
using Briefing.Bot.DiscordTransport;
using Briefing.Bot.Tests.FakeDiscord;
using Briefing.Discord.Interactions;
using Briefing.Discord.Json;
using Briefing.Discord.Models;

namespace Briefing.Bot.Tests.DiscordTransport;

/// <summary>
/// The dispatcher's checks at a slash command's arrival: a refused command gets its private answer as the
/// acknowledgement; an admitted one has taken its rate-limit permit there, so the dispatcher does not take a second.
/// </summary>
public sealed class CommandAdmissionTests
{
    private static readonly Dictionary<string, string?> TwoSummariesAMinute = new() { ["Commands:RateLimitPermits"] = "2" };

    [Fact]
    public async Task Past_the_per_user_limit_a_command_is_refused_at_arrival_with_a_private_answer()
    {
        await using var bot = await BotTestHost.StartAsync(configuration: TwoSummariesAMinute);
        var admission = new CommandAdmission(bot.Dispatcher);

        Assert.Same(InteractionAdmission.Admitted, admission.Admit(Summarize(1)));
        Assert.Same(InteractionAdmission.Admitted, admission.Admit(Summarize(2)));
        var refused = admission.Admit(Summarize(3));

        Assert.True(refused.Checked);
        var answer = Assert.IsType<MessagePayload>(refused.Refusal);
        Assert.Equal(MessagePayload.EphemeralFlag, answer.Flags);
        Assert.Contains("faster than I can read", answer.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admitted_command_does_not_take_a_second_permit_when_it_is_dispatched()
    {
        await using var bot = await BotTestHost.StartAsync(configuration: TwoSummariesAMinute);
        var admission = new CommandAdmission(bot.Dispatcher);
        var interaction = Summarize(1);
        var command = InvokedCommand.From(interaction)!;

        Assert.Same(InteractionAdmission.Admitted, admission.Admit(interaction));
        var invocation = InteractionInvocationMapper.Map(interaction, command, boundThreadId: null) with { Admitted = true };
        var reply = await bot.Dispatcher.DispatchAsync(invocation, CancellationToken.None);

        // Permits used: one (at arrival). The second is still free; the third is refused.
        Assert.DoesNotContain(reply.Messages, message => message.Content?.Contains("faster than I can read", StringComparison.Ordinal) == true);
        Assert.Same(InteractionAdmission.Admitted, admission.Admit(Summarize(2)));
        Assert.NotNull(admission.Admit(Summarize(3)).Refusal);
    }

    [Fact]
    public async Task Unknown_commands_and_interactions_that_are_not_commands_are_left_to_their_handlers_or_refused_plainly()
    {
        await using var bot = await BotTestHost.StartAsync();
        var admission = new CommandAdmission(bot.Dispatcher);

        var unknown = admission.Admit(Parse(new FakeSlashCommand("nosuch")));
        var autocomplete = admission.Admit(Parse(FakeSlashCommand.Autocomplete("summarize", null, "query", 3, "bri")));

        Assert.Contains("There is no /nosuch command", unknown.Refusal?.Content, StringComparison.Ordinal);
        Assert.Same(InteractionAdmission.Unchecked, autocomplete);
    }

    private static Interaction Summarize(ulong id) => Parse(FakeSlashCommand.String("summarize", "query", "bridges"), id);

    private static Interaction Parse(FakeSlashCommand command, ulong id = 1) =>
        DiscordPayloadParser.ParseInteraction(JsonDocument.Parse(command.ToPayload(id, "t" + id, "2").ToJsonString()).RootElement);
}
