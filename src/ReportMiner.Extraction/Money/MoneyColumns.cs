using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// The money columns named by header rows: a row label below such a header ("年度资金总额") is a row label,
/// its figures belong to the columns, and it is not read as "label: value".
/// </summary>
internal sealed class MoneyColumns
{
    private readonly Dictionary<Table, (int Row, HashSet<int> Columns)> _headers = [];

    public void Add(DocItem header, MoneyRole[] roles) =>
        _headers[header.Table!] = (header.Row!.Value, Enumerable.Range(0, roles.Length).Where(c => roles[c] != MoneyRole.None).ToHashSet());

    /// <summary>Whether <paramref name="column"/> of <paramref name="row"/> lies under a money column header.</summary>
    public bool Covers(DocItem row, int column) =>
        _headers.TryGetValue(row.Table!, out var h) && h.Row < row.Row && h.Columns.Contains(column);
}
