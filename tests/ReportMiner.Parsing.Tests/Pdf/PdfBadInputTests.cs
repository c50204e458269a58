using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

public sealed class PdfBadInputTests
{
    private static string Data(string name) => Path.Combine(RepoPaths.Root, "tests", "ReportMiner.Parsing.Tests", "Data", name);

    [Fact]
    public void A_truncated_pdf_is_reported_as_corrupt()
    {
        using var dir = new TempDirectory();
        var bytes = File.ReadAllBytes(RepoPaths.Fixture("002", ".pdf"));
        var path = dir.File("truncated.pdf");
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 5)]);

        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(path));

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
        Assert.Equal(path, ex.FilePath);
    }

    [Fact]
    public void A_pdf_header_followed_by_garbage_is_reported_as_corrupt()
    {
        using var dir = new TempDirectory();
        var path = dir.File("garbage.pdf");
        var garbage = new byte[20_000];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(path, [.. "%PDF-1.7\n"u8, .. garbage]);

        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(path));

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
    }

    [Fact]
    public void A_pdf_that_needs_a_password_is_reported_as_encrypted()
    {
        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(Data("encrypted-user-password.pdf")));

        Assert.Equal(ParseErrorKind.Encrypted, ex.Kind);
        Assert.Contains("password", ex.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_pdf_encrypted_only_against_editing_is_read_without_warnings()
    {
        var doc = DefaultDocumentReader.Create().Read(Data("encrypted-owner-only.pdf"));

        Assert.Equal("Quarterly indicator table follows", Assert.Single(doc.Paragraphs).Text);
        Assert.Empty(doc.Warnings);
    }

    [Fact]
    public void A_pdf_whose_reading_exceeds_the_deadline_fails_with_a_timeout_not_a_hang()
    {
        var limits = ParseLimits.Default with { ToolTimeout = TimeSpan.FromMilliseconds(1) };

        var ex = Assert.Throws<DocumentParseException>(() =>
            new ReportMiner.Parsing.Pdf.PdfParser().Parse(new ParseRequest(RepoPaths.Fixture("004", ".pdf"), FileFormat.Pdf, limits)));

        Assert.Equal(ParseErrorKind.Timeout, ex.Kind);
    }
}
