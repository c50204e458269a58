namespace ReportMiner.Extraction.Tests.Rules;

public sealed class AttachedReportTests
{
    private static Docs Note() => new Docs()
        .Para("根据财政预算管理要求，2020年度我厅开展了部门整体支出绩效自评，涉及一般公共预算支出2,796.90万元。同时，还组织对“科技战略专项资金——平台建设”、“乡村振兴战略专项资金——农业产业发展”等专项资金开展绩效自评。")
        .Para("我厅严格按照省财政厅的有关要求开展绩效自评工作。");

    [Fact]
    public void A_notes_enclosed_reports_on_different_subjects_are_one_project_each()
    {
        var record = Note()
            .Para("附件：1.某省科学技术厅2020年度部门整体支出绩效自评报告")
            .Para("2.2020年度“科技战略专项资金——平台建设”绩效自评报告")
            .Para("3.2020年度“乡村振兴战略专项资金——农业产业发展”绩效自评报告")
            .Extract();
        Assert.Equal(3, record.Projects.Count);
        Assert.Equal(["某省科学技术厅部门整体支出", "科技战略专项资金——平台建设", "乡村振兴战略专项资金——农业产业发展"], record.Projects.Select(p => p.Name));
        Assert.All(record.Projects, p => Assert.Equal(2020, p.Year));
    }

    [Fact]
    public void One_projects_target_and_score_sheets_enclosed_stay_one_project()
    {
        var record = Note()
            .Para("附件：1.人大代表之家建设项目绩效目标自评表")
            .Para("2.2023年度人大代表之家建设项目支出绩效评价得分表")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void Two_reports_enclosed_on_one_subject_stay_one_project()
    {
        var record = Note()
            .Para("附件：1.2020年度“科技创新专项资金——平台建设”绩效自评报告")
            .Para("2.2020年度“科技创新专项资金——平台建设”绩效自评表")
            .Extract();
        Assert.Single(record.Projects);
    }

    [Fact]
    public void A_fund_notices_allocation_and_target_sheets_enclosed_do_not_split_it()
    {
        var record = new Docs()
            .Para("根据有关通知，现下达2025年省级第七批水利专项资金1200万元，请按规定使用。")
            .Para("附件：1.某区2025年省级第七批水利专项资金安排表")
            .Para("2.某区2025年省级第七批水利专项资金绩效目标表")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }

    [Fact]
    public void A_pages_enclosed_evaluations_of_other_units_projects_do_not_split_it()
    {
        var record = Note()
            .Para("附件：1.某市某局2021年社会治安防控体系信息化建设项目绩效评价报告")
            .Para("2.某市某中心2021年食品安全监督抽验经费项目绩效评价报告")
            .Extract();
        Assert.True(record.Projects.Count <= 1);
    }
}
