using System.Globalization;
using Briefing.Articles;
using Briefing.Ingestion;
using Briefing.Text;

namespace Briefing.Bot.Cli;

/// <summary>Ingest progress on one rewritten terminal line (only when a person is watching).</summary>
internal sealed class TerminalProgress(TextWriter writer) : IProgress<IngestProgress>
{
    private bool _written;

    public void Report(IngestProgress value)
    {
        var total = value.Total > 0 ? value.Total.ToString(CultureInfo.InvariantCulture) : "?";
        var current = TextCut.KeepEnd(value.Current, 50);
        writer.Write(string.Create(CultureInfo.InvariantCulture, $"\r[{value.Done}/{total}] {current}").PadRight(70));
        writer.Flush();
        _written = true;
    }

    public void Finish()
    {
        if (_written)
        {
            writer.WriteLine();
        }
    }
}
