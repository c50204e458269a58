using System.IO.Compression;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Containers;

/// <summary>
/// Inflates every entry of a ZIP container (DOCX/XLSX) once, counting the bytes actually produced, and
/// rejects zip bombs before any XML parser sees them. Declared sizes can only make it reject sooner.
/// </summary>
public static class ZipGuard
{
    // Below this size an entry's ratio is harmless even when extreme (an all-blank sheet compresses 1000:1).
    private const long RatioFloorBytes = 1024 * 1024;

    public static void Check(string path, ParseLimits limits, CancellationToken cancellationToken = default)
    {
        using var file = File.OpenRead(path);
        Check(file, path, limits, cancellationToken);
    }

    /// <summary>Checks a container held in a stream (an embedded package); <paramref name="path"/> names it in errors.</summary>
    public static void Check(Stream container, string path, ParseLimits limits, CancellationToken cancellationToken = default)
    {
        try
        {
            using var zip = new ZipArchive(container, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            var buffer = new byte[81920];
            foreach (var entry in zip.Entries)
            {
                CheckDeclared(path, entry, total, limits);
                using var stream = entry.Open();
                long entryBytes = 0;
                int read;
                while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    entryBytes += read;
                    total += read;
                    if (total > limits.MaxDecompressedBytes) throw TooLarge(path, total, limits);
                    if (IsBomb(entryBytes, entry.CompressedLength, limits)) throw Bomb(path, entry.FullName, limits);
                }
            }
        }
        catch (InvalidDataException ex)
        {
            throw new DocumentParseException(ParseErrorKind.Corrupt, path,
                $"The ZIP container (DOCX/XLSX) is truncated or damaged: {ex.Message}",
                "Re-download the file or open and re-save it in its original program.", ex);
        }
    }

    private static void CheckDeclared(string path, ZipArchiveEntry entry, long total, ParseLimits limits)
    {
        if (total + entry.Length > limits.MaxDecompressedBytes) throw TooLarge(path, total + entry.Length, limits);
        if (IsBomb(entry.Length, entry.CompressedLength, limits)) throw Bomb(path, entry.FullName, limits);
    }

    private static bool IsBomb(long uncompressed, long compressed, ParseLimits limits) =>
        uncompressed > RatioFloorBytes && uncompressed > limits.MaxCompressionRatio * Math.Max(1, compressed);

    private static DocumentParseException TooLarge(string path, long bytes, ParseLimits limits) =>
        new(ParseErrorKind.TooLarge, path,
            $"The container unpacks to more than {limits.MaxDecompressedBytes / (1024 * 1024)} MB (at least {bytes / (1024 * 1024)} MB); it may be a zip bomb.",
            "If it is a genuine report, raise ParseLimits.MaxDecompressedBytes; otherwise discard it.");

    private static DocumentParseException Bomb(string path, string entry, ParseLimits limits) =>
        new(ParseErrorKind.TooLarge, path,
            $"The entry '{entry}' expands more than {limits.MaxCompressionRatio:0} times its compressed size, the signature of a zip bomb.",
            "Discard the file, or re-save the document from its original program if it is genuine.");
}
