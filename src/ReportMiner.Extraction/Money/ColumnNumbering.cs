using System.Globalization;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The row that numbers a form's columns ("栏次 | 1 | 2 | 3 …", "列次 | 0 | 1 | 2 …") so that formulas can name them
/// ("E/C×100%"): its figures are column numbers, not money.
/// </summary>
public static class ColumnNumbering
{
    private const int MinColumns = 3;
    private static readonly string[] Labels = ["栏次", "列次", "行次", "栏号", "列号"];

    public static bool IsNumberingRow(IReadOnlyList<string> cells)
    {
        var keys = cells.Select(TextKey.Of).Where(k => k.Length > 0).ToList();
        if (keys.Count > 0 && Labels.Contains(keys[0].TrimEnd(':', '：'))) return true;
        var numbers = keys.Select(k => int.TryParse(k, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        if (numbers.Count < MinColumns || numbers.Any(n => n < 0)) return false;
        // 0, 1, 2, … or 1, 2, 3, …: each column one more than the one before.
        return numbers[0] is 0 or 1 && numbers.Zip(numbers.Skip(1)).All(p => p.Second == p.First + 1);
    }
}
