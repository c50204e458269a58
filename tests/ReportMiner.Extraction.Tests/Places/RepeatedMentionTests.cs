using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Tests.Places;

/// <summary>
/// A place named over and over (a long report's county, a hostile line of the same office) is ranked by checking each
/// distinct place against each distinct mention once (<see cref="MentionSupport.Checks"/>): the work does not grow with
/// the square of the mentions. Checking every place named against every mention, as Resolve once did, made 40,000
/// mentions of one district take over a minute; these tests count checks, not time.
/// </summary>
public sealed class RepeatedMentionTests
{
    [Fact]
    public void Naming_a_place_ten_times_more_often_makes_no_more_place_checks()
    {
        var few = Checks(Repeated("按照北京市朝阳区财政局要求，", 200));
        var many = Checks(Repeated("按照北京市朝阳区财政局要求，", 2_000));
        Assert.InRange(few, 1, 100);
        Assert.Equal(few, many);
    }

    [Fact]
    public void A_pair_of_places_repeated_five_thousand_times_is_checked_as_often_as_the_pair_named_once()
    {
        Assert.Equal(Checks("北京市朝阳区"), Checks(Repeated("北京市朝阳区", 5_000)));
    }

    [Fact]
    public void Repetition_still_counts_as_support_when_places_compete()
    {
        // 海淀区 is named once, 朝阳区 with its city three times: the district named with more support wins.
        var match = Gazetteer.Default.Resolve("海淀区。" + Repeated("北京市朝阳区", 3));
        Assert.Equal("朝阳区", match?.District);
    }

    [Fact]
    public void The_ranking_of_repeated_mentions_equals_the_ranking_of_one_mention_each()
    {
        var once = Gazetteer.Default.Resolve("湖南省长沙市岳麓区");
        var often = Gazetteer.Default.Resolve(Repeated("湖南省长沙市岳麓区，", 1_000));
        Assert.Equal(once, often);
    }

    private static string Repeated(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static long Checks(string text)
    {
        using var counting = MentionSupport.Checks.Start();
        Gazetteer.Default.Resolve(text);
        return counting.Work;
    }
}
