using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Ofd;

/// <summary>One character as drawn on an OFD page, in millimetres: its advance along the baseline and its font size.</summary>
internal readonly record struct OfdGlyph(string Text, double X0, double X1, double Baseline, double Size);

/// <summary>
/// The characters of a TextObject. Each TextCode gives the first character's origin (X, Y) and the steps to the next
/// ones (DeltaX/DeltaY, where "g n v" repeats v n times); a character without a step keeps its font's advance, which
/// OFD leaves to the font: a full em for CJK and full-width forms, half an em for the rest.
/// </summary>
internal static class OfdGlyphs
{
    // A step much wider than the character itself is a gap between words, not the character's own advance.
    private const double MaxAdvanceShare = 1.6;

    public static void Read(XElement textObject, OfdMatrix placement, List<OfdGlyph> output, int max)
    {
        var size = OfdNumbers.Parse(textObject.Attr("Size")) is [var s] && s > 0 ? s : 3.5;
        var codes = textObject.Children("TextCode").ToList();
        if (codes is [var only] && OneCharacterWide(only, textObject, placement, size, output, max)) return;
        double x = 0, y = 0;
        foreach (var code in codes)
        {
            if (output.Count >= max) return;
            x = Number(code.Attr("X")) ?? x;
            y = Number(code.Attr("Y")) ?? y;
            var runes = code.Value.EnumerateRunes().ToList();
            var dx = Steps(code.Attr("DeltaX"), runes.Count - 1);
            var dy = Steps(code.Attr("DeltaY"), runes.Count - 1);
            var scale = StepScale(runes, dx, size);
            for (var i = 0; i < runes.Count && output.Count < max; i++)
            {
                var own = Advance(runes[i]) * size * scale;
                var step = i < dx.Count ? dx[i] : own;
                var width = step > 0 && step <= MaxAdvanceShare * own ? step : own;
                var (x0, y0) = placement.Apply(x, y);
                var (x1, _) = placement.Apply(x + width, y);
                if (placement.IsUpright)
                    output.Add(new OfdGlyph(runes[i].ToString(), x0, x1, y0, size * placement.VerticalScale));
                x += step;
                if (i < dy.Count) y += dy[i];
            }
        }
    }

    /// <summary>
    /// An object holding one character (converters from PDF write one per character, without steps): its Boundary is
    /// the only width the file gives, and it tells a digit's narrow advance from the gap before the next word.
    /// </summary>
    private static bool OneCharacterWide(XElement code, XElement textObject, OfdMatrix placement, double size, List<OfdGlyph> output, int max)
    {
        var runes = code.Value.EnumerateRunes().ToList();
        var box = OfdNumbers.Parse(textObject.Attr("Boundary"));
        if (runes.Count != 1 || box.Count != 4 || box[2] <= 0 || !placement.IsUpright || output.Count >= max) return false;
        var (x0, y0) = placement.Apply(Number(code.Attr("X")) ?? 0, Number(code.Attr("Y")) ?? 0);
        var own = Advance(runes[0]) * size * placement.A;
        var x1 = box[0] + box[2];
        if (x1 <= x0 || x1 - x0 > MaxAdvanceShare * own) return false;
        output.Add(new OfdGlyph(runes[0].ToString(), x0, x1, y0, size * placement.VerticalScale));
        return true;
    }

    /// <summary>
    /// How the run's steps compare with the nominal advances (a condensed or proportional font): characters without
    /// a step — the last one always — are given the same proportion.
    /// </summary>
    private static double StepScale(List<Rune> runes, List<double> steps, double size)
    {
        double nominal = 0, actual = 0;
        for (var i = 0; i < steps.Count; i++)
        {
            var own = Advance(runes[i]) * size;
            if (steps[i] <= 0 || steps[i] > MaxAdvanceShare * own) continue;
            nominal += own;
            actual += steps[i];
        }
        return nominal > 0 ? Math.Clamp(actual / nominal, 0.3, MaxAdvanceShare) : 1;
    }

    private static double Advance(Rune rune) => rune.Value >= 0x2E80 && rune.Value is not (>= 0xFF61 and <= 0xFFDC) ? 1.0 : 0.5;

    private static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    /// <summary>The first <paramref name="count"/> steps of a DeltaX/DeltaY list, with "g n v" expanded.</summary>
    private static List<double> Steps(string? text, int count)
    {
        var steps = new List<double>();
        if (string.IsNullOrWhiteSpace(text) || count <= 0) return steps;
        var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < tokens.Length && steps.Count < count; i++)
        {
            if (tokens[i] == "g")
            {
                if (i + 2 >= tokens.Length || !int.TryParse(tokens[i + 1], out var n) || Number(tokens[i + 2]) is not { } v) break;
                for (var k = 0; k < n && steps.Count < count; k++) steps.Add(v);
                i += 2;
            }
            else if (Number(tokens[i]) is { } v) steps.Add(v);
            else break;
        }
        return steps;
    }
}
