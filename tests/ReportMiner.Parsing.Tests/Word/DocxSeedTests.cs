using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Word;

public sealed class DocxSeedTests
{
    [Theory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void Each_seed_docx_yields_its_indicator_values_under_the_right_headers(string seed)
    {
        var document = DefaultDocumentReader.Create().Read(RepoPaths.Fixture(seed, ".docx"));

        Assert.Equal(FileFormat.Docx, document.Format);
        SeedDocumentAssertions.AssertSeed(seed, document);
    }

    [Fact]
    public void Paragraphs_and_tables_keep_reading_order()
    {
        var document = DefaultDocumentReader.Create().Read(RepoPaths.Fixture("002", ".docx"));

        var blocks = document.Blocks.ToList();
        var title = blocks.FindIndex(b => b is Paragraph p && p.Text.Contains("绩效自评报告"));
        var selfEvaluation = blocks.FindIndex(b => b is Table t && t.Cells.Any(c => c.Text == "三级指标"));
        Assert.Equal(0, title);
        Assert.True(selfEvaluation > title);
        Assert.Equal(blocks.Count, blocks.Select(b => b.Provenance.CharOffset).Distinct().Count());
    }
}
