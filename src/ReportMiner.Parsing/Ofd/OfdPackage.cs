using System.IO.Compression;
using System.Xml;
using System.Xml.Linq;
using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Ofd;

/// <summary>
/// An OFD container (GB/T 33190, the Chinese fixed-layout format government systems export): a ZIP whose parts are
/// XML addressed by paths relative to the part that names them, or absolute from the package root.
/// </summary>
internal sealed class OfdPackage(ZipArchive zip) : IDisposable
{
    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
    private readonly Dictionary<string, ZipArchiveEntry> _entries = zip.Entries
        .GroupBy(e => Normalize(e.FullName), StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    public static bool IsOfd(IEnumerable<string> entryNames) =>
        entryNames.Any(n => Normalize(n).Equals("OFD.xml", StringComparison.OrdinalIgnoreCase));

    /// <summary>The part named <paramref name="location"/> as seen from the part <paramref name="from"/>.</summary>
    public static string Resolve(string from, string location)
    {
        location = location.Trim().Replace('\\', '/');
        if (location.StartsWith('/')) return Normalize(location);
        var slash = from.LastIndexOf('/');
        return Normalize(slash < 0 ? location : from[..(slash + 1)] + location);
    }

    /// <summary>The part's root element, or null when the package has no such part.</summary>
    /// <exception cref="InvalidDataException">The part is not well-formed XML or nests absurdly deep.</exception>
    public XElement? Load(string part)
    {
        if (!_entries.TryGetValue(Normalize(part), out var entry)) return null;
        using var buffer = new MemoryStream();
        using (var stream = entry.Open()) stream.CopyTo(buffer);
        try
        {
            buffer.Position = 0;
            using (var probe = XmlReader.Create(buffer, Settings))
                while (probe.Read())
                    if (probe.Depth > NestingDepth.Max)
                        throw new InvalidDataException($"The part {part} nests more than {NestingDepth.Max} levels deep, which no real document does.");
            buffer.Position = 0;
            using var reader = XmlReader.Create(buffer, Settings);
            return XDocument.Load(reader).Root;
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException($"The part {part} is not well-formed XML: {ex.Message}", ex);
        }
    }

    /// <summary>
    /// Copies a part (an image) to <paramref name="destination"/>; false when the package has no such part or it is
    /// larger than <paramref name="maxBytes"/> once inflated.
    /// </summary>
    public bool TryExtract(string part, string destination, long maxBytes)
    {
        if (!_entries.TryGetValue(Normalize(part), out var entry) || entry.Length > maxBytes) return false;
        using var source = entry.Open();
        using var target = File.Create(destination);
        var buffer = new byte[81920];
        long written = 0;
        for (int n; (n = source.Read(buffer)) > 0;)
        {
            // The declared length can lie; the bound holds on the bytes actually inflated.
            if ((written += n) > maxBytes) return false;
            target.Write(buffer, 0, n);
        }
        return true;
    }

    public void Dispose() => zip.Dispose();

    // Paths are resolved inside the package only: ".." never climbs above its root.
    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var part in path.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".") continue;
            if (part == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(part);
        }
        return string.Join('/', parts);
    }
}
