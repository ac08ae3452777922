using Briefing.Tests.Infrastructure;

namespace Briefing.Bot.Tests;

/// <summary>For tests that only mean something on PostgreSQL: skip locally without a server, fail on CI.</summary>
internal static class RealPostgres
{
    public static async Task RequireAsync()
    {
        var unreachable = await PostgresServer.UnreachableReasonAsync();
        if (unreachable is not null && PostgresServer.IsCi)
        {
            throw new InvalidOperationException($"{unreachable} (CI is set, so this fails instead of skipping)");
        }

        Skip.If(unreachable is not null, unreachable);
    }
}
