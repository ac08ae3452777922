using Briefing.Evaluation;
using Briefing.Summaries;
using Briefing.Summaries.Extractive;

namespace Briefing.Tests.Evaluation;

public sealed class EvalDataTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-eval-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> Write(string name, params string[] lines)
    {
        var path = Path.Combine(_folder, name);
        await File.WriteAllLinesAsync(path, lines);
        return path;
    }

    [Fact]
    public async Task Argument_records_are_read_and_unknown_fields_ignored()
    {
        var path = await Write("arguments.jsonl",
            """{"id":"micro_x1","title":"Should towns plant more trees?","text":"Towns should plant more trees. Trees cool streets.","major_claims":["Towns should plant more trees."],"counterpoints":[],"units":[1,2]}""",
            "",
            """{"id":"aae2_x2","title":null,"text":"Homework helps. In conclusion , homework should stay .","major_claims":["homework should stay"],"counterpoints":["Homework takes time"]}""");

        var documents = await EvalDataLoader.LoadAsync<ArgumentDocument>(path, CancellationToken.None);

        Assert.Equal(["micro_x1", "aae2_x2"], documents.Select(d => d.Id));
        Assert.Null(documents[1].Title);
        Assert.Equal(["Homework takes time"], documents[1].Counterpoints);
    }

    [Fact]
    public async Task Claims_and_premises_are_read_when_present_and_empty_when_absent()
    {
        var path = await Write("arguments.jsonl",
            """{"id":"a1","title":null,"text":"t","major_claims":["m"],"claims":["c","against"],"premises":["p"],"counterpoints":["against"]}""",
            """{"id":"a2","title":null,"text":"t","major_claims":["m"],"counterpoints":[]}""");

        var documents = await EvalDataLoader.LoadAsync<ArgumentDocument>(path, CancellationToken.None);

        Assert.Equal(["c", "p"], documents[0].SupportingUnits());
        Assert.Empty(documents[1].Claims);
        Assert.Empty(documents[1].Premises);
    }

    [Fact]
    public void Points_are_counted_as_supporting_or_opposing_and_the_lead_baseline_skips_the_thesis()
    {
        var document = new ArgumentDocument("t1", null,
            "Summers are getting hotter. Towns should plant more trees. Some people say trees cost too much. Trees cool the streets.",
            ["Towns should plant more trees."], ["Some people say trees cost too much."])
        {
            Premises = ["Trees cool the streets."],
        };

        var lead = PositionBaselines.FirstPoints(document.Text, "Towns should plant more trees.", 2);
        var counts = PointCounts.Of(["Trees cool the streets.", "Some people say trees cost too much."], document);

        Assert.Equal(["Summers are getting hotter.", "Some people say trees cost too much."], lead);
        Assert.Equal(new PointCounts(2, 1, 1), counts);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(new PointCounts(2, 0, 1), PointCounts.Of(lead, document));
    }

    [Fact]
    public async Task A_broken_line_is_reported_with_its_file_and_line_number()
    {
        var path = await Write("summaries.jsonl", """{"id":"a","dataset":"cnndm","text":"t","reference":"r"}""", "{not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => EvalDataLoader.LoadAsync<NewsDocument>(path, CancellationToken.None));

        Assert.StartsWith("summaries.jsonl line 2 is not a valid record", error.Message);
    }

    [Fact]
    public void Position_baselines_use_the_same_sentence_segmentation()
    {
        const string text = "Dr. Ames spoke first. The vote came second. Nobody objected.";

        Assert.Equal("Dr. Ames spoke first.", PositionBaselines.First(text));
        Assert.Equal("Dr. Ames spoke first. The vote came second.", PositionBaselines.First(text, 2));
        Assert.Equal("Nobody objected.", PositionBaselines.Last(text));
    }

    [Fact]
    public async Task Argument_evaluation_scores_thesis_baselines_and_counterpoints()
    {
        ArgumentDocument[] documents =
        [
            new("t1", "Should towns plant more trees?",
                "Summers are getting hotter. Some people say trees cost too much to water. Trees cool the streets around them. That is why towns should plant more trees.",
                ["towns should plant more trees"], ["Some people say trees cost too much to water."]),
        ];

        var result = await ArgumentEvaluation.RunAsync("fixture", documents, new ExtractiveSummarizer(), SummaryLength.Standard, CancellationToken.None);

        Assert.Equal(1, result.Documents);
        Assert.Equal(1.0, result.ThesisAccuracy);
        Assert.Equal(0.0, result.FirstSentenceAccuracy);
        Assert.Equal(1.0, result.LastSentenceAccuracy);
        Assert.Equal(1, result.GoldCounterpoints);
        Assert.Equal(1, result.CoveredCounterpoints);
    }

    [Fact]
    public async Task News_evaluation_scores_the_engine_the_lead_and_stored_system_outputs()
    {
        NewsDocument[] documents =
        [
            new("n1", "cnndm", null,
                "The harbour reopened on Monday after a year of repairs. Fishing boats returned at dawn. Traders welcomed the first catch. The mayor thanked the builders.",
                "Harbour reopened on Monday after repairs . Boats returned .",
                new Dictionary<string, string> { ["copy"] = "Harbour reopened on Monday after repairs . Boats returned ." }),
        ];

        var rows = await NewsEvaluation.RunAsync(documents, 3, new ExtractiveSummarizer(), SummaryLength.Short, CancellationToken.None);

        Assert.Equal(["this engine", "Lead-3", "copy"], rows.Select(r => r.System));
        var copy = rows.Single(r => r.System == "copy");
        Assert.Equal(100.0, copy.Rouge1, 6);
        Assert.Equal(100.0, copy.RougeL, 6);
        Assert.All(rows, r => Assert.InRange(r.Rouge1, 1, 100));
    }

    [Fact]
    public async Task Per_document_scores_add_up_to_the_set_result()
    {
        ArgumentDocument[] documents =
        [
            new("t1", "Should towns plant more trees?",
                "Summers are getting hotter. Some people say trees cost too much to water. Trees cool the streets around them. That is why towns should plant more trees.",
                ["towns should plant more trees"], ["Some people say trees cost too much to water."]),
            new("t2", "Should libraries open on Sundays?",
                "Libraries should open on Sundays. Many people work all week. A quiet room helps students revise.",
                ["Libraries should open on Sundays"], []),
        ];

        var scores = await ArgumentEvaluation.ScoreAsync(documents, new ExtractiveSummarizer(), SummaryLength.Standard, CancellationToken.None);
        var result = ArgumentSetResult.From("fixture", scores);

        Assert.Equal(["t1", "t2"], scores.Select(s => s.Id));
        Assert.Equal([false, true], scores.Select(s => s.FirstSentenceMatches));
        Assert.Equal(0.5, result.FirstSentenceAccuracy);
        Assert.Equal(0.5, result.LastSentenceAccuracy);
        Assert.Equal(0.5, result.BestPositionAccuracy);
        Assert.Equal(1.0, result.ThesisAccuracy);
    }
}
