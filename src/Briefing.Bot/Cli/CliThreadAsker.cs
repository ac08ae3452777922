using System.Globalization;
using Briefing.Bot.Commands;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Conversations;
using Briefing.Storage;

namespace Briefing.Bot.Cli;

/// <summary><c>ask --id</c>: asks about one article through the follow-up path, on a one-off thread bound to it.</summary>
public sealed class CliThreadAsker(IArticleStore articles, IConversationStore conversations, FollowUpHandler followUps, TimeProvider timeProvider)
{
    public async Task<BotReply> AskAsync(long articleId, ulong? guildId, string question, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(articleId, cancellationToken).ConfigureAwait(false)
            ?? throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"--id: there is no article #{articleId}."));
        var now = timeProvider.GetUtcNow();
        var threadId = (ulong)now.ToUnixTimeMilliseconds() * 1000;
        await conversations.BindThreadAsync(threadId, guildId, article.Id, now, cancellationToken).ConfigureAwait(false);
        return await followUps.AnswerNowAsync(new ThreadMessage(threadId, guildId, ConsoleSession.UserId, question), cancellationToken).ConfigureAwait(false)
            ?? BotReply.Text("No answer.");
    }
}
