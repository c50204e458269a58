using System.Text.Json;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class PdfFixtureTableTests
{
    [Fact]
    public void In_002_the_monthly_answer_rate_row_reads_target_actual_weight_and_score_under_its_headers()
    {
        var t = IndicatorTable.Find(PdfFixtures.Get("002"), "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成指标值", "分值（权重）", "自评得分");

        var r = t.Row("三级指标", "月度话务接通率");

        Assert.Equal(["≥95%", "94.07%", "12", "11.70"],
            [t.Text(r, "年度指标值"), t.Text(r, "实际完成指标值"), t.Text(r, "分值（权重）"), t.Text(r, "自评得分")]);
        var level1 = t.Cell(r, "一级指标");
        var level2 = t.Cell(r, "二级指标");
        Assert.Equal(("产出", true), (level1.Text, level1.RowSpan > 1 && level1.Row < r));
        Assert.Equal(("产出数量", true), (level2.Text, level2.RowSpan > 1 && level2.Row < r));
    }

    [Fact]
    public void In_002_the_self_evaluation_table_crossing_two_page_breaks_is_one_table()
    {
        var t = IndicatorTable.Find(PdfFixtures.Get("002"), "三级指标", "偏差原因分析及改进措施");
        var r = t.Row("三级指标", "月度话务接通率");

        // The deviation text of this row runs over the page break; its second half is folded back into the cell.
        var reason = t.Text(r, "偏差原因分析及改进措施");
        Assert.StartsWith("按月度话务接通率每下降1%", reason);
        Assert.EndsWith("合理确定年度服务量目标值并预测发展趋势。", reason);
        Assert.Equal(5, t.Cell(r, "三级指标").Provenance.Page);
        Assert.Equal((4, 6), (t.Table.Provenance.Page, t.Table.LastPage));
        Assert.Contains(t.Table.Cells, c => c.Text == "领导接电交办重点事项完成率" && c.Provenance.Page == 6);
    }

    [Fact]
    public void Tables_take_their_title_line_as_caption()
    {
        var doc = PdfFixtures.Get("002");

        Assert.Equal(["项目绩效目标主要指标数量一览表", "项目支出绩效自评表"], doc.Tables.Select(t => t.Caption));
        Assert.Contains(doc.Paragraphs, p => p.Text == "项目支出绩效自评表");
    }

    [Fact]
    public void In_002_a_name_wrapped_over_four_lines_of_its_cell_is_one_cell()
    {
        var doc = PdfFixtures.Get("002");

        Assert.Contains(doc.Tables.SelectMany(t => t.Cells), c => c.Text == "群众咨询事项一次性解答率");
        Assert.DoesNotContain(doc.Tables.SelectMany(t => t.Cells), c => c.Text is "群众咨" or "询事项" or "解答率");
    }

    [Fact]
    public void In_004_both_target_tables_carry_every_gold_indicator_with_its_target_in_one_row()
    {
        var doc = PdfFixtures.Get("004");
        var tables = IndicatorTable.FindAll(doc, "一级目标", "二级目标", "三级目标", "指标目标值").ToList();
        var projects = Gold("004").GetProperty("projects").EnumerateArray().ToList();

        Assert.Equal(2, tables.Count);
        Assert.NotSame(tables[0].Table, tables[1].Table);
        for (var p = 0; p < 2; p++)
        {
            var t = tables[p];
            var indicators = projects[p].GetProperty("indicators").EnumerateArray().ToList();
            foreach (var indicator in indicators)
            {
                var name = indicator.GetProperty("name").GetString()!;
                var target = indicator.GetProperty("target").GetProperty("text").GetString()!;
                var row = Enumerable.Range(t.HeaderRow + 1, t.Table.RowCount - t.HeaderRow - 1)
                    .Select(t.Table.RowTexts).FirstOrDefault(texts => texts.Contains(name));
                Assert.True(row is not null, $"project {p + 1}: no row for {name}");
                Assert.Contains(target, row);
            }
        }
        Assert.Equal(35, projects.Sum(p => p.GetProperty("indicators").GetArrayLength()));
    }

    [Fact]
    public void In_004_group_labels_cut_by_a_page_break_cover_the_rows_on_the_next_page()
    {
        var t = IndicatorTable.FindAll(PdfFixtures.Get("004"), "一级目标", "二级目标", "三级目标", "指标目标值").Last();

        var r = t.Row("三级目标", "诉求解决率");

        Assert.Equal(4, t.Cell(r, "三级目标").Provenance.Page);
        Assert.Equal((">98%", "效果目标", "社会效益"), (t.Text(r, "指标目标值"), t.Text(r, "一级目标"), t.Text(r, "二级目标")));
        Assert.Equal(3, t.Cell(r, "一级目标").Provenance.Page);
        Assert.Equal(("效果目标", "满意度"), (t.Text(t.Row("三级目标", "市民满意率"), "一级目标"), t.Text(t.Row("三级目标", "市民满意率"), "二级目标")));
    }

    [Fact]
    public void In_000_the_total_funds_row_reads_budget_rate_spent_rate_and_balance()
    {
        var doc = PdfFixtures.Get("000");
        var row = doc.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(t.RowTexts))
            .Select(texts => texts.SkipWhile(x => !x.StartsWith("资金总额", StringComparison.Ordinal)).ToArray())
            .First(cells => cells.Length > 0);

        Assert.Equal(["57", "100%", "38.25", "67%", "18.75"], row.Skip(1).Take(5));
    }

    [Fact]
    public void In_000_every_gold_indicator_has_its_target_and_completion_in_its_row()
    {
        var doc = PdfFixtures.Get("000");
        var rows = doc.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(t.RowTexts)).ToList();

        foreach (var indicator in Gold("000").GetProperty("projects")[0].GetProperty("indicators").EnumerateArray())
        {
            var name = indicator.GetProperty("name").GetString()!;
            var row = rows.First(r => r.Any(c => c.Contains(name, StringComparison.Ordinal)));
            Assert.Contains(indicator.GetProperty("target").GetProperty("text").GetString()!, row);
            Assert.Contains(indicator.GetProperty("actual").GetProperty("text").GetString()!, row);
        }
    }

    [Theory]
    [InlineData("001", "本项目绩效目标为有效接待市民来访，达到满意度90%以上。", "受理事件总量15.7万个")]
    [InlineData("001", "本项目资金使用效果明显，回访满意率93.62%。", "回访满意率93.62%")]
    [InlineData("003", "2019年接线员整体工作接件率100%，回复率100%", "接件率100%，回复率100%")]
    [InlineData("003", "2019年“聘用人员工资及管理费用”项目预算7934168.6元，实际支出7645310.2元。", "实际支出7645310.2元")]
    public void Reports_without_tables_keep_indicator_sentences_whole_in_one_paragraph(string seed, string start, string fact)
    {
        var doc = PdfFixtures.Get(seed);

        Assert.Empty(doc.Tables);
        var paragraph = Assert.Single(doc.Paragraphs, p => p.Text.StartsWith(start, StringComparison.Ordinal));
        Assert.Contains(fact, paragraph.Text);
    }

    private static JsonElement Gold(string seed) =>
        JsonDocument.Parse(File.ReadAllText(Directory.GetFiles(RepoPaths.Gold, seed + "_*.json").Single())).RootElement;
}
