using System.Diagnostics;

namespace Briefing.Bot.Tests.CrashTest;

/// <summary>
/// The built bot (<c>Briefing.Bot.dll</c>, copied next to the tests) as a child process with its configuration in
/// environment variables. <see cref="Kill"/> is SIGKILL: no shutdown code runs, as in a power cut or an OOM kill.
/// Its output goes to a log file, kept for a failure message. It logs each finished digest check (Debug, event 6005),
/// which is what a test waits for to know the bot has had its chance to do something it must not do.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private const string DigestCheckDone = "Briefing.Bot.Hosting.DigestSchedulerService[6005]";
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _gate = new();
    private readonly List<(int Count, TaskCompletionSource Reached)> _checkWaiters = [];
    private int _digestChecks;
    private bool _closed;

    private BotProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Digest checks this process has finished so far.</summary>
    public int DigestChecks { get { lock (_gate) { return _digestChecks; } } }

    /// <summary>Completes once this process has finished <paramref name="count"/> digest checks; fails after <paramref name="timeout"/>.</summary>
    public Task WaitForDigestChecksAsync(int count, TimeSpan timeout)
    {
        lock (_gate)
        {
            if (_digestChecks >= count) return Task.CompletedTask;
            var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _checkWaiters.Add((count, reached));
            return reached.Task.WaitAsync(timeout);
        }
    }

    public static BotProcess Start(IReadOnlyDictionary<string, string> environment, string workingFolder, string logPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(BotDll());
        // A killed runtime cannot remove its diagnostics socket and debugger pipes: they would be left in $TMPDIR.
        start.Environment["DOTNET_EnableDiagnostics"] = "0";
        start.Environment["Logging__LogLevel__Briefing.Bot.Hosting.DigestSchedulerService"] = "Debug";
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var log = new StreamWriter(logPath, append: true) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, log);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        bot.Append($"--- started pid {process.Id}");
        return bot;
    }

    /// <summary>
    /// The bot's own build output (src/Briefing.Bot/bin/&lt;configuration&gt;/net10.0), built with the tests: the copy next to
    /// the tests resolves its dependencies against the test project's, which is not how the bot ships.
    /// </summary>
    public static string BotDll()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        for (var folder = testOutput; folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Bot.sln")))
            {
                return Path.Combine(folder.FullName, "src", "Briefing.Bot", "bin", configuration, framework, "Briefing.Bot.dll");
            }
        }
        throw new FileNotFoundException("Bot.sln not found above the test output; cannot locate the built Briefing.Bot.dll.");
    }

    /// <summary>SIGKILL, then waits until the process is gone.</summary>
    public void Kill()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        Append($"--- killed pid {_process.Id}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_gate)
        {
            if (!_closed) _log.WriteLine(line);
            if (!line.Contains(DigestCheckDone, StringComparison.Ordinal)) return;
            _digestChecks++;
            foreach (var waiter in _checkWaiters.Where(waiter => _digestChecks >= waiter.Count).ToList())
            {
                waiter.Reached.TrySetResult();
                _checkWaiters.Remove(waiter);
            }
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
        lock (_gate) { _closed = true; _log.Dispose(); }
    }
}
