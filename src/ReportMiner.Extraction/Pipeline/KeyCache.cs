namespace ReportMiner.Extraction.Pipeline;

/// <summary>
/// A text's key (<see cref="TextKey.Of"/>) kept once computed, for a record whose rules ask for it many times. Every
/// cache equals every other, so the record's equality and hash stay those of its data; a copy made with <c>with</c>
/// carries the cache, and a different text computes its own key.
/// </summary>
internal struct KeyCache : IEquatable<KeyCache>
{
    private Entry? entry;

    public string Of(string text)
    {
        var known = entry;
        if (known is null || !ReferenceEquals(known.Text, text)) entry = known = new Entry(text, TextKey.Of(text));
        return known.Key;
    }

    public readonly bool Equals(KeyCache other) => true;

    public override readonly bool Equals(object? obj) => obj is KeyCache;

    public override readonly int GetHashCode() => 0;

    private sealed class Entry(string text, string key)
    {
        public string Text { get; } = text;
        public string Key { get; } = key;
    }
}
