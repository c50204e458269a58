namespace ReportMiner.Cli.Tests;

public sealed class EvalCommandTests
{
    [Fact]
    public void Eval_against_a_missing_predictions_folder_gives_one_error_line_and_no_stack_trace()
    {
        var gold = Directory.CreateTempSubdirectory("rm-eval-gold-");
        try
        {
            File.WriteAllText(Path.Combine(gold.FullName, "a.json"), """{"file":"a","document_kind":"performance_report","projects":[]}""");
            var (exit, _, error) = CliRunner.Run("eval", gold.FullName, Path.Combine(gold.FullName, "missing"));
            Assert.Equal(2, exit);
            Assert.StartsWith("error: ", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
            Assert.DoesNotContain("   at ", error);
        }
        finally { gold.Delete(recursive: true); }
    }

    [Fact]
    public void Eval_with_a_gold_file_that_is_not_json_names_the_file()
    {
        var gold = Directory.CreateTempSubdirectory("rm-eval-gold-");
        try
        {
            File.WriteAllText(Path.Combine(gold.FullName, "a.json"), "{ not json");
            var (exit, _, error) = CliRunner.Run("eval", gold.FullName, gold.FullName);
            Assert.Equal(1, exit);
            Assert.Contains("a.json", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally { gold.Delete(recursive: true); }
    }
}
