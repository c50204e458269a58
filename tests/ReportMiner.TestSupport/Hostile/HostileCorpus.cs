using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace ReportMiner.TestSupport.Hostile;

/// <summary>One generated file and what it is meant to exercise.</summary>
public sealed record HostileFile(string Path, string Case);

/// <summary>
/// Writes a corpus of damaged, disguised and pathological files of the kinds a decade of government websites
/// holds (tools/hostile-corpus.sh; the isolation tests import it). Everything is generated: no binaries are
/// committed, and the same seed gives the same bytes.
/// </summary>
public static class HostileCorpus
{
    public static IReadOnlyList<HostileFile> Write(string folder, int seed = 7)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var files = new List<HostileFile>();
        void Add(string name, string @case, Action<string> write)
        {
            var path = System.IO.Path.Combine(folder, name);
            write(path);
            files.Add(new HostileFile(path, @case));
        }
        byte[] Bytes(int n) { var b = new byte[n]; random.NextBytes(b); return b; }

        foreach (var ext in new[] { "pdf", "docx", "doc", "xlsx", "xls", "wps", "rtf", "html", "txt", "png", "jpg", "tif", "ofd" })
        {
            Add($"empty.{ext}", "zero bytes", p => File.WriteAllBytes(p, []));
            Add($"random.{ext}", "random bytes under a document's name", p => File.WriteAllBytes(p, Bytes(20_000)));
        }
        Add("truncated.pdf", "a PDF cut off after its header", p => File.WriteAllText(p, "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"));
        Add("truncated.docx", "a DOCX cut in the middle of its ZIP", p => File.WriteAllBytes(p, Docx("<w:p><w:r><w:t>项目名称：热线</w:t></w:r></w:p>")[..300]));
        Add("truncated.xlsx", "an XLSX cut in the middle of its ZIP", p => File.WriteAllBytes(p, Xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row>", "")[..200]));
        Add("deep-page-tree.pdf", "a page tree nested 200,000 levels", p => DeepPageTree(p, 200_000));
        Add("inflating-stream.pdf", "a content stream that inflates to 300 MB", p => InflatingPdf(p, 300L << 20));
        Add("zip-bomb.docx", "a DOCX whose document part inflates to 1 GB", p => ZipBomb(p, "word/document.xml", 1L << 30));
        Add("zip-bomb.xlsx", "an XLSX whose sheet inflates to 1 GB", p => ZipBomb(p, "xl/worksheets/sheet1.xml", 1L << 30));
        Add("whole-sheet-merge.xlsx", "a merge covering the whole sheet", p => File.WriteAllBytes(p, Xlsx(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c></row>", "<mergeCells count=\"1\"><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>")));
        Add("last-cell.xlsx", "one cell at XFD1048576 beside A1", p => File.WriteAllBytes(p, Xlsx(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>a</t></is></c></row><row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>b</t></is></c></row>", "")));
        Add("many-cells.xlsx", "300,000 cells", p => File.WriteAllBytes(p, Xlsx(ManyRows(3_000, 100), "")));
        Add("gridspan.docx", "a table cell spanning 10^9 columns", p => File.WriteAllBytes(p, Docx(
            "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"1000000000\"/></w:tcPr><w:p><w:r><w:t>一级指标</w:t></w:r></w:p></w:tc></w:tr></w:tbl>")));
        Add("long-paragraph.docx", "one 20 MB paragraph", p => File.WriteAllBytes(p, Docx("<w:p><w:r><w:t>" + new string('热', 10_000_000) + "</w:t></w:r></w:p>")));
        Add("deep-nesting.docx", "tables nested 5,000 deep", p => File.WriteAllBytes(p, Docx(
            string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", 5_000)) + "<w:p/>" + string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", 5_000)))));
        Add("deep-nesting.html", "elements nested 100,000 deep", p => File.WriteAllText(p,
            "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "项目名称：热线" + "</body></html>"));
        Add("script.html", "a report page with script and event handlers", p => File.WriteAllText(p,
            "<html><body><script>alert(1)</script><table><tr><td onmouseover=\"alert(2)\">项目名称</td><td><img src=x onerror=alert(3)>12345热线</td></tr></table></body></html>"));
        Add("huge.png", "a 30000 × 30000 PNG (header only)", p => File.WriteAllBytes(p, PngHeader(30_000, 30_000)));
        Add("too-big.txt", "a 120 MB text file (sparse)", p => { using var f = File.Create(p); f.SetLength(120L << 20); });
        Add("nul-text.txt", "text full of NUL and control characters", p => File.WriteAllBytes(p, Enumerable.Range(0, 50_000).Select(i => (byte)(i % 32)).ToArray()));
        Add("escape-codes.txt", "terminal escape sequences in report text", p => File.WriteAllText(p, "项目名称：\u001b]0;owned\u0007热线\u001b[2J\n指标：接通率，目标值≥90%，实际完成值=HYPERLINK(\"x\")\n"));
        Add("digit-run.txt", "one line of 200,000 digits", p => File.WriteAllText(p, "某县项目绩效自评报告\n" + new string('1', 200_000) + "\n"));
        Add("amount-run.txt", "one sentence of 20,000 amounts", p => File.WriteAllText(p, "某县项目绩效自评报告\n" + string.Concat(Enumerable.Repeat("预算资金100万元，", 20_000)) + "\n"));
        Add("bar-led-list.txt", "40,000 lines each led by a bar, a row that never closes", p => File.WriteAllText(p, "某县项目绩效自评报告\n" + string.Concat(Enumerable.Range(0, 40_000).Select(i => $"| 第{i}项\n"))));
        Add("glued-headers.txt", "one line of 160,000 characters of glued header phrases", p => File.WriteAllText(p, "某县项目绩效自评报告\n" + string.Concat(Enumerable.Repeat("一级指标二级指标三级指标得分原因", 10_000)) + "\n"));
        Add("utf16-nobom.txt", "UTF-16 without a BOM", p => File.WriteAllBytes(p, Encoding.Unicode.GetBytes("项目名称：12345热线\n预算执行率：94.48%\n")));
        Add("mislabelled.pdf", "a DOCX named .pdf", p => File.WriteAllBytes(p, Docx("<w:p><w:r><w:t>项目名称：热线服务</w:t></w:r></w:p>")));
        Add("mislabelled.docx", "a PDF named .docx", p => DeepPageTree(p, 1));
        Add("damaged.doc", "an OLE header followed by garbage", p => File.WriteAllBytes(p, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Bytes(40_000)]));
        Add("damaged.xls", "an OLE header followed by garbage", p => File.WriteAllBytes(p, [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. Bytes(40_000)]));
        Add("$(touch pwned); `id`.txt", "shell metacharacters in the name", p => File.WriteAllText(p, "项目名称：热线\n"));
        Add("--db=evil.db.txt", "a name that looks like an option", p => File.WriteAllText(p, "项目名称：热线\n"));
        Add("invalid-xml.docx", "a DOCX whose XML is not well-formed", p => File.WriteAllBytes(p, Docx("<w:p><w:r><w:t>未闭合")));
        Add("entity-expansion.html", "an HTML page with a billion-laughs style doctype", p => File.WriteAllText(p,
            "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><html><body>&b;&b;&b;</body></html>"));
        Add("zip-bomb.ofd", "an OFD whose page inflates to 1 GB", p =>
        {
            ZipBomb(p, "Doc_0/Pages/Page_0/Content.xml", 1L << 30);
            using var zip = ZipFile.Open(p, ZipArchiveMode.Update);
            using var w = new StreamWriter(zip.CreateEntry("OFD.xml").Open());
            w.Write(OfdRoot);
        });
        Add("deep-nesting.ofd", "page blocks nested 5,000 deep", p => File.WriteAllBytes(p, Ofd(
            string.Concat(Enumerable.Repeat("<ofd:PageBlock>", 5_000)) + string.Concat(Enumerable.Repeat("</ofd:PageBlock>", 5_000)))));
        Add("many-glyphs.ofd", "one text object of 3 million characters with a repeat count of 2^31", p => File.WriteAllBytes(p, Ofd(
            "<ofd:TextObject ID=\"9\" Boundary=\"0 0 210 297\" Size=\"3\"><ofd:TextCode X=\"0\" Y=\"3\" DeltaX=\"g 2147483647 0.1\">"
            + new string('热', 3_000_000) + "</ofd:TextCode></ofd:TextObject>")));
        Add("escaping-baseloc.ofd", "page locations that climb out of the package", p => File.WriteAllBytes(p, Ofd(
            "<ofd:TextObject ID=\"9\" Boundary=\"0 0 210 297\" Size=\"3\"><ofd:TextCode X=\"0\" Y=\"3\">项目名称：热线</ofd:TextCode></ofd:TextObject>",
            "../../../../../../etc/passwd")));
        var valid = new (string Ext, byte[] Bytes)[]
        {
            ("docx", Docx("<w:p><w:r><w:t>项目名称：12345热线服务项目</w:t></w:r></w:p><w:p><w:r><w:t>预算执行率：94.48%</w:t></w:r></w:p>")),
            ("xlsx", Xlsx("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>项目名称</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>热线</t></is></c></row>", "")),
        };
        foreach (var (ext, bytes) in valid)
        {
            foreach (var cut in new[] { 0.1, 0.5, 0.9 })
                Add($"cut-{(int)(cut * 100)}.{ext}", $"a valid {ext} cut at {cut:P0}", p => File.WriteAllBytes(p, bytes[..(int)(bytes.Length * cut)]));
            for (var i = 0; i < 8; i++)
            {
                var flipped = (byte[])bytes.Clone();
                for (var k = 0; k < 16; k++) flipped[random.Next(flipped.Length)] ^= (byte)(1 << random.Next(8));
                Add($"flipped-{i}.{ext}", $"a valid {ext} with 16 flipped bits", p => File.WriteAllBytes(p, flipped));
            }
        }
        return files;
    }

    private static string ManyRows(int rows, int columns)
    {
        var sb = new StringBuilder();
        for (var r = 1; r <= rows; r++)
        {
            sb.Append($"<row r=\"{r}\">");
            for (var c = 0; c < columns; c++) sb.Append($"<c r=\"{Column(c)}{r}\"><v>{r * c}</v></c>");
            sb.Append("</row>");
        }
        return sb.ToString();
    }

    private static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    public static byte[] Docx(string bodyXml) => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""),
        ("word/document.xml", $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{bodyXml}</w:body></w:document>"""));

    public static byte[] Xlsx(string rowsXml, string afterSheetData) => Zip(
        ("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>"""),
        ("_rels/.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
        ("xl/workbook.xml", """<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
        ("xl/_rels/workbook.xml.rels", """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""),
        ("xl/worksheets/sheet1.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rowsXml}</sheetData>{afterSheetData}</worksheet>"""));

    private const string OfdRoot = "<ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>";

    /// <summary>An OFD package of one page holding <paramref name="objects"/>, and a second page at <paramref name="secondPage"/>.</summary>
    private static byte[] Ofd(string objects, string? secondPage = null) => Zip(
        ("OFD.xml", OfdRoot),
        ("Doc_0/Document.xml", "<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
            + (secondPage is null ? "" : $"<ofd:Page ID=\"2\" BaseLoc=\"{secondPage}\"/>") + "</ofd:Pages></ofd:Document>"),
        ("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Content><ofd:Layer ID=\"2\">" + objects + "</ofd:Layer></ofd:Content></ofd:Page>"));

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in entries)
            {
                using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        return buffer.ToArray();
    }

    private static void ZipBomb(string path, string entry, long zeroBytes)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var stream = zip.CreateEntry(entry, CompressionLevel.SmallestSize).Open();
        var chunk = new byte[1 << 20];
        for (long written = 0; written < zeroBytes; written += chunk.Length) stream.Write(chunk, 0, (int)Math.Min(chunk.Length, zeroBytes - written));
    }

    /// <summary>A page tree nested <paramref name="depth"/> levels deep, with a correct cross-reference table.</summary>
    public static void DeepPageTree(string path, int depth)
    {
        var objects = new List<byte[]> { Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>") };
        for (var level = 0; level < depth; level++)
            objects.Add(Encoding.ASCII.GetBytes($"<< /Type /Pages /Kids [{level + 3} 0 R] /Count 1{(level == 0 ? "" : $" /Parent {level + 1} 0 R")} >>"));
        objects.Add(Encoding.ASCII.GetBytes($"<< /Type /Page /Parent {depth + 1} 0 R /MediaBox [0 0 595 842] >>"));
        WritePdf(path, objects);
    }

    /// <summary>One page whose content stream is a Flate stream of spaces that inflates to <paramref name="bytes"/>.</summary>
    public static void InflatingPdf(string path, long bytes)
    {
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var chunk = Enumerable.Repeat((byte)' ', 1 << 20).ToArray();
            for (long written = 0; written < bytes; written += chunk.Length) z.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        }
        var data = compressed.ToArray();
        var stream = Encoding.ASCII.GetBytes($"<< /Length {data.Length} /Filter /FlateDecode >>\nstream\n").Concat(data).Concat(Encoding.ASCII.GetBytes("\nendstream")).ToArray();
        WritePdf(path,
        [
            Encoding.ASCII.GetBytes("<< /Type /Catalog /Pages 2 0 R >>"),
            Encoding.ASCII.GetBytes("<< /Type /Pages /Kids [3 0 R] /Count 1 >>"),
            Encoding.ASCII.GetBytes("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"),
            stream,
        ]);
    }

    private static void WritePdf(string path, IReadOnlyList<byte[]> objects)
    {
        using var file = File.Create(path);
        void Put(string s) => file.Write(Encoding.ASCII.GetBytes(s));
        Put("%PDF-1.4\n");
        var offsets = new List<long>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(file.Position);
            Put($"{i + 1} 0 obj\n");
            file.Write(objects[i]);
            Put("\nendobj\n");
        }
        var xref = file.Position;
        var table = new StringBuilder($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) table.Append($"{offset:D10} 00000 n \n");
        Put(table.ToString());
        Put($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
    }

    private static byte[] PngHeader(uint width, uint height)
    {
        var ihdr = new byte[13];
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(ihdr, width);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), height);
        ihdr[8] = 8;
        return [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8, .. ihdr, 0, 0, 0, 0, 0, 0, 0, 0, .. "IEND"u8, 0xAE, 0x42, 0x60, 0x82];
    }
}
