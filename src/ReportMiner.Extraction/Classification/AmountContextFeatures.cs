using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Classification;

/// <summary>An amount in prose as model input: its clause, and separately the words just before the amount
/// (where 预算/实际支出/合同金额 sit) and just after it.</summary>
public static partial class AmountContextFeatures
{
    public static readonly IReadOnlyList<string> Fields = ["Text", "Before", "After"];
    private const int LeftWindow = 10;
    private const int RightWindow = 6;

    /// <summary>Where the amount starts: the last number followed by a money unit, else the last number.</summary>
    public static int FindAmount(string context)
    {
        var money = MoneyAmount().Matches(context);
        if (money.Count > 0) return money[^1].Index;
        var numbers = AnyNumber().Matches(context);
        return numbers.Count > 0 ? numbers[^1].Index : context.Length;
    }

    public static ClassifierInput Of(string context, int amountIndex)
    {
        amountIndex = Math.Clamp(amountIndex, 0, context.Length);
        var amount = MoneyAmount().Match(context, amountIndex);
        var amountEnd = amount.Success && amount.Index == amountIndex ? amountIndex + amount.Length : SkipNumber(context, amountIndex);
        var left = TextFeatures.Normalize(context[..amountIndex]);
        var right = TextFeatures.Normalize(context[amountEnd..]);
        return new ClassifierInput
        {
            Text = ClauseBefore(left),
            Before = left.Length > LeftWindow ? left[^LeftWindow..] : left,
            After = right.Length > RightWindow ? right[..RightWindow] : right,
        };
    }

    // The words since the last sentence or clause break; an earlier clause talks about another amount.
    private static string ClauseBefore(string left)
    {
        var start = left.LastIndexOfAny(['，', ',', '。', '；', ';']);
        return left[(start + 1)..];
    }

    private static int SkipNumber(string context, int at)
    {
        var end = at;
        while (end < context.Length && (char.IsDigit(context[end]) || context[end] is '.' or ',' or '，' or '．')) end++;
        return end;
    }

    [GeneratedRegex(@"[0-9０-９][0-9０-９,，.．]*\s*(?:亿元|万元|千元|元|亿|万|億元|萬元)")]
    private static partial Regex MoneyAmount();

    [GeneratedRegex(@"[0-9０-９][0-9０-９,.．]*")]
    private static partial Regex AnyNumber();
}
