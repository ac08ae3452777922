namespace Briefing.Bot.Tests.Architecture;

/// <summary>One folder of a project using another; <paramref name="Example"/> names a type that does it, for the failure message.</summary>
public sealed record FolderEdge(string From, string To, string Example)
{
    public override string ToString() => $"{From} -> {To} (e.g. {Example})";
}
