using System.Collections.Frozen;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// The text a letter stands for, as a reader would type it. Font subsetters that build a ToUnicode map by looking a
/// glyph's code points up in the font's cmap take the lowest one, and CJK fonts (Noto/Source Han, Meiryo, SimSun)
/// give an ideograph and its radical the same glyph: Chromium/Skia, wkhtmltopdf and PDFBox write 门 as the radical
/// ⻔ (U+2ED4) and 支 as ⽀ (U+2F40), which look the same but match nothing. Such radicals are read as their
/// Equivalent_Unified_Ideograph (Unicode data, Pdf/Data/equivalent-ideographs.tsv), and Latin ligature letters
/// (ﬁ, ﬀ) as the letters they join.
/// </summary>
public static class LetterText
{
    private static readonly Lazy<FrozenDictionary<char, string>> Ideographs = new(Load);

    public static string Of(string value)
    {
        foreach (var ch in value)
            if (IsRadical(ch) || IsLigature(ch)) return Rewrite(value);
        return value;
    }

    private static string Rewrite(string value)
    {
        var text = new System.Text.StringBuilder(value.Length + 2);
        foreach (var ch in value)
        {
            if (IsRadical(ch) && Ideographs.Value.TryGetValue(ch, out var ideograph)) text.Append(ideograph);
            else if (IsLigature(ch)) text.Append(ch.ToString().Normalize(System.Text.NormalizationForm.FormKC));
            else text.Append(ch);
        }
        return text.ToString();
    }

    private static bool IsRadical(char ch) => ch is >= '\u2E80' and <= '\u2FDF';

    private static bool IsLigature(char ch) => ch is >= '\uFB00' and <= '\uFB06';

    private static FrozenDictionary<char, string> Load()
    {
        const string name = "ReportMiner.Parsing.Pdf.Data.equivalent-ideographs.tsv";
        using var stream = typeof(LetterText).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded data '{name}' is missing from the build.");
        using var reader = new StreamReader(stream);
        var map = new Dictionary<char, string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var fields = line.Split('\t');
            map[fields[0][0]] = fields[1];
        }
        return map.ToFrozenDictionary();
    }
}
