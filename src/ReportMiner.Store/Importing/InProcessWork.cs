using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Sniffing;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Importing;

/// <summary>Parses and extracts in this process; every failure of one file becomes that file's failure entry.</summary>
public sealed class InProcessWork(Func<string, CancellationToken, Document> read, Func<Document, string, DocumentRecord> extract) : IDocumentWork
{
    public DocumentEntry Read(string path, string sha256, long size, CancellationToken ct, Action<PageProgress>? progress = null)
    {
        using var listening = ParseProgress.Listen(progress);
        try
        {
            if (RecordFiles.IsRecordFile(path))
                return new DocumentEntry { Path = path, Sha256 = sha256, Format = RecordFiles.Format, Size = size, Record = RecordFiles.Read(path, sha256) };
            var document = read(path, ct);
            var record = WithReadingWarnings(extract(document, sha256), document);
            return new DocumentEntry
            {
                Path = path, Sha256 = sha256, Format = document.Format.ToName(), Size = size, Record = record, Pages = PageTexts.From(document),
            };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested) { throw; }
        catch (DocumentParseException ex) { return DocumentEntry.Failure(path, sha256, SniffName(path), size, ex.Kind.ToString(), ex.Message); }
        catch (InvalidDataException ex) { return DocumentEntry.Failure(path, sha256, RecordFiles.Format, size, nameof(ParseErrorKind.Corrupt), ex.Message); }
        catch (OutOfMemoryException) { throw; }
        catch (Exception ex)
        {
            // An extractor bug on one file must not stop the run; it is recorded like any other failure.
            return DocumentEntry.Failure(path, sha256, SniffName(path), size, "ExtractionFailed", $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>
    /// The record's document-level warnings, led by what reading the file warned about (OCR, fonts without Unicode, a
    /// fallback reader), within the record's limits. The record carries them to the store, also out of a worker process.
    /// </summary>
    private static DocumentRecord WithReadingWarnings(DocumentRecord record, Document document) => document.Warnings.Count == 0 ? record
        : FieldLimits.Apply(record with { Warnings = document.Warnings.Concat(record.Warnings).Distinct(StringComparer.Ordinal).ToList() });

    public static string SniffName(string path)
    {
        try { return FormatSniffer.Sniff(path).ToName(); }
        catch (Exception ex) when (ex is DocumentParseException or IOException or UnauthorizedAccessException) { return "unknown"; }
    }
}
