using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// A level cell that holds what only a value, a name's formula or a sentence holds: a figure (2020年12月前, 年度预算220万元,
/// ≤500元/100km), a formula (在职人员控制率=(在职人员数/编制数)×100%) or a clause run on with commas and semicolons.
/// Level labels are short framework words and never carry a figure outside their points in brackets ((20分)项目决策,
/// 产出指标(50分)); such a cell is a misaligned row's value, not the row's level.
/// </summary>
internal static partial class ValueInLevelCell
{
    private const int LongestPlainLevel = 20;

    public static bool Holds(string key)
    {
        var bare = Bracketed().Replace(key, string.Empty);
        return bare.Any(char.IsAsciiDigit) || bare.IndexOfAny(['=', '＝', '≥', '≤', '<', '>', '≧', '≦', '×', '%', '％']) >= 0
               || (bare.Length > LongestPlainLevel && bare.IndexOfAny(['，', ',', '；', ';', '。']) >= 0);
    }

    [GeneratedRegex(@"[(（][^()（）]*[)）]")]
    private static partial Regex Bracketed();
}
