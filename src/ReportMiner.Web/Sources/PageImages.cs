using System.Collections.Concurrent;
using System.Globalization;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Processes;
using ReportMiner.Store;

namespace ReportMiner.Web.Sources;

/// <summary>
/// PNG images of PDF pages, rendered once by pdftoppm (through the project's process runner) and kept under the
/// archive folder as page-images/{sha256}/{page}.png.
/// </summary>
public sealed class PageImages(WorkbenchOptions options)
{
    /// <summary>Resolution of the page images: a point on the page is Dpi/72 pixels.</summary>
    public const int Dpi = 110;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<string> Get(string pdfPath, string sha256, int page)
    {
        var folder = Path.Combine(options.Archive, "page-images", sha256);
        var target = Path.Combine(folder, page.ToString(CultureInfo.InvariantCulture) + ".png");
        if (File.Exists(target)) return target;
        var gate = _locks.GetOrAdd(target, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync();
        try
        {
            if (File.Exists(target)) return target;
            Directory.CreateDirectory(folder);
            var prefix = Path.Combine(folder, $".render-{Guid.NewGuid():N}");
            var number = page.ToString(CultureInfo.InvariantCulture);
            var result = await Task.Run(() => ToolRunner.Run(ExternalTool.PdfToPpm,
                ["-png", "-r", Dpi.ToString(CultureInfo.InvariantCulture), "-f", number, "-l", number, "-singlefile", pdfPath, prefix], pdfPath, Timeout));
            if (result.ExitCode != 0 || !File.Exists(prefix + ".png"))
                throw new StoreException($"pdftoppm could not render page {page} of {Path.GetFileName(pdfPath)}: {result.StandardError.Trim()}");
            File.Move(prefix + ".png", target, overwrite: true);
            return target;
        }
        catch (DocumentParseException ex)
        {
            throw new StoreException(ex.Message, ex);
        }
        finally
        {
            gate.Release();
        }
    }
}
