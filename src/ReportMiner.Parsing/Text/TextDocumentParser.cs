using ReportMiner.Documents.Building;
using ReportMiner.Documents.Model;
using ReportMiner.Parsing.Abstractions;

namespace ReportMiner.Parsing.Text;

/// <summary>Plain-text reports (UTF-8, UTF-16, GB18030/GBK, Big5): prose lines become paragraphs, tab runs tables (and runs of
/// "|"-separated rows, as web pages' text exports write tables).</summary>
public sealed class TextDocumentParser : IDocumentParser
{
    public bool CanParse(FileFormat format) => format == FileFormat.Txt;

    public Document Parse(ParseRequest request, CancellationToken cancellationToken = default)
    {
        var lines = ReadPagedLines(request, cancellationToken);
        if (lines.All(l => l.IsBlank && !l.HasTab))
            throw new DocumentParseException(ParseErrorKind.Empty, request.Path, "The text file holds no text.",
                "Check that the export worked; re-export the report.");
        var builder = new DocumentBuilder(request.Path, FileFormat.Txt);
        foreach (var page in lines.Select(l => l.Page).Distinct()) builder.AddPage(new Page(page));
        foreach (var segment in TextSegmenter.Split(lines))
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (segment)
            {
                case ProseSegment prose:
                    builder.AddParagraph(prose.Line.Text, prose.Line.Page);
                    break;
                case TableSegment table:
                    var rows = table.IsForm ? FormTableRows.Read(table) : PlainTableRows.Read(table);
                    builder.AddTable(TextTableAssembler.Assemble(rows));
                    break;
            }
        }
        return builder.Build();
    }

    private static List<TextLine> ReadPagedLines(ParseRequest request, CancellationToken cancellationToken)
    {
        var page = 1;
        var lines = new List<TextLine>();
        foreach (var raw in TextLineSource.ReadLines(request.Path, request.Limits, cancellationToken))
        {
            var parts = raw.Split('\f');
            for (var p = 0; p < parts.Length; p++)
            {
                if (p > 0) page++;
                if (p == 0 || parts[p].Length > 0) lines.Add(new TextLine(parts[p], page));
            }
        }
        return GluedFormLines.Split(PipeTableLines.Convert(WrappedLabelTails.Join(VerticalLabelLines.Join(PreviewPageJoints.Join(lines)))));
    }
}
