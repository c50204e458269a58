using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// The rest of a header row's wrapped cells, written by an export as one line of its own right below the row, its
/// words apart by spaces ("绩效 | 实际" over "目标值 完成值"): the words, or null when the next item is no such line.
/// </summary>
internal static class HeaderRestLine
{
    private const int LongestWord = 8;
    private const int MostWords = 6;

    public static IReadOnlyList<string>? After(IReadOnlyList<DocItem> items, DocItem headerRow)
    {
        var next = headerRow.Index + 1;
        if (headerRow.Index < 0 || next >= items.Count || items[next].IsRow) return null;
        return Words(items[next].Text);
    }

    /// <summary>The words of a line that is the rest of a header row's wrapped cells, or null when it is none.</summary>
    public static IReadOnlyList<string>? Words(string text)
    {
        var words = text.Split((char[]?)null, MostWords + 1, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // A PDF's text layer may run the words together ("目标值完成值"): then they are read as header phrases, one after another.
        if (words.Length == 1 && Phrases(words[0]) is { } glued) words = glued;
        if (words.Length is < 2 or > MostWords) return null;
        // Values, sentences and level labels are rows' content, not the rest of header words.
        return words.All(w => w.Length <= LongestWord && !w.Any(char.IsAsciiDigit) && !IndicatorFramework.IsLevelLabel(w)) ? words : null;
    }

    /// <summary>The text cut into header phrases that cover all of it, or null when some part is none.</summary>
    private static string[]? Phrases(string text)
    {
        var phrases = new List<string>();
        for (var at = 0; at < text.Length && phrases.Count <= MostWords;)
        {
            if (HeaderSemantics.PhraseAt(text, at) is not { } phrase) return null;
            phrases.Add(phrase.Phrase);
            at += phrase.Phrase.Length;
        }
        return phrases.Count >= 2 ? [.. phrases] : null;
    }
}
