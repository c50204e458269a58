using System.Net;
using System.Text;
using ReportMiner.Documents.Model;

namespace ReportMiner.Documents.Serialization;

/// <summary>Markdown view of a document: pipe tables when no cell spans, HTML tables when some do.</summary>
public static class MarkdownRenderer
{
    public static string Render(Document document)
    {
        var sb = new StringBuilder();
        var page = 0;
        foreach (var block in document.Blocks)
        {
            if (block.Page != page && document.Pages.Count > 1)
            {
                page = block.Page;
                sb.Append("<!-- page ").Append(page).Append(" -->\n\n");
            }
            switch (block)
            {
                case Paragraph p: sb.Append(p.Text.Replace("\n", "  \n")).Append("\n\n"); break;
                case Table t: RenderTable(sb, t); break;
            }
        }
        return sb.ToString();
    }

    private static void RenderTable(StringBuilder sb, Table table)
    {
        if (table.Caption is { } caption) sb.Append("**").Append(caption).Append("**\n\n");
        if (table.Cells.Any(c => c.RowSpan > 1 || c.ColumnSpan > 1)) RenderHtml(sb, table);
        else RenderPipes(sb, table);
        sb.Append('\n');
    }

    private static void RenderPipes(StringBuilder sb, Table table)
    {
        for (var r = 0; r < table.RowCount; r++)
        {
            sb.Append("| ").AppendJoin(" | ", table.RowTexts(r).Select(Escape)).Append(" |\n");
            if (r == 0) sb.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", table.ColumnCount))).Append('\n');
        }
    }

    private static void RenderHtml(StringBuilder sb, Table table)
    {
        sb.Append("<table>\n");
        for (var r = 0; r < table.RowCount; r++)
        {
            sb.Append("  <tr>");
            foreach (var cell in table.RowCells(r))
            {
                sb.Append("<td");
                if (cell.RowSpan > 1) sb.Append(" rowspan=\"").Append(cell.RowSpan).Append('"');
                if (cell.ColumnSpan > 1) sb.Append(" colspan=\"").Append(cell.ColumnSpan).Append('"');
                sb.Append('>').Append(WebUtility.HtmlEncode(cell.Text).Replace("\n", "<br>")).Append("</td>");
            }
            sb.Append("</tr>\n");
        }
        sb.Append("</table>\n");
    }

    private static string Escape(string text) => text.Replace("|", "\\|").Replace("\n", "<br>");
}
