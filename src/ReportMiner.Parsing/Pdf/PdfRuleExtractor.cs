using ReportMiner.Parsing.Layout;
using ReportMiner.Parsing.Pdf.Objects;

namespace ReportMiner.Parsing.Pdf;

/// <summary>
/// Reads a page's content streams (and the form XObjects they draw) for the ruling lines of tables, in the
/// same top-down coordinates pdftotext uses for words. Text, images and colours other than white are ignored.
/// </summary>
public sealed class PdfRuleExtractor(PdfFile file)
{
    private const int MaxFormDepth = 8;
    private const long MaxOperators = 5_000_000;
    private long _operators;

    public IReadOnlyList<RuleLine> Extract(PdfPageObject page)
    {
        var device = new List<(double X1, double Y1, double X2, double Y2)>();
        foreach (var content in ContentStreams(page.Dictionary))
        {
            var data = PdfStreamDecoder.Decode(content, file);
            if (data is not null) Run(data, page.Resources, Matrix.Identity, device, 0);
        }
        var box = page.CropBox;
        return device.Select(d => ToPage(d, box, page.Rotate)).ToList();
    }

    // pdftotext's coordinates: origin at the crop box's top-left corner of the displayed (rotated) page, y downward.
    private static RuleLine ToPage((double X1, double Y1, double X2, double Y2) d, double[] box, int rotate)
    {
        (double, double) Map(double x, double y)
        {
            double u = x - box[0], v = box[3] - y, w = box[2] - box[0], h = box[3] - box[1];
            return rotate switch
            {
                90 => (h - v, u),
                180 => (w - u, h - v),
                270 => (v, w - u),
                _ => (u, v),
            };
        }
        var (x1, y1) = Map(d.X1, d.Y1);
        var (x2, y2) = Map(d.X2, d.Y2);
        return new RuleLine(x1, y1, x2, y2);
    }

    private IEnumerable<PdfStream> ContentStreams(PdfDictionary page) =>
        file.Resolve(page["Contents"]) switch
        {
            PdfStream s => [s],
            List<object?> list => list.Select(file.Resolve).OfType<PdfStream>(),
            _ => [],
        };

    private void Run(byte[] data, PdfDictionary? resources, Matrix start, List<(double, double, double, double)> output, int depth)
    {
        var lexer = new PdfLexer(data);
        var operands = new List<object?>();
        var stack = new Stack<(Matrix Ctm, bool WhiteStroke, bool WhiteFill)>();
        var (ctm, whiteStroke, whiteFill) = (start, false, false);
        var path = new PathRules();
        while (!lexer.AtEnd)
        {
            var token = lexer.Read(resolveRefs: false);
            if (token is not PdfOperator op) { operands.Add(token); continue; }
            if (++_operators > MaxOperators) return;
            if (op.Name == "BT")
            {
                lexer.SkipTextObject();
                operands.Clear();
                continue;
            }
            var n = Numbers(operands);
            switch (op.Name)
            {
                case "q": stack.Push((ctm, whiteStroke, whiteFill)); break;
                case "Q": if (stack.Count > 0) (ctm, whiteStroke, whiteFill) = stack.Pop(); break;
                case "cm" when n.Length == 6: ctm = new Matrix(n[0], n[1], n[2], n[3], n[4], n[5]).Then(ctm); break;
                case "m" when n.Length >= 2: path.MoveTo(ctm.Apply(n[^2], n[^1])); break;
                case "l" when n.Length >= 2: path.LineTo(ctm.Apply(n[^2], n[^1])); break;
                case "c" or "v" or "y" when n.Length >= 2: path.MoveTo(ctm.Apply(n[^2], n[^1])); break;
                case "h": path.Close(); break;
                case "re" when n.Length == 4:
                    path.Rectangle(ctm.Apply(n[0], n[1]), ctm.Apply(n[0] + n[2], n[1]),
                        ctm.Apply(n[0] + n[2], n[1] + n[3]), ctm.Apply(n[0], n[1] + n[3]));
                    break;
                case "S" or "s":
                    if (op.Name == "s") path.Close();
                    if (!whiteStroke) path.Stroke(output);
                    path.Clear();
                    break;
                case "f" or "F" or "f*":
                    if (!whiteFill) path.Fill(output);
                    path.Clear();
                    break;
                case "B" or "B*" or "b" or "b*":
                    if (!whiteFill) path.Fill(output);
                    if (!whiteStroke) path.Stroke(output);
                    path.Clear();
                    break;
                case "n": path.Clear(); break;
                case "G" or "RG" or "K": whiteStroke = IsWhite(op.Name, n); break;
                case "g" or "rg" or "k": whiteFill = IsWhite(op.Name, n); break;
                case "ID": SkipInlineImage(lexer, data); break;
                case "Do" when operands.Count == 1 && operands[0] is PdfName name:
                    DrawForm(name.Value, resources, ctm, output, depth);
                    break;
            }
            operands.Clear();
        }
    }

    private static double[] Numbers(List<object?> operands)
    {
        var count = 0;
        foreach (var o in operands) if (o is double) count++;
        if (count == 0) return [];
        var result = new double[count];
        var i = 0;
        foreach (var o in operands) if (o is double d) result[i++] = d;
        return result;
    }

    private static bool IsWhite(string op, double[] n) => op switch
    {
        "G" or "g" => n.Length == 1 && n[0] >= 0.99,
        "RG" or "rg" => n.Length == 3 && n.All(v => v >= 0.99),
        _ => n.Length == 4 && n.All(v => v <= 0.01),
    };

    private void DrawForm(string name, PdfDictionary? resources, Matrix ctm, List<(double, double, double, double)> output, int depth)
    {
        if (depth >= MaxFormDepth || resources is null) return;
        var xobjects = file.Get<PdfDictionary>(resources, "XObject");
        if (xobjects is null || file.Resolve(xobjects[name]) is not PdfStream form) return;
        if (file.Get<PdfName>(form.Dictionary, "Subtype")?.Value != "Form") return;
        var m = file.Get<List<object?>>(form.Dictionary, "Matrix")?.Select(file.Number).ToArray();
        var matrix = m is { Length: 6 } && m.All(v => v is not null)
            ? new Matrix(m[0]!.Value, m[1]!.Value, m[2]!.Value, m[3]!.Value, m[4]!.Value, m[5]!.Value)
            : Matrix.Identity;
        var data = PdfStreamDecoder.Decode(form, file);
        if (data is null) return;
        Run(data, file.Get<PdfDictionary>(form.Dictionary, "Resources") ?? resources, matrix.Then(ctm), output, depth + 1);
    }

    // Inline image data is binary: jump to the "EI" that ends it.
    private static void SkipInlineImage(PdfLexer lexer, byte[] data)
    {
        var span = data.AsSpan();
        var p = lexer.Position + 1;
        while (p < span.Length - 2)
        {
            var hit = span[p..].IndexOf("EI"u8);
            if (hit < 0) { lexer.Position = span.Length; return; }
            var at = p + hit;
            if (PdfLexer.IsSpace(span[at - 1]) && (at + 2 >= span.Length || PdfLexer.IsSpace(span[at + 2])))
            {
                lexer.Position = at + 2;
                return;
            }
            p = at + 2;
        }
        lexer.Position = span.Length;
    }
}
