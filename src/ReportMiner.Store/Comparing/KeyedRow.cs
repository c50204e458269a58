using ReportMiner.Store.Text;

namespace ReportMiner.Store.Comparing;

/// <summary>A comparison's row with its report's keys, which decide between reports whose shown columns are alike.</summary>
internal readonly record struct KeyedRow(CompareRow Row, string? CityKey, string NameKey)
{
    /// <summary>
    /// The order of <c>CompareService</c>'s ORDER BY: city, year, project, report kind, then the keys; nulls first, text by
    /// code point (SQLite's BINARY, PostgreSQL's "C"); <see cref="ClosestNameRows"/> orders by it too.
    /// </summary>
    public static int DisplayOrder(KeyedRow a, KeyedRow b)
    {
        var order = CodePointOrder.Instance;
        var c = order.Compare(a.Row.City, b.Row.City);
        if (c == 0) c = Nullable.Compare(a.Row.Year, b.Row.Year);
        if (c == 0) c = order.Compare(a.Row.Project, b.Row.Project);
        if (c == 0) c = order.Compare(a.Row.ReportKind, b.Row.ReportKind);
        if (c == 0) c = order.Compare(a.CityKey, b.CityKey);
        if (c == 0) c = order.Compare(a.NameKey, b.NameKey);
        return c;
    }
}
