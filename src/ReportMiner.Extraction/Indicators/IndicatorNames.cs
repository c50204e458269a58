using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Turns an indicator cell into its name: no enumerator, and only the heading before a colon of a long description.</summary>
public static partial class IndicatorNames
{
    public static string Clean(string text)
    {
        var first = text.Split('\n')[0];
        var key = WithOpeningQuote(first, TextKey.Label(first));
        key = Placeholder().Replace(key, string.Empty);
        key = Enumerator().Replace(key, string.Empty);
        // A page number a document-sharing site glued in front of a numbered name ("2、四、农户调查"): one number more.
        if (GluedPageNumber().IsMatch(text.TrimStart())) key = Enumerator().Replace(key, string.Empty);
        // …and in front of the form's numbered slot ("2、指标5：进口冷链食品应急演练"), which then is left out as above.
        if (GluedPageNumberBeforeSlot().IsMatch(text.TrimStart())) key = Placeholder().Replace(key, string.Empty);
        // A key-indicator mark (★补助种植面积) and the template's hint for the filler ("成活率(≥**%)") are no part of it.
        key = WithoutTemplateHint(key.TrimStart('★', '☆', '▲', '△', '※'));
        if (IsBarePlaceholder(key)) return string.Empty;
        var colon = key.IndexOfAny([':', '：']);
        // "其中：新造林面积" is a sub-item whose name follows the colon's lead-in, not a heading before a description.
        if (colon >= 2 && colon <= 15 && !key.StartsWith("其中", StringComparison.Ordinal)) key = key[..colon];
        return key.Trim('。', '；', ';', ',', '，');
    }

    /// <summary>
    /// A name that opens with a quoted term ("“三公经费”变动率", "“一件事一次办”主题项目数") keeps its opening quote, which
    /// trimming stray marks off the label's ends would take while the closing one stays inside.
    /// </summary>
    private static string WithOpeningQuote(string cell, string key)
    {
        if (!cell.TrimStart().StartsWith('“') || key.StartsWith('“')) return key;
        var closing = key.IndexOf('”');
        var opening = key.IndexOf('“');
        return closing > 0 && (opening < 0 || opening > closing) ? "“" + key : key;
    }

    /// <summary>
    /// A name cell that a run-together export prefixed with its level-2 label and the form's slot number
    /// ("生态效益指标1病害减少"): the level label and the name, or null for any other text.
    /// </summary>
    public static (string Level2, string Name)? LevelBeforeSlot(string text)
    {
        var m = LevelSlot().Match(TextKey.Label(text));
        if (!m.Success || !IndicatorFramework.IsLevelLabel(m.Groups["level"].Value) || IndicatorFramework.IsLevel1Label(m.Groups["level"].Value)) return null;
        return (m.Groups["level"].Value, m.Groups["name"].Value);
    }

    [GeneratedRegex(@"^(?<level>[\u4e00-\u9fa5]{2,12}指标)\d{1,2}(?!\d{3}年)[:：、.．]?(?<name>[\u4e00-\u9fa5].+)$")]
    private static partial Regex LevelSlot();

    /// <summary>The text without a template's numbered slot ("指标1：").</summary>
    public static string WithoutPlaceholder(string text) => Placeholder().Replace(text, string.Empty);

    /// <summary>
    /// True for a name written into the form's numbered slot ("指标4.不合格产品处置率", "指标1：培训成本"): the slot
    /// opens an indicator of its own, so the text is a name cell, never a level cell or the wrapped end of a name above.
    /// </summary>
    public static bool OpensFilledSlot(string text)
    {
        var label = TextKey.Label(text);
        var slot = NumberedSlot().Match(label);
        return slot.Success && !IsBarePlaceholder(label) && CellKinds.IsLabel(label[slot.Length..]);
    }

    /// <summary>
    /// True for a template row nobody filled in: "指标1：", "指标2", "……", "xxx". The national forms print
    /// <c>指标1：</c> for the filler to write the name after.
    /// </summary>
    public static bool IsBarePlaceholder(string text)
    {
        var key = Placeholder().Replace(TextKey.Label(text), string.Empty);
        return key.Length == 0 || key.All(c => c is '…' or '.' or '。' or '·' or '-' or '—' or '*' or 'x' or 'X' or '×');
    }

    /// <summary>
    /// True for a bare column label ("名称", "指标", "指标名称") standing where a name goes: the second line of a header
    /// split over two rows (三级指标 / 名称), or a level cell's word cut off from its label. No indicator is called that.
    /// </summary>
    public static bool IsColumnLabelWord(string name) => TextKey.Label(name) is "名称" or "指标" or "指标名称";

    /// <summary>True when two names are the same indicator written slightly differently (a dropped or doubled character).</summary>
    public static bool SameIndicator(string a, string b) => SameNameKey(TextKey.Name(a), TextKey.Name(b));

    /// <summary><see cref="SameIndicator"/> on names already reduced by <see cref="TextKey.Name"/>.</summary>
    public static bool SameNameKey(string x, string y)
    {
        if (x == y) return true;
        if (Math.Min(x.Length, y.Length) < 6) return false;
        var bound = Math.Max(1, Math.Min(x.Length, y.Length) / 8);
        return EditDistance.Within(x, y, bound);
    }

    // 指标1：, 指标 2:, 指标一、 — the form's numbered slot in front of the name written into it.
    // A slot number never takes the first digits of a year written right after it ("指标12021年11月前完成" is slot 1).
    [GeneratedRegex(@"^(?:三级)?指标\s*(?:\d{1,2}(?!\d{3}年)|[一二三四五六七八九十]{1,3})\s*[:：、.．]?\s*")]
    private static partial Regex Placeholder();

    // The slot with its number and the mark after it: "指标4." — a bare "指标4" may be a name cut off ("指标40").
    [GeneratedRegex(@"^(?:三级)?指标\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[:：、.．]\s*(?!\d)")]
    private static partial Regex NumberedSlot();

    /// <summary>
    /// The text without the template's hint for the filler: "(≥**%)", "（≤**元/株）", "(≥台)" (a sign and a unit, no
    /// number), and the hint as OCR reads it, its ≥ and ** turned into other glyphs: "(=##人)", "(>坟平方米)", "(三%)".
    /// </summary>
    public static string WithoutTemplateHint(string text) => TemplateHint().Replace(text, string.Empty).Trim();

    // A hint holds no digit outside its filler: "(≥95%)" is a value, not a hint. 二/三 stand for ≥ only before %, so "(二期)" stays;
    // 2 stands for ≥ only before a filler that no digit follows, so a dimension ("(2*3米)") stays.
    // The ** is looked ahead for: "[^()]*\*\*[^()]*" scanned the rest of the text again from every ** it tried.
    [GeneratedRegex(@"[(（](?:(?=[^()（）]*\*\*)[^()（）]*|(?:(?:[≥≤><=＞＜＝二三]|2(?=[#*＊]{2}|[#*＊](?![0-9])))?[#*＊][#*＊:：0-9A-Za-z]*|[≥≤><=＞＜＝][\u4e00-\u9fa5]?|[二三](?=%))[^()（）0-9≥≤><=＞＜＝#*＊]{0,5})[)）]")]
    private static partial Regex TemplateHint();

    [GeneratedRegex(@"^([(（]?\d{1,2}[)）]|\d{1,2}[、.．)）]|[一二三四五六七八九十]{1,3}[、.．])")]
    private static partial Regex Enumerator();

    [GeneratedRegex(@"^\d{1,2}、\s*(?:[(（]?\d{1,2}[)）]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}[、.．])")]
    private static partial Regex GluedPageNumber();

    [GeneratedRegex(@"^\d{1,2}、\s*(?:三级)?指标\s*\d{1,2}\s*[:：、.．]")]
    private static partial Regex GluedPageNumberBeforeSlot();
}
