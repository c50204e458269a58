using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// "由区农业农村局实施…", "向县交通运输局申报…县交通运输局会同…", "县政协坚持…": a county's or district's report names
/// its own unit by the level alone, without the place, and names it more than once. Where no place-named office was
/// found, the level-named office the prose repeats most is the department.
/// </summary>
public static class LevelNamedOffice
{
    private const int MinMentions = 2;

    public static (string Name, DocItem Item, int Index)? Find(IEnumerable<DocItem> items, Regex office, Func<string, Match, bool> excluded)
    {
        var mentions = items.Where(i => !i.IsRow)
            .SelectMany(i => office.Matches(i.Key).Where(m => OpensMention(i.Key, m.Index) && !excluded(i.Key, m)).Select(m => (Name: m.Value, Item: i, m.Index)))
            .ToList();
        var best = mentions.GroupBy(m => m.Name)
            .Where(g => g.Count() >= MinMentions)
            .OrderByDescending(g => g.Count())
            .FirstOrDefault();
        return best?.First();
    }

    /// <summary>
    /// The level opens the name where no place can stand before it: the text's start, a mark, or a word that ends the
    /// words before an office ("由", "向", "对" …). 和 and 同 are left out: 和县, 会同县 are places.
    /// </summary>
    internal static bool OpensMention(string text, int index) =>
        index == 0 || !IsHan(text[index - 1]) || Array.IndexOf(FunctionChars, text[index - 1]) >= 0;

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fa5';

    private static readonly char[] FunctionChars = ['受', '由', '对', '经', '向', '为', '在', '据', '托', '照', '到', '了', '及', '与', '是', '将', '从'];
}
