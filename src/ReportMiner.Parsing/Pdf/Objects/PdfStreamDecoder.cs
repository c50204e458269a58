using System.IO.Compression;

namespace ReportMiner.Parsing.Pdf.Objects;

/// <summary>Decodes stream data. Only FlateDecode (what content streams use in practice) is supported;
/// any other filter yields null so the caller can do without that stream.</summary>
public static class PdfStreamDecoder
{
    private const int MaxDecodedBytes = 64 * 1024 * 1024;

    public static byte[]? Decode(PdfStream stream, PdfFile file)
    {
        var filter = file.Resolve(stream.Dictionary["Filter"]);
        var filters = filter switch
        {
            null => [],
            PdfName n => [n.Value],
            List<object?> list => list.Select(file.Resolve).OfType<PdfName>().Select(n => n.Value).ToArray(),
            _ => new[] { "?" },
        };
        var data = stream.Raw.ToArray();
        foreach (var f in filters)
        {
            if (f is not ("FlateDecode" or "Fl")) return null;
            data = Inflate(data);
            if (data is null) return null;
        }
        return data;
    }

    private static byte[]? Inflate(byte[] data)
    {
        try
        {
            using var input = new MemoryStream(data);
            using var z = new ZLibStream(input, CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            // A truncated stream still yields what was decoded before the damage.
            try
            {
                while ((n = z.Read(buffer)) > 0)
                {
                    output.Write(buffer, 0, n);
                    if (output.Length > MaxDecodedBytes) return null;
                }
            }
            catch (InvalidDataException) { }
            return output.ToArray();
        }
        catch (InvalidDataException) { return null; }
    }
}
