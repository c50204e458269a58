using System.Globalization;
using System.Text;

namespace ReportMiner.Parsing.Spreadsheet;

/// <summary>
/// Renders a stored number the way a reader saw it in the spreadsheet: percentages, fixed decimals,
/// thousands separators and dates from the format code; otherwise at most 15 significant digits, so a
/// binary artefact like 0.30000000000000004 reads 0.3.
/// </summary>
internal static class NumberText
{
    public static string Render(double value, string formatCode)
    {
        var raw = formatCode.Split(';')[0];
        var section = Visible(raw);
        if (section.Length == 0 || section.Equals("General", StringComparison.OrdinalIgnoreCase) || section == "@")
            return General(value);
        if (IsDate(section)) return Date(value, section, chinese: raw.Contains('年'));
        var percent = section.Contains('%');
        var scaled = percent ? value * 100 : value;
        var dot = section.IndexOf('.');
        var decimals = dot < 0 ? 0 : section[(dot + 1)..].TakeWhile(c => c is '0' or '#' or '?').Count();
        if (!section.Any(c => c is '0' or '#')) return General(value);
        var grouped = section.Contains(",#") || section.Contains(",0");
        var text = Math.Round(scaled, decimals, MidpointRounding.AwayFromZero)
            .ToString((grouped ? "N" : "F") + decimals, CultureInfo.InvariantCulture);
        return percent ? text + "%" : text;
    }

    public static string General(double value)
    {
        var text = value.ToString("G15", CultureInfo.InvariantCulture);
        return text.Contains('E') ? value.ToString("0.##############", CultureInfo.InvariantCulture) : text;
    }

    private static bool IsDate(string section)
    {
        var lower = section.ToLowerInvariant();
        return lower.Contains('y') || lower.Contains('d') || lower.Contains("h:") || lower.Contains('年')
            || (lower.Contains('m') && !lower.Contains('0') && !lower.Contains('#'));
    }

    private static string Date(double value, string section, bool chinese)
    {
        if (value < -657435 || value > 2958465) return General(value);
        var date = DateTime.FromOADate(value);
        var hasTime = section.Contains('h', StringComparison.OrdinalIgnoreCase);
        var day = chinese ? date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (!hasTime) return day;
        var time = date.ToString("HH:mm", CultureInfo.InvariantCulture);
        return value < 1 ? time : day + " " + time;
    }

    // The format code without quoted literals, escapes, colours and conditions, which hold no digits.
    private static string Visible(string code)
    {
        var sb = new StringBuilder();
        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"') { quoted = !quoted; continue; }
            if (quoted) continue;
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[') { bracket = true; continue; }
            if (c == ']') { bracket = false; continue; }
            if (!bracket) sb.Append(c);
        }
        return sb.ToString().Trim();
    }
}
