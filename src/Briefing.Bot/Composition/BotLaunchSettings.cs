using Briefing.Bot.ConsoleTransport;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bot.Composition;

/// <summary>What a run of the executable is given besides appsettings.json and the environment: standard streams, and for tests, overrides.</summary>
public sealed record BotLaunchSettings
{
    /// <summary>Configuration applied last (tests: a temp database, a fast scheduler).</summary>
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();
    public ConsoleOutput Output { get; init; } = new(Console.Out, Console.Error);
    public TextReader Input { get; init; } = Console.In;
    /// <summary>Whether standard input is a person at a terminal (prompts, progress) rather than a pipe or a test.</summary>
    public bool Interactive { get; init; } = !Console.IsInputRedirected;
    /// <summary>Replacements applied after the product's registrations (tests: FakeTimeProvider, a fake language model).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }
    /// <summary>Folder with appsettings.json; null = the current directory if it has one, else the binary's folder.</summary>
    public string? ContentRoot { get; init; }
}
