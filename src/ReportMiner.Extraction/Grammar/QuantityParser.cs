using System.Text.RegularExpressions;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Grammar;

/// <summary>Reads a target or actual cell ("≥95%", "90%以上", "8小时内", "健全") into comparator, number and unit.</summary>
/// <remarks>
/// No comparator written means Op null (a plain "100%" states a value, it does not compare).
/// A range "90%-95%" reads as ">=" its lower bound: a target range is met from its lower end; a span of calendar
/// months ("1-12月") is a period, not a quantity; so is a day of the calendar ("2023年12月底", "9月前", "4月15日"):
/// a deadline, not an amount of months.
/// Text with several quantities ("响应≤10分钟，处理≤90分钟") or none ("健全") keeps only its text.
/// 万/亿 before a count unit multiply (15.7万个 = 157000 个); 万元/亿元 stay money units as written.
/// </remarks>
public static partial class QuantityParser
{
    public static Quantity? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var original = text.Trim();
        var s = QuantityText.Normalize(original);
        var numbers = Number().Matches(s).Where(n => !IsYear(s, n)).ToArray();
        if (numbers.Length == 0 || numbers.All(n => IsCalendar(s, n))) return Qualitative(original);

        var range = Range().Match(s);
        if (range.Success && numbers.Length == 2)
        {
            var unitAfterLow = range.Groups["u1"].Value;
            var rangeUnit = UnitAt(s, range.Index + range.Length, out _, out _) ?? (unitAfterLow.Length > 0 ? unitAfterLow : null);
            if (IsPeriodOfMonths(range, rangeUnit)) return Qualitative(original);
            return PlainNumber.TryParse(range.Groups["low"].Value, out var low)
                ? new Quantity(original, ">=", (double)low, rangeUnit)
                : Qualitative(original);
        }
        // Numbers that are names (12345热线) carry neither comparator nor unit; several real quantities is a compound.
        if (numbers.Length > 1) numbers = numbers.Where(n => IsMeasured(s, n) && !IsCalendar(s, n)).ToArray();
        // "95%以上（含95%）" repeats one number: still one quantity.
        if (numbers.Select(n => n.Value).Distinct().Count() != 1) return Qualitative(original);

        var number = numbers[0];
        if (!PlainNumber.TryParse(number.Value, out var value)) return Qualitative(original);
        if (number.Index > 0 && s[number.Index - 1] == '-' && (number.Index < 2 || !char.IsAsciiDigit(s[number.Index - 2]))) value = -value;
        var unit = UnitAt(s, number.Index + number.Length, out var multiplier, out var unitEnd);
        var op = Comparators.Before(s.AsSpan(0, number.Index)) ?? Comparators.After(s[unitEnd..]);
        return new Quantity(original, op, (double)(value * multiplier), unit);
    }

    /// <summary>"1-12月", "3-6月": months of the calendar (a period the work runs through), not an amount of months ("3-6个月").</summary>
    private static bool IsPeriodOfMonths(Match range, string? unit) =>
        unit == "月" && int.TryParse(range.Groups["low"].Value, out var low) && int.TryParse(range.Groups["high"].Value, out var high)
        && low is >= 1 and <= 12 && high is >= 1 and <= 12 && low < high;

    /// <summary>
    /// A month of the calendar (12月 in "2023年12月底", not 12个月 or 次/月) or the day after it (15日 in "4月15日").
    /// </summary>
    private static bool IsCalendar(string s, Match number)
    {
        var end = number.Index + number.Length;
        if (end >= s.Length || !int.TryParse(number.Value, out var n)) return false;
        var before = number.Index > 0 ? s[number.Index - 1] : ' ';
        // "≤3月" compares an amount of months; a deadline is written without a comparator.
        if (s[end] == '月')
            return n is >= 1 and <= 12 && before is not '/' and not '个' && Comparators.Before(s.AsSpan(0, number.Index)) is null;
        return s[end] is '日' or '号' && n is >= 1 and <= 31 && before == '月';
    }

    private static bool IsMeasured(string s, Match number) =>
        Comparators.Before(s.AsSpan(0, number.Index)) is not null || UnitAt(s, number.Index + number.Length, out _, out _) is not null;

    // 2021年 in "2021年满意度≥90%" dates the target; it is not the quantity.
    private static bool IsYear(string s, Match number) =>
        number.Length == 4 && number.Index + 4 < s.Length && s[number.Index + 4] == '年'
        && int.TryParse(number.Value, out var year) && year is >= 1949 and <= 2100;

    private static Quantity Qualitative(string original) => new(original, null, null, null);

    private static string? UnitAt(string s, int at, out decimal multiplier, out int end) =>
        Units.Read(s, at, out multiplier, out end);

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Number();

    [GeneratedRegex(@"(?<low>\d+(?:\.\d+)?)\s*(?<u1>%?)\s*(?:-|~|～|—|–|至|到)\s*(?<high>\d+(?:\.\d+)?)")]
    private static partial Regex Range();
}
