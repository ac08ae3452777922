namespace Briefing.Conversations.Ranking;

/// <summary>What kind of answer a question looks for, read from its wording ("why", "who", "what will happen").</summary>
[Flags]
internal enum QuestionIntent
{
    None = 0,
    /// <summary>"why", "what is the reason": sentences that give causes.</summary>
    Cause = 1,
    /// <summary>"what will happen next", "what does the author expect": forward-looking sentences.</summary>
    Future = 2,
    /// <summary>"what does the author think/recommend": the author's own position.</summary>
    Stance = 4,
    /// <summary>"who": sentences naming people or bodies.</summary>
    Person = 8,
    /// <summary>"when": sentences with dates or times.</summary>
    Time = 16,
    /// <summary>"how many", "how much": sentences with figures.</summary>
    Quantity = 32,
}
