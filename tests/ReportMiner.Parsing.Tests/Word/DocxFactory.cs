using System.IO.Compression;
using System.Text;

namespace ReportMiner.Parsing.Tests.Word;

/// <summary>Writes a minimal DOCX package around hand-written body XML, to test markup real files carry.</summary>
public static class DocxFactory
{
    /// <summary>Relationship id under which <see cref="Write"/> stores an embedded workbook.</summary>
    public const string EmbeddedWorkbookId = "rIdSheet";

    private const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:o=\"urn:schemas-microsoft-com:office:office\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"w14\"";

    private const string RelationshipType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static string Write(string path, string bodyXml, string? numberingXml = null, string? stylesXml = null,
        byte[]? embeddedWorkbook = null)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "[Content_Types].xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Default Extension=\"xlsx\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\"/>" +
            "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>" +
            "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>" +
            "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/></Types>");
        Add(zip, "_rels/.rels",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            $"<Relationship Id=\"rId1\" Type=\"{RelationshipType}officeDocument\" Target=\"word/document.xml\"/></Relationships>");

        var relationships = new StringBuilder();
        if (numberingXml is not null || stylesXml is not null)
        {
            relationships.Append($"<Relationship Id=\"rId1\" Type=\"{RelationshipType}numbering\" Target=\"numbering.xml\"/>");
            relationships.Append($"<Relationship Id=\"rId2\" Type=\"{RelationshipType}styles\" Target=\"styles.xml\"/>");
            Add(zip, "word/numbering.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:numbering {Namespaces}>{numberingXml}</w:numbering>");
            Add(zip, "word/styles.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:styles {Namespaces}>{stylesXml}</w:styles>");
        }
        if (embeddedWorkbook is not null)
        {
            relationships.Append($"<Relationship Id=\"{EmbeddedWorkbookId}\" Type=\"{RelationshipType}package\" Target=\"embeddings/Sheet1.xlsx\"/>");
            using var stream = zip.CreateEntry("word/embeddings/Sheet1.xlsx").Open();
            stream.Write(embeddedWorkbook);
        }
        if (relationships.Length > 0)
            Add(zip, "word/_rels/document.xml.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
                relationships + "</Relationships>");
        Add(zip, "word/document.xml", $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document {Namespaces}><w:body>{bodyXml}</w:body></w:document>");
        return path;
    }

    public static string P(string text) => $"<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    public static string Tc(string inner, string properties = "") => $"<w:tc><w:tcPr>{properties}</w:tcPr>{inner}</w:tc>";

    /// <summary>A paragraph holding an embedded Excel object, as Word writes it (a picture plus an OLE reference).</summary>
    public static string EmbeddedWorkbookParagraph =>
        "<w:p><w:r><w:object><v:shape id=\"_x0000_i1025\" type=\"#_x0000_t75\"/>" +
        $"<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" ShapeID=\"_x0000_i1025\" DrawAspect=\"Content\" ObjectID=\"_1\" r:id=\"{EmbeddedWorkbookId}\"/>" +
        "</w:object></w:r></w:p>";

    private static void Add(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(content));
    }
}
