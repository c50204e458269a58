using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>The number format code of each cell style (cellXfs index), from built-in ids and the workbook's own.</summary>
internal sealed class NumberFormats
{
    private static readonly Dictionary<int, string> BuiltIn = new()
    {
        [1] = "0", [2] = "0.00", [3] = "#,##0", [4] = "#,##0.00", [9] = "0%", [10] = "0.00%", [11] = "0.00E+00",
        [14] = "yyyy-mm-dd", [15] = "d-mmm-yy", [16] = "d-mmm", [17] = "mmm-yy", [18] = "h:mm AM/PM", [19] = "h:mm:ss AM/PM",
        [20] = "h:mm", [21] = "h:mm:ss", [22] = "yyyy-mm-dd h:mm", [37] = "#,##0", [38] = "#,##0", [39] = "#,##0.00",
        [40] = "#,##0.00", [45] = "mm:ss", [46] = "[h]:mm:ss", [47] = "mm:ss.0", [49] = "@",
        // East Asian locale built-ins: dates written out in 年月日.
        [27] = "yyyy年m月", [28] = "m月d日", [29] = "m月d日", [30] = "m-d-yy", [31] = "yyyy年m月d日",
        [32] = "h时mm分", [33] = "h时mm分ss秒", [34] = "h时mm分", [35] = "h时mm分ss秒", [36] = "yyyy年m月",
        [50] = "yyyy年m月", [51] = "m月d日", [52] = "yyyy年m月", [53] = "m月d日", [54] = "m月d日",
        [55] = "h时mm分", [56] = "h时mm分ss秒", [57] = "yyyy年m月", [58] = "m月d日",
    };

    private readonly List<string> _byStyle = [];

    public static NumberFormats Load(XElement? styles)
    {
        var formats = new NumberFormats();
        if (styles is null) return formats;
        var custom = styles.Child("numFmts")?.Children("numFmt")
            .Where(f => int.TryParse(f.Attr("numFmtId"), out _))
            .GroupBy(f => int.Parse(f.Attr("numFmtId")!))
            .ToDictionary(g => g.Key, g => g.First().Attr("formatCode") ?? string.Empty) ?? [];
        foreach (var xf in styles.Child("cellXfs")?.Children("xf") ?? [])
        {
            var id = int.TryParse(xf.Attr("numFmtId"), out var n) ? n : 0;
            formats._byStyle.Add(custom.TryGetValue(id, out var code) ? code : BuiltIn.GetValueOrDefault(id, "General"));
        }
        return formats;
    }

    public string ForStyle(string? styleIndex) =>
        int.TryParse(styleIndex, out var i) && i >= 0 && i < _byStyle.Count ? _byStyle[i] : "General";
}
