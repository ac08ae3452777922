namespace Briefing.Conversations.Ranking;

/// <summary>
/// The English words that frame a question rather than name its topic, and the words that mark a sentence as
/// giving a reason, a forecast or a position. Lowercase, unstemmed: they are matched against raw tokens.
/// </summary>
internal static class QuestionWords
{
    /// <summary>Words any question about an article may carry; they must not decide whether the article answers.</summary>
    public static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "according", "article", "articles", "author", "authors", "writer", "piece", "text", "story", "say", "says", "said",
        "tell", "tells", "explain", "explains", "describe", "mention", "mentions", "discuss", "talk", "think", "thinks",
        "believe", "believes", "mean", "means", "meaning", "important", "importance", "significant", "matter", "matters",
        "happen", "happens", "happened", "happening", "next", "future", "expect", "expects", "expected", "predict",
        "likely", "reason", "reasons", "main", "point", "view", "opinion", "position", "argue", "argues", "argument",
        "recommend", "recommends", "suggest", "suggests", "propose", "want", "wants", "really", "exactly", "actually",
        "thing", "things", "going", "come", "comes", "key", "do", "does", "did", "done", "doing", "agree", "agrees",
        "disagree", "disagrees", "object", "objects", "thesis", "claim", "claims", "conclusion", "conclude", "concludes",
        "takeaway", "proposal", "proposes", "recommendation", "solution", "case", "gist", "summary", "overall",
    };

    /// <summary>Words that make "think", "recommend"... ask about the author's own position.</summary>
    public static readonly HashSet<string> TheAuthor = new(StringComparer.Ordinal)
    {
        "author", "authors", "writer", "article", "piece", "columnist", "you",
    };

    public static readonly HashSet<string> FutureQuestion = new(StringComparer.Ordinal)
    {
        "will", "next", "future", "expect", "expects", "expected", "predict", "likely", "going", "forecast", "outlook", "happen",
    };

    public static readonly HashSet<string> StanceQuestion = new(StringComparer.Ordinal)
    {
        "think", "thinks", "believe", "believes", "recommend", "recommends", "suggest", "suggests", "propose", "want", "wants",
        "argue", "argues", "opinion", "view", "position", "agree", "agrees", "disagree", "disagrees", "object", "objects",
        "argument", "thesis", "claim", "conclusion", "conclude", "concludes", "takeaway", "proposal", "proposes",
        "recommendation", "solution", "gist",
    };

    /// <summary>Words that ask for what the author would have done, rather than what the author claims.</summary>
    public static readonly HashSet<string> Remedy = new(StringComparer.Ordinal)
    {
        "recommend", "recommends", "recommendation", "propose", "proposes", "proposal", "suggest", "suggests", "want",
        "wants", "solution", "remedy", "fix",
    };

    public static readonly HashSet<string> Causal = new(StringComparer.Ordinal)
    {
        "because", "since", "so", "therefore", "thus", "hence", "reason", "reasons", "due", "result", "cause", "caused",
        "causes", "consequently", "owing", "why", "explains", "means", "citing",
    };

    public static readonly HashSet<string> Forward = new(StringComparer.Ordinal)
    {
        "will", "would", "may", "might", "could", "should", "expect", "expects", "likely", "plan", "next", "soon", "future",
        "coming", "ahead", "wait", "waits", "waiting", "until", "forecast", "eventually", "later", "upcoming", "yet", "if",
    };

    public static readonly HashSet<string> Stance = new(StringComparer.Ordinal)
    {
        "should", "must", "ought", "need", "needs", "better", "best", "main", "message", "clear", "clearly", "argue",
        "conclude", "recommend", "worth", "instead", "rather", "sensible", "step", "propose", "proposes", "urge", "urges",
    };

    public static readonly HashSet<string> Calendar = new(StringComparer.Ordinal)
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
        "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
        "tomorrow", "week", "month", "season", "spring", "summer", "autumn", "winter", "ago", "decade", "century",
    };

    /// <summary>Nouns whose value is a figure: "What is the carbon price?" asks for a number like "how much" does.</summary>
    public static readonly HashSet<string> QuantityNouns = new(StringComparer.Ordinal)
    {
        "price", "prices", "cost", "costs", "rate", "rates", "share", "number", "amount", "figure", "total", "budget",
        "percentage", "proportion", "size", "salary", "wage", "wages", "fee", "fees", "tariff", "tax", "population",
    };

    public static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty",
        "hundred", "thousand", "million", "billion", "percent", "half", "third", "quarter", "fifth", "dozen", "double", "doubled",
    };
}
