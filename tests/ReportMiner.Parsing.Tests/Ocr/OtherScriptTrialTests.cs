using ReportMiner.Parsing.Ocr;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>
/// The trial of the other Chinese script only tells which models read the page better: when it fails (the models not
/// installed, or too slow) the first reading stands whole, so nothing is lost, and the page's second budget
/// (<see cref="PageBudgets.Renew"/>) is still there for the passes that read its text. A stand-in tesseract reads every
/// image as doubtful Chinese with the first models, and fails (or sleeps) with the other ones.
/// </summary>
public sealed class OtherScriptTrialTests
{
    private const string Script = """
        input=$1
        languages=$4
        case "$languages" in chi_tra*) if [ -n "$TRIAL_SLEEPS" ]; then sleep 30; else echo "Failed loading language 'chi_tra'" >&2; exit 1; fi;; esac
        if [ "${input%.txt}" != "$input" ]; then images=$(cat "$input"); else images=$input; fi
        printf 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n'
        n=0
        for image in $images; do
          n=$((n+1))
          printf '5\t%d\t1\t1\t1\t1\t10\t10\t40\t40\t30\t績效\n' "$n"
          printf '1\t%d\t0\t0\t0\t0\t0\t0\t200\t80\t-1\t\n' "$n"
        done
        """;

    private static IReadOnlyList<PageOcrResultView> Read(TempDirectory folder, PageBudgets budgets, bool trialSleeps)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The stand-in tesseract is a shell script.");
        var program = Path.Combine(folder.Path, "tesseract");
        File.WriteAllText(program, "#!/bin/sh\n" + (trialSleeps ? "TRIAL_SLEEPS=1\n" : "") + Script.Replace("\r", "", StringComparison.Ordinal));
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var options = OcrOptions.Default with
        {
            TesseractPath = program, Languages = "chi_sim+eng", OtherScriptLanguages = "chi_tra+eng", ScratchRoot = folder.Path,
        };
        return PageImageOcr.RecognizePages([new PageImageOcr.PageImage(1, GlyphDrawing.Blank(400, 300), 200)], options,
                "synthetic.pdf", budgets, null, CancellationToken.None)
            .Select(r => new PageOcrResultView(r.Error is null, r.Incomplete ?? []))
            .ToList();
    }

    private sealed record PageOcrResultView(bool Read, IReadOnlyList<string> Incomplete);

    [Fact]
    public void A_trial_whose_models_fail_to_load_warns_of_no_lost_text_and_leaves_the_page_its_second_budget()
    {
        using var folder = new TempDirectory();
        var budgets = new PageBudgets(TimeSpan.FromSeconds(60));

        var page = Assert.Single(Read(folder, budgets, trialSleeps: false));

        Assert.True(page.Read);
        Assert.Empty(page.Incomplete);
        Assert.False(budgets.Renewed(1));
    }

    [Fact]
    public void A_trial_that_runs_out_of_time_costs_the_page_neither_its_second_budget_nor_the_time_it_spent()
    {
        using var folder = new TempDirectory();
        var budgets = new PageBudgets(TimeSpan.FromSeconds(3));

        var page = Assert.Single(Read(folder, budgets, trialSleeps: true));

        Assert.True(page.Read);
        Assert.Empty(page.Incomplete);
        Assert.False(budgets.Renewed(1));
        Assert.True(budgets.Remaining(1) > TimeSpan.FromSeconds(1), $"remaining {budgets.Remaining(1)}");
    }
}
