using System.Text;
using AngleSharp.Dom;

namespace ReportMiner.Parsing.Html;

/// <summary>
/// Walks HTML in document order, cutting text into paragraphs at block elements and line breaks, and
/// handing each table to the caller; scripts, styles and the head are ignored.
/// </summary>
internal sealed class HtmlBlockWalker(Action<string> onParagraph, Action<IElement> onTable)
{
    private static readonly HashSet<string> Skipped = ["script", "style", "noscript", "template", "head", "title", "iframe", "object"];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "pre", "blockquote",
        "section", "article", "header", "footer", "nav", "aside", "main", "address", "center", "form", "fieldset",
        "figure", "figcaption", "caption", "hr", "body",
    ];

    private readonly StringBuilder _text = new();

    public void Walk(INode root)
    {
        Visit(root, preformatted: false);
        Flush();
    }

    private void Visit(INode node, bool preformatted)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text) AppendText(text.Data, preformatted);
            else if (child is IElement element) VisitElement(element, preformatted);
        }
    }

    private void VisitElement(IElement element, bool preformatted)
    {
        var name = element.LocalName;
        if (Skipped.Contains(name)) return;
        switch (name)
        {
            case "br": _text.Append('\n'); return;
            case "table" when !IsLayoutTable(element): Flush(); onTable(element); return;
            case "input" when element.GetAttribute("type")?.Equals("checkbox", StringComparison.OrdinalIgnoreCase) == true:
                _text.Append(element.HasAttribute("checked") ? '☑' : '☐');
                return;
        }
        var block = Blocks.Contains(name) || name is "table" or "tr" or "td" or "th";
        if (block) Flush();
        Visit(element, preformatted || name == "pre");
        if (block) Flush();
    }

    // Old sites wrap whole pages in one-column tables for layout; their cells are page flow, not data.
    private static bool IsLayoutTable(IElement table) =>
        table.QuerySelectorAll("tr").Where(tr => tr.Closest("table") == table)
            .All(tr => tr.Children.Count(c => c.LocalName is "td" or "th") <= 1);

    private void AppendText(string data, bool preformatted)
    {
        if (preformatted) { _text.Append(data); return; }
        var previousSpace = _text.Length > 0 && _text[^1] is ' ' or '\n';
        foreach (var c in data)
        {
            if (c is ' ' or '\t' or '\r' or '\n' or '\f')
            {
                if (!previousSpace) _text.Append(' ');
                previousSpace = true;
            }
            else
            {
                _text.Append(c);
                previousSpace = false;
            }
        }
    }

    private void Flush()
    {
        if (_text.Length == 0) return;
        onParagraph(_text.ToString());
        _text.Clear();
    }
}
