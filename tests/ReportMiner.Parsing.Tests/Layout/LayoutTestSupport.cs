using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Tests.Layout;

internal static class LayoutTestSupport
{
    public static Document Lay(params PageWords[] pages)
    {
        var builder = new DocumentBuilder("synthetic.pdf", FileFormat.Pdf);
        DocumentLayout.WriteTo(DocumentLayout.Analyze(pages), builder);
        return builder.Build();
    }

    /// <summary>Width of a digit (and any letter) in the synthetic tables, in points.</summary>
    public const double Digit = 6;

    /// <summary>A word whose right edge is at <paramref name="x"/>: a right-aligned figure.</summary>
    public static SyntheticPage Right(SyntheticPage page, string text, double x, double y) =>
        page.Word(text, x - text.Length * Digit, y, Digit);

    /// <summary>Words of running text a little more than a space apart, 5 pt a letter.</summary>
    public static SyntheticPage Prose(SyntheticPage page, string text, double x, double y)
    {
        foreach (var word in text.Split(' '))
        {
            page.Word(word, x, y, 5);
            x += word.Length * 5 + 3;
        }
        return page;
    }

    /// <summary>An indicator row of the synthetic unruled forms: level 2 at 150, name at 250, target at 400 and actual
    /// at 460 (figures a digit wide); an empty cell is left out.</summary>
    public static SyntheticPage Row(SyntheticPage page, double y, string level2, string name, string target, string actual)
    {
        if (level2.Length > 0) page.Word(level2, 150, y);
        if (name.Length > 0) page.Word(name, 250, y);
        if (target.Length > 0) page.Word(target, 400, y, Digit);
        return actual.Length > 0 ? page.Word(actual, 460, y, Digit) : page;
    }

    /// <summary>Page 1 of a synthetic unruled form: its header row at y 600 and the 产出指标 / 数量指标 group's three
    /// rows at 630–690; a test adds the rows that end the page.</summary>
    public static SyntheticPage QuantityGroupPage()
    {
        var page = new SyntheticPage(1).Word("一级指标", 50, 600);
        Row(page, 600, "二级指标", "三级指标", "指标值", "完成值");
        page.Word("产出指标", 50, 630);
        Row(page, 630, "数量指标", "培训人数", "≥100人", "120人");
        Row(page, 660, "", "示范面积", "≥500亩", "520亩");
        return Row(page, 690, "", "发放数量", "≥80套", "85套");
    }
}
