using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Office;
using ReportMiner.Parsing.Pipeline;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Office;

[CollectionDefinition(nameof(ProcessEnvironmentCollection), DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection;

[Collection(nameof(ProcessEnvironmentCollection))]
public sealed class MissingLibreOfficeTests
{
    [Theory]
    [InlineData("002", ".doc", "libreoffice-writer-nogui")]
    [InlineData("002", ".wps", "libreoffice-writer-nogui")]
    [InlineData("002", ".xls", "libreoffice-calc-nogui")]
    public void Without_soffice_on_the_path_the_error_names_the_package_to_install(string seed, string extension, string package)
    {
        using var dir = new TempDirectory();
        // OLE files are told apart by extension, so the same Word 97 bytes stand in for each legacy format.
        var path = dir.File("report" + extension);
        File.Copy(RepoPaths.Fixture(seed, ".doc"), path);
        var saved = Environment.GetEnvironmentVariable("PATH");
        try
        {
            Environment.SetEnvironmentVariable("PATH", dir.Path);

            var ex = Assert.Throws<DocumentParseException>(() => DefaultDocumentReader.Create().Read(path));

            Assert.Equal(ParseErrorKind.MissingTool, ex.Kind);
            Assert.Contains(package, ex.Message);
            Assert.Contains("report" + extension, ex.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable("PATH", saved);
        }
    }

    [Fact]
    public void A_conversion_leaves_no_soffice_process_or_temporary_folder_behind_once_its_profiles_are_released()
    {
        using var dir = new TempDirectory();
        var limits = new ParseLimits { TemporaryDirectory = dir.Path };

        DefaultDocumentReader.Create(limits).Read(RepoPaths.Fixture("001", ".doc"));

        // Only the profiles kept for the next conversion stay while the process lives.
        Assert.All(Directory.GetFileSystemEntries(dir.Path),
            entry => Assert.StartsWith("reportminer-soffice-profile-", Path.GetFileName(entry)));
        Assert.Empty(SofficeProcesses.Using(dir.Path));
        LibreOfficeProfiles.DeleteIdle();
        Assert.Empty(Directory.GetFileSystemEntries(dir.Path));
    }

    [Fact]
    public void Folders_left_by_a_killed_process_are_swept_while_those_of_a_live_process_stay()
    {
        using var dir = new TempDirectory();
        using var finished = System.Diagnostics.Process.Start("true")!;
        finished.WaitForExit();
        var orphans = new[] { "reportminer-soffice-profile-", "reportminer-soffice-batch-", "reportminer-soffice-" }
            .Select(kind => Directory.CreateDirectory(Path.Combine(dir.Path, $"{kind}{finished.Id}-0123abcd")).FullName).ToList();
        var live = Directory.CreateDirectory(Path.Combine(dir.Path, $"reportminer-soffice-{Environment.ProcessId}-0123abcd")).FullName;

        DefaultDocumentReader.Create(new ParseLimits { TemporaryDirectory = dir.Path }).Read(RepoPaths.Fixture("001", ".doc"));

        Assert.DoesNotContain(orphans, Directory.Exists);
        Assert.True(Directory.Exists(live));
    }
}
