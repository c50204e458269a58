using System.Collections.Frozen;
using ReportMiner.Extraction;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Store.Text;

/// <summary>
/// Where a project's name key names a place. Sibling items of one listing often differ only there ("平远县…" and
/// "蕉岭县…", "东坑镇…" and "西坑镇…"), and such a difference is never a misread of one name (<see cref="ProjectNames.Near"/>).
/// A place is a name of the gazetteer (provinces, prefecture cities, districts and counties), or one to three Han
/// characters before a place-level word (县, 镇, 村, 街道, 社区 …: towns and villages are in no gazetteer) or before a
/// village's or community's committee (东坑 of 东坑村民委员会: sibling committees of one listing differ there). An
/// organization's word (村民委员会, 居民委员会, 村委会) is no part of a place's name, nor is a number's unit (年 of 2021年).
/// </summary>
internal static class PlaceSpans
{
    private sealed record Words(string[] Suffixes, FrozenSet<string> NotPlaces, FrozenSet<string> WordsAfter, string[] NotInNames, string[] Committees);

    // The lists are data (Text/Data/place-words.tsv): the kinds are explained there.
    private static readonly Lazy<Words> Lists = new(() =>
    {
        var rows = EmbeddedData.Lines(typeof(PlaceSpans).Assembly, "ReportMiner.Store.Text.Data.place-words.tsv").Select(l => l.Split('\t')).ToList();
        string[] Of(string kind) => [.. rows.Where(r => r[0] == kind).Select(r => r[1].Trim())];
        return new Words(Of("suffix"), Of("not-place").ToFrozenSet(StringComparer.Ordinal), Of("word-after").ToFrozenSet(StringComparer.Ordinal),
            Of("not-in-name"), Of("committee"));
    });

    // How many characters before a suffix a place's own name may take (大岭山镇, 石景山区).
    private const int NameLength = 3;

    private static readonly Lazy<(FrozenSet<string> Names, int Longest)> LongNames = new(() =>
    {
        var names = Gazetteer.Default.Places.Select(p => ScriptFolding.Fold(p.Name)).Where(n => n.Length > NameLength).ToFrozenSet(StringComparer.Ordinal);
        return (names, names.Max(n => n.Length));
    });

    /// <summary>For each character of <paramref name="key"/>, whether it is part of a place's name.</summary>
    public static bool[] Of(string key)
    {
        var covered = new bool[key.Length];
        var organization = OrganizationWords(key);
        var (names, longest) = LongNames.Value;
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        // The end of the last suffix found: its own last character (区 of 社区) starts none, so 社区 after a committee's
        // name is no place either.
        var suffixEnd = 0;
        for (var i = 0; i < key.Length; i++)
        {
            for (var length = Math.Min(longest, key.Length - i); length > NameLength; length--)
                if (lookup.Contains(key.AsSpan(i, length)))
                {
                    Array.Fill(covered, true, i, length);
                    break;
                }
            if (CommitteeAt(key, i))
            {
                var name = NameStart(key, i, organization);
                Array.Fill(covered, true, name, i - name);
            }
            var suffix = organization[i] || i < suffixEnd ? 0 : SuffixAt(key, i);
            if (suffix == 0) continue;
            suffixEnd = i + suffix;
            var start = NameStart(key, i, organization);
            if (start == i) continue;
            Array.Fill(covered, true, start, i + suffix - start);
        }
        return covered;
    }

    /// <summary>
    /// Where the name of a place ending before <paramref name="end"/> starts: up to three Han characters back, none of an
    /// organization's word and none the unit of a number before it (2021年村道 names no 年村: 年 belongs to 2021).
    /// </summary>
    private static int NameStart(string key, int end, bool[] organization)
    {
        var start = end;
        while (start > 0 && end - start < NameLength && IsHan(key[start - 1]) && !organization[start - 1]
               && !(start > 1 && char.IsDigit(key[start - 2])))
            start--;
        return start;
    }

    private static bool CommitteeAt(string key, int i)
    {
        foreach (var committee in Lists.Value.Committees)
            if (string.CompareOrdinal(key, i, committee, 0, committee.Length) == 0) return true;
        return false;
    }

    /// <summary>For each character of <paramref name="key"/>, whether it is part of an organization's word (委员会).</summary>
    private static bool[] OrganizationWords(string key)
    {
        var inWord = new bool[key.Length];
        foreach (var word in Lists.Value.NotInNames)
            for (var at = key.IndexOf(word, StringComparison.Ordinal); at >= 0; at = key.IndexOf(word, at + 1, StringComparison.Ordinal))
                Array.Fill(inWord, true, at, word.Length);
        return inWord;
    }

    private static int SuffixAt(string key, int i)
    {
        var lists = Lists.Value;
        foreach (var suffix in lists.Suffixes)
        {
            if (string.CompareOrdinal(key, i, suffix, 0, suffix.Length) != 0) continue;
            if (i > 0 && lists.NotPlaces.Contains(key.Substring(i - 1, 2))) return 0;
            var end = i + suffix.Length;
            if (end < key.Length && lists.WordsAfter.Contains(string.Concat(key[end - 1], key[end]))) return 0;
            return suffix.Length;
        }
        return 0;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
