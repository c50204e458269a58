using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Word;

/// <summary>
/// Computes the labels of automatically numbered paragraphs (一、 （一） 1. …), which are not in the
/// document text: numbering comes from the paragraph or its style, and counters run in reading order.
/// </summary>
internal sealed class WordNumbering
{
    private readonly Dictionary<string, XElement> _abstracts = [];
    private readonly Dictionary<string, (string AbstractId, Dictionary<int, int> StartOverrides)> _instances = [];
    private readonly Dictionary<string, (string? NumId, int? Level, string? BasedOn)> _styles = [];
    private readonly Dictionary<string, int[]> _counters = [];

    public WordNumbering(XElement? numbering, XElement? styles)
    {
        foreach (var a in numbering?.Children("abstractNum") ?? [])
            if (a.Attr("abstractNumId") is { } id) _abstracts[id] = a;
        foreach (var n in numbering?.Children("num") ?? [])
        {
            if (n.Attr("numId") is not { } id || n.Child("abstractNumId")?.Attr("val") is not { } abstractId) continue;
            var overrides = n.Children("lvlOverride")
                .Where(o => o.Child("startOverride") is not null && int.TryParse(o.Attr("ilvl"), out _))
                .ToDictionary(o => int.Parse(o.Attr("ilvl")!), o => o.Child("startOverride").IntVal(1));
            _instances[id] = (abstractId, overrides);
        }
        foreach (var s in styles?.Children("style") ?? [])
        {
            if (s.Attr("styleId") is not { } id) continue;
            var numPr = s.Child("pPr")?.Child("numPr");
            int? level = numPr?.Child("ilvl") is { } l ? l.IntVal(0) : null;
            _styles[id] = (numPr?.Child("numId")?.Attr("val"), level, s.Child("basedOn")?.Attr("val"));
        }
    }

    public static WordNumbering Empty { get; } = new(null, null);

    /// <summary>The label to put before the paragraph's text ("一、"), or empty.</summary>
    public string Label(XElement paragraph)
    {
        var (numId, level) = Resolve(paragraph);
        if (numId is null or "0" || !_instances.TryGetValue(numId, out var instance)) return string.Empty;
        if (!_abstracts.TryGetValue(instance.AbstractId, out var abstractNum)) return string.Empty;
        var levels = abstractNum.Children("lvl").ToDictionary(l => l.Attr("ilvl") ?? "0");
        if (!levels.TryGetValue(level.ToString(), out var lvl)) return string.Empty;

        var key = instance.StartOverrides.Count > 0 ? "num:" + numId : "abstract:" + instance.AbstractId;
        var counters = Counters(key, levels, instance.StartOverrides);
        counters[level]++;
        for (var deeper = level + 1; deeper < counters.Length; deeper++) counters[deeper] = 0;

        var format = lvl.Child("numFmt")?.Attr("val");
        if (format == "bullet") return string.Empty;
        var text = lvl.Child("lvlText")?.Attr("val") ?? string.Empty;
        for (var l = 0; l <= level && l < counters.Length; l++)
        {
            var shown = l == level ? counters[l] : Math.Max(counters[l], 1);
            var lvlFormat = levels.TryGetValue(l.ToString(), out var other) ? other.Child("numFmt")?.Attr("val") : null;
            text = text.Replace("%" + (l + 1), NumberingFormats.Format(shown, lvlFormat));
        }
        var suffix = lvl.Child("suff")?.Attr("val") ?? "tab";
        return suffix == "nothing" || text.Length == 0 || "、，．.:：)）".Contains(text[^1]) ? text : text + " ";
    }

    private int[] Counters(string key, Dictionary<string, XElement> levels, Dictionary<int, int> overrides)
    {
        if (_counters.TryGetValue(key, out var counters)) return counters;
        counters = new int[9];
        for (var l = 0; l < counters.Length; l++)
        {
            var start = overrides.TryGetValue(l, out var o) ? o
                : levels.TryGetValue(l.ToString(), out var lvl) ? lvl.Child("start").IntVal(1) : 1;
            counters[l] = start - 1;
        }
        return _counters[key] = counters;
    }

    private (string? NumId, int Level) Resolve(XElement paragraph)
    {
        var pPr = paragraph.Child("pPr");
        var numPr = pPr?.Child("numPr");
        string? numId = numPr?.Child("numId")?.Attr("val");
        int? level = numPr?.Child("ilvl") is { } l ? l.IntVal(0) : null;
        var style = pPr?.Child("pStyle")?.Attr("val");
        for (var depth = 0; style is not null && depth < 10 && (numId is null || level is null); depth++)
        {
            if (!_styles.TryGetValue(style, out var s)) break;
            numId ??= s.NumId;
            level ??= s.Level;
            style = s.BasedOn;
        }
        return (numId, Math.Clamp(level ?? 0, 0, 8));
    }
}
