namespace ReportMiner.Store.Text;

/// <summary>Builds FTS5 match expressions from user text: every term becomes a quoted phrase, never syntax.</summary>
public static class FtsQuery
{
    public static string Phrase(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Column(string column, string text) => $"{column} : {Phrase(text)}";

    public static string All(IEnumerable<string> clauses) => string.Join(" AND ", clauses);
}
