namespace ReportMiner.Extraction.Grammar;

/// <summary>The unit written after a number, and the 万/亿 multiplier in front of a count unit.</summary>
internal static class Units
{
    // Longest first so 分钟 wins over 分 and 个工作日 over 个.
    private static readonly string[] Known =
    [
        "个工作日", "平方米", "工作日", "个月", "小时", "分钟", "人次", "万元", "亿元", "千元", "公里",
        "%", "‰", "次", "个", "件", "人", "天", "日", "分", "秒", "元", "家", "项", "户", "条", "座", "期", "场", "篇",
        "份", "台", "套", "月", "年", "周", "岁", "米", "批", "名", "位", "单", "宗", "通", "起", "所", "处", "张", "本",
        "册", "部", "辆", "页", "票", "倍", "h",
    ];

    public static string? Read(string s, int at, out decimal multiplier, out int end)
    {
        multiplier = 1;
        while (at < s.Length && s[at] == ' ') at++;
        end = at;
        if (at < s.Length && (s[at] == '万' || s[at] == '亿') && !IsMoney(s, at))
        {
            multiplier = s[at] == '万' ? 10000 : 100000000;
            end = ++at;
        }
        var unit = Known.FirstOrDefault(u => s.AsSpan(at).StartsWith(u, StringComparison.Ordinal));
        if (unit is null && multiplier != 1)
        {
            // "150万" with nothing counted after it: 万 is the unit as written, not a multiplier of nothing.
            multiplier = 1;
            return s[end - 1].ToString();
        }
        if (unit is null) return null;
        end = at + unit.Length;
        // 次/年, 人/天: a rate unit.
        var after = end + 1;
        if (after < s.Length && s[end] == '/' && Known.FirstOrDefault(u => s.AsSpan(after).StartsWith(u, StringComparison.Ordinal)) is { } per)
        {
            unit += "/" + per;
            end = after + per.Length;
        }
        return unit;
    }

    private static bool IsMoney(string s, int at) => at + 1 < s.Length && s[at + 1] == '元';
}
