namespace ReportMiner.Extraction.Pipeline;

/// <summary>A short one-line quote of the text a value was read from.</summary>
public static class Snippet
{
    public const int MaxLength = 160;

    public static string Of(string text)
    {
        var one = string.Join(' ', text.Split(['\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return one.Length <= MaxLength ? one : one[..MaxLength] + "…";
    }

    /// <summary>
    /// The sentence of <paramref name="text"/> around position <paramref name="at"/>. A line without sentence breaks (a
    /// glued page, a hostile file) is read at most <see cref="Reach"/> characters either way: quoting each of
    /// thousands of values on such a line from its start would read it again for every one.
    /// </summary>
    public static string Around(string text, int at)
    {
        if (text.Length == 0) return string.Empty;
        var from = Math.Clamp(at - 1, 0, text.Length - 1);
        var low = Math.Max(0, from - Reach + 1);
        var back = text.AsSpan(low, from - low + 1).LastIndexOfAny(Breaks);
        // No break within reach: the quote opens a little before the value rather than at an arbitrary point far back.
        var start = back >= 0 ? low + back + 1 : low == 0 ? 0 : Math.Max(low, at - Lead);
        var ahead = Math.Clamp(at, 0, text.Length);
        var limit = Math.Min(text.Length - ahead, Reach);
        var forward = text.AsSpan(ahead, limit).IndexOfAny(Breaks);
        var end = forward < 0 ? ahead + limit : ahead + forward + 1;
        TextScans.Add(from - low + 1 + limit);
        return Of(text[start..Math.Max(start, end)]);
    }

    private const int Reach = 2000;

    private const int Lead = 40;

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("。；\n");
}
