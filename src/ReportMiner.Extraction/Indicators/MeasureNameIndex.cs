namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Which of a list of measure names is the first to hold a given text, answered without walking the list: every piece
/// of a name up to <see cref="LongestPiece"/> characters is indexed to the first name holding it, so a report of
/// thousands of goals and stated measures costs each goal one look-up, not a pass over every measure. A longer text is
/// looked for only among the names that hold its first <see cref="LongestPiece"/> characters.
/// </summary>
internal sealed class MeasureNameIndex
{
    // Measure names are a few characters ("回访满意率"); longer texts are rare and narrowed by their opening piece.
    internal const int LongestPiece = 12;

    private readonly IReadOnlyList<string> names;
    private readonly Dictionary<string, int> firstHolding = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<int>> holdingLongestPiece = new(StringComparer.Ordinal);

    public MeasureNameIndex(IReadOnlyList<string> names)
    {
        this.names = names;
        for (var n = 0; n < names.Count; n++)
        {
            var name = names[n];
            firstHolding.TryAdd(string.Empty, n);
            for (var start = 0; start < name.Length; start++)
                for (var length = 1; length <= LongestPiece && start + length <= name.Length; length++)
                {
                    var piece = name.Substring(start, length);
                    firstHolding.TryAdd(piece, n);
                    if (length == LongestPiece)
                    {
                        if (!holdingLongestPiece.TryGetValue(piece, out var holders)) holdingLongestPiece[piece] = holders = [];
                        if (holders.Count == 0 || holders[^1] != n) holders.Add(n);
                    }
                }
        }
    }

    /// <summary>The position of the first name that holds <paramref name="text"/>, or null.</summary>
    public int? FirstHolding(string text)
    {
        if (text.Length <= LongestPiece) return firstHolding.TryGetValue(text, out var first) ? first : null;
        if (!holdingLongestPiece.TryGetValue(text[..LongestPiece], out var holders)) return null;
        foreach (var n in holders)
            if (names[n].Contains(text, StringComparison.Ordinal)) return n;
        return null;
    }
}
