using System.Diagnostics;
using ReportMiner.Parsing.Processes;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Processes;

public sealed class TemporaryFoldersTests
{
    private const string Guid32 = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void A_folder_of_a_process_killed_outright_is_swept_and_a_live_ones_is_kept()
    {
        using var dir = new TempDirectory();
        using var sleeper = Process.Start("sleep", "60");
        var ticks = TemporaryFolders.StartTicks(sleeper.Id);
        Assert.NotNull(ticks);
        var folder = Directory.CreateDirectory(dir.File($"reportminer-ocr-{sleeper.Id}-{ticks}-{Guid32}")).FullName;
        File.WriteAllText(Path.Combine(folder, "page.png"), "x");

        Assert.Equal(0, TemporaryFolders.SweepOrphans(dir.Path));
        Assert.True(Directory.Exists(folder));

        sleeper.Kill();
        sleeper.WaitForExit();
        Assert.Equal(1, TemporaryFolders.SweepOrphans(dir.Path));
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public void This_processs_own_folders_are_kept()
    {
        using var dir = new TempDirectory();
        var own = TemporaryFolders.Create(dir.Path, "soffice-profile");
        Assert.Equal(0, TemporaryFolders.SweepOrphans(dir.Path));
        Assert.True(Directory.Exists(own));
    }

    [Fact]
    public void A_folder_whose_process_id_now_belongs_to_a_later_process_is_swept()
    {
        using var dir = new TempDirectory();
        var ticks = TemporaryFolders.StartTicks(Environment.ProcessId);
        Assert.NotNull(ticks);
        var stale = Directory.CreateDirectory(dir.File($"reportminer-ocr-{Environment.ProcessId}-{ticks - 1}-{Guid32}")).FullName;
        Assert.Equal(1, TemporaryFolders.SweepOrphans(dir.Path));
        Assert.False(Directory.Exists(stale));
    }

    [Fact]
    public void Folders_named_by_the_previous_scheme_with_only_a_dead_process_id_are_swept()
    {
        using var dir = new TempDirectory();
        var dead = DeadProcessId();
        var old = Directory.CreateDirectory(dir.File($"reportminer-soffice-profile-{dead}-{Guid32}")).FullName;
        Assert.Equal(1, TemporaryFolders.SweepOrphans(dir.Path));
        Assert.False(Directory.Exists(old));
    }

    [Theory]
    [InlineData("reportminer-tests")]
    [InlineData("reportminer-ocr-" + Guid32)]
    [InlineData("reportminer-notes-12-34")]
    [InlineData("other-ocr-999999-1-" + Guid32)]
    [InlineData("reportminer-ocr-0-1-" + Guid32)]
    public void Folders_not_named_after_an_owner_are_left_alone(string name)
    {
        using var dir = new TempDirectory();
        var folder = Directory.CreateDirectory(dir.File(name)).FullName;
        Assert.Equal(0, TemporaryFolders.SweepOrphans(dir.Path));
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void The_owner_is_read_back_from_a_new_folder_name()
    {
        var name = Path.GetFileName(TemporaryFolders.NewPath("/tmp", "soffice-batch"));
        Assert.StartsWith("reportminer-soffice-batch-", name);
        Assert.Equal((Environment.ProcessId, TemporaryFolders.StartTicks(Environment.ProcessId)!.Value), TemporaryFolders.OwnerOf(name));
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }
}
