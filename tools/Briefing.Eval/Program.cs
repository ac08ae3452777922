using System.CommandLine;
using Briefing.Eval;
using Briefing.Summaries;

// Usage: dotnet run --project tools/Briefing.Eval -- [--data ../shared/eval/dev] [--news-length short] [--halves 1000] [--seed 1] [--dump FILE] [--misses FILE]
var dataOption = new Option<DirectoryInfo?>("--data")
{
    Description = "Folder with arguments.jsonl and summaries.jsonl (default: shared/eval/dev beside the repository)",
};
var newsLengthOption = new Option<SummaryLength>("--news-length")
{
    Description = "Summary length scored with ROUGE against news references (thesis + points)",
    DefaultValueFactory = _ => SummaryLength.Short,
};
var halvesOption = new Option<int>("--halves")
{
    Description = "Random halves per set for the split-half robustness table (0 = no table)",
    DefaultValueFactory = _ => 1000,
};
var seedOption = new Option<int>("--seed")
{
    Description = "Seed of the random halves (the same seed draws the same halves, so two versions compare fairly)",
    DefaultValueFactory = _ => 1,
};
var dumpOption = new Option<FileInfo?>("--dump")
{
    Description = "Also write each document's summary (Standard length) to this file as JSON lines",
};
var missesOption = new Option<FileInfo?>("--misses")
{
    Description = "Also write each long-form document's missed points and uncovered premises, classified, to this file as JSON lines, and print their counts",
};
var root = new RootCommand("Scores the extractive summarizer on the evaluation data and prints Markdown tables.")
{
    dataOption,
    newsLengthOption,
    halvesOption,
    seedOption,
    dumpOption,
    missesOption,
};
root.SetAction(async (parseResult, cancellationToken) =>
{
    var data = parseResult.GetValue(dataOption) ?? DataFolder.FindDefault(new DirectoryInfo(Environment.CurrentDirectory));
    if (data is null || !data.Exists)
    {
        await Console.Error.WriteLineAsync("No evaluation data: pass --data pointing at a folder with arguments.jsonl and summaries.jsonl.");
        return 2;
    }
    var halves = parseResult.GetValue(halvesOption);
    if (halves < 0)
    {
        await Console.Error.WriteLineAsync("--halves must be 0 (no robustness table) or a positive number of random halves.");
        return 2;
    }
    if (parseResult.GetValue(dumpOption) is { } dump)
    {
        await SummaryDump.WriteAsync(data, dump, cancellationToken);
    }
    var newsLength = parseResult.GetValue(newsLengthOption);
    var scores = await EvalScores.ComputeAsync(data, newsLength, cancellationToken);
    Console.Write(EvaluationReport.Build(data.FullName, scores, newsLength, halves, parseResult.GetValue(seedOption)));
    if (parseResult.GetValue(missesOption) is { } misses)
    {
        Console.WriteLine();
        Console.Write(await MissesReport.WriteAsync(data, misses, cancellationToken));
    }
    return 0;
});
return await root.Parse(args).InvokeAsync();
