using System.CommandLine;
using System.Globalization;
using ReportMiner.Store;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Exporting;
using ReportMiner.Store.Schema;

namespace ReportMiner.Cli.Commands;

/// <summary>
/// <c>reportminer show (SHA256 | PATH) [--db]</c>: one stored document — what it is, how it was read (the document's
/// warnings: OCR, fonts without Unicode, a fallback reader), and its projects with their own warnings.
/// </summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var document = new Argument<string>("document") { Description = "The document's SHA-256 (as search and the web show it) or the path it was imported from." };
        var db = StoreOptions.Database();
        var command = new Command("show", "Show one stored document: its format, status, warnings and projects.") { document, db };
        command.SetAction(result => CommandErrors.Guard(() =>
        {
            var wanted = result.GetValue(document)!;
            using var connection = StoreDatabase.OpenExisting(result.GetValue(db)!);
            var documents = new StoredDocuments(connection);
            var found = (IsSha256(wanted) ? documents.Find(wanted.ToLowerInvariant()) : null) ?? documents.FindByPath(wanted)
                ?? documents.FindByPath(Path.GetFullPath(wanted))
                ?? throw new StoreException($"No document {wanted} in this store: give the SHA-256 or the path it was imported from ('reportminer search' and the web workbench show both).");
            foreach (var line in Lines(found)) Console.Out.WriteLine(InertText.ForTerminal(line));
            return 0;
        }));
        return command;
    }

    private static bool IsSha256(string text) => text.Length == 64 && text.All(char.IsAsciiHexDigit);

    /// <summary>The lines to print, each made inert by the caller (every value here comes from a document).</summary>
    internal static IEnumerable<string> Lines(StoredDocument d)
    {
        yield return d.Path;
        yield return $"  sha256: {d.Sha256}";
        yield return string.Create(CultureInfo.InvariantCulture, $"  format: {d.Format}, {d.Size} bytes, {d.PageCount?.ToString(CultureInfo.InvariantCulture) ?? "?"} pages, imported {d.ImportedAt}");
        yield return d.Status == "imported" ? "  status: imported" : $"  status: {d.Status} ({d.ErrorKind}): {d.Error}";
        foreach (var other in d.OtherPaths) yield return $"  same content also at: {other}";
        if (d.Warnings.Count > 0) yield return $"  warnings ({d.Warnings.Count}):";
        foreach (var warning in d.Warnings) yield return $"    ! {warning}";
        for (var i = 0; i < d.Projects.Count; i++)
        {
            var p = d.Projects[i].Record;
            var where = string.Join(" ", new[] { p.City, p.Year?.ToString(CultureInfo.InvariantCulture), p.ReportKind }.Where(s => !string.IsNullOrEmpty(s)));
            yield return $"  project {i + 1}: {p.Name}{(where.Length == 0 ? "" : $" ({where})")}, {p.Indicators.Count} indicators";
            foreach (var warning in p.Warnings) yield return $"    ! {warning}";
        }
    }
}
