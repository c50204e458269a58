namespace ReportMiner.Extraction.Tests.Rules;

public sealed class ProseProjectNameTests
{
    [Theory]
    [InlineData("根据县财政局通知要求，我局承担某县2022年度高标准农田建设项目实施任务，现将绩效自评情况报告如下。", "高标准农田建设项目")]
    [InlineData("按照要求，我中心对xx年度省级财政资金政策研究专项费项目的支出情况进行了绩效评价。", "省级财政资金政策研究专项费项目")]
    [InlineData("根据通知精神，现将我市20xx年度中央补助地方文化设施--乡镇综合文化站提升工程项目自评报告如下：", "中央补助地方文化设施--乡镇综合文化站提升工程项目")]
    [InlineData("根据县财政局要求，现将我办机构编制专项工作经费绩效自评情况报告如下：", "机构编制专项工作经费")]
    [InlineData("关于某镇设施蔬菜大棚种植项目绩效目标设定的公示", "某镇设施蔬菜大棚种植项目")]
    public void A_report_without_title_or_form_is_named_where_it_speaks_of_its_own_project(string sentence, string name)
    {
        var record = new Docs().Para("一、项目基本情况").Para(sentence).Para("（一）项目概况").Extract();
        Assert.Equal(name, Assert.Single(record.Projects).Name);
    }

    [Theory]
    [InlineData("根据市住建局通知要求，对我县20xx年农村饮水安全巩固提升改造绩效评价进行了自评，现将评价情况汇报如下：", "农村饮水安全巩固提升改造")]
    [InlineData("按照上级要求，对全县美丽乡村示范点建设实事求是的开展了自查自评，自评得分为95分。", "全县美丽乡村示范点建设")]
    public void A_livelihood_work_evaluated_as_such_is_named_by_its_works(string sentence, string name)
    {
        var record = new Docs().Para("一、工作开展情况").Para(sentence).Para("（一）项目投入情况").Extract();
        Assert.Equal(name, Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void A_sentence_about_the_offices_spending_in_general_names_no_project()
    {
        var record = new Docs().Para("一、绩效自评工作开展情况").Para("我局对2022年度项目支出开展了绩效自评，现将情况报告如下。").Extract();
        Assert.True(string.IsNullOrEmpty(Assert.Single(record.Projects).Name));
    }

    [Fact]
    public void The_overview_section_opens_with_the_projects_name()
    {
        var record = new Docs()
            .Para("一、基本情况").Para("（一）项目概况")
            .Para("某区污水管网改造工程（三期）是为提高污水收集率、推进雨污分流而实施的专项债券项目，总投资约3亿元。")
            .Para("该项目申请专项债券资金1亿元，已全部拨付。").Para("二、项目绩效自评情况")
            .Extract();
        Assert.Equal("某区污水管网改造工程(三期)", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void An_overview_heading_run_on_with_its_first_sentence_opens_with_the_projects_name()
    {
        var record = new Docs()
            .Para("一、项目基本情况")
            .Para("（一）项目概况。社区养老服务补助资金是由县级人民政府设立，专项用于社区养老服务设施运营的资金。")
            .Para("（二）项目绩效目标。全年为500名老人提供服务。")
            .Extract();
        Assert.Equal("社区养老服务补助资金", Assert.Single(record.Projects).Name);
    }

    [Fact]
    public void An_overview_heading_run_on_with_the_templates_instructions_names_no_project()
    {
        var record = new Docs()
            .Para("一、基本情况")
            .Para("（一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。")
            .Para("（二）项目绩效目标。包括总体目标和阶段性目标。")
            .Extract();
        Assert.True(string.IsNullOrEmpty(Assert.Single(record.Projects).Name));
    }

    [Fact]
    public void An_overview_opening_on_what_a_kind_of_work_is_names_no_project()
    {
        var record = new Docs()
            .Para("一、项目基本情况")
            .Para("农村公路养护是国家高度重视的基础民生工程，通过养护改善群众出行条件。")
            .Para("二、项目绩效自评情况")
            .Extract();
        Assert.True(string.IsNullOrEmpty(Assert.Single(record.Projects).Name));
    }
}
