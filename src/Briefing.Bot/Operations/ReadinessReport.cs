using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Briefing.Bot.Operations;

/// <summary>
/// The body of <c>/readyz</c>: the overall status on the first line (what probes and the <c>healthcheck</c> verb read),
/// then one line per check, so an operator of several instances sees which shard or which schema is the problem:
/// <code>
/// Unhealthy
/// database: schema at version 6
/// gateway: shard 3 not connected (connected: 2)
/// </code>
/// </summary>
internal static class ReadinessReport
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder().Append(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Description ?? entry.Status.ToString());
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.Append('\n').ToString(), context.RequestAborted);
    }
}
