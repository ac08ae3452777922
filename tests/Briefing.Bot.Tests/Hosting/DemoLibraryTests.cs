using Briefing.Articles;
using Briefing.Bot.Hosting;
using Briefing.Ingestion;
using Briefing.Storage;

namespace Briefing.Bot.Tests.Hosting;

public sealed class DemoLibraryTests
{
    [Fact]
    public async Task Demo_articles_have_stable_web_urls_and_loading_them_again_from_another_folder_adds_nothing()
    {
        await using var bot = await BotTestHost.StartAsync();
        var store = bot.Services.GetRequiredService<IArticleStore>();
        var copy = Directory.CreateTempSubdirectory("briefing-demo-copy-").FullName;
        foreach (var file in Directory.GetFiles(DemoLibraryLoader.DefaultFolder, "*.md"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        var again = await bot.Services.GetRequiredService<IArticleIngestor>().IngestAsync(copy, guildId: null, progress: null, CancellationToken.None);
        Directory.Delete(copy, recursive: true);

        var articles = await store.ListAsync(null, 100, CancellationToken.None);
        Assert.Equal(6, articles.Count);
        Assert.All(articles, a => Assert.Matches("^https://demo\\.briefing\\.invalid/[a-z-]+$", a.Url));
        Assert.All(again.Items, item => Assert.Equal(ArticleSaveOutcome.Unchanged, item.Result?.Outcome));
        Assert.Equal(6, await store.CountAsync(CancellationToken.None));
    }
}
