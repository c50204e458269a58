using System.Collections;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Tests.Money;

public sealed class EnclosingTotalTests
{
    /// <summary>Totals that can be read by index only: copying or enumerating them throws.</summary>
    private sealed class IndexedOnly(params StatedTotal[] totals) : IReadOnlyList<StatedTotal>
    {
        public StatedTotal this[int index] => totals[index];
        public int Count => totals.Length;
        public IEnumerator<StatedTotal> GetEnumerator() => throw new InvalidOperationException("the totals were copied or enumerated");
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static SourceRef Prose(string snippet) => new(1, null, null, snippet);

    [Fact]
    public void The_enclosing_total_is_found_by_reading_the_totals_in_place_without_copying_them()
    {
        var project = new ProjectDraft(0, 1) { BudgetWan = 500 };
        project.Claim("budget_wan", Prose("下达资金500万元"));
        var totals = new IndexedOnly(
            new StatedTotal(500, [], Prose("下达资金500万元")),
            new StatedTotal(525.39, [500], Prose("批复525.39万元，其中500万元")));

        EnclosingTotal.Prefer(project, totals);

        Assert.Equal(525.39, project.BudgetWan);
        Assert.Equal("批复525.39万元，其中500万元", project.Sources["budget_wan"].Snippet);
    }
}
