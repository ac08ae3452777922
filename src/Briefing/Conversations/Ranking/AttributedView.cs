using Briefing.Text;

namespace Briefing.Conversations.Ranking;

/// <summary>
/// A sentence that gives a view to others ("Some argue that …", "Critics say …", "Supporters point out …"; see
/// <see cref="ReportedViews"/>). Quoted alone, an answer would present that view as the article's; authors state such a
/// view to answer it, and the answer usually follows in the next sentence.
/// </summary>
internal static class AttributedView
{
    public static bool Opens(string sentence) => ReportedViews.Reports(WordTokenizer.Tokenize(sentence));
}
