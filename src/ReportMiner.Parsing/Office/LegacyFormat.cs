using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Processes;

namespace ReportMiner.Parsing.Office;

/// <summary>
/// How LibreOffice converts one legacy format: the target, the import filters to try in order (forcing a
/// filter stops LibreOffice from importing garbage as plain text), and the package that provides it.
/// </summary>
internal sealed record LegacyFormat(FileFormat Format, string Extension, string Target, string Description,
    IReadOnlyList<string> ImportFilters, ExternalTool Tool)
{
    private static readonly ExternalTool Writer = new("soffice", "libreoffice-writer-nogui");
    private static readonly ExternalTool Calc = new("soffice", "libreoffice-calc-nogui");

    public static IReadOnlyList<LegacyFormat> All { get; } =
    [
        new(FileFormat.Doc, "doc", "docx", "Word 97-2003 document (.doc)", ["MS Word 97", "MS Word 95", "MS WinWord 6.0"], Writer),
        // WPS Office files are usually Word-compatible OLE; older .wps are Microsoft Works.
        new(FileFormat.Wps, "wps", "docx", "WPS/Works document (.wps)", ["MS Word 97", "MS_Works", "MS Word 95"], Writer),
        new(FileFormat.Rtf, "rtf", "docx", "RTF document", ["Rich Text Format"], Writer),
        new(FileFormat.Xls, "xls", "xlsx", "Excel 97-2003 workbook (.xls)", ["MS Excel 97", "MS Excel 5.0/95", "MS Excel 95"], Calc),
    ];

    public static LegacyFormat? For(FileFormat format) => All.FirstOrDefault(f => f.Format == format);
}
