using Microsoft.Extensions.Hosting;

namespace Briefing.Models.Prompts;

/// <summary>Loads the prompt library when the host starts, so a missing or malformed prompt stops start-up
/// (with the one-line <see cref="PromptLibraryException"/>) instead of failing the first request.</summary>
internal sealed class PromptLibraryStartupCheck(PromptLibrary prompts) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        // Resolving this service already loaded and checked the files; touching it keeps the dependency explicit.
        _ = prompts.Summarize.Hash;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
