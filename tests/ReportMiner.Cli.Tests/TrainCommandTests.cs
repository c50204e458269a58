using ReportMiner.TestSupport;

namespace ReportMiner.Cli.Tests;

public sealed class TrainCommandTests
{
    [Fact]
    public void Train_prints_the_held_out_accuracy_of_every_model_and_writes_them()
    {
        using var dir = new TempDirectory();
        var train = CliRunner.Run("train", "--labels", Path.Combine(RepoPaths.Corpus, "labels"), "--out", dir.Path);

        Assert.Equal(0, train.Exit);
        foreach (var kind in new[] { "indicator_category", "amount_role", "column_role", "row_role" })
        {
            Assert.Matches($@"(?m)^{kind}: \d+ classes, trained on \d+, held-out accuracy 0\.\d{{3}} on \d+$", train.Out);
            foreach (var extension in new[] { ".zip", ".bin", ".json" })
                Assert.True(File.Exists(Path.Combine(dir.Path, kind.Replace('_', '-') + extension)), kind + extension);
        }
    }

    [Fact]
    public void A_missing_labels_folder_is_an_error_naming_it()
    {
        using var dir = new TempDirectory();
        var train = CliRunner.Run("train", "--labels", dir.File("nowhere"), "--out", dir.Path);

        Assert.Equal(1, train.Exit);
        Assert.Contains("nowhere", train.Err);
    }
}
