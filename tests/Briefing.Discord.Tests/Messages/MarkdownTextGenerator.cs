using System.Text;

namespace Briefing.Discord.Tests.Messages;

/// <summary>Random Markdown in the shapes the bot posts: prose, links, mentions, emoji, inline code, fenced code, long words.</summary>
internal static class MarkdownTextGenerator
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzéü";

    public static string Generate(int seed, int targetLength)
    {
        var random = new Random(seed);
        var text = new StringBuilder();
        while (text.Length < targetLength)
        {
            switch (random.Next(12))
            {
                case 0:
                    text.Append("\n\n");
                    break;
                case 1:
                    text.Append('[').Append(Words(random, random.Next(1, 5))).Append("](https://example.org/articles/")
                        .Append(random.Next(1000, 99999)).Append(") ");
                    break;
                case 2:
                    text.Append(random.Next(3) switch { 0 => "<@", 1 => "<#", _ => "<@&" })
                        .Append((ulong)random.NextInt64(100000000000000000, 999999999999999999)).Append("> ");
                    break;
                case 3:
                    text.Append("📰 ");
                    break;
                case 4:
                    text.Append('`').Append(Words(random, random.Next(1, 4))).Append("` ");
                    break;
                case 5:
                    text.Append("\n```").Append(random.Next(2) == 0 ? "csharp" : "").Append('\n');
                    var lines = random.Next(1, random.Next(2) == 0 ? 6 : 60);
                    for (var line = 0; line < lines; line++)
                    {
                        text.Append(new string(' ', random.Next(0, 8))).Append(Words(random, random.Next(1, 10))).Append(";\n");
                    }
                    text.Append("```\n");
                    break;
                case 6:
                    text.Append(new string('x', random.Next(40, 260))).Append(' ');
                    break;
                case 7:
                    text.Append("see https://example.com/report/").Append(random.Next(10000)).Append("?page=2 ");
                    break;
                case 8:
                    text.Append('\n');
                    break;
                default:
                    text.Append(char.ToUpperInvariant(Letters[random.Next(26)])).Append(Words(random, random.Next(3, 25)))
                        .Append(random.Next(4) switch { 0 => "! ", 1 => "? ", _ => ". " });
                    break;
            }
        }
        return text.ToString();
    }

    private static string Words(Random random, int count)
    {
        var words = new string[count];
        for (var i = 0; i < count; i++)
        {
            var word = new char[random.Next(1, 11)];
            for (var c = 0; c < word.Length; c++)
            {
                word[c] = Letters[random.Next(Letters.Length)];
            }
            words[i] = new string(word);
        }
        return string.Join(' ', words);
    }
}
