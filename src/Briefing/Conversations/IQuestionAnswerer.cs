using Briefing.Articles;

namespace Briefing.Conversations;

/// <summary>Answers a question from the given articles only (first article first), citing paragraphs.</summary>
public interface IQuestionAnswerer
{
    Task<GroundedAnswer> AnswerAsync(string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken);
}
