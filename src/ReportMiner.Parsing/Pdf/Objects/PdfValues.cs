namespace ReportMiner.Parsing.Pdf.Objects;

/// <summary>The PDF object kinds the rule extractor needs. Numbers are doubles, dictionaries are
/// <see cref="PdfDictionary"/>, arrays are <see cref="List{T}"/> of values, strings are <see cref="PdfString"/>.</summary>
public sealed record PdfName(string Value)
{
    public override string ToString() => "/" + Value;
}

public sealed record PdfRef(int Number, int Generation);

public sealed record PdfString(byte[] Bytes);

public sealed record PdfOperator(string Name);

public sealed class PdfDictionary(Dictionary<string, object?> entries)
{
    public object? this[string key] => entries.GetValueOrDefault(key);

    public bool ContainsKey(string key) => entries.ContainsKey(key);

    public IEnumerable<KeyValuePair<string, object?>> Entries => entries;
}

/// <summary>A stream: its dictionary and where its raw (still encoded) bytes lie in the file or in a buffer.</summary>
public sealed record PdfStream(PdfDictionary Dictionary, ReadOnlyMemory<byte> Raw);
