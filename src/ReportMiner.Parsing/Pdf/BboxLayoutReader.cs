using System.Globalization;
using System.Xml;
using ReportMiner.Parsing.Layout;

namespace ReportMiner.Parsing.Pdf;

/// <summary>Reads the XHTML of <c>pdftotext -bbox-layout</c>: page sizes and word boxes (rules come from elsewhere).</summary>
public static class BboxLayoutReader
{
    public static IReadOnlyList<PageWords> Read(string xhtml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            CheckCharacters = false,
            XmlResolver = null,
            IgnoreWhitespace = true,
        };
        var pages = new List<PageWords>();
        List<PositionedWord>? words = null;
        double width = 0, height = 0;
        using var reader = XmlReader.Create(new StringReader(WithoutControlCharacters(xhtml)), settings);
        var advanced = false;
        while (advanced || reader.Read())
        {
            advanced = false;
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "page" && words is not null)
            {
                pages.Add(new PageWords(pages.Count + 1, width, height, words, []));
                words = null;
            }
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "page")
            {
                width = Number(reader, "width");
                height = Number(reader, "height");
                words = [];
                if (reader.IsEmptyElement)
                {
                    pages.Add(new PageWords(pages.Count + 1, width, height, words, []));
                    words = null;
                }
            }
            else if (reader.LocalName == "word" && words is not null)
            {
                double x0 = Number(reader, "xMin"), y0 = Number(reader, "yMin"), x1 = Number(reader, "xMax"), y1 = Number(reader, "yMax");
                var text = reader.ReadElementContentAsString().Trim();
                advanced = true; // the reader already stands on the node after </word>
                if (text.Length > 0) words.Add(new PositionedWord(text, x0, y0, x1, y1));
            }
        }
        return pages;
    }

    // pdftotext copies control characters from damaged or oddly encoded text into the XHTML unescaped.
    private static string WithoutControlCharacters(string xhtml)
    {
        var span = xhtml.AsSpan();
        if (!span.ContainsAnyInRange('\u0000', '\u0008') && !span.ContainsAnyInRange('\u000B', '\u000C')
            && !span.ContainsAnyInRange('\u000E', '\u001F'))
            return xhtml;
        return string.Create(xhtml.Length, xhtml, (target, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                target[i] = source[i] < ' ' && source[i] is not ('\t' or '\n' or '\r') ? ' ' : source[i];
        });
    }

    private static double Number(XmlReader reader, string name) =>
        double.TryParse(reader.GetAttribute(name), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;
}
