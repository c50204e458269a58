using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Ocr;
using ReportMiner.Parsing.Pdf;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Ocr;

/// <summary>
/// OCR that runs out of time under load: a stand-in tesseract (a shell script given by <see cref="OcrOptions.TesseractPath"/>)
/// sleeps on the images it is told to, and answers the others at once with one word per image.
/// </summary>
public sealed class OcrRetryTests
{
    // Sleeps past any budget when the image path holds "slow", or on the first call only when a "once" marker is absent.
    private const string Script = """
        #!/bin/sh
        here=$(dirname "$0")
        input=$1
        if [ "${input%.txt}" != "$input" ]; then images=$(cat "$input"); else images=$input; fi
        if [ ! -f "$here/called" ]; then touch "$here/called"; if [ -f "$here/once" ]; then sleep 30; fi; fi
        printf 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n'
        n=0
        for image in $images; do
          n=$((n+1))
          case "$image" in *slow*) sleep 30;; esac
          printf '5\t%d\t1\t1\t1\t1\t10\t10\t40\t40\t95\t字\n' "$n"
          printf '1\t%d\t0\t0\t0\t0\t0\t0\t200\t80\t-1\t\n' "$n"
        done
        """;

    private static (TempDirectory Folder, OcrOptions Options) FakeTesseract(bool slowFirstCall)
    {
        var folder = new TempDirectory();
        var program = Path.Combine(folder.Path, "tesseract");
        File.WriteAllText(program, Script.Replace("\r", "", StringComparison.Ordinal));
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The stand-in tesseract is a shell script.");
        File.SetUnixFileMode(program, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (slowFirstCall) File.WriteAllText(Path.Combine(folder.Path, "once"), "");
        return (folder, OcrOptions.Default with { TesseractPath = program });
    }

    private static string Image(TempDirectory folder, string name)
    {
        var path = Path.Combine(folder.Path, name);
        PgmCodec.Write(GlyphDrawing.Blank(200, 80), path);
        return path;
    }

    [Fact]
    public void A_page_that_runs_out_of_time_once_is_read_again_with_a_second_budget()
    {
        var (folder, options) = FakeTesseract(slowFirstCall: true);
        using var _ = folder;
        // The second run must finish inside its budget on a loaded 2-core CI machine, where starting a shell can take seconds.
        var budgets = new PageBudgets(TimeSpan.FromSeconds(8));

        var outcomes = TesseractBatch.Run([new(1, [Image(folder, "a.pgm")]), new(2, [Image(folder, "b.pgm")])], 200, options,
            "synthetic.pdf", budgets, folder.Path, null, CancellationToken.None);

        Assert.Null(outcomes[1].Error);
        Assert.Equal("字", Assert.Single(Assert.Single(outcomes[1].Words!)).Text);
        Assert.Null(outcomes[2].Error);
        Assert.True(budgets.Renewed(1));
        Assert.False(budgets.Renewed(2));
    }

    [Fact]
    public void A_page_read_again_gets_one_more_budget_not_two_since_its_first_run_is_charged_to_it()
    {
        var (folder, options) = FakeTesseract(slowFirstCall: true);
        using var _ = folder;
        var budgets = new PageBudgets(TimeSpan.FromSeconds(2));

        TesseractBatch.Run([new(1, [Image(folder, "a.pgm")])], 200, options, "synthetic.pdf", budgets, folder.Path, null,
            CancellationToken.None);

        Assert.True(budgets.Renewed(1));
        // The first run spent the whole first budget before it was stopped; what is left is at most the second one.
        Assert.True(budgets.Remaining(1) <= budgets.PerPage, $"remaining {budgets.Remaining(1)}");
    }

    [Fact]
    public void A_page_that_runs_out_of_time_twice_fails_alone_saying_so_and_the_next_page_is_read()
    {
        var (folder, options) = FakeTesseract(slowFirstCall: false);
        using var _ = folder;

        var outcomes = TesseractBatch.Run([new(1, [Image(folder, "slow.pgm")]), new(2, [Image(folder, "b.pgm")])], 200, options,
            "synthetic.pdf", new PageBudgets(TimeSpan.FromSeconds(2)), folder.Path, null, CancellationToken.None);

        Assert.Equal(ParseErrorKind.Timeout, outcomes[1].Error?.Kind);
        Assert.Contains("page 1", outcomes[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Contains("second try", outcomes[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Single(outcomes[2].Words!);
    }

    [Fact]
    public void A_scanned_page_whose_ocr_never_finishes_is_named_in_a_warning_that_says_its_content_is_missing()
    {
        var (folder, options) = FakeTesseract(slowFirstCall: false);
        using var _ = folder;
        // Every image the pages are cut into is slow: the scratch folder's name carries the marker.
        var scratch = Directory.CreateDirectory(Path.Combine(folder.Path, "slow")).FullName;
        var limits = ParseLimits.Default with { OcrPageTimeout = TimeSpan.FromSeconds(2) };

        var document = new PdfParser(new TesseractPageOcr(options with { ScratchRoot = scratch, OtherScriptLanguages = null }))
            .Parse(new ParseRequest(RepoPaths.Fixture("000", ".scanned.pdf"), FileFormat.ScannedPdf, limits));

        var losses = document.Warnings.Where(ReadingLosses.Describes).ToList();
        Assert.NotEmpty(losses);
        Assert.Contains(losses, w => w.StartsWith("Page 1:", StringComparison.Ordinal) && w.Contains("did not finish", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_that_ends_well_without_reading_a_page_fails_that_page_instead_of_returning_it_blank()
    {
        var (folder, options) = FakeTesseract(slowFirstCall: false);
        using var _ = folder;
        var silent = Path.Combine(folder.Path, "silent");
        File.WriteAllText(silent, "#!/bin/sh\nsleep 1\nexit 0\n");
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("The stand-in tesseract is a shell script.");
        File.SetUnixFileMode(silent, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var outcomes = TesseractBatch.Run([new(1, [Image(folder, "a.pgm")])], 200, options with { TesseractPath = silent },
            "synthetic.pdf", new PageBudgets(TimeSpan.FromSeconds(30)), folder.Path, null, CancellationToken.None);

        Assert.Equal(ParseErrorKind.ToolFailed, outcomes[1].Error?.Kind);
        Assert.Contains("page 1", outcomes[1].Error!.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Page 2: OCR of page 2 did not finish within 90 s. It failed on a second try too. Its content is missing.", true)]
    [InlineData("Page 3: OCR incomplete: the text lines its first reading missed were not read again (OCR of page 3 did not finish within 90 s.).", true)]
    [InlineData("Page 1: its text is an invisible OCR layer over a page image; it was read again by OCR.", false)]
    public void Only_warnings_about_lost_text_count_as_reading_losses(string warning, bool loss) =>
        Assert.Equal(loss, ReadingLosses.Describes(warning));
}
