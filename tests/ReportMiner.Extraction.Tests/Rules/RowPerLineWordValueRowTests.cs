namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A target form written one row per line whose rows under a level label give a name and a value in words
/// ("宣传教育 覆盖全区所有人员", "服务能力提升 持续加强"): such a row is a row of the table when the table goes on below it,
/// so the rows after it are read too.
/// </summary>
public sealed class RowPerLineWordValueRowTests
{
    private static Docs Form() => new Docs()
        .Para("项目支出绩效目标申报表")
        .Para("(2021年度)")
        .Para("项目名称 疾病防治")
        .Para("绩效指标 一级指标 二级指标 三级指标 指标值");

    [Fact]
    public void A_name_and_a_worded_value_on_a_line_of_their_own_are_a_row_and_the_rows_below_them_are_read()
    {
        var project = Form()
            .Para("产出指标 数量指标 慰问人数 32人")
            .Para("宣传教育 覆盖全区所有人员")
            .Para("质量指标 知识知晓率 100%")
            .Para("资金拨付到位情况 12月底前到位")
            .Para("服务能力提升 持续加强")
            .Para("满意度指标 服务对象满意度指标 群众满意度 ≥90%")
            .Single();
        // Which of two words names the row and which gives its value, a short label alone cannot tell ("宣传教育" may
        // be a level-2 label of the form's own); what this rule settles is that the table goes on past the row.
        Assert.Equal(6, project.Indicators.Count);
        Assert.Equal(["知识知晓率", "资金拨付到位情况", "服务能力提升", "群众满意度"], project.Indicators.Skip(2).Select(i => i.Name));
        Assert.Equal("12月底前到位", project.Indicators[3].Target!.Text);
        Assert.Equal("质量指标", project.Indicators[3].Level2);
        Assert.Equal("持续加强", project.Indicators[4].Target!.Text);
    }

    [Fact]
    public void Two_words_after_the_last_row_do_not_join_the_table()
    {
        var project = Form()
            .Para("产出指标 数量指标 慰问人数 32人")
            .Para("填报人 张三")
            .Single();
        Assert.Equal(["慰问人数"], project.Indicators.Select(i => i.Name));
    }
}
