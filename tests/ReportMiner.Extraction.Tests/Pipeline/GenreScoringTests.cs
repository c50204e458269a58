using ReportMiner.Extraction.Genre;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Pipeline;

public sealed class GenreScoringTests
{
    [Fact]
    public void The_substance_rule_reads_genre_scores_without_the_document_kind_rule_having_run()
    {
        var document = new Docs().Para("省财政厅近日印发《关于开展2023年度项目支出绩效自评工作的通知》，要求各部门全面开展绩效自评。")
            .Para("通知明确，各部门对照年初设定的绩效目标，逐项填报实际完成值，确保绩效自评覆盖率达到100%。").Build();
        var context = new ExtractionContext(document) { DocumentKind = GenreVocabulary.PerformanceReport };
        context.Projects.Add(new ProjectDraft(0, context.Items.Count));

        new ReportSubstanceRule().Apply(context);

        Assert.Equal("news", context.DocumentKind);
        Assert.Empty(context.Projects);
    }
}
