using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// Pinyin readings some web copies print after characters ("項(xiàng)目", "績效指標(biāo)"): reading aids of the
/// page, not text of the report. A bracket right after a Han character holding one toned syllable is one.
/// </summary>
public static partial class RubyAnnotations
{
    public static string Strip(string text) =>
        text.Contains('(') || text.Contains('（') ? Reading().Replace(text, string.Empty) : text;

    [GeneratedRegex(@"(?<=[\u3400-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}[)）]")]
    private static partial Regex Reading();
}
