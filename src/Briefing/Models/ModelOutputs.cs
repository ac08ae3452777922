namespace Briefing.Models;

/// <summary>The summary JSON the model must return (see <see cref="ModelSchema.Summary"/>).</summary>
internal sealed record ModelSummaryOutput(ModelSummaryItem Thesis, IReadOnlyList<ModelSummaryItem> Points, IReadOnlyList<ModelSummaryItem> Counterpoints);

internal sealed record ModelSummaryItem(string Text, string Quote, int Paragraph);

/// <summary>The follow-up answer JSON the model must return (see <see cref="ModelSchema.Answer"/>).</summary>
internal sealed record ModelAnswerOutput(string Answer, bool Answered, IReadOnlyList<ModelCitation> Citations);

internal sealed record ModelCitation(int Article, int Paragraph, string Quote);

/// <summary>The digest line JSON the model must return (see <see cref="ModelSchema.DigestLine"/>).</summary>
internal sealed record ModelDigestLineOutput(string Line);
