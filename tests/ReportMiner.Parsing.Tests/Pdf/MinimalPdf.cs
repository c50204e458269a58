using System.IO.Compression;
using System.Text;

namespace ReportMiner.Parsing.Tests.Pdf;

/// <summary>Writes small PDFs for tests: numbered objects, optional Flate streams, optional object stream.</summary>
public sealed class MinimalPdf
{
    private readonly List<byte[]> _objects = [];

    /// <summary>Adds an object body (without "obj"/"endobj") and returns its number.</summary>
    public int Add(string body)
    {
        _objects.Add(Encoding.Latin1.GetBytes(body));
        return _objects.Count;
    }

    public int AddStream(string dictionaryEntries, string content, bool flate = true)
    {
        var data = Encoding.Latin1.GetBytes(content);
        if (flate) data = Deflate(data);
        var head = Encoding.Latin1.GetBytes($"<< {dictionaryEntries} /Length {data.Length}{(flate ? " /Filter /FlateDecode" : "")} >>\nstream\n");
        _objects.Add([.. head, .. data, .. "\nendstream"u8]);
        return _objects.Count;
    }

    /// <summary>Reserves a number for an object that will live inside an object stream.</summary>
    public int Reserve()
    {
        _objects.Add([]);
        return _objects.Count;
    }

    /// <summary>Puts the given reserved objects into one compressed object stream.</summary>
    public void AddObjectStream(params (int Number, string Body)[] packed)
    {
        var header = new StringBuilder();
        var bodies = new StringBuilder();
        foreach (var (number, body) in packed)
        {
            header.Append($"{number} {bodies.Length} ");
            bodies.Append(body).Append('\n');
        }
        var first = header.Length;
        AddStream($"/Type /ObjStm /N {packed.Length} /First {first}", header + bodies.ToString());
    }

    /// <summary>Gives reserved objects their bodies, uncompressed.</summary>
    public void Fill(IEnumerable<(int Number, string Body)> objects)
    {
        foreach (var (number, body) in objects) _objects[number - 1] = Encoding.Latin1.GetBytes(body);
    }

    public byte[] Build(int root)
    {
        var output = new MemoryStream();
        output.Write("%PDF-1.5\n"u8);
        for (var i = 0; i < _objects.Count; i++)
        {
            if (_objects[i].Length == 0) continue;
            output.Write(Encoding.Latin1.GetBytes($"{i + 1} 0 obj\n"));
            output.Write(_objects[i]);
            output.Write("\nendobj\n"u8);
        }
        output.Write(Encoding.Latin1.GetBytes($"trailer\n<< /Size {_objects.Count + 1} /Root {root} 0 R >>\n%%EOF\n"));
        return output.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var ms = new MemoryStream();
        using (var z = new ZLibStream(ms, CompressionLevel.Fastest)) z.Write(data);
        return ms.ToArray();
    }
}
