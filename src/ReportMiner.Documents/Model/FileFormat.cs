namespace ReportMiner.Documents.Model;

/// <summary>The format a file really is, decided from its content.</summary>
public enum FileFormat
{
    Unknown,
    Txt,
    Docx,
    Doc,
    Wps,
    Rtf,
    Pdf,
    ScannedPdf,
    Xlsx,
    Xls,
    Html,
    Image,
    Ofd,
}
