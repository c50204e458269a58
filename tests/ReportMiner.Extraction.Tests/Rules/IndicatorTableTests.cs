using ReportMiner.TestSupport;

namespace ReportMiner.Extraction.Tests.Rules;

public sealed class IndicatorTableTests
{
    [Fact]
    public void Levels_come_from_the_spanning_cells_left_of_each_indicator()
    {
        var project = new Docs().Para("某市2022年热线服务项目绩效自评报告").Table(
            "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "产出指标\t数量指标\t受理量\t≥100万件\t120万件\t20\t20",
            "^\t^\t回访率\t100%\t98%\t20\t18",
            "^\t质量指标\t接通率\t≥90%\t92%\t20\t20",
            "效益指标\t满意度指标\t群众满意度\t≥95%\t96%\t40\t40").Single();
        Assert.Equal(4, project.Indicators.Count);
        var callback = project.Indicators.Single(i => i.Name == "回访率");
        Assert.Equal(("产出指标", "数量指标"), (callback.Level1, callback.Level2));
        Assert.False(callback.Met);
        Assert.Equal(18, callback.Score);
        var answer = project.Indicators.Single(i => i.Name == "接通率");
        Assert.Equal(("产出指标", "质量指标"), (answer.Level1, answer.Level2));
        Assert.Equal(">=", answer.Target!.Op);
        Assert.Equal(90, answer.Target.Value);
        Assert.True(answer.Met);
        Assert.Equal("效益指标", project.Indicators.Single(i => i.Name == "群众满意度").Level1);
    }

    [Fact]
    public void A_row_shifted_left_by_a_text_export_is_read_under_the_right_headers()
    {
        var project = new Docs().Table(
            "\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分",
            "\t产出\t数量\t工单办结率\t≥90%\t95%\t10\t10",
            "效益\t社会效益\t群众满意度\t≥95%\t97.5%\t15\t15\t").Single();
        var satisfaction = project.Indicators.Single(i => i.Name == "群众满意度");
        Assert.Equal("效益", satisfaction.Level1);
        Assert.Equal(95, satisfaction.Target!.Value);
        Assert.Equal(97.5, satisfaction.Actual!.Value);
        Assert.Equal(15, satisfaction.Weight);
    }

    [Fact]
    public void The_same_indicator_in_a_list_and_in_the_scored_table_is_one_record_from_the_scored_row()
    {
        var project = new Docs()
            .Table("序号\t主要绩效指标\t年度指标值\t指标完成情况\t是否达标",
                   "1\t工单转派及时率\t100%\t应转派2949950件，及时率为100%。\t是")
            .Table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成指标值\t分值\t得分",
                   "产出\t时效\t工单转派及时率\t100%\t100%\t12\t12").Single();
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal(12, indicator.Score);
        Assert.Equal("产出", indicator.Level1);
        Assert.True(indicator.Met);
        Assert.Equal(1, indicator.Source!.Table);
    }

    [Fact]
    public void Indicators_merge_across_tables_only_where_their_names_carry_the_same_numbers()
    {
        var project = new Docs()
            .Table("序号\t主要绩效指标\t年度指标值",
                   "1\t培训2期人数\t100人",
                   "2\t培训3期人数\t120人",
                   "3\t热线接通率\t95%")
            .Table("一级指标\t二级指标\t三级指标\t年度指标值\t实际完成指标值\t分值\t得分",
                   "产出\t数量\t培训3期人数\t120人\t130人\t10\t10",
                   "产出\t质量\t热线接通率\t95%\t96%\t20\t19").Single();
        Assert.Equal(["培训2期人数", "培训3期人数", "热线接通率"], project.Indicators.Select(i => i.Name).Order().ToArray());
        Assert.Null(project.Indicators.Single(i => i.Name == "培训2期人数").Score);
        Assert.Equal(10, project.Indicators.Single(i => i.Name == "培训3期人数").Score);
        Assert.Equal(19, project.Indicators.Single(i => i.Name == "热线接通率").Score);
    }

    [Fact]
    public void A_table_of_thousands_of_rows_is_read_without_comparing_every_pair_of_its_rows()
    {
        // A guard against a hang, not a speed figure: each row was compared with every earlier row's group
        // (20,000 rows of a Word table: 50 s CPU); rows of one table never merge, so a long table now looks at no group at all.
        var rows = Enumerable.Range(0, 10_000).Select(i => $"产出\t数量\t完成事项{i}\t≥{i}件\t{i}件\t1\t1");
        var project = HangGuard.Within(TimeSpan.FromSeconds(60), () => new Docs().Table(["一级指标\t二级指标\t三级指标\t年度指标值\t实际完成指标值\t分值\t得分", .. rows]).Single());
        Assert.Equal(10_000, project.Indicators.Count);
    }

    [Fact]
    public void Qualitative_targets_keep_their_text_and_no_value()
    {
        var project = new Docs().Table("一级目标\t二级目标\t三级目标\t指标目标值", "投入与管理\t财务管理\t财务管理制度健全性\t健全").Single();
        var indicator = Assert.Single(project.Indicators);
        Assert.Equal("健全", indicator.Target!.Text);
        Assert.Null(indicator.Target.Value);
        Assert.Null(indicator.Met);
    }

    [Fact]
    public void A_long_numbered_goal_description_is_named_by_its_heading()
    {
        var project = new Docs().Table(
            "主要绩效目标内容\t绩效目标值\t完成率",
            "2、培训保证：乙方负责对新进员工进行培训，确保员工达到业务要求。\t100\t100%").Single();
        Assert.Equal("培训保证", Assert.Single(project.Indicators).Name);
    }

    [Fact]
    public void Footer_rows_are_not_indicators_and_the_total_is_kept()
    {
        var project = new Docs().Table(
            "三级指标\t指标值\t分值\t得分",
            "办结率\t≥90%\t50\t50",
            "满意度\t≥90%\t50\t45",
            "总分\t\t100\t95").Single();
        Assert.Equal(2, project.Indicators.Count);
        Assert.Equal(95, project.Score);
    }
}

public sealed class OcrNoiseTests
{
    [Fact]
    public void Stray_quotes_and_glued_latin_letters_are_trimmed_from_levels_and_names()
    {
        var project = new Docs().Table(
            "一级目标\t“二级目标\t三级目标\t指标目标值",
            "影响力目标\t长效管理sy\t长效管理制度建设、\t建立",
            "^\t”人力资源\tAPP注册人数\t>1000人").Single();
        Assert.Equal("长效管理", project.Indicators[0].Level2);
        Assert.Equal("长效管理制度建设", project.Indicators[0].Name);
        Assert.Equal("人力资源", project.Indicators[1].Level2);
        Assert.Equal("APP注册人数", project.Indicators[1].Name);
    }
}
