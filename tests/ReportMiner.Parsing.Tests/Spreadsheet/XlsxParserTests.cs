using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Spreadsheet;

public sealed class XlsxParserTests
{
    private static Document Read(XlsxFactory workbook)
    {
        using var dir = new TempDirectory();
        return DefaultDocumentReader.Create().Read(workbook.Save(dir.File("book.xlsx")));
    }

    private static XlsxFactory IndicatorSheet() => new XlsxFactory()
        .Sheet("绩效目标表")
        .Shared("B2", "2021年绩效目标").Merge("B2:E2")
        .Shared("B3", "一级指标").Shared("C3", "三级指标").Shared("D3", "指标值").Shared("E3", "完成值")
        .Shared("B4", "产出").Merge("B4:B5")
        .Shared("C4", "接通率").Number("D4", 0.95, XlsxFactory.Percent).Number("E4", 0.9407, XlsxFactory.PercentTwo)
        .Inline("C5", "支出（万元）").Number("D5", 0.1 + 0.2).Number("E5", 13410.06, XlsxFactory.Thousands);

    [Fact]
    public void Each_sheet_form_is_a_table_captioned_with_the_sheet_name()
    {
        var document = Read(IndicatorSheet().Sheet("空表").Sheet("附表").Number("C3", 7).Number("D3", 8));

        Assert.Equal(FileFormat.Xlsx, document.Format);
        Assert.Equal(["绩效目标表", "附表"], document.Tables.Select(t => t.Caption));
        var first = document.Tables.First();
        Assert.Equal((3, 4), (first.RowCount, first.ColumnCount));
        Assert.Equal("7", document.Tables.Last().CellAt(0, 0)!.Text);
    }

    [Fact]
    public void Merged_ranges_become_one_cell_with_spans()
    {
        var table = Read(IndicatorSheet()).Tables.Single();

        var level1 = table.CellAt(2, 0)!;
        Assert.Equal(("产出", 1, 2, 1), (level1.Text, level1.Row, level1.RowSpan, level1.ColumnSpan));
    }

    [Fact]
    public void Numbers_read_as_the_spreadsheet_shows_them()
    {
        var table = Read(IndicatorSheet()).Tables.Single();

        Assert.Equal(["接通率", "95%", "94.07%"], table.RowTexts(1).Skip(1));
        Assert.Equal(["支出（万元）", "0.3", "13,410.06"], table.RowTexts(2).Skip(1));
    }

    [Fact]
    public void Dates_and_general_numbers_are_not_left_as_serials_or_binary_noise()
    {
        var table = Read(new XlsxFactory().Sheet("s")
            .Number("A1", 44561, XlsxFactory.ChineseDate).Number("B1", 1.1 * 3).Number("C1", 55070152).Number("D1", -0.25)).Tables.Single();

        Assert.Equal(["2021年12月31日", "3.3", "55070152", "-0.25"], table.RowTexts(0));
    }
}
