namespace ReportMiner.Parsing.Tests.Text;

/// <summary>
/// A document-sharing site's free preview: the report cut into numbered chunks of nearly equal length ("1、…",
/// "2、…"), each chunk's number at the start of a line, the cut anywhere — inside a label, a number, a row.
/// </summary>
public sealed class PreviewPageJointTests
{
    private const int ChunkLength = 220;

    /// <summary>The chunks as the site prints them: a blank line, then the chunk's number and its text.</summary>
    private static string Preview(params string[] chunks) =>
        string.Concat(chunks.Select((c, i) => (i == 0 ? "" : "\n\n") + $"{i + 1}、" + c)) + "\n";

    /// <summary>A chunk of about the preview's length: its opening, indicator rows as filler, and the text it is cut at.</summary>
    private static string Chunk(string opening, string cutAt)
    {
        var text = opening;
        for (var i = 1; text.Length + cutAt.Length < ChunkLength; i++) text += $"效益\t受益群众人数{i}\t2.00\t2.00\n";
        return text + cutAt;
    }

    [Fact]
    public void A_label_and_a_number_cut_by_the_chunks_are_whole_again_and_the_chunk_numbers_are_gone()
    {
        var document = TextParsing.Parse(Preview(
            Chunk("某市2016年度项目绩效评价评分表\n项目名称\t公共设施维护经费\t单位\t某市管理局\n内容\t指标\t权重\t评分结果\n", "资产管理规范性\t2.50\t1"),
            Chunk(".25\n", "某市2016年度项目绩效评价评分表\n项目名"),
            Chunk("称\t道路保洁经费\t单位\t某市管理局\n内容\t指标\t权重\t评分结果\n", "合计\t100.00\t90.00")));
        var rows = document.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(t.RowTexts)).ToList();
        Assert.Contains(rows, r => r.Where(c => c.Length > 0).SequenceEqual(["资产管理规范性", "2.50", "1.25"]));
        Assert.Contains(rows, r => r.Count > 1 && r[0] == "项目名称" && r[1] == "道路保洁经费");
        Assert.DoesNotContain(rows.SelectMany(r => r).Concat(document.Paragraphs.Select(p => p.Text)), t => t.StartsWith("2、") || t.StartsWith("3、"));
    }

    [Fact]
    public void A_cut_between_two_cells_of_a_row_continues_the_row_with_a_new_cell()
    {
        var document = TextParsing.Parse(Preview(
            Chunk("某县项目支出绩效自评表\n一级指标\t二级指标\t三级指标\t分值\t得分\n", "项目管理\t投入管理"),
            Chunk("预算执行率\t10\t9\n", "质量指标\t音响、"),
            Chunk("灯光设备质量\t合格\t20\t20\n", "合计\t100\t95")));
        var rows = document.Tables.SelectMany(t => Enumerable.Range(0, t.RowCount).Select(t.RowTexts)).ToList();
        Assert.Contains(rows, r => r.SequenceEqual(["项目管理", "投入管理", "预算执行率", "10", "9"]));
        Assert.Contains(rows, r => r.Count > 1 && r[0] == "质量指标" && r[1] == "音响、灯光设备质量");
    }

    [Fact]
    public void A_reports_own_numbered_paragraphs_that_end_their_sentences_keep_their_numbers()
    {
        var document = TextParsing.Parse(string.Join("\n\n",
            "1、" + new string('甲', 200) + "。",
            "2、" + new string('乙', 200) + "。",
            "3、" + new string('丙', 200) + "。") + "\n");
        Assert.Equal(["1、", "2、", "3、"], document.Paragraphs.Select(p => p.Text[..2]));
    }

    [Fact]
    public void A_preview_flattened_to_one_line_per_chunk_keeps_its_lines()
    {
        var document = TextParsing.Parse(string.Join("\n",
            "1、某县项目支出绩效自评表" + new string('甲', 200),
            "2、" + new string('乙', 200) + "音响、",
            "3、灯光设备质量" + new string('丙', 194)) + "\n");
        Assert.Equal(3, document.Paragraphs.Count());
    }
}
