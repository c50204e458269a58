using System.Text;
using ReportMiner.Documents.Building;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Text;

/// <summary>Reads a text file's lines in its detected encoding without ever holding more than the size limit.</summary>
internal static class TextLineSource
{
    public static IEnumerable<string> ReadLines(string path, ParseLimits limits, CancellationToken cancellationToken)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        if (stream.Length > limits.MaxFileBytes)
            throw new DocumentParseException(ParseErrorKind.TooLarge, path,
                $"The text file is {stream.Length / (1024 * 1024)} MB, over the {limits.MaxFileBytes / (1024 * 1024)} MB limit.",
                "Split it, or raise the limit if it really is one report.");
        var sample = new byte[(int)Math.Min(stream.Length, TextEncodingDetector.SampleBytes)];
        stream.ReadExactly(sample);
        var (encoding, bom) = TextEncodingDetector.Detect(sample);
        stream.Position = bom;
        using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        while (reader.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Before the line-level rules (glued rows, points/score runs) parse figures; the builder folds every other format.
            yield return ScriptDigits.ToAscii(line);
        }
    }
}
