using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Generalization;

/// <summary>A text that asks for all projects to be evaluated names no project: "所有…项目" is a scope, not a name.</summary>
public sealed class ScopeOfProjectsTests
{
    [Fact]
    public void News_asking_for_all_projects_to_be_self_evaluated_names_no_project()
    {
        var record = new Docs()
            .Para("省财政厅日前印发通知，部署全省部门项目支出绩效自评工作。")
            .Para("通知要求，各部门要组织对本部门及所属预算单位的所有一级项目、二级项目开展绩效自评，对照年初设定的绩效目标及指标值填报实际完成值。")
            .Extract();
        Assert.NotEqual("performance_report", record.DocumentKind);
        Assert.Empty(record.Projects);
    }

    [Fact]
    public void A_report_on_one_named_project_keeps_its_name()
    {
        var project = new Docs()
            .Para("按照县财政局通知要求，我局对乡村道路养护项目开展了绩效自评，项目预算资金120万元。")
            .Single();
        Assert.Equal("乡村道路养护项目", project.Name);
    }
}
