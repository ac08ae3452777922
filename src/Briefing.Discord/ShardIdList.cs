using System.Globalization;

namespace Briefing.Discord;

/// <summary>
/// Parses <c>Discord:ShardIds</c>: ranges and single ids separated by commas (<c>0-3</c>, <c>0,2</c>, <c>0-1,4</c>).
/// Every id must lie in <c>0..ShardCount-1</c> and appear once: two processes that both think they run a shard would
/// each IDENTIFY it, and Discord keeps only the newest session, so the two would keep knocking each other off.
/// </summary>
public static class ShardIdList
{
    /// <summary>The ids in ascending order; a <see cref="FormatException"/> names what is wrong in one line.</summary>
    public static IReadOnlyList<int> Parse(string text, int shardCount)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FormatException("is empty; expected a range such as 0-3 or a list such as 0,2");
        }

        var ids = new SortedSet<int>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            var (first, last) = ParseItem(item);
            for (var id = first; id <= last; id++)
            {
                if (id >= shardCount)
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                        $"shard {id} is outside 0-{shardCount - 1} (Discord:ShardCount is {shardCount})"));
                }

                if (!ids.Add(id))
                {
                    throw new FormatException(string.Create(CultureInfo.InvariantCulture, $"shard {id} is listed twice"));
                }
            }
        }

        return [.. ids];
    }

    private static (int First, int Last) ParseItem(string item)
    {
        var dash = item.IndexOf('-', StringComparison.Ordinal);
        if (dash < 0)
        {
            var id = ParseId(item, item);
            return (id, id);
        }

        var first = ParseId(item[..dash].Trim(), item);
        var last = ParseId(item[(dash + 1)..].Trim(), item);
        if (last < first)
        {
            throw new FormatException($"'{item}' is a range that ends before it starts");
        }

        return (first, last);
    }

    private static int ParseId(string text, string item) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new FormatException($"'{item}' is not a shard id or a range such as 0-3");
}
