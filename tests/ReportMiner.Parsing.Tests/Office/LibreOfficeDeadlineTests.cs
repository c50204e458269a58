using System.Diagnostics;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.Parsing.Processes;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Office;

[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class LibreOfficeDeadlineTests
{
    private const string HangMarker = "HANG-THIS-CONVERSION";

    [Fact]
    public async Task A_conversion_that_hangs_is_killed_at_its_deadline_and_a_file_converted_beside_it_still_converts()
    {
        var soffice = ExternalTool.Soffice.Locate();
        Assert.NotNull(soffice);
        using var dir = new TempDirectory();
        var bin = Directory.CreateDirectory(dir.File("bin")).FullName;
        // A stand-in soffice that never finishes when any input carries the marker, and is the real one otherwise.
        File.WriteAllText(Path.Combine(bin, "soffice"), $"""
            #!/bin/sh
            for a in "$@"; do
              case "$a" in *.doc) if grep -q {HangMarker} "$a" 2>/dev/null; then echo $$ >> '{dir.File("hung.pids")}'; exec sleep 300; fi;; esac
            done
            exec '{soffice}' "$@"
            """.Replace("\r", ""));
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The stand-in soffice is a shell script.");
        File.SetUnixFileMode(Path.Combine(bin, "soffice"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var hanging = dir.File("hangs.doc");
        File.WriteAllBytes(hanging, [.. File.ReadAllBytes(RepoPaths.Fixture("001", ".doc")), .. System.Text.Encoding.ASCII.GetBytes(HangMarker)]);
        var good = dir.File("good.doc");
        File.Copy(RepoPaths.Fixture("001", ".doc"), good);
        var temp = Directory.CreateDirectory(dir.File("tmp")).FullName;
        // The good file gets half the budget alone after its batch is killed. At load 30–40 on two cores a cold soffice
        // start took more than 30 s, so the budget is the program's default rather than a shortened one.
        var limits = new ParseLimits { TemporaryDirectory = temp };
        var saved = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", bin + Path.PathSeparator + saved);
            var reader = DefaultDocumentReader.Create(limits);
            var clock = Stopwatch.StartNew();

            var hung = Task.Run(() => Assert.Throws<DocumentParseException>(() => reader.Read(hanging)));
            var converted = Task.Run(() => reader.Read(good));

            Assert.Equal(ParseErrorKind.Timeout, (await hung).Kind);
            Assert.InRange(clock.Elapsed, TimeSpan.Zero, limits.ToolTimeout + TimeSpan.FromSeconds(15));
            Word.SeedDocumentAssertions.AssertSeed("001", await converted);
            var pids = File.ReadAllLines(dir.File("hung.pids")).Select(int.Parse).ToList();
            Assert.NotEmpty(pids);
            Assert.DoesNotContain(pids, SofficeProcesses.IsAlive);
            Assert.Empty(SofficeProcesses.Using(temp));
            Assert.All(Directory.GetFileSystemEntries(temp),
                entry => Assert.StartsWith("reportminer-soffice-profile-", Path.GetFileName(entry)));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", saved);
        }
    }

    [Fact]
    public void A_damaged_doc_gives_a_corrupt_file_error_and_leaves_no_work_folder()
    {
        using var dir = new TempDirectory();
        var damaged = dir.File("damaged.doc");
        // An OLE signature followed by bytes that are no Word document.
        var bytes = new byte[16 * 1024];
        new Random(12).NextBytes(bytes);
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        File.WriteAllBytes(damaged, bytes);
        var temp = Directory.CreateDirectory(dir.File("tmp")).FullName;

        var ex = Assert.Throws<DocumentParseException>(() =>
            DefaultDocumentReader.Create(new ParseLimits { TemporaryDirectory = temp }).Read(damaged));

        Assert.Equal(ParseErrorKind.Corrupt, ex.Kind);
        Assert.Contains("damaged.doc", ex.Message);
        Assert.All(Directory.GetFileSystemEntries(temp),
            entry => Assert.StartsWith("reportminer-soffice-profile-", Path.GetFileName(entry)));
    }
}
