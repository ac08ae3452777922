using Briefing.Bot.Commands;
using Briefing.Bot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Briefing.Bot.ConsoleTransport;

/// <summary>Registers the local console transport: digests are printed, commands are read from a terminal or a script.</summary>
public static class ConsoleTransportServiceCollectionExtensions
{
    /// <summary>The console's poster, its one-server channel directory and the session.</summary>
    public static IServiceCollection AddConsoleTransport(this IServiceCollection services)
    {
        services.TryAddSingleton(new ConsoleOutput(Console.Out, Console.Error));
        services.AddSingleton<IChannelPoster, ConsoleChannelPoster>();
        // The console is one server; the Discord transport registers a lookup that asks Discord instead.
        services.TryAddSingleton<IChannelDirectory, ConsoleChannelDirectory>();
        services.AddSingleton<ConsoleSession>();
        return services;
    }
}
