using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;
using static ReportMiner.Parsing.Tests.Word.DocxFactory;

namespace ReportMiner.Parsing.Tests.Word;

public sealed class DocxMarkupTests
{
    private static Document Read(string body)
    {
        using var dir = new TempDirectory();
        return DefaultDocumentReader.Create().Read(Write(dir.File("t.docx"), body));
    }

    [Fact]
    public void A_vertically_and_horizontally_merged_block_is_one_cell_with_both_spans()
    {
        var body = "<w:tbl>" +
            "<w:tr>" + Tc(P("一级"), "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>") + Tc(P("名称")) + "</w:tr>" +
            "<w:tr>" + Tc(P(""), "<w:gridSpan w:val=\"2\"/><w:vMerge/>") + Tc(P("接通率")) + "</w:tr>" +
            "<w:tr>" + Tc(P("a")) + Tc(P("b")) + Tc(P("c")) + "</w:tr></w:tbl>";

        var table = Read(body).Tables.Single();

        var merged = table.CellAt(1, 1)!;
        Assert.Equal(("一级", 0, 0, 2, 2), (merged.Text, merged.Row, merged.Column, merged.RowSpan, merged.ColumnSpan));
        Assert.Equal("接通率", table.CellAt(1, 2)!.Text);
        Assert.Equal(6, table.Cells.Count);
        Assert.Equal(3, table.ColumnCount);
    }

    [Fact]
    public void A_horizontal_merge_widens_the_cell_to_its_left_and_a_vertical_merge_extends_the_cell_above_it()
    {
        var body = "<w:tbl>" +
            "<w:tr>" + Tc(P("项目名称"), "<w:hMerge w:val=\"restart\"/>") + Tc(P(""), "<w:hMerge/>") + Tc(P("热线"), "<w:vMerge w:val=\"restart\"/>") + "</w:tr>" +
            "<w:tr>" + Tc(P("a")) + Tc(P("b"), "<w:hMerge/>") + Tc(P(""), "<w:vMerge/>") + "</w:tr>" +
            "<w:tr><w:trPr><w:gridBefore w:val=\"2\"/></w:trPr>" + Tc(P(""), "<w:vMerge/>") + "</w:tr></w:tbl>";

        var table = Read(body).Tables.Single();

        Assert.Equal(("项目名称", 1, 2), (table.CellAt(0, 1)!.Text, table.CellAt(0, 1)!.RowSpan, table.CellAt(0, 1)!.ColumnSpan));
        Assert.Equal(("a\nb", 2), (table.CellAt(1, 0)!.Text, table.CellAt(1, 0)!.ColumnSpan));
        Assert.Equal(("热线", 3), (table.CellAt(2, 2)!.Text, table.CellAt(2, 2)!.RowSpan));
    }

    [Fact]
    public void A_cell_merged_down_a_table_of_sixty_thousand_rows_is_found_without_searching_every_cell()
    {
        // A guard against a hang, not a speed figure: each continuation searched all the cells read so far.
        const int rows = 60_000;
        var body = new System.Text.StringBuilder("<w:tbl>");
        for (var r = 0; r < rows; r++)
            body.Append("<w:tr>").Append(Tc(P(r == 0 ? "产出指标" : ""), r == 0 ? "<w:vMerge w:val=\"restart\"/>" : "<w:vMerge/>")).Append(Tc(P($"指标{r}"))).Append("</w:tr>");
        body.Append("</w:tbl>");

        var table = HangGuard.Within(TimeSpan.FromSeconds(60), () => Read(body.ToString()).Tables.Single());

        Assert.Equal(rows, table.CellAt(rows - 1, 0)!.RowSpan);
        Assert.Equal($"指标{rows - 1}", table.CellAt(rows - 1, 1)!.Text);
    }

    [Fact]
    public void GridBefore_shifts_a_row_so_its_cells_land_under_the_right_columns()
    {
        var body = "<w:tbl>" +
            "<w:tr>" + Tc(P("A")) + Tc(P("B")) + Tc(P("C")) + "</w:tr>" +
            "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + Tc(P("b")) + Tc(P("c")) + "</w:tr></w:tbl>";

        var table = Read(body).Tables.Single();

        Assert.Null(table.CellAt(1, 0));
        Assert.Equal("b", table.CellAt(1, 1)!.Text);
        Assert.Equal("c", table.CellAt(1, 2)!.Text);
    }

    [Fact]
    public void A_nested_table_is_kept_on_its_cell_and_its_text_stays_in_the_cell_text()
    {
        var inner = "<w:tbl><w:tr>" + Tc(P("子项")) + Tc(P("90%")) + "</w:tr></w:tbl>";
        var body = "<w:tbl><w:tr>" + Tc(P("外层") + inner + P("")) + Tc(P("x")) + "</w:tr></w:tbl>";

        var document = Read(body);

        var cell = document.Tables.Single().CellAt(0, 0)!;
        Assert.Equal("外层\n子项 90%", cell.Text);
        var nested = Assert.Single(cell.NestedTables);
        Assert.Equal("90%", nested.CellAt(0, 1)!.Text);
        Assert.Single(document.Tables);
    }

    [Fact]
    public void Line_breaks_inside_a_cell_become_newlines()
    {
        var body = "<w:tbl><w:tr>" + Tc("<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>" + P("第三段")) + Tc(P("x")) + "</w:tr></w:tbl>";

        Assert.Equal("第一行\n第二行\n第三段", Read(body).Tables.Single().CellAt(0, 0)!.Text);
    }

    [Fact]
    public void Checkboxes_of_every_kind_read_as_ticked_or_empty_boxes()
    {
        var modern = "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>" +
            "<w:sdtContent><w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>是</w:t></w:r>" +
            "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"0\"/></w14:checkbox></w:sdtPr>" +
            "<w:sdtContent><w:r><w:t>☐</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t>否</w:t></w:r>";
        var legacy = "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"0\"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>" +
            "<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>新增</w:t></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:checkBox><w:default w:val=\"0\"/></w:checkBox></w:ffData></w:fldChar></w:r>" +
            "<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>延续</w:t></w:r>";
        var symbols = "<w:r><w:sym w:font=\"Wingdings\" w:char=\"F0FE\"/><w:t>甲</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0A8\"/><w:t>乙</w:t>" +
            "<w:sym w:font=\"Wingdings\" w:char=\"F06F\"/><w:t>丙</w:t><w:sym w:font=\"Wingdings\" w:char=\"F078\"/><w:t>丁</w:t></w:r>";

        var texts = Read($"<w:p>{modern}</w:p><w:p>{legacy}</w:p><w:p>{symbols}</w:p>").Paragraphs.Select(p => p.Text);

        Assert.Equal(["☑是☐否", "☑新增☐延续", "☑甲☐乙☐丙☑丁"], texts);
    }

    [Fact]
    public void Text_in_content_controls_fields_and_text_boxes_is_read_once()
    {
        var sdt = "<w:sdt><w:sdtPr><w:alias w:val=\"单位\"/></w:sdtPr><w:sdtContent><w:r><w:t>市财政局</w:t></w:r></w:sdtContent></w:sdt>";
        var field = "<w:fldSimple w:instr=\" DOCPROPERTY x \"><w:r><w:t>2021年</w:t></w:r></w:fldSimple>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        var box = "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wps:txbx><w:txbxContent>" + P("文本框内容") +
            "</w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox><w:txbxContent>" + P("文本框内容") +
            "</w:txbxContent></v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
        var vml = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" + P("旧式文本框") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        var deleted = "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>" +
            "<w:r><w:ruby><w:rt><w:r><w:t>zhù</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>注</w:t></w:r></w:rubyBase></w:ruby></w:r>";

        var texts = Read($"<w:p>{sdt}</w:p><w:p>{field}{deleted}</w:p><w:p><w:r><w:t>前</w:t></w:r>{box}</w:p><w:p>{vml}</w:p>")
            .Paragraphs.Select(p => p.Text);

        Assert.Equal(["市财政局", "2021年7注", "前\n文本框内容", "旧式文本框"], texts);
    }

    [Fact]
    public void Explicit_page_breaks_number_the_pages_of_later_blocks()
    {
        var body = P("第一页") + "<w:p><w:r><w:br w:type=\"page\"/><w:t>第二页</w:t></w:r></w:p>" +
            "<w:tbl><w:tr>" + Tc(P("表")) + "</w:tr></w:tbl>" +
            "<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>第三页</w:t></w:r></w:p>";

        var document = Read(body);

        Assert.Equal([1, 2, 2, 3], document.Blocks.Select(b => b.Page));
        Assert.Equal(3, document.Pages.Count);
    }

    [Fact]
    public void A_one_cell_table_drawn_around_text_is_read_as_body_paragraphs_and_tables()
    {
        var inner = "<w:tbl><w:tr>" + Tc(P("指标")) + Tc(P("值")) + "</w:tr></w:tbl>";
        var body = P("前言") + "<w:tbl><w:tr>" + Tc(P("框内第一段") + P("框内第二段") + inner) + "</w:tr></w:tbl>" + P("结尾");

        var document = Read(body);

        Assert.Equal(["前言", "框内第一段", "框内第二段", "结尾"], document.Paragraphs.Select(p => p.Text));
        Assert.Equal("值", document.Tables.Single().CellAt(0, 1)!.Text);
        Assert.IsType<Table>(document.Blocks[3]);
    }

    [Fact]
    public void An_excel_sheet_embedded_as_an_object_is_read_as_a_table_where_it_stands()
    {
        using var dir = new TempDirectory();
        var workbook = new Spreadsheet.XlsxFactory().Sheet("自评表")
            .Shared("A1", "产出").Merge("A1:A2").Shared("B1", "接通率").Number("C1", 0.9407, Spreadsheet.XlsxFactory.PercentTwo)
            .Shared("B2", "回访率").Number("C2", 1, Spreadsheet.XlsxFactory.Percent)
            .Save(dir.File("embedded.xlsx"));
        var body = P("附表：") + EmbeddedWorkbookParagraph + P("以上");

        var document = DefaultDocumentReader.Create().Read(Write(dir.File("e.docx"), body, embeddedWorkbook: File.ReadAllBytes(workbook)));

        Assert.Equal(["附表：", "自评表", "以上"], document.Blocks.Select(b => b is Table t ? t.Caption : ((Paragraph)b).Text));
        var table = document.Tables.Single();
        Assert.Equal(["产出", "回访率", "100%"], table.RowTexts(1));
        Assert.Equal(2, table.CellAt(1, 0)!.RowSpan);
    }
}
