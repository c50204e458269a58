using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The years words name ("2013 年", "2020年度"): not a date's "2021年3月" (when something was done), a document
/// number's "[2019]" nor a range's "2019-2021年". Money rules read them to tell another year's funds from the report's.
/// </summary>
internal static partial class DatedYears
{
    /// <summary>Every year <paramref name="words"/> name.</summary>
    public static List<int> In(string words) =>
        DatedYear().Matches(words).Select(m => int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture)).ToList();

    /// <summary>The year written right before <paramref name="at"/> ("2020年X资金" at X), or null.</summary>
    public static int? EndingAt(string text, int at) =>
        YearAtEnd().Match(text, 0, at) is { Success: true } m ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : null;

    private const string Year = @"(?<![\d\-－—~～至])(?<year>(?:19|20)\d{2})\s*年";

    [GeneratedRegex(Year + @"(?!\d)")]
    private static partial Regex DatedYear();

    // Read from the end: only the words just before the position matter, however long the text before them.
    [GeneratedRegex(Year + @"度?\z", RegexOptions.RightToLeft)]
    private static partial Regex YearAtEnd();
}
