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

    /// <summary>The sentence of <paramref name="text"/> around position <paramref name="at"/>.</summary>
    public static string Around(string text, int at)
    {
        var start = text.LastIndexOfAny(['。', '；', '\n'], Math.Clamp(at - 1, 0, Math.Max(0, text.Length - 1))) + 1;
        var end = text.IndexOfAny(['。', '；', '\n'], Math.Clamp(at, 0, text.Length));
        return Of(text[start..(end < 0 ? text.Length : end + 1)]);
    }
}
