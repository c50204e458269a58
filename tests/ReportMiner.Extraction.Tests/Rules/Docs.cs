using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Small documents built in code: prose lines and tab-written tables where a leading empty cell is covered from above.</summary>
internal sealed class Docs
{
    private readonly DocumentBuilder _builder = new("test.txt", FileFormat.Txt);

    public Docs Para(string text)
    {
        _builder.AddParagraph(text);
        return this;
    }

    /// <summary>Rows as tab-separated lines; "^" in a cell means the cell above spans into this row, "<" that the cell
    /// on the left spans into this column.</summary>
    public Docs Table(params string[] rows)
    {
        var grid = rows.Select(r => r.Split('\t')).ToArray();
        var draft = new TableDraft(1);
        for (var r = 0; r < grid.Length; r++)
            for (var c = 0; c < grid[r].Length; c++)
            {
                if (grid[r][c] is "^" or "<") continue;
                var span = 1;
                while (r + span < grid.Length && c < grid[r + span].Length && grid[r + span][c] == "^") span++;
                var columns = 1;
                while (c + columns < grid[r].Length && grid[r][c + columns] == "<") columns++;
                draft.AddCell(r, c, grid[r][c], rowSpan: span, columnSpan: columns);
            }
        _builder.AddTable(draft);
        return this;
    }

    public Document Build() => _builder.Build();

    public DocumentRecord Extract() => RuleBasedExtractor.Default.Extract(Build(), "sha");

    public ProjectRecord Single() => Assert.Single(Extract().Projects);
}
