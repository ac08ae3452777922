using System.CommandLine;
using Briefing.Eval;
using Briefing.Summaries;

// Usage: dotnet run --project tools/Briefing.Eval -- [--data ../shared/eval/dev] [--length standard]
var dataOption = new Option<DirectoryInfo?>("--data")
{
    Description = "Folder with arguments.jsonl and summaries.jsonl (default: shared/eval/dev beside the repository)",
};
var newsLengthOption = new Option<SummaryLength>("--news-length")
{
    Description = "Summary length scored with ROUGE against news references (thesis + points)",
    DefaultValueFactory = _ => SummaryLength.Short,
};
var root = new RootCommand("Scores the extractive summarizer on the evaluation data and prints a Markdown table.")
{
    dataOption,
    newsLengthOption,
};
root.SetAction(async (parseResult, cancellationToken) =>
{
    var data = parseResult.GetValue(dataOption) ?? DataFolder.FindDefault(new DirectoryInfo(Environment.CurrentDirectory));
    if (data is null || !data.Exists)
    {
        await Console.Error.WriteLineAsync("No evaluation data: pass --data pointing at a folder with arguments.jsonl and summaries.jsonl.");
        return 2;
    }
    var report = await EvaluationReport.BuildAsync(data, parseResult.GetValue(newsLengthOption), cancellationToken);
    Console.Write(report);
    return 0;
});
return await root.Parse(args).InvokeAsync();
