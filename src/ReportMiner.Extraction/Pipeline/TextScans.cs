namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Characters the prose readers scan around the values they find (back to a clause or sentence break, ahead to the
/// next), counted inside a test's <see cref="WorkCounter.Counting"/>. A line of thousands of values must cost work that grows with the line, not with its
/// square: tests assert that from these counts, without timing anything.
/// </summary>
internal static class TextScans
{
    public static WorkCounter Chars { get; } = new();

    public static void Add(int count) => Chars.Add(count);
}
