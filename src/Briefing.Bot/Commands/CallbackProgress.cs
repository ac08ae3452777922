namespace Briefing.Bot.Commands;

/// <summary>
/// An <see cref="IProgress{T}"/> that calls back at once on the reporting thread. <see cref="Progress{T}"/> would post
/// to a captured context or the thread pool, so a status could arrive after the work it announces has finished.
/// </summary>
public sealed class CallbackProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
