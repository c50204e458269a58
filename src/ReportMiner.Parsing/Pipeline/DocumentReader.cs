using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Parsing.Sniffing;

namespace ReportMiner.Parsing.Pipeline;

/// <summary>
/// The immutable parsing pipeline: sniffs a file, enforces limits, hands it to the first parser that reads
/// its format and turns every failure into a <see cref="DocumentParseException"/>.
/// </summary>
public sealed class DocumentReader
{
    private readonly IReadOnlyList<IDocumentParser> _parsers;

    internal DocumentReader(IReadOnlyList<IDocumentParser> parsers, ParseLimits limits)
    {
        _parsers = parsers;
        Limits = limits;
    }

    public ParseLimits Limits { get; }

    public Document Read(string path, CancellationToken cancellationToken = default)
    {
        // Opening a FIFO would wait for a writer for ever; a folder or a device is no document either.
        if (FileKind.Special(path) is { } kind)
            throw new DocumentParseException(ParseErrorKind.Unsupported, path, $"It is {kind}, not a document.",
                "Pass the report file itself.");
        try
        {
            var format = FormatSniffer.Sniff(path);
            var size = new FileInfo(path).Length;
            if (size > Limits.MaxFileBytes)
                throw new DocumentParseException(ParseErrorKind.TooLarge, path,
                    $"The file is {size / (1024 * 1024)} MB, over the {Limits.MaxFileBytes / (1024 * 1024)} MB limit.",
                    "Split it, or raise the limit if it really is one report.");
            var parser = _parsers.FirstOrDefault(p => p.CanParse(format)) ?? throw new DocumentParseException(
                ParseErrorKind.Unsupported, path, $"No parser reads {format.ToName()} files.", "Convert it to PDF or DOCX.");
            return parser.Parse(new ParseRequest(path, format, Limits), cancellationToken);
        }
        catch (DocumentParseException) { throw; }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
        // Not a property of the file: the worker must stop for a fresh heap (and the file is read again alone).
        catch (OutOfMemoryException) { throw; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DocumentParseException(ParseErrorKind.NotFound, path, $"The file could not be read: {ex.Message}",
                "Check that it exists and is readable.", ex);
        }
        catch (Exception ex)
        {
            throw new DocumentParseException(ParseErrorKind.Corrupt, path,
                $"The file could not be parsed ({ex.GetType().Name}: {ex.Message}).",
                "It is probably damaged; open and re-save it in its original program.", ex);
        }
    }
}
