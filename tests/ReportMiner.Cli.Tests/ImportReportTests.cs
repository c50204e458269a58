using ReportMiner.Cli.Rendering;
using ReportMiner.Store.Importing;

namespace ReportMiner.Cli.Tests;

/// <summary>The end-of-run summary of an import.</summary>
public sealed class ImportReportTests
{
    private static string Print(int retries)
    {
        var summary = new ImportSummary(7, 4, 4, 0, 0, TimeSpan.FromSeconds(2), [], new Dictionary<string, FormatTiming>())
            { Retries = retries };
        var output = new StringWriter();
        ImportReport.Print(summary, output);
        return output.ToString();
    }

    [Fact]
    public void Batches_the_database_rolled_back_and_wrote_again_are_counted_in_the_summary()
    {
        Assert.Contains("2 batch(es) rolled back by the database", Print(2));
    }

    [Fact]
    public void A_run_without_retries_says_nothing_about_them()
    {
        Assert.DoesNotContain("rolled back", Print(0));
    }
}
