using System.Text.RegularExpressions;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// Money the clause says has already been paid out ("2022年已拨付资金6亿元", "该项目已拨付工程款700万元",
/// "已严格按合同约定和施工进度及时足额拨付资金66.86万元", "按照合同进度已支付资金139.433578万元", "已完成支付3483万元"):
/// 已 marks the payment as done, so the amount is the spending (已完成拨付 in the gold conventions), not the grant a
/// bare 拨付 names ("市财政局拨付250万元"). 转移支付 names a kind of fund (a transfer payment), not money paid out.
/// </summary>
public static partial class DisbursedAmount
{
    /// <param name="clause">The words of the amount's clause before it, as a text key.</param>
    /// <param name="otherMoneyWords">Words naming money that is not the project's this year (上年, 结转 …).</param>
    /// <remarks>
    /// The words between 已 and 拨付 say how the money was paid (按合同约定, 及时足额), not which money it is: only the
    /// rest of the clause is checked for words naming other money, and the money those words put before the verb
    /// (已将上年结转资金拨付: the object of 将/把) names which money was paid, so it is checked too. Only that object is:
    /// 已按合同条款约定拨付 says how (its 款 is no money, its 合同 no other money).
    /// </remarks>
    public static bool Is(string clause, IReadOnlyList<string> otherMoneyWords)
    {
        var paid = AlreadyPaid().Match(clause);
        if (!paid.Success || NotSpentWords.Any(clause.Contains)) return false;
        var moved = MovedMoney().Match(paid.Groups["how"].Value);
        // "按照合同进度已支付资金…": a 按 phrase before 已 says how the money was paid, as the words after 已 do.
        var rest = PaidAsAgreed().Replace(clause[..paid.Index], string.Empty) + (moved.Success ? moved.Value : "") + paid.Groups["money"].Value;
        return !otherMoneyWords.Any(rest.Contains);
    }

    private static readonly string[] NotSpentWords =
        [.. EmbeddedData.Lines("Money.Data.not-spent-words.tsv").Select(l => l.Trim()), .. MoneyProseRule.PlannedWords];

    [GeneratedRegex(@"已(?<how>[\u4e00-\u9fa5]{0,20}?)(?:拨付|(?<!转移)支付)(?<money>[\u4e00-\u9fa5]{0,4}?(?:资金|经费|款))?(?:共计|共|为|了|约|达)?$")]
    private static partial Regex AlreadyPaid();

    /// <summary>A phrase saying what the payment kept to: 按照合同进度, 根据合同约定, 按工程进度.</summary>
    [GeneratedRegex(@"(?:按照|依照|根据|依据|按)[\u4e00-\u9fa5]{0,10}?(?:进度|约定|条款|规定)$")]
    private static partial Regex PaidAsAgreed();

    /// <summary>The money a 将/把 clause moves ahead of its verb: 将上年结转资金 (… 按合同约定拨付).</summary>
    [GeneratedRegex(@"[将把][\u4e00-\u9fa5]{0,10}?(?:资金|经费|款项)")]
    private static partial Regex MovedMoney();
}
