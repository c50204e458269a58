using ReportMiner.Extraction.Taxonomy;

namespace ReportMiner.Web.Rendering;

/// <summary>Chinese names with English beside them, for categories, report kinds and record fields.</summary>
public static class Labels
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["self_evaluation"] = "自评 self-evaluation", ["evaluation"] = "评价 evaluation", ["target"] = "目标 target",
        ["monitoring"] = "监控 monitoring",
    };

    public static readonly (string Key, string Label)[] ProjectFields =
    [
        ("name", "项目名称 Project"), ("province", "省 Province"), ("city", "市 City"), ("district", "区县 District"), ("year", "年度 Year"),
        ("department", "部门 Department"), ("report_kind", "报告类型 Report kind"), ("budget_wan", "预算(万元) Budget"),
        ("actual_wan", "实际支出(万元) Spent"), ("execution_rate_pct", "执行率(%) Execution rate"), ("score", "得分 Score"), ("grade", "等级 Grade"),
    ];

    public static string Category(string? key)
    {
        if (key is null) return "";
        var category = IndicatorTaxonomy.Default.Categories.FirstOrDefault(c => c.Key == key);
        return category is null ? key : $"{category.Keywords.FirstOrDefault() ?? key} {category.Label}";
    }

    public static string Kind(string? key) => key is null ? "" : Kinds.GetValueOrDefault(key, key);

    public static string Met(bool? met) => met switch { true => "✓ 达成", false => "✗ 未达成", null => "" };
}
