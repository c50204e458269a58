using System.Security.Cryptography;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Pipeline;

namespace ReportMiner.Extraction.Tests.EndToEnd;

internal static class SeedExtraction
{
    public static DocumentRecord Extract(string path)
    {
        var document = DefaultDocumentReader.Create().Read(path);
        using var stream = File.OpenRead(path);
        return RuleBasedExtractor.Default.Extract(document, Convert.ToHexStringLower(SHA256.HashData(stream)));
    }
}
