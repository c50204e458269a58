using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Classification;

/// <summary>Features of an amount in prose: n-grams of its clause, and separately of the words just before
/// the amount (where 预算/实际支出/合同金额 sit) and just after it.</summary>
public static partial class AmountContextFeatures
{
    public static readonly FeatureSettings Settings = new(1, 3, 2);
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

    public static ISet<string> Of(string context, int amountIndex)
    {
        amountIndex = Math.Clamp(amountIndex, 0, context.Length);
        var amount = MoneyAmount().Match(context, amountIndex);
        var amountEnd = amount.Success && amount.Index == amountIndex ? amountIndex + amount.Length : SkipNumber(context, amountIndex);
        var left = TextFeatures.Normalize(context[..amountIndex]);
        var right = TextFeatures.Normalize(context[amountEnd..]);
        var features = new HashSet<string>(StringComparer.Ordinal);
        TextFeatures.AddNgrams(features, "c:", ClauseBefore(left), 1, 2);
        TextFeatures.AddNgrams(features, "l:", left.Length > LeftWindow ? left[^LeftWindow..] : left, Settings.MinN, Settings.MaxN);
        TextFeatures.AddNgrams(features, "r:", right.Length > RightWindow ? right[..RightWindow] : right, Settings.MinN, Settings.MaxN);
        return features;
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
