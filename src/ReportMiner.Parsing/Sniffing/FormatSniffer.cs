using System.IO.Compression;
using System.Text;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Sniffing;

/// <summary>Decides a file's format from its first bytes (and a container's entry names), not its extension.</summary>
public static class FormatSniffer
{
    private const int HeadSize = 8192;
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static FileFormat Sniff(string path)
    {
        var head = ReadHead(path);
        if (head.Length == 0)
            throw new DocumentParseException(ParseErrorKind.Empty, path, "The file is empty (0 bytes).",
                "Re-export or re-download the original document.");
        return SniffHead(path, head);
    }

    public static FileFormat SniffHead(string path, ReadOnlySpan<byte> head)
    {
        if (IndexOf(head, "%PDF-"u8, 1024) >= 0) return FileFormat.Pdf;
        if (head.StartsWith("PK\u0003\u0004"u8)) return SniffZip(path);
        if (head.StartsWith(Ole)) return SniffOle(path, head);
        if (head.StartsWith("{\\rtf"u8)) return FileFormat.Rtf;
        if (IsImage(head)) return FileFormat.Image;
        if (LooksLikeHtml(head)) return FileFormat.Html;
        if (TextSniffer.LooksLikeText(head)) return FileFormat.Txt;
        throw new DocumentParseException(ParseErrorKind.Unsupported, path,
            $"The content is not a recognised document format (extension '{Path.GetExtension(path)}' notwithstanding).",
            "Supported: PDF, OFD, DOCX, DOC, WPS, RTF, XLSX, XLS, HTML, plain text and images.");
    }

    private static FileFormat SniffZip(string path)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml")) return FileFormat.Docx;
            if (names.Contains("xl/workbook.xml")) return FileFormat.Xlsx;
            if (Ofd.OfdPackage.IsOfd(names)) return FileFormat.Ofd;
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentParseException(ParseErrorKind.Corrupt, path,
                "The file starts like a ZIP container (DOCX/XLSX) but its directory cannot be read; it is truncated or damaged.",
                "Re-save the document from its original program.", ex);
        }
        throw new DocumentParseException(ParseErrorKind.Unsupported, path,
            "The file is a ZIP archive but neither a Word (DOCX), an Excel (XLSX) nor an OFD document.",
            "Unpack it and import the documents inside.");
    }

    private static FileFormat SniffOle(string path, ReadOnlySpan<byte> head)
    {
        var ext = Path.GetExtension(path).ToLowerInvariant();
        if (ext is ".xls" or ".et") return FileFormat.Xls;
        if (ext is ".wps") return FileFormat.Wps;
        if (ext is ".doc" or ".dot") return FileFormat.Doc;
        // Without a trusted extension, look for the stream names in the whole file's directory sectors.
        var bytes = File.ReadAllBytes(path);
        if (IndexOf(bytes, Encoding.Unicode.GetBytes("Workbook"), bytes.Length) >= 0) return FileFormat.Xls;
        return FileFormat.Doc;
    }

    private static bool IsImage(ReadOnlySpan<byte> head) =>
        head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47])
        || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
        || head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8);

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        var text = TextSniffer.DecodeHead(head).TrimStart('\ufeff', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<')) return false;
        var lower = text.ToLowerInvariant();
        return lower.Contains("<html") || lower.Contains("<!doctype html") || lower.Contains("<body")
            || lower.Contains("<table") || lower.Contains("<meta");
    }

    private static byte[] ReadHead(string path)
    {
        if (!File.Exists(path))
            throw new DocumentParseException(ParseErrorKind.NotFound, path, "The file does not exist.", "Check the path.");
        using var fs = File.OpenRead(path);
        var buffer = new byte[Math.Min(HeadSize, fs.Length)];
        fs.ReadExactly(buffer);
        return buffer;
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle, int within) =>
        haystack[..Math.Min(haystack.Length, within)].IndexOf(needle);
}
