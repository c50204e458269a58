using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Rows of a form that hold only a name written into the form's numbered slot ("指标4.不合格产品处置率"), their
/// value cells left blank: a text export writes each as a line of its own between two parts of the table. Such a line
/// is the table's own row, so the table goes on past it, and it names an indicator under the levels of the row above.
/// </summary>
public static class NumberedSlotLines
{
    /// <summary>The most such lines in a row between two parts of one table.</summary>
    private const int MostLines = 4;

    /// <summary>True when every line of <paramref name="between"/> (one at least, a few at most) is such a row.</summary>
    public static bool AllSlotRows(IReadOnlyList<DocItem> between) =>
        between.Count is > 0 and <= MostLines && between.All(IsSlotRow);

    /// <summary>The indicators the lines name, under the levels of <paramref name="above"/>; none without a level 2
    /// there, as a row with blank values names its indicator only under a known level 2.</summary>
    public static IEnumerable<IndicatorRecord> Indicators(IReadOnlyList<DocItem> between, IndicatorRecord? above)
    {
        if (above?.Level2 is null || !AllSlotRows(between)) yield break;
        foreach (var line in between)
        {
            var name = IndicatorNames.Clean(line.Text);
            if (name.Length < 2 || !CellKinds.IsLabel(name) || IndicatorFooters.NotIndicatorName(name)) continue;
            yield return new IndicatorRecord { Level1 = above.Level1, Level2 = above.Level2, Name = name, Source = line.Source() };
        }
    }

    private static bool IsSlotRow(DocItem line) => !line.IsRow && IndicatorNames.OpensFilledSlot(line.Text);
}
