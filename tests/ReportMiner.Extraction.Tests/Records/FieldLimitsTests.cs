using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Records;

public sealed class FieldLimitsTests
{
    [Fact]
    public void A_huge_one_paragraph_document_gives_bounded_fields_and_says_what_was_cut()
    {
        var text = "项目名称：" + new string('热', 2_000_000) + "\n";
        var document = new Document("huge.txt", FileFormat.Txt, [new Page(1)], [new Paragraph(text, new Provenance(1, CharLength: text.Length))], text);
        var record = RuleBasedExtractor.Default.Extract(document, "0");
        Assert.All(record.Projects, p =>
        {
            Assert.True(p.Name.Length <= FieldLimits.Name);
            Assert.All(p.Sources.Values, s => Assert.True(s.Snippet.Length <= FieldLimits.Snippet));
        });
    }

    [Fact]
    public void A_field_over_its_cap_is_cut_with_a_warning_naming_it()
    {
        var record = new DocumentRecord
        {
            File = "a", Sha256 = "0", Format = "txt",
            Projects = [new ProjectRecord { Name = new string('热', 2_000_000), Indicators = [new IndicatorRecord { Name = new string('率', 1000) }] }],
        };
        var project = FieldLimits.Apply(record).Projects.Single();
        Assert.Equal(FieldLimits.Name, project.Name.Length);
        Assert.Equal(FieldLimits.Name, project.Indicators[0].Name.Length);
        Assert.Contains(project.Warnings, w => w.StartsWith("project name was 2,000,000 characters long", StringComparison.Ordinal));
        Assert.Contains(project.Warnings, w => w.StartsWith("indicator 1 name was", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordinary_records_pass_unchanged()
    {
        var record = new DocumentRecord
        {
            File = "a", Sha256 = "0", Format = "txt",
            Projects = [new ProjectRecord { Name = "12345热线项目", City = "广州市", Indicators = [new IndicatorRecord { Name = "接通率" }] }],
        };
        var capped = FieldLimits.Apply(record);
        Assert.Equal("12345热线项目", capped.Projects[0].Name);
        Assert.Empty(capped.Projects[0].Warnings);
        Assert.Equal("接通率", capped.Projects[0].Indicators[0].Name);
    }
}
