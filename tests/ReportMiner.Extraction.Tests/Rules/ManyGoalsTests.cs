using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A report that states thousands of goals and results in sentences reads its result sentences once for all goals
/// (<see cref="StatedMeasures.SentencesRead"/>), not once per goal: reading them again for each goal made 6,000 goal
/// and result lines take 23 s. These tests count sentences read, never time.
/// </summary>
public sealed class ManyGoalsTests
{
    private const string Names = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉";

    [Fact]
    public void Each_result_sentence_is_read_once_however_many_goals_ask_for_their_actual()
    {
        var (read, project) = Read(goals: 400);
        Assert.InRange(project.Indicators.Count(i => i.Actual is not null), 400, int.MaxValue);
        // The result sentences and the title's few clauses; once per goal would be about 400 × 400.
        Assert.InRange(read, 400, 420);
    }

    [Fact]
    public void A_goal_takes_the_first_stated_value_of_its_measure()
    {
        var project = new Docs()
            .Para("某县2022年道路养护项目绩效自评报告")
            .Para("绩效目标：养护路段数量不少于20个。")
            .Para("全年养护路段数量25个。")
            .Para("另有养护路段数量30个待验收。")
            .Single();
        var indicator = Assert.Single(project.Indicators, i => i.Name.Contains("养护路段数量", StringComparison.Ordinal) && i.Target is not null);
        Assert.Equal(25, indicator.Actual?.Value);
    }

    private static (long Read, ProjectRecord Project) Read(int goals)
    {
        var docs = new Docs().Para("某县2022年道路养护项目绩效自评报告");
        for (var i = 0; i < goals; i++) docs.Para($"绩效目标：{Name(i)}数量不少于{i + 1}个。");
        for (var i = 0; i < goals; i++) docs.Para($"实际完成：{Name(i)}数量{i + 1}个。");
        using var counting = StatedMeasures.SentencesRead.Start();
        var project = docs.Single();
        return (counting.Work, project);
    }

    private static string Name(int i) => string.Concat(Enumerable.Range(0, 3).Select(k => Names[i / (int)Math.Pow(20, k) % 20]));
}
