using System.Text;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Searching;
using Spectre.Console;

namespace ReportMiner.Cli.Rendering;

/// <summary>Spectre markup of a text with the query's matches highlighted (found through the same folding as the index).</summary>
internal static class Highlighter
{
    public static string Markup(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrEmpty(text)) return "";
        text = InertText.ForTerminal(text);
        var builder = new StringBuilder();
        var at = 0;
        foreach (var (start, length) in Snippets.Find(text, terms))
        {
            if (start < at) continue;
            builder.Append(Spectre.Console.Markup.Escape(text[at..start]));
            builder.Append("[black on yellow]").Append(Spectre.Console.Markup.Escape(text.Substring(start, length))).Append("[/]");
            at = start + length;
        }
        return builder.Append(Spectre.Console.Markup.Escape(text[at..])).ToString();
    }
}
