namespace Briefing.Discord.Models;

/// <summary><c>d</c> of op 6 RESUME: replays every dispatch after <see cref="Seq"/> of <see cref="SessionId"/>.</summary>
public sealed record GatewayResume(string Token, string SessionId, int Seq);
