namespace Briefing.Bot.Operations;

/// <summary>Tags on health checks: <c>/readyz</c> runs the <see cref="Ready"/> ones; <c>/healthz</c> runs none (the process answered).</summary>
public static class ReadinessTags
{
    public const string Ready = "ready";
}
