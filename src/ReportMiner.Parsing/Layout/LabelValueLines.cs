namespace ReportMiner.Parsing.Layout;

/// <summary>
/// Lines of "label: value" (a notice's contact block — 联系人：, 电话：, 地址： — or a letter's reference lines) line up
/// like a table of two columns, but are text: every row opens with a label that ends in a colon (its characters may
/// be spaced out to the width of the longest label: 联 系 人：). A table's stub
/// labels do not all end in one, and its header row has none.
/// </summary>
public static class LabelValueLines
{
    public static bool Are(List<List<Fragment>> rows, IReadOnlyList<double> edges) =>
        edges.Count == 3 && rows.All(row => row.Any(f => f.C0 > 0)
                                            && EndsWithColon(string.Concat(row.Where(f => f.C0 == 0).OrderBy(f => f.Line).ThenBy(f => f.X0).Select(f => f.Text))));

    private static bool EndsWithColon(string text) => text.TrimEnd() is [.., ':' or '：'];
}
