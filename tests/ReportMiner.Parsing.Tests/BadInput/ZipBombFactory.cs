using System.IO.Compression;

namespace ReportMiner.Parsing.Tests.BadInput;

/// <summary>Writes a ZIP whose one entry inflates to many zeros, streamed in chunks so the test never holds it in memory.</summary>
public static class ZipBombFactory
{
    public static string Write(string path, string entryName, long zeroBytes, CompressionLevel level = CompressionLevel.Fastest)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = zip.CreateEntry(entryName, level).Open();
        var chunk = new byte[1 << 20];
        for (long written = 0; written < zeroBytes; written += chunk.Length)
            stream.Write(chunk, 0, (int)Math.Min(chunk.Length, zeroBytes - written));
        return path;
    }
}
