namespace Briefing.Eval;

/// <summary>Finds <c>shared/eval/dev</c> in the nearest ancestor of the repository (e.g. /work/shared/eval/dev from /work/main).</summary>
internal static class DataFolder
{
    public static DirectoryInfo? FindDefault(DirectoryInfo start)
    {
        for (var directory = start; directory is not null; directory = directory.Parent)
        {
            var candidate = new DirectoryInfo(Path.Combine(directory.FullName, "shared", "eval", "dev"));
            if (candidate.Exists)
            {
                return candidate;
            }
        }
        return null;
    }
}
