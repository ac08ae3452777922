using System.Text.Json;

namespace Briefing.Evaluation;

/// <summary>Reads the JSON-lines evaluation files (one object per line; blank lines ignored).</summary>
public static class EvalDataLoader
{
    public const string ArgumentsFile = "arguments.jsonl";
    public const string SummariesFile = "summaries.jsonl";

    public static async Task<List<T>> LoadAsync<T>(string path, CancellationToken cancellationToken)
    {
        var items = new List<T>();
        var lineNumber = 0;
        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                items.Add(JsonSerializer.Deserialize<T>(line) ?? throw new JsonException("null record"));
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {lineNumber} is not a valid record: {e.Message}", e);
            }
        }
        return items;
    }
}
