namespace ReportMiner.Parsing.Office;

/// <summary>
/// Tells, from a file's first bytes, whether reading it will go through LibreOffice (an OLE compound file: .doc, .wps,
/// .xls; or RTF). A scheduling hint for import, which keeps more of these in flight because they mostly wait for the
/// converter; the parser still decides the format itself.
/// </summary>
public static class LegacyOfficeFiles
{
    private static readonly byte[] Ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    public static bool NeedsConversion(string path)
    {
        try
        {
            Span<byte> head = stackalloc byte[8];
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            return head[..read].SequenceEqual(Ole) || head[..read].StartsWith("{\\rtf"u8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return false;
        }
    }
}
