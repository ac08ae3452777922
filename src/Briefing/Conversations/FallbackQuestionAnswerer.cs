using Briefing.Articles;
using Briefing.Models;
using Microsoft.Extensions.Logging;

namespace Briefing.Conversations;

/// <summary>
/// The question answerer the app uses: the model when one is configured, and the extractive answerer when
/// not, or when the model fails in any way (error, timeout, refusal, invalid or unverifiable output).
/// </summary>
public sealed class FallbackQuestionAnswerer : IQuestionAnswerer
{
    private readonly ExtractiveQuestionAnswerer _extractive;
    private readonly ModelQuestionAnswerer? _model;
    private readonly ILogger<FallbackQuestionAnswerer> _logger;

    internal FallbackQuestionAnswerer(ExtractiveQuestionAnswerer extractive, ModelQuestionAnswerer? model, ILogger<FallbackQuestionAnswerer> logger)
    {
        _extractive = extractive;
        _model = model;
        _logger = logger;
    }

    public async Task<GroundedAnswer> AnswerAsync(string question, IReadOnlyList<Article> sources, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken)
    {
        if (_model is not null && sources.Count > 0)
        {
            try
            {
                return await _model.AnswerAsync(question, sources, history, cancellationToken).ConfigureAwait(false);
            }
            catch (ModelCallException exception)
            {
                ConversationsLog.AnswerFellBack(_logger, exception.Message);
            }
        }

        return await _extractive.AnswerAsync(question, sources, history, cancellationToken).ConfigureAwait(false);
    }
}
