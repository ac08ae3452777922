using System.Security.Cryptography;
using System.Text;

namespace Briefing.Models.Prompts;

/// <summary>
/// The prompts in <c>prompts/*.md</c>, loaded once at start and checked: each needs a <c>## System</c> and a
/// <c>## User</c> section, every required placeholder, no unknown placeholder, and no untrusted data
/// placeholder inside the system instructions. A bad file stops start-up with one line naming it.
/// </summary>
public sealed class PromptLibrary
{
    public const string DirectoryName = "prompts";

    /// <summary>Placeholders each prompt must use in its user section; the data ones may never sit in System.</summary>
    private static readonly IReadOnlyDictionary<string, PromptSpec> Specs = new Dictionary<string, PromptSpec>
    {
        ["summarize"] = new(Required: ["title", "article", "max_points", "max_counterpoints"], Data: ["title", "article"]),
        ["followup"] = new(Required: ["question", "paragraphs", "history"], Data: ["question", "paragraphs", "history"]),
        ["digest"] = new(Required: ["title", "article"], Data: ["title", "article"]),
    };

    private PromptLibrary(PromptTemplate summarize, PromptTemplate followup, PromptTemplate digest)
    {
        Summarize = summarize;
        Followup = followup;
        Digest = digest;
    }

    public PromptTemplate Summarize { get; }
    public PromptTemplate Followup { get; }
    public PromptTemplate Digest { get; }

    /// <summary>The first of <c>{contentRoot}/prompts</c> and <c>{app base}/prompts</c> that exists (the Bot copies them next to the binary).</summary>
    public static string LocateDirectory(string? contentRoot)
    {
        string[] candidates = [.. new[] { contentRoot, AppContext.BaseDirectory }
            .Where(root => !string.IsNullOrEmpty(root))
            .Select(root => Path.Combine(root!, DirectoryName))];
        return candidates.FirstOrDefault(Directory.Exists) ?? candidates[0];
    }

    public static PromptLibrary Load(string directory) => new(
        LoadOne(directory, "summarize"),
        LoadOne(directory, "followup"),
        LoadOne(directory, "digest"));

    private static PromptTemplate LoadOne(string directory, string name)
    {
        var path = Path.Combine(directory, name + ".md");
        if (!File.Exists(path))
        {
            throw new PromptLibraryException($"Prompt file {path} is missing.");
        }

        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var sections = PromptSections.Parse(text);
        var system = sections.GetValueOrDefault("system");
        var user = sections.GetValueOrDefault("user");
        if (string.IsNullOrWhiteSpace(system) || string.IsNullOrWhiteSpace(user))
        {
            throw new PromptLibraryException($"Prompt file {path} is malformed: it needs non-empty '## System' and '## User' sections.");
        }

        var spec = Specs[name];
        var inSystem = PromptTemplate.PlaceholdersIn(system).ToHashSet(StringComparer.Ordinal);
        var inUser = PromptTemplate.PlaceholdersIn(user).ToHashSet(StringComparer.Ordinal);
        if (spec.Data.FirstOrDefault(inSystem.Contains) is { } leaked)
        {
            throw new PromptLibraryException($"Prompt file {path} is malformed: {{{{{leaked}}}}} is untrusted data and may appear only in the User section.");
        }

        if (inSystem.Count > 0)
        {
            throw new PromptLibraryException($"Prompt file {path} is malformed: the System section takes no placeholders ({{{{{inSystem.First()}}}}}).");
        }

        if (spec.Required.FirstOrDefault(required => !inUser.Contains(required)) is { } missing)
        {
            throw new PromptLibraryException($"Prompt file {path} is malformed: the User section lacks the placeholder {{{{{missing}}}}}.");
        }

        if (inUser.FirstOrDefault(used => !spec.Required.Contains(used)) is { } unknown)
        {
            throw new PromptLibraryException($"Prompt file {path} is malformed: unknown placeholder {{{{{unknown}}}}}.");
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
        return new PromptTemplate(name, system.Trim(), user.Trim(), hash);
    }

    private sealed record PromptSpec(string[] Required, string[] Data);
}
