using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Spreadsheet;

/// <summary>A sheet reads like the Word document of the same report: text outside the forms is paragraphs, each form a table.</summary>
public sealed class SheetLayoutTests
{
    private static Document Read(XlsxFactory workbook)
    {
        using var dir = new TempDirectory();
        return DefaultDocumentReader.Create().Read(workbook.Save(dir.File("book.xlsx")));
    }

    private static string Kinds(Document document) =>
        string.Join(" ", document.Blocks.Select(b => b is Table t ? $"T{t.RowCount}x{t.ColumnCount}" : "P"));

    private static XlsxFactory Form(XlsxFactory sheet, int firstRow) => sheet
        .Shared($"A{firstRow}", "项目名称").Shared($"B{firstRow}", "城乡供水保障").Shared($"C{firstRow}", "主管部门").Shared($"D{firstRow}", "水利局")
        .Shared($"A{firstRow + 1}", "年度预算").Number($"B{firstRow + 1}", 120.5).Shared($"C{firstRow + 1}", "执行数").Number($"D{firstRow + 1}", 118);

    [Fact]
    public void A_title_merged_across_the_form_a_unit_line_and_a_footer_become_paragraphs_around_the_table()
    {
        var sheet = new XlsxFactory().Sheet("自评表")
            .Shared("A1", "2023年度项目支出绩效自评表").Merge("A1:D1")
            .Shared("D2", "单位：万元");
        Form(sheet, 3).Shared("A5", "填表人：李明  联系电话：0000-1234567");

        var document = Read(sheet);

        Assert.Equal("P P T2x4 P", Kinds(document));
        Assert.Equal(["2023年度项目支出绩效自评表", "单位：万元", "填表人：李明  联系电话：0000-1234567"], document.Paragraphs.Select(p => p.Text));
        Assert.Equal(["项目名称", "城乡供水保障", "主管部门", "水利局"], document.Tables.Single().RowTexts(0));
    }

    [Fact]
    public void A_sheet_one_column_wide_reads_as_paragraphs()
    {
        var document = Read(new XlsxFactory().Sheet("Sheet1")
            .Shared("A1", "一、基本情况").Shared("A2", "（一）项目概况").Shared("A3", "项目资金共计403.56万元。"));

        Assert.Empty(document.Tables);
        Assert.Equal(["一、基本情况", "（一）项目概况", "项目资金共计403.56万元。"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_blank_row_or_a_line_of_text_between_two_forms_makes_two_tables()
    {
        var blank = Form(Form(new XlsxFactory().Sheet("s"), 1), 4);
        var note = Form(Form(new XlsxFactory().Sheet("s"), 1), 4).Shared("A3", "2、");
        note.Merge("A3:D3");

        Assert.Equal("T2x4 T2x4", Kinds(Read(blank)));
        Assert.Equal("T2x4 P T2x4", Kinds(Read(note)));
    }

    [Fact]
    public void Long_text_alone_in_the_first_column_is_a_paragraph_even_unmerged()
    {
        var note = "注：" + string.Concat(Enumerable.Repeat("其他资金包括单位自筹及社会资金，", 4));
        var sheet = Form(new XlsxFactory().Sheet("s"), 1).Shared("A3", note);
        Form(sheet, 4);

        var document = Read(sheet);

        Assert.Equal("T2x4 P T2x4", Kinds(document));
        Assert.Equal(note, document.Paragraphs.Single().Text);
    }

    [Fact]
    public void A_short_lone_cell_inside_a_form_and_a_level1_cell_merged_down_stay_in_the_table()
    {
        var sheet = Form(new XlsxFactory().Sheet("s"), 1)
            .Shared("A3", "产出指标").Merge("A3:A5").Shared("B3", "数量指标").Shared("C3", "供水户数").Number("D3", 5000)
            .Shared("B6", "满意度")
            .Shared("A7", "合计").Number("D7", 118);

        var table = Read(sheet).Tables.Single();

        Assert.Equal((7, 4), (table.RowCount, table.ColumnCount));
        Assert.Equal(("产出指标", 3), (table.CellAt(2, 0)!.Text, table.CellAt(4, 0)!.RowSpan));
        Assert.Equal("满意度", table.CellAt(5, 1)!.Text);
    }

    [Fact]
    public void Hidden_rows_and_columns_are_left_out_as_the_reader_never_saw_them()
    {
        var sheet = new XlsxFactory().Sheet("s")
            .Shared("A1", "指标").Shared("B1", "草稿").Shared("C1", "完成值")
            .Shared("A2", "接通率").Shared("B2", "旧值").Number("C2", 0.95, XlsxFactory.Percent)
            .Shared("A3", "作废行").Shared("C3", "0")
            .Shared("A4", "回访率").Number("C4", 1, XlsxFactory.Percent)
            .HideRow(3).HideColumn(2);

        var table = Read(sheet).Tables.Single();

        Assert.Equal((3, 2), (table.RowCount, table.ColumnCount));
        Assert.Equal(["接通率", "95%"], table.RowTexts(1));
        Assert.Equal(["回访率", "100%"], table.RowTexts(2));
    }

    [Fact]
    public void A_form_merged_across_grid_columns_it_never_splits_has_only_its_own_columns()
    {
        // The sheet's grid serves a wider form below too: this form's cells each cover two or three grid columns.
        var sheet = new XlsxFactory().Sheet("s")
            .Shared("A1", "三级指标").Shared("B1", "指标值").Merge("B1:C1").Shared("D1", "实际完成值").Merge("D1:F1")
            .Shared("A2", "结算完成率").Shared("B2", "=100%").Merge("B2:C2").Shared("D2", "100%").Merge("D2:F2")
            .Shared("A3", "及时性").Shared("B3", "及时").Merge("B3:C3").Shared("D3", "及时").Merge("D3:E3")
            .Shared("A4", "总分").Number("B4", 100).Merge("B4:C4");

        var table = Read(sheet).Tables.Single();

        Assert.Equal((4, 3), (table.RowCount, table.ColumnCount));
        Assert.Equal(["结算完成率", "=100%", "100%"], table.RowTexts(1));
        Assert.Equal(["及时性", "及时", "及时"], table.RowTexts(2));
        Assert.Equal(["总分", "100", ""], table.RowTexts(3));
    }

    [Fact]
    public void A_target_typed_with_its_equals_sign_reads_as_typed_not_as_the_formula_error()
    {
        var sheet = new XlsxFactory().Sheet("s")
            .Shared("A1", "三级指标").Shared("B1", "指标值").Shared("C1", "完成值")
            .Shared("A2", "开放天数").Error("B2", "300天", "#NAME?").Shared("C2", "300天")
            .Shared("A3", "合计").Error("B3", "1/0", "#DIV/0!").Number("C3", 2);

        var table = Read(sheet).Tables.Single();

        Assert.Equal(["开放天数", "=300天", "300天"], table.RowTexts(1));
        Assert.Equal(["合计", "#DIV/0!", "2"], table.RowTexts(2));
    }
}
