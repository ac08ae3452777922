using Briefing.Articles;
using Briefing.Models;
using Briefing.Models.Prompts;
using Briefing.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Summaries;

/// <summary>
/// Writes a digest line with the digest prompt when a model is configured, and otherwise (or when the model
/// fails or returns something that is not one short line) uses the thesis of the short, cached summary.
/// </summary>
public sealed class DigestLineWriter : IDigestLineWriter
{
    private const int MaxLineLength = 280;

    private readonly ISummarizer _summarizer;
    private readonly ModelJsonClient? _model;
    private readonly PromptLibrary _prompts;
    private readonly IOptions<OpenAIOptions> _options;
    private readonly ILogger<DigestLineWriter> _logger;

    internal DigestLineWriter(ISummarizer summarizer, ModelJsonClient? model, PromptLibrary prompts, IOptions<OpenAIOptions> options, ILogger<DigestLineWriter> logger)
    {
        _summarizer = summarizer;
        _model = model;
        _prompts = prompts;
        _options = options;
        _logger = logger;
    }

    public async Task<string> WriteAsync(Article article, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (_model is not null)
        {
            try
            {
                return await AskModelAsync(article, cancellationToken).ConfigureAwait(false);
            }
            catch (ModelCallException exception)
            {
                SummariesLog.DigestLineFellBack(_logger, article.Id, exception.Message);
            }
        }

        var summary = await _summarizer.SummarizeAsync(article, SummaryLength.Short, cancellationToken).ConfigureAwait(false);
        return summary.Thesis.Text;
    }

    private async Task<string> AskModelAsync(Article article, CancellationToken cancellationToken)
    {
        // The thesis is often at the end: send the first and last paragraphs that fit the budget, in order.
        var numbered = article.Paragraphs.Select((text, index) => new NumberedParagraph(index + 1, text)).ToList();
        var chunks = ArticleChunker.Chunk(numbered, _options.Value.MaxInputTokens);
        var sent = chunks.Count == 1 ? chunks[0] : [.. chunks[0], .. chunks[^1]];
        var template = _prompts.Digest;
        var user = template.RenderUser(new Dictionary<string, string>
        {
            ["title"] = PromptData.Inline(article.Title),
            ["article"] = PromptData.Block(PromptData.ArticleTag, sent.Select(p => PromptData.NumberedLine(p.Number, p.Text))),
        });
        var output = await _model!.CompleteAsync<ModelDigestLineOutput>("digest line", template.System, user, ModelSchema.DigestLine, cancellationToken).ConfigureAwait(false);
        var line = TextCut.OneLine(output.Line);
        return line.Length is > 0 and <= MaxLineLength
            ? line
            : throw new ModelCallException("the model's digest line is empty or longer than one line");
    }
}
