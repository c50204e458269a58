namespace ReportMiner.Bench.Store;

/// <summary>The facts of one generated report, before it is laid out as text, DOCX or PDF.</summary>
internal sealed record ScaleReport(
    string City, string? District, int Year, string Project, string Department, double BudgetWan, double ActualWan,
    IReadOnlyList<ScaleIndicator> Indicators, int Layout)
{
    public string Title => Layout switch
    {
        0 => $"{City}{District}{Year}年{Project}绩效自评报告",
        1 => $"{Year}年度{City}{District}{Project}项目支出绩效评价报告",
        _ => $"{City}{District}{Project}{Year}年绩效目标表",
    };

    public IEnumerable<string> Prose()
    {
        yield return "一、基本情况";
        yield return $"{Department}是“{Project}”的实施单位，负责项目的日常运行管理工作。";
        yield return "二、资金使用情况";
        yield return $"{Year}年该项目预算资金{BudgetWan:0.##}万元，实际支出{ActualWan:0.##}万元，预算执行率{ActualWan / BudgetWan * 100:0.##}%。";
        if (Layout == 1)
            foreach (var i in Indicators.Take(4))
                yield return $"{i.Name}目标为{i.Target}，实际完成{i.Actual}，{(i.Met ? "已达到" : "未达到")}预期目标。";
        yield return "三、绩效指标完成情况";
    }

    public IReadOnlyList<string> Header => Layout == 2
        ? ["一级指标", "二级指标", "三级指标", "指标值"]
        : ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"];

    public IEnumerable<IReadOnlyList<string>> Rows() => Indicators.Select(i => Layout == 2
        ? (IReadOnlyList<string>)[i.Level1, i.Level2, i.Name, i.Target]
        : [i.Level1, i.Level2, i.Name, i.Target, i.Actual, i.Weight.ToString(), i.Score.ToString("0.#")]);
}

internal sealed record ScaleIndicator(string Level1, string Level2, string Name, string Target, string Actual, int Weight, double Score, bool Met);
