using System.Text.Json.Nodes;

namespace Briefing.Bot.Tests.FakeDiscord;

/// <summary>
/// One-shot failures a test arms: a Discord error answer for the next matching request, or a message post
/// that Discord accepts but whose answer never arrives (as when the bot is killed right after posting).
/// </summary>
public sealed class FakeFaults
{
    private readonly Lock _gate = new();
    private readonly List<(string Method, string Route, int Status, int Code)> _errors = [];
    private readonly List<Func<JsonObject, bool>> _stalls = [];

    /// <summary>The next <paramref name="method"/> on <paramref name="route"/> is answered with Discord's error JSON.</summary>
    public void FailNext(string method, string route, int status, int code)
    {
        lock (_gate) { _errors.Add((method, route, status, code)); }
    }

    /// <summary>The next channel message whose body matches is stored (and deduplicated by nonce later) but never answered.</summary>
    public void StallAfterCommit(Func<JsonObject, bool> bodyMatches)
    {
        lock (_gate) { _stalls.Add(bodyMatches); }
    }

    internal (int Status, int Code)? TakeError(string method, string route)
    {
        lock (_gate)
        {
            var index = _errors.FindIndex(e => e.Method == method && e.Route == route);
            if (index < 0) return null;
            var error = _errors[index];
            _errors.RemoveAt(index);
            return (error.Status, error.Code);
        }
    }

    internal bool TakeStall(JsonObject body)
    {
        lock (_gate)
        {
            var index = _stalls.FindIndex(match => match(body));
            if (index < 0) return false;
            _stalls.RemoveAt(index);
            return true;
        }
    }
}
