using ReportMiner.Parsing.Containers;

namespace ReportMiner.Parsing.Ofd;

/// <summary>
/// The images a document's resource parts declare (PublicRes / DocumentRes → MultiMedias → MultiMedia ID → MediaFile),
/// so an ImageObject's ResourceID finds its file in the package.
/// </summary>
internal static class OfdMedia
{
    public static Dictionary<string, string> Read(OfdPackage package, string documentPath, System.Xml.Linq.XElement? common)
    {
        var media = new Dictionary<string, string>(StringComparer.Ordinal);
        if (common is null) return media;
        foreach (var reference in common.Children("PublicRes").Concat(common.Children("DocumentRes")))
        {
            if (reference.Value is not { Length: > 0 } location) continue;
            var resPath = OfdPackage.Resolve(documentPath, location);
            if (package.Load(resPath) is not { } res) continue;
            // MediaFile names are relative to the resource part's BaseLoc folder, itself relative to the part.
            var baseDir = res.Attr("BaseLoc") is { Length: > 0 } b ? OfdPackage.Resolve(resPath, b.TrimEnd('/') + "/x") : resPath;
            foreach (var item in res.Descendants().Where(e => e.Name.LocalName == "MultiMedia"))
                if (item.Attr("ID") is { } id && item.Child("MediaFile")?.Value is { Length: > 0 } file)
                    media.TryAdd(id, file.TrimStart().StartsWith('/') ? OfdPackage.Resolve("", file) : OfdPackage.Resolve(baseDir, file));
        }
        return media;
    }
}
