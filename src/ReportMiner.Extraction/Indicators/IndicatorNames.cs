using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Indicators;

/// <summary>Turns an indicator cell into its name: no enumerator, and only the heading before a colon of a long description.</summary>
public static partial class IndicatorNames
{
    public static string Clean(string text)
    {
        var key = TextKey.Label(text.Split('\n')[0]);
        key = Enumerator().Replace(key, string.Empty);
        var colon = key.IndexOfAny([':', '：']);
        if (colon >= 2 && colon <= 15) key = key[..colon];
        return key.Trim('。', '；', ';', ',', '，');
    }

    /// <summary>True when two names are the same indicator written slightly differently (a dropped or doubled character).</summary>
    public static bool SameIndicator(string a, string b)
    {
        var x = TextKey.Name(a);
        var y = TextKey.Name(b);
        if (x == y) return true;
        if (Math.Min(x.Length, y.Length) < 6) return false;
        return EditDistance(x, y) <= Math.Max(1, Math.Min(x.Length, y.Length) / 8);
    }

    private static int EditDistance(string a, string b)
    {
        var prev = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var cur = new int[b.Length + 1];
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            prev = cur;
        }
        return prev[b.Length];
    }

    [GeneratedRegex(@"^([(（]?\d{1,2}[)）]|\d{1,2}[、.．)）]|[一二三四五六七八九十]{1,3}[、.．])")]
    private static partial Regex Enumerator();
}
