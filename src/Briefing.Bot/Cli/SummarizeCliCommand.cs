using System.CommandLine;
using System.Globalization;
using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.Composition;
using Briefing.Bot.ConsoleTransport;
using Briefing.Ingestion;
using Briefing.Storage;
using Briefing.Summaries;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Cli;

/// <summary><c>summarize &lt;query|url&gt; | --id ID | --file PATH | --dir FOLDER [--length] [--json] [--store]</c>.</summary>
internal static class SummarizeCliCommand
{
    private static readonly string[] FileExtensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static IEnumerable<Command> Create(BotLaunchSettings settings)
    {
        var query = new Argument<string?>("query") { Description = "Words to find an article in the library, or a URL to fetch", Arity = ArgumentArity.ZeroOrOne };
        var id = new Option<string?>("--id") { Description = "Summarize the stored article with this id" };
        var file = new Option<string?>("--file") { Description = "Summarize a .txt/.md/.html file (not stored unless --store)" };
        var dir = new Option<string?>("--dir") { Description = "Summarize every .txt/.md/.html file in a folder: one JSON object per line with \"file\"" };
        var length = new Option<string>("--length") { Description = "short, standard or detailed", DefaultValueFactory = _ => "standard" };
        length.AcceptOnlyFromAmong([.. CommandCatalogue.Lengths]);
        var json = CliOptionFactory.Json();
        var store = new Option<bool>("--store") { Description = "With --file/--dir: also add the articles to the library" };
        var guild = CliOptionFactory.Guild();
        var command = new Command("summarize", "The argument of an article: thesis, points, counterpoints, each with a quote and ¶ number")
        {
            query, id, file, dir, length, json, store, guild,
        };
        command.Validators.Add(result =>
        {
            var given = new object?[] { result.GetValue(query), result.GetValue(id), result.GetValue(file), result.GetValue(dir) }.Count(v => v is not null);
            if (given != 1)
            {
                result.AddError("summarize needs exactly one of: a query or URL, --id, --file, --dir.");
            }
        });

        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            SummarizeCommandHandler.TryParseLength(parse.GetValue(length), out var summaryLength);
            var request = new Request(services, settings.Output.Out, summaryLength, parse.GetValue(json), parse.GetValue(store), CliOptionFactory.ParseGuild(parse.GetValue(guild)));
            if (parse.GetValue(dir) is { } folder)
            {
                return await SummarizeFolderAsync(request, folder, token).ConfigureAwait(false);
            }

            var article = parse.GetValue(file) is { } path ? await LoadFileAsync(request, path, token).ConfigureAwait(false)
                : parse.GetValue(id) is { } idText ? await GetByIdAsync(services, CliOptionFactory.ParseId(idText, "--id"), token).ConfigureAwait(false)
                : await FindAsync(request, parse.GetValue(query)!, token).ConfigureAwait(false);
            var summary = await services.GetRequiredService<ISummarizer>().SummarizeAsync(article.Article, summaryLength, token).ConfigureAwait(false);
            await request.Output.WriteLineAsync(request.Json
                ? SummaryJson.Write(summary)
                : ConsoleRenderer.Render(SummaryReply.Build(summary, article.OtherMatches) with { ThreadName = null }).TrimEnd()).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        yield return command;
    }

    private sealed record Request(IServiceProvider Services, TextWriter Output, SummaryLength Length, bool Json, bool Store, ulong? GuildId);

    private static async Task<int> SummarizeFolderAsync(Request request, string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            throw new BadInputException($"--dir: {folder}: no such folder.");
        }

        var files = Directory.EnumerateFiles(folder)
            .Where(f => FileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        var failed = 0;
        foreach (var path in files)
        {
            var name = Path.GetFileName(path);
            try
            {
                var match = await LoadFileAsync(request, path, cancellationToken).ConfigureAwait(false);
                var summary = await request.Services.GetRequiredService<ISummarizer>().SummarizeAsync(match.Article, request.Length, cancellationToken).ConfigureAwait(false);
                await request.Output.WriteLineAsync(request.Json
                    ? SummaryJson.Write(summary, name)
                    : $"== {name}\n" + ConsoleRenderer.Render(SummaryReply.Build(summary, []) with { ThreadName = null }).TrimEnd()).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not OutOfMemoryException)
            {
                // One file's problem is that file's line; the rest of the folder still prints. Anything but a
                // refused source (whose message already names the file and reason) is reported by its first line.
                failed++;
                var error = ex is IngestionException ? ex.Message : $"{path}: could not be summarized ({ex.Message.Split('\n', 2)[0].TrimEnd()})";
                await request.Output.WriteLineAsync(request.Json ? SummaryJson.WriteError(name, error) : $"== {name}\nfailed: {error}").ConfigureAwait(false);
            }
        }

        return failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static async Task<ArticleMatch> LoadFileAsync(Request request, string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new BadInputException($"--file: {path}: no such file.");
        }

        if (request.Store)
        {
            var id = await request.Services.GetRequiredService<ArticleFinder>().IngestAsync(path, request.GuildId, cancellationToken).ConfigureAwait(false);
            return await GetByIdAsync(request.Services, id, cancellationToken).ConfigureAwait(false);
        }

        var draft = await request.Services.GetRequiredService<IArticleIngestor>().LoadAsync(path, request.GuildId, cancellationToken).ConfigureAwait(false);
        return new ArticleMatch(Unstored(draft, request.Services.GetRequiredService<TimeProvider>().GetUtcNow()), []);
    }

    private static async Task<ArticleMatch> GetByIdAsync(IServiceProvider services, long id, CancellationToken cancellationToken) =>
        new(await services.GetRequiredService<IArticleStore>().GetAsync(id, cancellationToken).ConfigureAwait(false)
            ?? throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"--id: there is no article #{id}.")), []);

    private static async Task<ArticleMatch> FindAsync(Request request, string query, CancellationToken cancellationToken) =>
        await request.Services.GetRequiredService<ArticleFinder>().FindAsync(query, request.GuildId, 3, cancellationToken).ConfigureAwait(false)
            ?? throw new BadInputException($"summarize: nothing in the library matches \"{query}\"; add articles with: ingest <file|folder|url>.");

    /// <summary>
    /// An article that lives only for this run (id 0): summarized, never written to the library. Its paragraphs and
    /// fingerprint are the library's own, so the summary cached now is found again once the file is stored.
    /// </summary>
    private static Article Unstored(ArticleDraft draft, DateTimeOffset now)
    {
        var paragraphs = ArticleText.NormalizeParagraphs(draft.Paragraphs);
        return new Article
        {
            Id = 0,
            Url = draft.Url,
            Title = draft.Title,
            Authors = draft.Authors,
            SiteName = draft.SiteName,
            PublishedAt = draft.PublishedAt,
            FetchedAt = now,
            Language = draft.Language,
            Paragraphs = paragraphs,
            ContentHash = ArticleText.ContentHash(paragraphs),
            GuildId = draft.GuildId,
            Origin = draft.Origin,
        };
    }
}
