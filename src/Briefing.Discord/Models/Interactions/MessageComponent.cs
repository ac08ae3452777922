namespace Briefing.Discord.Models;

/// <summary>
/// A component: action row (1) holding buttons (2) or text inputs (4), as sent in modals and messages and
/// as returned in modal submits (<see cref="Value"/> is what the user typed).
/// </summary>
public sealed record MessageComponent
{
    public int Type { get; init; }
    public string? CustomId { get; init; }
    public int? Style { get; init; }
    public string? Label { get; init; }
    public string? Value { get; init; }
    public string? Placeholder { get; init; }
    public string? Url { get; init; }
    public bool? Required { get; init; }
    public bool? Disabled { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public const int ActionRowType = 1;
    public const int ButtonType = 2;
    public const int TextInputType = 4;
}
