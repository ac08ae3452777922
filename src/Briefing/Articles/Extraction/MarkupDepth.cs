using AngleSharp.Dom;

namespace Briefing.Articles.Extraction;

/// <summary>
/// How deeply a page nests its elements, measured without recursion. Readability walks the tree recursively, so
/// a hostile page nested thousands of levels deep would overflow the stack and take the whole process down;
/// real articles nest a few dozen levels.
/// </summary>
internal static class MarkupDepth
{
    public const int Limit = 500;

    public static bool Exceeds(IElement root, int limit)
    {
        var open = new Stack<(IElement Element, int Depth)>();
        open.Push((root, 1));
        while (open.Count > 0)
        {
            var (element, depth) = open.Pop();
            if (depth > limit)
            {
                return true;
            }

            foreach (var child in element.Children)
            {
                open.Push((child, depth + 1));
            }
        }

        return false;
    }
}
