using System.Text.RegularExpressions;
using Briefing.Bot.Commands;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Json;
using Briefing.Discord.Messages;
using Briefing.Discord.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.DiscordTransport;

/// <summary>
/// MESSAGE_CREATE in a thread the bot opened, or in a direct message that holds a summary → <see cref="FollowUpHandler"/>. Answers a message that mentions
/// the bot, or any message when <c>Discord:MessageContent</c> is on (without that privileged intent Discord
/// sends other messages with empty content anyway). Messages from bots, the bot's own echoes included, and
/// from webhooks are ignored, so two bots can never talk to each other in a loop. Typing shows while it works;
/// the answer is posted as a reply to the question. When the answer cannot be produced or posted, the asker gets a
/// short apology with a reference id that is also in the log: on Discord, silence looks like being ignored.
/// </summary>
public sealed partial class ThreadMessageHandler(
    FollowUpHandler followUps,
    IGatewaySession session,
    IDiscordRestClient restClient,
    IOptions<DiscordOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider timeProvider,
    ILogger<ThreadMessageHandler> logger) : IGatewayEventHandler
{
    public const string EventName = "MESSAGE_CREATE";
    private static readonly TimeSpan ApologyBudget = TimeSpan.FromSeconds(10);

    public async Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (!GatewayEventReader.TryRead(gatewayEvent, EventName, DiscordPayloadParser.ParseMessage, logger, out var message)) return;
        if (message.Author.Bot || message.WebhookId is not null || message.Author.Id == session.BotUserId) return;
        var mentioned = session.BotUserId is { } botId && message.MentionsUser(botId);
        // Everything said in a direct message is said to the bot, and Discord sends its content without the intent.
        var direct = message.GuildId is null;
        if (!mentioned && !direct && !options.Value.MessageContent) return;
        var question = StripBotMention(message.Content, session.BotUserId);
        if (string.IsNullOrWhiteSpace(question)) return;
        // Outside the apology's reach on purpose: when it is unknown whether the bot owns the thread, silence is
        // better than posting in someone else's (the dispatcher logs the failure).
        if (!await followUps.IsBoundAsync(message.ChannelId, cancellationToken)) return;

        BotReply? reply;
        try
        {
            await using (await TypingIndicator.StartAsync(restClient, message.ChannelId, timeProvider, cancellationToken))
            {
                reply = await followUps.HandleAsync(new ThreadMessage(message.ChannelId, message.GuildId, message.Author.Id, question, AddressedToBot: mentioned || direct), cancellationToken);
            }
        }
        catch (Exception exception) when (!IsShutdown(exception))
        {
            // Includes the dispatcher's handler timeout cancelling the token: the apology has its own budget.
            var reference = ReferenceId.New();
            DiscordTransportLog.FollowUpFailed(logger, message.ChannelId, reference, exception);
            await ApologiseAsync(message, reference);
            return;
        }
        if (reply is null) return;
        await PostAsync(message, reply, cancellationToken);
    }

    private async Task PostAsync(DiscordMessage question, BotReply reply, CancellationToken cancellationToken)
    {
        try
        {
            var first = true;
            foreach (var payload in BotReplyRenderer.Render(reply with { Ephemeral = false }))
            {
                await restClient.CreateMessageAsync(question.ChannelId, first ? AsReplyTo(question, payload) : payload, cancellationToken);
                first = false;
            }
        }
        catch (Exception exception) when (!IsShutdown(exception))
        {
            // Failed part-way (403 without Send Messages in Threads, a later page refused...): one apology is tried,
            // since a half answer or none looks like being ignored.
            var reference = ReferenceId.New();
            DiscordTransportLog.FollowUpPostFailed(logger, question.ChannelId, reference, exception);
            // A 401 means the token is dead: any further request only adds to the invalid-request count.
            if (exception is not DiscordUnauthorizedException) await ApologiseAsync(question, reference);
        }
    }

    private async Task ApologiseAsync(DiscordMessage question, string reference)
    {
        // The handler's token may be what failed (the dispatcher's timeout), so the apology gets its own small budget.
        using var budget = new CancellationTokenSource(ApologyBudget, timeProvider);
        // The fixed words and the id that finds the log line; never the exception's text.
        var apology = BotReplyRenderer.Render(ReferenceId.Apology(reference) with { Ephemeral = false })[0];
        try
        {
            await restClient.CreateMessageAsync(question.ChannelId, AsReplyTo(question, apology), budget.Token);
        }
        catch (Exception exception)
        {
            DiscordTransportLog.FollowUpApologyFailed(logger, reference, question.ChannelId, exception);
        }
    }

    // Reply to the question without pinging its author: allowed_mentions stays empty.
    private static MessagePayload AsReplyTo(DiscordMessage question, MessagePayload payload) =>
        payload with { MessageReference = new MessageReference { MessageId = question.Id, ChannelId = question.ChannelId, FailIfNotExists = false } };

    // The host is stopping: the cancellation ends the handler quietly (the dispatcher expects it), nothing more is posted.
    private bool IsShutdown(Exception exception) =>
        exception is OperationCanceledException && lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>"&lt;@bot&gt; what about X?" → "what about X?" (both mention forms, anywhere in the text).</summary>
    public static string StripBotMention(string content, ulong? botUserId)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (botUserId is null) return content.Trim();
        return MentionPattern().Replace(content, match => match.Groups[1].Value == botUserId.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) ? "" : match.Value).Trim();
    }

    [GeneratedRegex(@"<@!?(\d+)>")]
    private static partial Regex MentionPattern();
}
