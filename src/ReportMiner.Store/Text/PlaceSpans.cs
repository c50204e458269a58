using System.Collections.Frozen;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Store.Text;

/// <summary>
/// Where a project's name key names a place. Sibling items of one listing often differ only there ("平远县…" and
/// "蕉岭县…", "东坑镇…" and "西坑镇…"), and such a difference is never a misread of one name (<see cref="ProjectNames.Near"/>).
/// A place is a name of the gazetteer (provinces, prefecture cities, districts and counties), or one to three Han
/// characters before a place-level word (县, 镇, 村, 街道, 社区 …: towns and villages are in no gazetteer).
/// </summary>
internal static class PlaceSpans
{
    // Longest first, so 自治县 is one suffix and not 县 after 自治.
    private static readonly string[] Suffixes = ["自治州", "自治县", "自治旗", "街道", "社区", "嘎查", "省", "市", "区", "县", "州", "旗", "盟", "镇", "乡", "村", "屯"];

    // Common words whose last character is a place suffix but that name no place (农村, 城市), and suffixes that begin a
    // word (市场, 县级): a misread next to them is still a misread.
    private static readonly FrozenSet<string> NotPlaces = FrozenSet.ToFrozenSet(
    [
        "农村", "乡村", "城乡", "城镇", "乡镇", "城市", "都市", "超市", "市区", "郊区", "山区", "小区", "园区", "景区", "片区", "辖区", "库区", "矿区", "校区", "院区", "病区",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> WordsAfter = FrozenSet.ToFrozenSet(
    [
        "市场", "市政", "市民", "市容", "市级", "县级", "县域", "县城", "区域", "区级", "镇级", "乡级", "村级", "省级", "村民", "村庄", "村容", "乡村", "乡镇", "镇村", "乡土",
    ], StringComparer.Ordinal);

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
        var (names, longest) = LongNames.Value;
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < key.Length; i++)
        {
            for (var length = Math.Min(longest, key.Length - i); length > NameLength; length--)
                if (lookup.Contains(key.AsSpan(i, length)))
                {
                    Array.Fill(covered, true, i, length);
                    break;
                }
            var suffix = SuffixAt(key, i);
            if (suffix == 0) continue;
            var start = i;
            while (start > 0 && i - start < NameLength && IsHan(key[start - 1])) start--;
            if (start == i) continue;
            Array.Fill(covered, true, start, i + suffix - start);
        }
        return covered;
    }

    private static int SuffixAt(string key, int i)
    {
        foreach (var suffix in Suffixes)
        {
            if (string.CompareOrdinal(key, i, suffix, 0, suffix.Length) != 0) continue;
            if (i > 0 && NotPlaces.Contains(key.Substring(i - 1, 2))) return 0;
            var end = i + suffix.Length;
            if (end < key.Length && WordsAfter.Contains(string.Concat(key[end - 1], key[end]))) return 0;
            return suffix.Length;
        }
        return 0;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';
}
