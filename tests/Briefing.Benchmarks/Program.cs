using BenchmarkDotNet.Running;
using Briefing.Benchmarks;

// Run with: dotnet run -c Release --project tests/Briefing.Benchmarks -- --filter '*'
// The retrieval quality table: dotnet run -c Release --project tests/Briefing.Benchmarks -- retrieval
if (args.Length > 0 && args[0] == "retrieval")
{
    return await RetrievalBenchmark.RunAsync(args[1..]);
}

// Paragraph choice for grounded answers: dotnet run -c Release --project tests/Briefing.Benchmarks -- paragraphs
if (args.Length > 0 && args[0] == "paragraphs")
{
    return await ParagraphRetrievalBenchmark.RunAsync();
}

// Builds (or completes) the cached large library for one provider and prints the ingest curve:
// dotnet run -c Release --project tests/Briefing.Benchmarks -- large-library sqlite|postgres
if (args.Length > 1 && args[0] == "large-library")
{
    await (await LargeLibrary.OpenAsync(args[1])).DisposeAsync();
    return 0;
}

// The search methods of the large-library suite taking turns, for ratios on a loaded machine:
// dotnet run -c Release --project tests/Briefing.Benchmarks -- large-library-timing sqlite|postgres [rounds]
if (args.Length > 1 && args[0] == "large-library-timing")
{
    return await LargeLibraryTiming.RunAsync(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 200);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
