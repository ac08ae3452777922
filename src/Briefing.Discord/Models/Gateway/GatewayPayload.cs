using System.Text.Json;

namespace Briefing.Discord.Models;

/// <summary>
/// The gateway envelope <c>{op, d, s, t}</c> as received. <see cref="D"/> is kept raw because its shape depends on
/// <see cref="Op"/> and <see cref="T"/>; <see cref="S"/> and <see cref="T"/> are only set on dispatches (op 0).
/// </summary>
public sealed record GatewayPayload(int Op, JsonElement D, int? S, string? T);
