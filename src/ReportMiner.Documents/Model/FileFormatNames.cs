namespace ReportMiner.Documents.Model;

public static class FileFormatNames
{
    /// <summary>The lower-case name used in extraction records and the store ("scanned-pdf", "docx" …).</summary>
    public static string ToName(this FileFormat format) => format switch
    {
        FileFormat.ScannedPdf => "scanned-pdf",
        _ => format.ToString().ToLowerInvariant(),
    };
}
