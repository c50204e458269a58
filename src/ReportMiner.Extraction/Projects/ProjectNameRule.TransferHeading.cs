using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

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

    /// <summary>
    /// Where the outline's first point is no heading of its own, its first sentence says which funds were handed down
    /// and how much: "分三批向广西下达城乡居民基本养老保险转移支付资金900304万元", "文件下达我区农业生产发展专项转移支付预算
    /// 463142万元", "自治州下达博乐市抗疫特别国债资金4.54亿元", "下达2022年湖南省文化和旅游专项资金20万元" (R190, R394,
    /// R502, R344; R472 names its funds so under a title). The place the funds were handed to is no part of their name.
    /// </summary>
    internal static (DocItem Item, string Name)? HandedDownFundsName(IReadOnlyList<DocItem> items)
    {
        var prose = items.Where(i => !i.IsRow).Take(TransferHeadingWindow).ToList();
        var outline = prose.FindIndex(i => i.Key.Contains(OutlineFirstPoint, StringComparison.Ordinal));
        if (outline < 0) return null;
        foreach (var item in prose.Skip(outline).Take(FirstPointItems))
        {
            if (item != prose[outline] && SecondSection().IsMatch(item.Key)) return null;
            var from = item == prose[outline] ? item.Key.IndexOf(OutlineFirstPoint, StringComparison.Ordinal) : 0;
            foreach (Match m in HandedDownFunds().Matches(item.Key[from..]))
            {
                var name = Clean(WithoutLeadingPlace(m.Groups["name"].Value));
                if (!IsGeneric(name) && EndsAsFunds(name)) return (item, name);
            }
        }
        return null;
    }

    private const string OutlineFirstPoint = "绩效目标分解下达情况";

    // The first point's own lines: its heading, the funds handed down and how they were passed on.
    private const int FirstPointItems = 6;

    /// <summary>"广西城镇保障性安居工程…资金" → "城镇保障性安居工程…资金": a place the funds' words open with.</summary>
    private static string WithoutLeadingPlace(string name)
    {
        for (var length = Math.Min(MaxLeadingPlace, name.Length - MinNameAfterPlace); length >= 2; length--)
            if (Gazetteer.Default.WithoutPlaces(name[..length]).Length == 0) return name[length..];
        return name;
    }

    private const int MaxLeadingPlace = 10;

    private const int MinNameAfterPlace = 4;

    // 下达, the level it was handed to ("我区", "给我单位"), the year, the funds' name, then their amount.
    [GeneratedRegex(@"下达(?:给)?(?:我(?:省|区|市|州|县|单位))?(?:\d{4}年度?)?(?<name>[\u4e00-\u9fa5“”()（）]{2,40}?)(?:预算)?\d+(?:\.\d+)?(?:万元|亿元)")]
    private static partial Regex HandedDownFunds();

    [GeneratedRegex(@"^二[、.．]")]
    private static partial Regex SecondSection();
}
