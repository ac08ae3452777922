using Briefing.Articles;
using Briefing.Conversations;
using Briefing.Retrieval;
using Briefing.Storage;
using Microsoft.Extensions.Options;

namespace Briefing.Bot.Commands;

/// <summary><c>/ask question:</c> a grounded answer from the guild's library; inside a summary thread, from that article first.</summary>
public sealed class AskCommandHandler(IArticleStore articles, IArticleRetriever retriever, IConversationStore conversations, IQuestionAnswerer answerer, IOptions<CommandOptions> options) : ICommandHandler
{
    public string Name => CommandCatalogue.Ask;

    public async Task<BotReply> HandleAsync(CommandInvocation invocation, CancellationToken cancellationToken)
    {
        var question = invocation.Option("question");
        if (question is null)
        {
            return BotReply.Text("Ask something: /ask question:<your question>.", ephemeral: true);
        }

        var sources = new List<Article>();
        if (invocation.ThreadId is { } threadId
            && await conversations.GetThreadArticleAsync(threadId, cancellationToken).ConfigureAwait(false) is { } boundId
            && await articles.GetAsync(boundId, cancellationToken).ConfigureAwait(false) is { } bound
            && invocation.Scope.CanSee(bound))
        {
            sources.Add(bound);
        }

        var hits = await retriever.SearchAsync(question, invocation.Scope, options.Value.AskArticles, cancellationToken).ConfigureAwait(false);
        foreach (var hit in hits.Where(h => sources.TrueForAll(s => s.Id != h.ArticleId)))
        {
            if (await articles.GetAsync(hit.ArticleId, cancellationToken).ConfigureAwait(false) is { } article)
            {
                sources.Add(article);
            }
        }

        if (sources.Count == 0)
        {
            return BotReply.Text("Nothing in the library speaks to that question. Add an article with /library add url:<link>.", ephemeral: true);
        }

        var answer = await answerer.AnswerAsync(question, sources, [], cancellationToken).ConfigureAwait(false);
        return AnswerReply.Build(answer);
    }
}
