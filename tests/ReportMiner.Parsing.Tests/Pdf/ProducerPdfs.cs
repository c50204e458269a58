using System.Diagnostics;
using ReportMiner.TestSupport;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>
/// The PDFs of other producers, built once per test run by tools/pdf-producers/make.py (LibreOffice, pdftoppm,
/// tesseract); about a minute, so every producer test shares them.
/// </summary>
public sealed class ProducerPdfs : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ProducerPdfs()
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tools", "pdf-producers", "make.py"));
        info.ArgumentList.Add(_dir.Path);
        using var process = Process.Start(info)!;
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10))) { process.Kill(entireProcessTree: true); throw new TimeoutException("make.py"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"make.py failed: {errors.Result}");
    }

    public string this[string name] => Path.Combine(_dir.Path, name);

    public void Dispose() => _dir.Dispose();
}

[CollectionDefinition(Name)]
public sealed class ProducerPdfsCollection : ICollectionFixture<ProducerPdfs>
{
    public const string Name = "PDFs of other producers";
}
