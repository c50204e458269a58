namespace ReportMiner.Parsing.Text;

/// <summary>One line of a text file and the page it is on (form feeds start pages).</summary>
internal sealed record TextLine(string Text, int Page)
{
    public bool HasTab => Text.Contains('\t');

    public bool IsBlank => !HasTab && string.IsNullOrWhiteSpace(Text.Replace('\u3000', ' '));

    /// <summary>Only tabs and spaces: in exported forms it opens a row whose first cell is covered from above.</summary>
    public bool IsOnlyTabs => HasTab && Text.Trim(' ', '\t').Length == 0;

    /// <summary>A cell written on its own line behind one leading tab, as form exports do.</summary>
    public bool IsSingleCellLine => Text.StartsWith('\t') && Text.IndexOf('\t', 1) < 0;
}
