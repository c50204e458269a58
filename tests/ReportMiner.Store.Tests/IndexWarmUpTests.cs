using ReportMiner.Store.Indexing;

namespace ReportMiner.Store.Tests;

public sealed class IndexWarmUpTests
{
    [Fact]
    public void The_index_warm_up_indexes_every_made_up_entry_in_each_pass_and_leaves_no_folder_behind()
    {
        var folder = Path.Combine(Path.GetTempPath(), "warm-up-test-" + Guid.NewGuid().ToString("N"));

        var found = IndexWarmUp.Run(folder, passes: 3, pause: TimeSpan.Zero);

        // A warm-up that failed (its errors are swallowed) would find fewer entries, and so warm nothing up.
        Assert.Equal(3 * IndexWarmUp.EntriesPerPass, found);
        Assert.False(Directory.Exists(folder));
    }
}
