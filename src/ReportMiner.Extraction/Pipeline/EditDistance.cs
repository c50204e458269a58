namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Edit distance (insertions, deletions and substitutions of one character) with a bound: names of one thing read or
/// written a character or two apart. One implementation for the indicator names here and the project keys of the store.
/// </summary>
public static class EditDistance
{
    /// <summary>Whether <paramref name="a"/> becomes <paramref name="b"/> in at most <paramref name="bound"/> edits.</summary>
    public static bool Within(string a, string b, int bound)
    {
        // The distance is at least the difference in length: most pairs end here without the quadratic table.
        if (Math.Abs(a.Length - b.Length) > bound) return false;
        var previous = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                rowMin = Math.Min(rowMin, current[j]);
            }
            // Every later row's entries are at least this row's least: names of a long table mostly differ early.
            if (rowMin > bound) return false;
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= bound;
    }
}
