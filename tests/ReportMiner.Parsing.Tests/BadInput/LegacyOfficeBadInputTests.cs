using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.BadInput;

public sealed class LegacyOfficeBadInputTests
{
    [Fact]
    public void A_garbage_doc_that_libreoffice_cannot_open_is_reported_as_corrupt_with_advice()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[20_000];
        new Random(3).NextBytes(bytes);
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        ole.CopyTo(bytes, 0);
        File.WriteAllBytes(dir.File("损坏的报告.doc"), bytes);

        // The deadline is not under test here: on a loaded machine trying every import filter once took longer than
        // the default two minutes and the file came back as Timeout.
        var limits = ParseLimits.Default with { ToolTimeout = TimeSpan.FromMinutes(10) };
        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create(limits).Read(dir.File("损坏的报告.doc")));

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
        Assert.Contains("损坏的报告.doc", ex.Message);
        Assert.Contains("LibreOffice", ex.Problem);
        Assert.Contains(".docx", ex.Advice);
    }
}

public sealed class EncryptedOfficeTests
{
    [Fact]
    public void A_password_protected_docx_is_reported_as_encrypted_without_calling_libreoffice()
    {
        using var dir = new TempDirectory();
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        var bytes = ole.Concat(new byte[1024]).Concat(System.Text.Encoding.Unicode.GetBytes("EncryptedPackage")).Concat(new byte[1024]).ToArray();
        File.WriteAllBytes(dir.File("加密.docx"), bytes);

        var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(dir.File("加密.docx")));

        Assert.Equal(ParseErrorKind.Encrypted, ex.Kind);
        Assert.Contains("加密.docx", ex.Message);
    }
}
