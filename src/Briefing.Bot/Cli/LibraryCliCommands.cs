using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Briefing.Articles;
using Briefing.Bot.Commands;
using Briefing.Bot.Composition;
using Briefing.Ingestion;
using Briefing.Retrieval;
using Briefing.Storage;
using Briefing.Text;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Cli;

/// <summary><c>ingest</c>, <c>search</c>, <c>list</c>, <c>show</c>: the library from the command line.</summary>
internal static class LibraryCliCommands
{
    public static IEnumerable<Command> Create(BotLaunchSettings settings)
    {
        yield return Ingest(settings);
        yield return Embed(settings);
        yield return Search(settings);
        yield return List(settings);
        yield return Show(settings);
    }

    private static Command Ingest(BotLaunchSettings settings)
    {
        var source = new Argument<string>("source") { Description = "A .txt/.md/.html file, a folder of them, an article URL or an RSS/Atom feed URL" };
        var guild = CliOptionFactory.Guild();
        var command = new Command("ingest", "Add articles to the library") { source, guild };
        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            var ingestor = services.GetRequiredService<IArticleIngestor>();
            // Progress rewrites one line, which only makes sense when a person watches stderr on a terminal.
            var progress = settings.Interactive && !Console.IsErrorRedirected ? new TerminalProgress(settings.Output.Error) : null;
            var report = await ingestor.IngestAsync(parse.GetRequiredValue(source), CliOptionFactory.ParseGuild(parse.GetValue(guild)), progress, token).ConfigureAwait(false);
            progress?.Finish();
            var output = settings.Output;
            foreach (var item in report.Items)
            {
                var line = item.Result is { } result
                    ? $"{result.Outcome.ToString().ToLowerInvariant()} #{result.ArticleId} {item.Title}"
                    : $"failed {item.Source}: {item.Error}";
                await (item.Result is null ? output.Error : output.Out).WriteLineAsync(line).ConfigureAwait(false);
            }

            await output.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{report.Stored} stored, {report.Failed} failed")).ConfigureAwait(false);
            await output.Out.WriteLineAsync(await EmbeddingsWaitingAsync(services, token).ConfigureAwait(false)).ConfigureAwait(false);
            return report.Failed == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }, ct));
        return command;
    }

    // Ingest never embeds (it keeps its speed); it says how much the background indexer, or `embed`, has left to do.
    private static async Task<string> EmbeddingsWaitingAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetrievalOptions>>().Value.UsesEmbeddings)
        {
            return "embeddings off (Retrieval:Embedder=none): search is lexical";
        }

        var waiting = await services.GetRequiredService<EmbeddingIndexer>().CountPendingAsync(cancellationToken).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture, $"{waiting} waiting for embeddings (the running bot computes them in the background, or run `embed`); until then they are found by their words");
    }

    private static Command Embed(BotLaunchSettings settings)
    {
        var command = new Command("embed", "Compute the missing article embeddings now (the running bot does this in the background)");
        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            if (!services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RetrievalOptions>>().Value.UsesEmbeddings)
            {
                await settings.Output.Error.WriteLineAsync("Retrieval:Embedder is none: there is nothing to embed with.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            var stored = await services.GetRequiredService<EmbeddingIndexer>().IndexPendingAsync(token).ConfigureAwait(false);
            await settings.Output.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{stored} embedded")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Search(BotLaunchSettings settings)
    {
        var query = new Argument<string>("query") { Description = "Words to look for" };
        var guild = CliOptionFactory.Guild();
        var json = CliOptionFactory.Json();
        var command = new Command("search", "Ranked full-text search with snippets") { query, guild, json };
        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            var hits = await services.GetRequiredService<IArticleRetriever>()
                .SearchAsync(parse.GetRequiredValue(query), CliOptionFactory.ParseGuild(parse.GetValue(guild)), 20, token).ConfigureAwait(false);
            var output = settings.Output.Out;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(hits.Select(h => new { id = h.ArticleId, title = h.Title, url = h.Url, snippet = h.Snippet, score = h.Score }), CliJson.Options)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            if (hits.Count == 0)
            {
                await output.WriteLineAsync("No matches.").ConfigureAwait(false);
            }

            foreach (var hit in hits)
            {
                await output.WriteLineAsync($"#{hit.ArticleId}  {hit.Title}\n    {TextCut.Truncate(hit.Snippet, 400)}\n    {hit.Url}").ConfigureAwait(false);
                foreach (var copy in hit.SameStory)
                {
                    await output.WriteLineAsync($"    also #{copy.ArticleId} {copy.Url}").ConfigureAwait(false);
                }
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command List(BotLaunchSettings settings)
    {
        var json = CliOptionFactory.Json();
        var guild = CliOptionFactory.Guild();
        var command = new Command("list", "Articles in the library, newest first") { guild, json };
        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            var articles = await services.GetRequiredService<IArticleStore>().ListAsync(CliOptionFactory.ParseGuild(parse.GetValue(guild)), 1000, token).ConfigureAwait(false);
            var output = settings.Output.Out;
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(articles.Select(a => new
                {
                    id = a.Id, title = a.Title, url = a.Url, site = a.SiteName, authors = a.Authors,
                    published = a.PublishedAt, fetched = a.FetchedAt, guild = a.GuildId?.ToString(CultureInfo.InvariantCulture), paragraphs = a.Paragraphs.Count,
                }), CliJson.Options)).ConfigureAwait(false);
                return ExitCodes.Ok;
            }

            foreach (var article in articles)
            {
                var scope = article.GuildId is { } g ? string.Create(CultureInfo.InvariantCulture, $"guild {g}") : "global";
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"#{article.Id}  {article.FetchedAt:yyyy-MM-dd}  {article.Title}  ({article.SiteName ?? scope})")).ConfigureAwait(false);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{articles.Count} article(s)")).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, ct));
        return command;
    }

    private static Command Show(BotLaunchSettings settings)
    {
        var id = new Argument<string>("id") { Description = "Article id (from list or search)" };
        var command = new Command("show", "An article's metadata and numbered paragraphs") { id };
        command.SetAction((parse, ct) => BotHost.RunAsync(BotMode.Cli, settings, async (services, token) =>
        {
            var articleId = CliOptionFactory.ParseId(parse.GetRequiredValue(id), "show");
            var article = await services.GetRequiredService<IArticleStore>().GetAsync(articleId, token).ConfigureAwait(false)
                ?? throw new BadInputException(string.Create(CultureInfo.InvariantCulture, $"show: there is no article #{articleId}."));
            var output = settings.Output.Out;
            await output.WriteLineAsync($"#{article.Id} {article.Title}\n{article.Url}").ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"by {(article.Authors.Count == 0 ? "unknown" : string.Join(", ", article.Authors))} · {article.SiteName ?? "no site"} · published {article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "unknown"} · fetched {article.FetchedAt:yyyy-MM-dd HH:mm} · origin {article.Origin}")).ConfigureAwait(false);
            for (var i = 0; i < article.Paragraphs.Count; i++)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"\n¶{i + 1} {article.Paragraphs[i]}")).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }, ct));
        return command;
    }
}
