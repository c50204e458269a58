using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace ReportMiner.Web.Hosting;

/// <summary>Bounded reading of query parameters: every value has a length limit, lists a count limit.</summary>
public static class Inputs
{
    public const int MaxQueryLength = 200;
    public const int MaxValueLength = 80;
    public const int MaxListItems = 40;

    public static string? Text(HttpRequest request, string name, int maxLength = MaxValueLength)
    {
        var value = request.Query[name].ToString().Trim();
        if (value.Length == 0) return null;
        if (value.Length > maxLength) throw new BadRequestException($"'{name}' is longer than {maxLength} characters.");
        return value;
    }

    public static int? Int(HttpRequest request, string name, int min, int max)
    {
        var text = Text(request, name, 12);
        if (text is null) return null;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            throw new BadRequestException($"'{name}' must be a whole number from {min} to {max}.");
        return value;
    }

    public static double? Number(HttpRequest request, string name)
    {
        var text = Text(request, name, 32);
        return text is not null && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>Comma-separated values (also ，and 、), or the parameter repeated.</summary>
    public static IReadOnlyList<string> List(HttpRequest request, string name)
    {
        var items = request.Query[name].SelectMany(v => (v ?? "").Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.Ordinal).ToArray();
        if (items.Length > MaxListItems) throw new BadRequestException($"'{name}' lists more than {MaxListItems} values.");
        if (items.Any(i => i.Length > MaxValueLength)) throw new BadRequestException($"A value of '{name}' is longer than {MaxValueLength} characters.");
        return items;
    }

    /// <summary>Years as 2021, 2019,2021 or 2019-2021.</summary>
    public static IReadOnlyList<int> Years(HttpRequest request, string name)
    {
        var years = new SortedSet<int>();
        foreach (var part in List(request, name))
        {
            var bounds = part.Split('-', StringSplitOptions.TrimEntries);
            if (bounds.Length is 1 or 2 && bounds.All(b => int.TryParse(b, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is > 1900 and < 2200))
            {
                var from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                var to = int.Parse(bounds[^1], CultureInfo.InvariantCulture);
                if (from <= to)
                {
                    for (var y = from; y <= to; y++) years.Add(y);
                    continue;
                }
            }
            throw new BadRequestException($"'{part}' is not a year or a range of years (e.g. 2021 or 2019-2021).");
        }
        return years.ToArray();
    }

    /// <summary>The years as people write them: 2019-2021 for a run, commas between runs.</summary>
    public static string FormatYears(IReadOnlyList<int> years)
    {
        var parts = new List<string>();
        for (var i = 0; i < years.Count;)
        {
            var j = i;
            while (j + 1 < years.Count && years[j + 1] == years[j] + 1) j++;
            parts.Add(i == j ? years[i].ToString(CultureInfo.InvariantCulture) : $"{years[i]}-{years[j]}");
            i = j + 1;
        }
        return string.Join(',', parts);
    }
}
