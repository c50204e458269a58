using ReportMiner.Cli.Rendering;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Importing;
using Spectre.Console;
using Spectre.Console.Testing;

namespace ReportMiner.Cli.Tests;

/// <summary>The import's live display, rendered to a fixed-width test console.</summary>
public sealed class ImportProgressViewTests
{
    private static string Render(int width, Action<ImportProgressView, ProgressContext> drive)
    {
        var console = new TestConsole().Width(width).Interactive();
        console.Progress().AutoRefresh(false).HideCompleted(true).Columns(ImportProgressView.Columns()).Start(context =>
        {
            drive(new ImportProgressView(context, 3), context);
            context.Refresh();
        });
        return console.Output;
    }

    [Fact]
    public void A_long_pdf_being_read_shows_a_bar_counting_its_pages_under_the_file_count()
    {
        var output = Render(100, (view, context) =>
        {
            view.Report(new ImportProgress(3, 2, 0, 0, TimeSpan.FromSeconds(4), "a.docx"));
            view.Reading("/archive/big report.pdf");
            view.Pages("/archive/big report.pdf", new PageProgress("reading", 36, 200));
            context.Refresh();
        });
        Assert.Contains("2/3", output);
        Assert.Contains("big report.pdf · page 37 of 200", output);
        Assert.Contains("18%", output);
    }

    [Fact]
    public void Ocr_and_conversion_say_what_is_happening_and_a_finished_document_leaves_the_display()
    {
        var output = Render(120, (view, context) =>
        {
            view.Pages("/s/scan.pdf", new PageProgress("ocr", 4, 12));
            view.Pages("/s/old.doc", new PageProgress("converting", 0, 0));
            context.Refresh();
            view.DoneReading("/s/scan.pdf");
            view.DoneReading("/s/old.doc");
            view.Pages("/s/next.pdf", new PageProgress("reading", 1, 50));
        });
        Assert.Contains("scan.pdf · OCR page 5 of 12", output);
        Assert.Contains("old.doc · converting with LibreOffice", output);
        var lastFrame = output[output.LastIndexOf("next.pdf", StringComparison.Ordinal)..];
        Assert.DoesNotContain("scan.pdf", lastFrame);
    }

    [Fact]
    public void Escape_sequences_in_a_file_name_are_not_sent_to_the_terminal()
    {
        var output = Render(100, (view, _) => view.Pages("/s/\u001b]0;owned\u0007x.pdf", new PageProgress("reading", 1, 9)));
        Assert.False(output.Contains('\u001b', StringComparison.Ordinal), "a raw ESC reached the console");
        Assert.False(output.Contains('\u0007', StringComparison.Ordinal), "a raw BEL reached the console");
        Assert.Contains("page 2 of 9", output);
    }
}
