namespace ReportMiner.Extraction.Places;

/// <summary>Parses Places/Data/gazetteer.tsv: code, level, name, parent code, aliases, pinyin, rank.</summary>
internal static class GazetteerData
{
    public sealed record Row(Place Place, IReadOnlyList<string> Aliases, string Pinyin);

    public static IReadOnlyList<Row> Load(IEnumerable<string> lines)
    {
        var byCode = new Dictionary<string, Place>(StringComparer.Ordinal);
        var rows = new List<Row>();
        foreach (var line in lines)
        {
            var f = line.Split('\t');
            if (f.Length < 7) throw new InvalidDataException("Gazetteer line needs 7 columns: " + line);
            var level = f[1] switch
            {
                "province" => PlaceLevel.Province,
                "city" => PlaceLevel.City,
                "district" => PlaceLevel.District,
                _ => throw new InvalidDataException("Unknown gazetteer level: " + line),
            };
            // Parents precede children in the file.
            Place? parent = f[3].Length == 0 ? null : byCode[f[3]];
            var place = new Place(f[0], level, f[2], parent, int.Parse(f[6], System.Globalization.CultureInfo.InvariantCulture));
            byCode[place.Code] = place;
            var aliases = f[4].Length == 0 ? [] : f[4].Split('|');
            rows.Add(new Row(place, aliases, f[5]));
        }
        return rows;
    }
}
