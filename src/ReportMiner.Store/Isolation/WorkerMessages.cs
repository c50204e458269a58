using ReportMiner.Extraction.Records;
using ReportMiner.Parsing.Abstractions;
using ReportMiner.Store.Writing;

namespace ReportMiner.Store.Isolation;

/// <summary>
/// One file for a worker to read: a line of JSON on its standard input (<see cref="WorkerCodec"/>). A worker reads several at once. With
/// <paramref name="Render"/> (json or markdown) the worker parses the file and answers with the rendered document
/// model (<c>parse</c>) instead of extracting its record; with <see cref="RecordText"/> it extracts the record and answers with
/// its text (<c>extract</c>).
/// </summary>
public sealed record WorkRequest(long Id, string Path, string Sha256, long Size, string? Render = null)
{
    /// <summary>
    /// The <see cref="Render"/> that asks for the record as <see cref="RecordJson"/> text, the worker writing it: the record
    /// and the page texts (which only an import stores) then need not cross the pipe to be decoded and written out again.
    /// </summary>
    public const string RecordText = "record";
}

/// <summary>
/// The worker's answer for one file. <paramref name="Losses"/>: with the record as text, its warnings about lost content
/// (<see cref="ReadingLosses"/>), so the parent says them without decoding the record text a second time.
/// </summary>
public sealed record WorkResponse(string Format, DocumentRecord? Record, IReadOnlyList<PageText> Pages, string? ErrorKind, string? Error,
    string? Output = null, IReadOnlyList<string>? Losses = null)
{
    public static WorkResponse From(DocumentEntry entry) => new(entry.Format, entry.Record, entry.Pages, entry.ErrorKind, entry.Error);

    /// <summary>The answer to <see cref="WorkRequest.RecordText"/>: the record as text in <see cref="Output"/>, no page texts.</summary>
    public static WorkResponse AsRecordText(DocumentEntry entry) =>
        new(entry.Format, null, [], entry.ErrorKind, entry.Error, entry.Record is null ? null : RecordJson.Serialize(entry.Record),
            entry.Record?.Warnings.Where(ReadingLosses.Describes).ToList());

    public DocumentEntry ToEntry(WorkRequest request) => new()
    {
        Path = request.Path, Sha256 = request.Sha256, Size = request.Size, Format = Format, Record = Record, Pages = Pages,
        ErrorKind = ErrorKind, Error = Error,
    };
}

/// <summary>
/// A line of JSON on the worker's standard output: the answer for request <paramref name="Id"/>, or progress on it; or,
/// first of all and with id 0, the worker's <paramref name="Hello"/>.
/// </summary>
public sealed record WorkerMessage(long Id, WorkResponse? Answer = null, PageProgress? Progress = null, WorkerHello? Hello = null);

/// <summary>
/// The line a worker writes before anything else: the identity of the libraries it was compiled from (CodeIdentity,
/// src/CodeIdentity.targets), so that a program can refuse a worker that would read with other code (<see cref="WorkerHandshake"/>).
/// </summary>
public sealed record WorkerHello(string Identity);

/// <summary><see cref="WorkerMessage"/> as read where no record can be on the line (<see cref="WorkerCodec.ReadMessageWithoutRecord"/>).</summary>
internal sealed record RecordlessMessage(long Id, RecordlessResponse? Answer = null, PageProgress? Progress = null, WorkerHello? Hello = null);

/// <summary><see cref="WorkResponse"/> without its record.</summary>
internal sealed record RecordlessResponse(string Format, IReadOnlyList<PageText> Pages, string? ErrorKind, string? Error, string? Output = null,
    IReadOnlyList<string>? Losses = null);
