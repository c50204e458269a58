using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class OcrLossTests
{
    [Fact]
    public void Extract_names_on_standard_error_and_in_the_record_a_scanned_page_whose_ocr_read_nothing()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The stand-in tesseract is a shell script.");
        using var folder = new TempDirectory();
        var bin = Directory.CreateDirectory(folder.File("bin")).FullName;
        // A tesseract that ends well without writing anything: the page must not pass for blank.
        File.WriteAllText(Path.Combine(bin, "tesseract"), "#!/bin/sh\nexit 0\n");
        File.SetUnixFileMode(Path.Combine(bin, "tesseract"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var output = folder.File("out");

        var (exit, _, err) = CliRunner.RunWith(
            new Dictionary<string, string> { ["PATH"] = bin + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH") },
            "extract", RepoPaths.Fixture("000", ".scanned.pdf"), "--out", output);

        Assert.Equal(0, exit);
        Assert.Contains("warning:", err, StringComparison.Ordinal);
        Assert.Contains("Page 1:", err, StringComparison.Ordinal);
        var record = File.ReadAllText(Directory.GetFiles(output).Single());
        Assert.Contains("Page 1: tesseract ended without reading page 1", record, StringComparison.Ordinal);
    }
}
