using ReportMiner.Documents.Model;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Word;

/// <summary>
/// What any parser must recover from the five seed reports, whatever the file format: the table carrying
/// the indicators, found by its words, and the values under the right headers.
/// </summary>
public static class SeedDocumentAssertions
{
    public static void AssertSeed(string seed, Document document)
    {
        switch (seed)
        {
            case "000": Seed000FundingRow(document); break;
            case "001": Seed001NarrativeFigures(document); break;
            case "002": Seed002SelfEvaluationTable(document); break;
            case "003": Seed003NarrativeFigures(document); break;
            case "004": Seed004TargetTables(document); break;
            default: throw new ArgumentOutOfRangeException(nameof(seed));
        }
    }

    public static void Seed000FundingRow(Document document)
    {
        var table = document.TableContaining("资金总额", "已到位资金");
        var header = table.CellNamed("已到位资金(万元)").Row;
        var row = table.RowStartingWith("资金总额");
        string At(string head) => table.TextAt(row, table.ColumnHeaded(head, header - 1));
        Assert.Equal(["57", "100%", "38.25", "67%", "18.75"],
            new[] { At("已到位资金"), At("到位率"), At("实际支出资金"), At("支出实现率"), At("结余资金") });

        var targetColumn = table.ColumnHeaded("绩效目标值");
        var doneColumn = table.ColumnHeaded("完成率");
        var phone = table.RowStartingWith("1、话务保证");
        Assert.Equal("100", table.TextAt(phone, targetColumn));
        Assert.Equal("100%", table.TextAt(phone, doneColumn));
    }

    public static void Seed001NarrativeFigures(Document document)
    {
        AssertParagraphContains(document, "满意率93.62%");
        AssertParagraphContains(document, "实际总投入128.07万元");
    }

    public static void Seed002SelfEvaluationTable(Document document)
    {
        var table = document.TableContaining("月度话务接通率", "三级指标");
        var header = table.CellNamed("三级指标").Row;
        var row = table.CellNamed("月度话务接通率").Row;
        string At(string head) => table.TextAt(row, table.ColumnHeaded(head, header - 1));
        Assert.Equal(["≥95%", "94.07%", "12", "11.70"],
            new[] { At("年度指标值"), At("实际完成"), At("分值"), At("得分") });

        var nameColumn = table.CellNamed("月度话务接通率").Column;
        foreach (var spanning in new[] { "产出", "产出数量" })
        {
            var cell = table.CellNamed(spanning);
            Assert.True(cell.RowSpan > 1, $"{spanning} should span rows, spans {cell.RowSpan}");
            Assert.True(cell.Covers(row, cell.Column), $"{spanning} should cover the 月度话务接通率 row");
            Assert.True(cell.Column < nameColumn);
        }
    }

    public static void Seed003NarrativeFigures(Document document)
    {
        AssertParagraphContains(document, "接件率100%");
        AssertParagraphContains(document, "预算7934168.6元，实际支出7645310.2元");
    }

    public static void Seed004TargetTables(Document document)
    {
        var tables = document.TablesContaining("三级目标", "指标目标值").ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal([17, 18], tables.Select(IndicatorRowCount));

        var first = tables[0];
        var row = first.CellNamed("综合接通率").Row;
        Assert.Equal(">80%", first.TextAt(row, first.ColumnHeaded("指标目标值")));
        var output = first.CellNamed("产出目标");
        Assert.True(output.RowSpan > 1 && output.Covers(row, output.Column));

        var second = tables[1];
        var satisfied = second.CellNamed("市民满意率").Row;
        Assert.Equal(">98%", second.TextAt(satisfied, second.ColumnHeaded("指标目标值")));
        Assert.Equal("满意度", second.TextAt(satisfied, second.ColumnHeaded("二级目标")));
    }

    // Rows under the 三级目标 header up to the next full-width title row or the table's end.
    private static int IndicatorRowCount(Table table)
    {
        var header = table.CellNamed("三级目标").Row;
        var count = 0;
        for (var r = header + 1; r < table.RowCount; r++)
        {
            if (table.RowCells(r).Any(c => c.ColumnSpan == table.ColumnCount)) break;
            count++;
        }
        return count;
    }

    private static void AssertParagraphContains(Document document, string text) =>
        Assert.Contains(document.Paragraphs, p => TableQueries.Squeeze(p.Text).Contains(TableQueries.Squeeze(text), StringComparison.Ordinal));
}
