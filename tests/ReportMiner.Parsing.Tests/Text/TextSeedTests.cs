using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Text;

public sealed class TextSeedTests
{
    private static Document Read(string path) => DefaultDocumentReader.Create().Read(path);

    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void The_gb18030_fixture_reads_as_the_same_document_text_as_the_utf8_seed(string seed)
    {
        var utf8 = Read(RepoPaths.Seed(seed));
        var gb = Read(RepoPaths.Fixture(seed, ".gb18030.txt"));
        Assert.Equal(utf8.Text, gb.Text);
        Assert.Equal(FileFormat.Txt, gb.Format);
    }

    [Fact]
    public void The_2021_guangzhou_list_table_has_the_target_of_the_answer_rate()
    {
        var table = Read(RepoPaths.Seed("002")).Tables.First();
        var row = Enumerable.Range(0, table.RowCount).Single(r => table.RowTexts(r)[1] == "月度话务接通率");
        Assert.Equal("≥95%", table.RowTexts(row)[2]);
        Assert.Equal("否", table.RowTexts(row)[4]);
    }

    [Fact]
    public void Leading_empty_cells_of_the_self_evaluation_table_are_covered_by_the_level_cells_above()
    {
        var table = Read(RepoPaths.Seed("002")).Tables.Last();
        var row = Enumerable.Range(0, table.RowCount).Single(r => table.RowTexts(r).Contains("工单转派及时率"));
        var texts = table.RowTexts(row);
        Assert.Equal(["产出", "产出数量", "工单转派及时率", "100%", "100%", "12", "12.00"], texts.Skip(1).Take(7));
        var level1 = table.CellAt(row, 1)!;
        Assert.True(level1.RowSpan >= 4);
    }

    [Fact]
    public void The_monitoring_form_funding_row_keeps_its_five_figures_in_order()
    {
        var table = Assert.Single(Read(RepoPaths.Seed("000")).Tables);
        var row = Enumerable.Range(0, table.RowCount).First(r => table.RowTexts(r).Any(t => t.StartsWith("资金总额")));
        var figures = table.RowTexts(row).SkipWhile(t => !t.StartsWith("资金总额")).Skip(1).ToArray();
        Assert.Equal(["57", "100%", "38.25", "67%", "18.75"], figures);
        var header = table.RowTexts(row - 1);
        Assert.Equal("已到位资金(万元)", header[2]);
    }

    [Fact]
    public void The_monitoring_form_goal_rows_sit_under_their_header_with_target_and_rate()
    {
        var table = Assert.Single(Read(RepoPaths.Seed("000")).Tables);
        var header = Enumerable.Range(0, table.RowCount).Single(r => table.RowTexts(r).Contains("绩效目标值"));
        var first = table.RowTexts(header + 1);
        Assert.StartsWith("1、话务保证", first[1]);
        Assert.Equal("100", first[2]);
        Assert.StartsWith("（定量指标）", first[0]);
    }

    [Fact]
    public void The_shanghai_target_tables_carry_all_thirty_five_indicator_rows()
    {
        var tables = Read(RepoPaths.Seed("004")).Tables.ToList();
        var rows = 0;
        foreach (var table in tables)
        {
            var header = Enumerable.Range(0, table.RowCount).FirstOrDefault(r => table.RowTexts(r).Contains("指标目标值"), -1);
            if (header < 0) continue;
            rows += Enumerable.Range(header + 1, table.RowCount - header - 1)
                .TakeWhile(r => !table.RowTexts(r)[0].Contains("绩效目标表"))
                .Count(r => table.RowTexts(r).Skip(1).Any(t => t.Length > 0));
        }
        Assert.Equal(35, rows);
    }
}
