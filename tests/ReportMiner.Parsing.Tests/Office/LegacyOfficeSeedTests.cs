using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Tests.Word;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Office;

public sealed class LegacyOfficeSeedTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Each_seed_doc_converted_by_libreoffice_yields_the_same_indicator_values(string seed)
    {
        var path = RepoPaths.Fixture(seed, ".doc");

        var document = DefaultDocumentReader.Create().Read(path);

        Assert.Equal(FileFormat.Doc, document.Format);
        Assert.Equal(path, document.Path);
        SeedDocumentAssertions.AssertSeed(seed, document);
    }

    [Fact]
    public void Concurrent_conversions_do_not_interfere()
    {
        var seeds = new[] { "000", "002", "004" };

        var documents = seeds.AsParallel().WithDegreeOfParallelism(3)
            .Select(s => (Seed: s, Document: DefaultDocumentReader.Create().Read(RepoPaths.Fixture(s, ".doc"))))
            .ToList();

        foreach (var (seed, document) in documents) SeedDocumentAssertions.AssertSeed(seed, document);
    }
}
