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

    /// <summary>
    /// A report on several funds heads each one's part with the funds' name right above the outline's first point
    /// ("一、中央自然灾害救灾资金（森林草原航空消防租机补助经费）" over "（一）绩效目标分解下达情况", "林业改革发展资金绩效自评",
    /// "某管理区专项转移支付2023年度农机购置补贴实施情况"), and a page that kept only that part has no
    /// other title. What the heading adds after the funds (绩效自评, 实施情况) and the office and year before them are no
    /// part of the name.
    /// </summary>
    internal static (DocItem Item, string Name)? HeadingAboveOutlineName(IReadOnlyList<DocItem> items)
    {
        var prose = items.Where(i => !i.IsRow).Take(TransferHeadingWindow).ToList();
        var outline = prose.FindIndex(i => OutlineHeading().IsMatch(i.Key));
        if (outline < 1) return null;
        var heading = prose[outline - 1];
        if (heading.Key.Length > MaxHeading || Sentence().IsMatch(heading.Key)) return null;
        // Cells a page ran into the heading's line ("得分 (略) 分 X资金绩效自评") stand apart from it by spaces.
        var words = TextKey.Simplify(heading.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return null;
        var key = HeadingOrdinal().Replace(TextKey.Of(words[^1]), string.Empty);
        key = HeadingTail().Replace(key, string.Empty);
        if (UpToYear().Match(key) is { Success: true } m && !IsGeneric(key[m.Length..])) key = key[m.Length..];
        var name = Clean(key);
        return !IsGeneric(name) && EndsAsFunds(name) ? (heading, name) : null;
    }

    // A heading, not a sentence; the longest annotated fund names with a note in brackets stay within it.
    private const int MaxHeading = 60;

    // The outline's first point as a heading of its own: "一、绩效目标分解下达情况", "（一）绩效目标分解下达情况。".
    [GeneratedRegex(@"^(?:[一1][、.．]|\(一\))?绩效目标分解下达情况[。.]?$")]
    private static partial Regex OutlineHeading();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|\([一二三四五六七八九十]{1,3}\)|\d{1,2}[、.．])")]
    private static partial Regex HeadingOrdinal();

    [GeneratedRegex(@"(?:\d{4}年度?)?(?:的)?(?:预算执行情况)?(?:绩效)?(?:自评(?:报告|情况)?|实施情况)$")]
    private static partial Regex HeadingTail();

    // The office, the way the funds came and the year before the funds' name ("某管理区专项转移支付2023年度").
    [GeneratedRegex(@"^[\u4e00-\u9fa5()]{0,30}?\d{4}年度?")]
    private static partial Regex UpToYear();

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
