using System.Text;
using System.Xml.Linq;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Word;

/// <summary>
/// The visible text of a paragraph: runs, fields' results, content controls, text boxes, symbols and
/// checkboxes; tracked deletions, field codes and hidden runs are left out.
/// </summary>
internal sealed class WordInlineText(PageTracker pages, WordNumbering numbering, WordEmbeddedWorkbooks? embedded)
{
    private readonly List<TableDraft> _embeddedTables = [];

    /// <summary>Sheets of workbooks embedded in the paragraphs read since the last call, to place after them.</summary>
    public IReadOnlyList<TableDraft> TakeEmbeddedTables()
    {
        var tables = _embeddedTables.ToList();
        _embeddedTables.Clear();
        return tables;
    }

    /// <summary>The paragraph's text and the page it starts on (a break before any text moves it on).</summary>
    public (string Text, int Page) Read(XElement paragraph)
    {
        if (paragraph.Property("pPr", "pageBreakBefore").IsOn()) pages.ExplicitBreak();
        var sb = new StringBuilder(numbering.Label(paragraph));
        var startPage = pages.Page;
        Append(paragraph, sb, ref startPage);
        if (paragraph.Child("pPr")?.Child("sectPr") is { } sect && sect.Child("type")?.Attr("val") is not "continuous")
            pages.ExplicitBreak();
        return (sb.ToString(), startPage);
    }

    private void Append(XElement element, StringBuilder sb, ref int startPage)
    {
        foreach (var child in element.Elements())
        {
            var name = child.Name.LocalName;
            if (name.EndsWith("Pr", StringComparison.Ordinal)) continue;
            switch (name)
            {
                case "t": sb.Append(child.Value); break;
                case "delText" or "instrText" or "delInstrText" or "del" or "moveFrom" or "fldData" or "rt": break;
                case "tab" or "ptab": sb.Append('\t'); break;
                case "cr": sb.Append('\n'); break;
                case "noBreakHyphen": sb.Append('-'); break;
                case "br": Break(child, sb, ref startPage); break;
                case "lastRenderedPageBreak": PageBreak(sb, ref startPage, rendered: true); break;
                case "sym": Symbol(child, sb); break;
                case "fldChar": FormCheckbox(child, sb); break;
                case "r" when child.Property("rPr", "vanish").IsOn(): break;
                case "sdt": ContentControl(child, sb, ref startPage); break;
                case "AlternateContent": AlternateContent(child, sb, ref startPage); break;
                case "txbxContent": TextBox(child, sb, ref startPage); break;
                case "OLEObject" when embedded is not null && child.Attr("id") is { } id:
                    _embeddedTables.AddRange(embedded.Read(id, pages.Page));
                    break;
                default: Append(child, sb, ref startPage); break;
            }
        }
    }

    private void Break(XElement br, StringBuilder sb, ref int startPage)
    {
        if (br.Attr("type") == "page") PageBreak(sb, ref startPage, rendered: false);
        else sb.Append('\n');
    }

    private void PageBreak(StringBuilder sb, ref int startPage, bool rendered)
    {
        var before = pages.Page;
        if (rendered) pages.RenderedBreak(); else pages.ExplicitBreak();
        if (pages.Page == before) return;
        if (sb.ToString().Trim().Length == 0) startPage = pages.Page;
        else sb.Append('\n');
    }

    private static void Symbol(XElement sym, StringBuilder sb)
    {
        var box = WordCheckboxes.FromSymbol(sym.Attr("font"), sym.Attr("char"));
        if (box is { } c) sb.Append(c);
    }

    // Legacy form checkbox: the state lives in the field's ffData, the field result has no text.
    private static void FormCheckbox(XElement fldChar, StringBuilder sb)
    {
        if (fldChar.Attr("fldCharType") != "begin") return;
        if (fldChar.Child("ffData")?.Child("checkBox") is not { } box) return;
        var state = box.Child("checked") is { } explicitState ? explicitState.IsOn() : box.Child("default").IsOn();
        sb.Append(WordCheckboxes.FromState(state));
    }

    private void ContentControl(XElement sdt, StringBuilder sb, ref int startPage)
    {
        if (sdt.Child("sdtPr")?.Child("checkbox") is { } box)
        {
            sb.Append(WordCheckboxes.FromState(box.Child("checked").IsOn()));
            return;
        }
        if (sdt.Child("sdtContent") is { } content) Append(content, sb, ref startPage);
    }

    // Modern and legacy renderings of the same drawing: read only the first, or text boxes come out twice.
    private void AlternateContent(XElement alternate, StringBuilder sb, ref int startPage)
    {
        var chosen = alternate.Elements().FirstOrDefault(e => e.Name.LocalName == "Choice")
            ?? alternate.Elements().FirstOrDefault(e => e.Name.LocalName == "Fallback");
        if (chosen is not null) Append(chosen, sb, ref startPage);
    }

    private void TextBox(XElement content, StringBuilder sb, ref int startPage)
    {
        foreach (var block in content.Descendants().Where(e => e.Name.LocalName == "p"))
        {
            if (block.Ancestors().Any(a => a.Name.LocalName == "p" && a != block && IsInside(a, content))) continue;
            sb.Append('\n');
            Append(block, sb, ref startPage);
        }
        sb.Append('\n');
    }

    private static bool IsInside(XElement ancestor, XElement container) => ancestor.Ancestors().Contains(container);
}
