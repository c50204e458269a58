using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Tests.Places;

public sealed class OcrLabelRepairTests
{
    private static string Repaired(string cell) => OcrLabelRepair.Default.Repair(cell);

    [Theory]
    [InlineData("正向半标", "正向指标")]
    [InlineData("服务对象满划度指标", "服务对象满意度指标")]
    [InlineData("指标7向性", "指标方向性")]
    [InlineData("效益指标已", "效益指标")]
    [InlineData("产山指标（50分）", "产出指标（50分）")]
    public void A_label_word_misread_by_one_character_is_put_right(string read, string expected) =>
        Assert.Equal(expected, Repaired(read));

    [Theory]
    [InlineData("数量指标")]          // the word itself
    [InlineData("重量指标")]          // one character from both 数量指标 and 质量指标
    [InlineData("目标内容")]          // a form that writes 目标 for 指标 (指标内容)
    [InlineData("级指标")]            // a short word missing a character could be any of 一/二/三级指标
    [InlineData("村标")]              // too short to say
    [InlineData("培训人数达标率")]     // an indicator's own words
    [InlineData("正向半标完成较好")]   // the word is not the whole cell
    public void A_cell_that_is_not_a_near_label_word_is_left_as_read(string read) =>
        Assert.Equal(read, Repaired(read));

    private static IReadOnlyList<string> RowCellsRead(bool fromOcr, params string[] cells)
    {
        var provenance = new Provenance(1, CharLength: 1);
        var table = new Table(0, 1, cells.Length, cells.Select((c, i) => new TableCell(c, 0, i, 1, 1, provenance)).ToList(), provenance);
        var context = new ExtractionContext(new Document("report.pdf", FileFormat.Pdf, [new Page(1, FromOcr: fromOcr)], [table],
            string.Join('\t', cells)));
        return context.Items.Single(i => i.IsRow).Cells;
    }

    [Fact]
    public void A_misread_label_in_a_row_of_a_recognised_page_is_put_right_before_the_rules_read_it() =>
        Assert.Equal("正向指标", RowCellsRead(fromOcr: true, "产出指标", "数量指标", "培训人数", "≥", "95", "%", "正向半标")[^1]);

    [Fact]
    public void A_label_word_in_a_row_taken_from_the_file_itself_is_never_changed() =>
        Assert.Equal("正向半标", RowCellsRead(fromOcr: false, "产出指标", "数量指标", "培训人数", "≥", "95", "%", "正向半标")[^1]);
}
