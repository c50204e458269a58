namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A government portal's metadata table above the report: its 关键词 field and its 名称 (title) field.</summary>
public sealed class PortalMetadataTitleTests
{
    private static Docs ReportUnderMetadata(string title) => new Docs()
        .Table("索引号:\t11341500MB0000000X/202404-00001\t组配分类:\t财政资金信息",
               "发布机构:\t县应急局\t主题分类:\t财政、金融、审计",
               "名称:\t" + title + "\t文号:\t无",
               "关键词:\t绩效自评,部门项目\t有效性:\t有效")
        .Para("一、绩效目标分解下达情况")
        .Para("2023年，省财政厅下达我县防汛救灾资金20万元，用于防汛物资装备购置。");

    [Fact]
    public void A_keywords_field_beside_other_metadata_fields_does_not_make_a_report_a_research_paper()
    {
        var record = ReportUnderMetadata("舒城县应急管理局2023年度防汛救灾资金绩效自评报告").Extract();
        Assert.Equal("performance_report", record.DocumentKind);
        Assert.Single(record.Projects);
    }

    [Fact]
    public void The_title_field_of_a_metadata_row_names_the_reporting_office()
    {
        var project = ReportUnderMetadata("舒城县应急管理局2023年度防汛救灾资金绩效自评报告").Single();
        Assert.Equal("舒城县应急管理局", project.Department);
    }

    [Fact]
    public void A_funds_name_with_a_bracketed_note_after_it_is_the_project_name()
    {
        var project = ReportUnderMetadata("舒城县应急管理局2023年度中央自然灾害救灾资金（洪涝灾害抢险救援）绩效自评报告").Single();
        Assert.Equal("中央自然灾害救灾资金(洪涝灾害抢险救援)", project.Name);
    }

    [Fact]
    public void A_bracketed_note_after_generic_words_names_no_project()
    {
        var project = ReportUnderMetadata("舒城县应急管理局2023年度工作情况（上半年）绩效自评报告").Single();
        Assert.NotEqual("工作情况(上半年)", project.Name);
    }
}
