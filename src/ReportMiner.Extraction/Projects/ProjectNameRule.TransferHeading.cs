using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Projects;

public sealed partial class ProjectNameRule
{
    /// <summary>
    /// A transfer payment's self-evaluation follows the ministry's outline: "一、绩效目标分解下达情况" opens it, and its first
    /// point says which funds were handed down ("（一）下达农村危房改造转移支付预算和绩效目标情况", "（一）中央下达农村环境整治资金预算
    /// 情况", "（一）中央下达2021年中央食品监管专项转移支付预算和绩效目标情况"). A page that lost the title above it still names
    /// its funds there (R207, R305; R099, R120, R185, R280, R386 head their first point so under a title that names them).
    /// </summary>
    /// <remarks>A point on funds in general ("（一）省级下达转移支付预算…", "（一）中央下达资金…") names none.</remarks>
    internal static (DocItem Item, string Name)? TransferHeadingName(IReadOnlyList<DocItem> items)
    {
        foreach (var item in items.Where(i => !i.IsRow).Take(TransferHeadingWindow))
        {
            if (SecondSection().IsMatch(item.Key)) return null;
            var m = FirstPointOnHandedDownFunds().Match(item.Key);
            if (!m.Success) continue;
            var name = Clean(StripPlaceAndYear(m.Groups["name"].Value));
            return !IsGeneric(name) && EndsAsFunds(name) ? (item, name) : null;
        }
        return null;
    }

    // The outline's first point: where the funds came from, 下达, the funds' name, 预算 (and its 绩效目标), 情况.
    private const int TransferHeadingWindow = 15;

    [GeneratedRegex(@"^[(（]一[)）](?:中央|省级|省|自治区|市级|市)?(?:财政)?下达(?<name>[^。，,；;:：、()（）]{2,40}?)(?:预算)(?:和|及)?(?:绩效目标)?情况")]
    private static partial Regex FirstPointOnHandedDownFunds();

    [GeneratedRegex(@"^二[、.．]")]
    private static partial Regex SecondSection();
}
