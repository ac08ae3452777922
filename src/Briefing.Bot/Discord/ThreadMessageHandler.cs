using System.Text.RegularExpressions;
using Briefing.Bot.Commands;
using Briefing.Discord;
using Briefing.Discord.Gateway;
using Briefing.Discord.Json;
using Briefing.Discord.Messages;
using Briefing.Discord.Messages.Models;
using Briefing.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Discord;

/// <summary>
/// MESSAGE_CREATE in a thread the bot opened → <see cref="FollowUpHandler"/>. Answers a message that mentions
/// the bot, or any message when <c>Discord:MessageContent</c> is on (without that privileged intent Discord
/// sends other messages with empty content anyway). Messages from bots, the bot's own echoes included, and
/// from webhooks are ignored, so two bots can never talk to each other in a loop. Typing shows while it works;
/// the answer is posted as a reply to the question.
/// </summary>
public sealed partial class ThreadMessageHandler(
    FollowUpHandler followUps,
    IGatewaySession session,
    IDiscordRestClient restClient,
    IOptions<DiscordOptions> options,
    TimeProvider timeProvider,
    ILogger<ThreadMessageHandler> logger) : IGatewayEventHandler
{
    public const string EventName = "MESSAGE_CREATE";

    public async Task HandleAsync(GatewayEvent gatewayEvent, CancellationToken cancellationToken)
    {
        if (!GatewayEventReader.TryRead(gatewayEvent, EventName, DiscordPayloadParser.ParseMessage, logger, out var message)) return;
        if (message.Author.Bot || message.WebhookId is not null || message.Author.Id == session.BotUserId) return;
        var mentioned = session.BotUserId is { } botId && message.MentionsUser(botId);
        if (!mentioned && !options.Value.MessageContent) return;
        var question = StripBotMention(message.Content, session.BotUserId);
        if (string.IsNullOrWhiteSpace(question)) return;
        if (!await followUps.IsBoundAsync(message.ChannelId, cancellationToken)) return;

        BotReply? reply;
        await using (TypingIndicator.Start(restClient, message.ChannelId, timeProvider, cancellationToken))
        {
            reply = await followUps.HandleAsync(new ThreadMessage(message.ChannelId, message.GuildId, message.Author.Id, question, AddressedToBot: mentioned), cancellationToken);
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
                // Reply to the question (without pinging its author: allowed_mentions stays empty).
                var withReference = first
                    ? payload with { MessageReference = new MessageReference { MessageId = question.Id, ChannelId = question.ChannelId, FailIfNotExists = false } }
                    : payload;
                await restClient.CreateMessageAsync(question.ChannelId, withReference, cancellationToken);
                first = false;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            DiscordTransportLog.FollowUpFailed(logger, question.ChannelId, ReferenceId.New(), exception);
        }
    }

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
