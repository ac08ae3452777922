using Briefing.Models.Prompts;

namespace Briefing.Tests.Summaries;

public sealed class PromptLibraryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("briefing-prompts-").FullName;

    public PromptLibraryTests()
    {
        foreach (var file in Directory.GetFiles(TestPrompts.Directory, "*.md"))
        {
            File.Copy(file, Path.Combine(_folder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_repository_prompts_load_with_their_sections_and_distinct_hashes()
    {
        var library = PromptLibrary.Load(TestPrompts.Directory);

        Assert.Contains("untrusted", library.Summarize.System, StringComparison.Ordinal);
        Assert.Contains("{{article}}", library.Summarize.User, StringComparison.Ordinal);
        Assert.Contains("does not say", library.Followup.System, StringComparison.Ordinal);
        Assert.Contains("{{article}}", library.Digest.User, StringComparison.Ordinal);
        Assert.Matches("^[0-9a-f]{16}$", library.Summarize.Hash);
        Assert.Equal(3, new[] { library.Summarize.Hash, library.Followup.Hash, library.Digest.Hash }.Distinct().Count());
    }

    [Fact]
    public void Editing_a_prompt_changes_its_hash()
    {
        var before = PromptLibrary.Load(_folder).Summarize.Hash;
        File.AppendAllText(Path.Combine(_folder, "summarize.md"), "\nBe brief.\n");

        Assert.NotEqual(before, PromptLibrary.Load(_folder).Summarize.Hash);
    }

    [Fact]
    public void A_missing_prompt_file_stops_loading_with_one_line_naming_it()
    {
        File.Delete(Path.Combine(_folder, "followup.md"));

        var failure = Assert.Throws<PromptLibraryException>(() => PromptLibrary.Load(_folder));

        Assert.Equal($"Prompt file {Path.Combine(_folder, "followup.md")} is missing.", failure.Message);
    }

    [Theory]
    [InlineData("# summarize\n\n## User\nSummarize {{title}} {{article}} {{max_points}} {{max_counterpoints}}\n", "needs non-empty '## System' and '## User' sections")]
    [InlineData("# summarize\n\n## System\nRules.\n\n## User\nSummarize {{title}} {{max_points}} {{max_counterpoints}}\n", "lacks the placeholder {{article}}")]
    [InlineData("# summarize\n\n## System\nRules for {{article}}.\n\n## User\nSummarize {{title}} {{article}} {{max_points}} {{max_counterpoints}}\n", "{{article}} is untrusted data and may appear only in the User section")]
    [InlineData("# summarize\n\n## System\nRules.\n\n## User\nSummarize {{title}} {{article}} {{max_points}} {{max_counterpoints}} {{tone}}\n", "unknown placeholder {{tone}}")]
    public void A_malformed_prompt_stops_loading_with_one_line_naming_the_file(string content, string problem)
    {
        var path = Path.Combine(_folder, "summarize.md");
        File.WriteAllText(path, content);

        var failure = Assert.Throws<PromptLibraryException>(() => PromptLibrary.Load(_folder));

        Assert.StartsWith($"Prompt file {path} is malformed: ", failure.Message, StringComparison.Ordinal);
        Assert.Contains(problem, failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', failure.Message);
    }

    [Fact]
    public void Rendering_does_not_expand_placeholders_inside_values()
    {
        var template = PromptLibrary.Load(_folder).Digest;

        var user = template.RenderUser(new Dictionary<string, string> { ["title"] = "{{article}}", ["article"] = "body" });

        Assert.Contains("<title_data>{{article}}</title_data>", user, StringComparison.Ordinal);
        Assert.EndsWith("body", user, StringComparison.Ordinal);
    }

    [Fact]
    public void The_prompts_folder_under_the_content_root_is_used_first()
    {
        var root = Path.Combine(_folder, "content-root");
        var expected = Directory.CreateDirectory(Path.Combine(root, PromptLibrary.DirectoryName)).FullName;

        Assert.Equal(expected, PromptLibrary.LocateDirectory(root));
        // When neither folder exists, the content root's is the one the start-up error names.
        var missing = Path.Combine(_folder, "elsewhere");
        Assert.Equal(Path.Combine(missing, PromptLibrary.DirectoryName), PromptLibrary.LocateDirectory(missing));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
