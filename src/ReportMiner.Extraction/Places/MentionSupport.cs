using System.Runtime.CompilerServices;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Places;

/// <summary>
/// How many of a text's place mentions each named place agrees with (the mention names it or a place inside it).
/// Mentions repeat: a long report names its county hundreds of times, a hostile line tens of thousands. Each distinct
/// place is checked once against each distinct mention with its count, so the work grows with the gazetteer's names a
/// text uses, not with the square of its mentions (a 40,000-mention line took over a minute).
/// </summary>
internal static class MentionSupport
{
    /// <summary>Place-against-mention checks (tests count work with it, never time).</summary>
    public static WorkCounter Checks { get; } = new();

    /// <summary>Each distinct place in order of its first mention, with its first position among all named places and its support.</summary>
    public static List<(Place Place, int Order, int Support)> Of(IReadOnlyList<Place[]> mentions)
    {
        var distinctMentions = new Dictionary<Place[], int>(SameMembers.Instance);
        foreach (var mention in mentions) distinctMentions[mention] = distinctMentions.GetValueOrDefault(mention) + 1;
        var seen = new HashSet<Place>(ReferenceEqualityComparer.Instance);
        var places = new List<(Place, int, int)>();
        var order = 0;
        foreach (var mention in mentions)
            foreach (var place in mention)
            {
                if (seen.Add(place)) places.Add((place, order, SupportOf(place, distinctMentions)));
                order++;
            }
        return places;
    }

    private static int SupportOf(Place place, Dictionary<Place[], int> mentions)
    {
        var support = 0;
        Checks.Add(mentions.Count);
        foreach (var (mention, count) in mentions)
            if (mention.Any(place.IsSelfOrDescendantOf)) support += count;
        return support;
    }

    /// <summary>Two mentions are the same when they hold the same place objects in the same order.</summary>
    private sealed class SameMembers : IEqualityComparer<Place[]>
    {
        public static readonly SameMembers Instance = new();

        public bool Equals(Place[]? x, Place[]? y) =>
            ReferenceEquals(x, y) || x is not null && y is not null && x.Length == y.Length
            && x.Zip(y).All(pair => ReferenceEquals(pair.First, pair.Second));

        public int GetHashCode(Place[] places)
        {
            var hash = new HashCode();
            foreach (var place in places) hash.Add(RuntimeHelpers.GetHashCode(place));
            return hash.ToHashCode();
        }
    }
}
