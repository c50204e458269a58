using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Html;

/// <summary>Reads HTML pages (saved web reports): paragraphs and tables with rowspan/colspan as spans.</summary>
public sealed class HtmlParser : IDocumentParser
{
    // Decoded text that is mostly replacement or control characters was never HTML text.
    private const double MaxUnreadableShare = 0.05;

    public bool CanParse(FileFormat format) => format == FileFormat.Html;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var source = HtmlDecoder.Decode(File.ReadAllBytes(request.Path));
        if (UnreadableShare(source) > MaxUnreadableShare)
            throw new DocumentParseException(ParseErrorKind.Corrupt, request.Path,
                "The file looks like HTML at the start but most of it is binary or undecodable.",
                "Check that it is really a web page; save it again from the browser as HTML or PDF.");

        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(source);
        if (Containers.NestingDepth.Exceeds<AngleSharp.Dom.INode>(html, n => n.ChildNodes))
            throw new DocumentParseException(ParseErrorKind.Corrupt, request.Path,
                $"The page nests elements more than {Containers.NestingDepth.Max} levels deep.",
                "It is probably machine-generated junk; open it in a browser and save it as PDF if it is a real report.");
        var builder = new DocumentBuilder(request.Path, FileFormat.Html);
        new HtmlBlockWalker(text => builder.AddParagraph(text), table =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            builder.AddTable(HtmlTableReader.Read(table));
        }).Walk((AngleSharp.Dom.INode?)html.Body ?? html.DocumentElement);
        return builder.Build();
    }

    private static double UnreadableShare(string text)
    {
        if (text.Length == 0) return 0;
        var bad = text.Count(c => c == '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f')));
        return (double)bad / text.Length;
    }
}
