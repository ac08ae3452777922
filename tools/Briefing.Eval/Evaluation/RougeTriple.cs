namespace Briefing.Evaluation;

/// <summary>Mean ROUGE-1/2/L F1 (x100) of one system over a set of articles.</summary>
public sealed record RougeTriple(string System, int Articles, double Rouge1, double Rouge2, double RougeL);
