using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace ReportMiner.Parsing.Pdf;

/// <summary>One page as read in process: its words and rules in layout coordinates, and how it was framed;
/// how many letters it draws, how many have no Unicode and how many are invisible (a scanner's OCR layer); how
/// many of its fonts PdfPig could not load (their letters are missing), and whether its content stream shows far
/// more text than PdfPig returned letters for (<see cref="ShownText"/>).</summary>
public sealed record PdfPage(PageWords Words, PageFrame Frame, int Letters, int UnmappedLetters, int InvisibleLetters = 0,
    int SkippedFonts = 0, bool LostLetters = false);

/// <summary>
/// Reads the pages of a PDF with PdfPig: words from its letters, ruling lines from its paths, each page turned
/// so its text reads left to right. Every PdfPig failure becomes a typed <see cref="DocumentParseException"/>,
/// and the whole read runs under the document deadline (<see cref="ParseLimits.ToolTimeout"/>).
/// </summary>
public static class PdfPigPages
{
    /// <summary>PdfPig walks the page tree recursively; a hostile file nests it deeply, and a stack overflow cannot
    /// be caught, so the read runs on a thread whose stack holds about a million levels (reserved, not committed).</summary>
    private const int ReaderStackBytes = 256 * 1024 * 1024;

    private static readonly ReusedThreads Readers = new("pdf-reader", ReaderStackBytes);

    public static IReadOnlyList<PdfPage> Read(string path, ParseLimits limits, CancellationToken cancellationToken,
        out bool truncated)
    {
        IReadOnlyList<PdfPage>? pages = null;
        var cut = false;
        Exception? failure = null;
        Readers.Run(() =>
        {
            try { pages = ReadOnThisThread(path, limits, cancellationToken, out cut); }
            catch (Exception e) { failure = e; }
        }).Wait();
        if (failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failure);
        truncated = cut;
        return pages!;
    }

    private static IReadOnlyList<PdfPage> ReadOnThisThread(string path, ParseLimits limits, CancellationToken cancellationToken,
        out bool truncated)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limits.ToolTimeout);
        // The timer alone can fire late on a loaded machine; the clock makes the between-pages check exact.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            using var document = PdfDocument.Open(path, new ParsingOptions
            {
                UseLenientParsing = true,
                SkipMissingFonts = true,
                MaxStackDepth = 64,
            });
            document.AddPageFactory<TextPage, TextPageFactory>();
            var count = document.NumberOfPages;
            if (count == 0) throw NoPages(path);
            truncated = count > limits.MaxPdfPages;
            var pages = new List<PdfPage>(Math.Min(count, limits.MaxPdfPages));
            for (var n = 1; n <= Math.Min(count, limits.MaxPdfPages); n++)
            {
                if (clock.Elapsed > limits.ToolTimeout) deadline.Cancel();
                deadline.Token.ThrowIfCancellationRequested();
                ParseProgress.Report("reading", n - 1, Math.Min(count, limits.MaxPdfPages));
                var page = document.GetPage<TextPage>(n);
                var scanner = document.Structure.TokenScanner;
                var read = ReadPage(page, UnicodelessFonts.Of(page.Dictionary, scanner));
                pages.Add(read with
                {
                    SkippedFonts = UnloadableFonts.Count(page.Dictionary, scanner),
                    LostLetters = ShownText.LostLetters(ShownText.Bytes(page.Operations), read.Letters),
                });
            }
            return pages;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DocumentParseException(ParseErrorKind.Timeout, path,
                $"Reading the PDF took longer than {limits.ToolTimeout.TotalSeconds:0.###} s.",
                "It may be very large or deliberately malformed; split it or raise the time limit.");
        }
        catch (PdfDocumentEncryptedException e)
        {
            throw new DocumentParseException(ParseErrorKind.Encrypted, path, "The PDF is password-protected.",
                "Ask the publisher for an unprotected copy, or remove the password with the owner's consent.", e);
        }
        catch (Exception e) when (e is not DocumentParseException and not OperationCanceledException and not OutOfMemoryException)
        {
            throw new DocumentParseException(ParseErrorKind.Corrupt, path,
                $"The PDF cannot be read ({e.GetType().Name}: {FirstLine(e.Message)}).",
                "It is probably truncated or damaged; download or export it again.", e);
        }
    }

    /// <param name="unicodelessFonts">Fonts (by name) whose letters count as unmapped whatever characters PdfPig gave them.</param>
    public static PdfPage ReadPage(TextPage page, IReadOnlySet<string>? unicodelessFonts = null)
    {
        var box = page.CropBox.Bounds;
        var upright = new PageFrame(box.Left, box.Bottom, box.Right, box.Top, page.Rotation.Value);
        var letters = page.Letters;
        var frame = upright.WithTextTurns(LetterWords.TextTurns(letters, upright));
        var words = LetterWords.Build(letters, frame);
        var rules = PathRules.Read(page.Paths, frame);
        var unmapped = letters.Count(l => IsUnmapped(l) || (l.FontName is { } font && unicodelessFonts?.Contains(font) == true));
        var invisible = letters.Count(l => l.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip);
        return new PdfPage(new PageWords(page.Number, frame.Width, frame.Height, words, rules), frame, letters.Count, unmapped,
            invisible);
    }

    /// <summary>A letter whose font gave no usable Unicode: nothing, a replacement character, a control or private-use code.</summary>
    public static bool IsUnmapped(Letter letter)
    {
        var v = letter.Value;
        if (string.IsNullOrEmpty(v)) return true;
        foreach (var c in v)
            if (UnicodeCheck.IsUnmapped(c)) return true;
        return false;
    }

    private static DocumentParseException NoPages(string path) =>
        new(ParseErrorKind.Corrupt, path, "The PDF has no readable pages.",
            "It is probably truncated or damaged; download or export it again.");

    private static string FirstLine(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        return line.Length > 160 ? line[..160] + "…" : line;
    }
}
