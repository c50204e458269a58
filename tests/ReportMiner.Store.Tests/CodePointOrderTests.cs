using System.Text;
using ReportMiner.Store.Text;

namespace ReportMiner.Store.Tests;

/// <summary>Text ordered in code as SQLite orders it (UTF-8 bytes), for comparisons ordered in memory.</summary>
public sealed class CodePointOrderTests
{
    [Fact]
    public void A_character_outside_the_BMP_comes_after_full_width_forms_and_private_use_as_in_UTF8()
    {
        string[] texts = ["热线𠮷", "热线（一期）", "热线", "热线\uE000", "热线A", "热线𠮷期", "热线\uFFFD", "热线𡌶", null!, ""];

        var ordered = texts.Order(CodePointOrder.Instance).ToArray();

        Assert.Equal([null!, "", "热线", "热线A", "热线\uE000", "热线（一期）", "热线\uFFFD", "热线𠮷", "热线𠮷期", "热线𡌶"], ordered);
        Assert.Equal(texts.Where(t => t is not null).OrderBy(Encoding.UTF8.GetBytes, ByteOrder.Instance), ordered.Skip(1));
    }

    private sealed class ByteOrder : IComparer<byte[]>
    {
        public static ByteOrder Instance { get; } = new();

        public int Compare(byte[]? a, byte[]? b) => a.AsSpan().SequenceCompareTo(b);
    }
}
