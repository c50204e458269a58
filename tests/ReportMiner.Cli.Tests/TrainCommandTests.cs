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
        foreach (var kind in new[] { "indicator_category", "amount_role", "column_role", "row_role", "indicator_row" })
        {
            Assert.Matches($@"(?m)^{kind}: \d+ classes, trained on \d+, held-out accuracy 0\.\d{{3}} on \d+$", train.Out);
            foreach (var extension in new[] { ".zip", ".bin", ".json" })
                Assert.True(File.Exists(Path.Combine(dir.Path, kind.Replace('_', '-') + extension)), kind + extension);
        }
    }

    [Fact]
    public void Scoring_rows_prints_aggregates_and_never_a_row()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("rows.tsv"), string.Join('\n',
            "产出指标 | 数量指标 | 受理来电数量 | ≥100万件 | 120万件 | 10 | 10\tindicator\tsynthetic\t1,1,1,1,1,1,1\t1\t9\t7\t0",
            "年度资金总额 | 1350.5 | 1322.39 | 97.92%\tother\tsynthetic\t1,1,1,1\t2\t9\t7\t0") + "\n");
        var score = CliRunner.Run("train", "--score-rows", dir.File("rows.tsv"), "--out", Path.Combine(RepoPaths.Root, "models"));

        Assert.Equal(0, score.Exit);
        Assert.Matches(@"(?m)^2 rows, accuracy \d\.\d{3}$", score.Out);
        Assert.Matches(@"(?m)^indicator at p >= 0\.90: precision \d\.\d{3} \(\d+/\d+\), recall \d\.\d{3} \(of 1\)$", score.Out);
        Assert.DoesNotContain("受理来电数量", score.Out + score.Err);
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
