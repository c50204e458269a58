namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A whole-department report whose excerpt lost its title introduces its unit where its 部门概况 section opens
/// (R695, R711, R723, R732, R754, R758): that unit names the report.
/// </summary>
public sealed class IntroducedUnitNameTests
{
    [Fact]
    public void A_unit_introduced_where_its_department_overview_opens_names_the_report_and_is_its_department()
    {
        var project = new Docs()
            .Para("一、部门概况")
            .Para("东区林业技术推广站是东区农业农村局下属公益一类事业单位。")
            .Para("（一）基本职能。承担林业技术推广、林木病虫害监测等工作。")
            .Para("二、部门资金基本情况")
            .Para("2022年，东区林业技术推广站基本支出86.5万元，主要用于工资和公用经费，全年预算执行率为96.3%。")
            .Para("三、绩效目标完成情况分析")
            .Single();
        Assert.Equal("东区林业技术推广站部门整体支出", project.Name);
        Assert.Equal("东区林业技术推广站", project.Department);
    }

    [Fact]
    public void A_unit_introduced_with_its_short_name_and_founding_names_the_report()
    {
        var project = new Docs()
            .Para("一、部门基本情况")
            .Para("（一）部门概况")
            .Para("河北省残疾人联合会（以下简称“省残联”）成立于1988年，是全省残疾人事业的群众团体，内设5个处室。")
            .Para("（二）部门预决算情况")
            .Para("2022年初省残联收入预算为2100.5万元，全年支出1980.2万元，部门整体预算执行率为94.27%。")
            .Para("二、绩效自评情况")
            .Single();
        Assert.Equal("河北省残疾人联合会部门整体支出", project.Name);
    }

    [Fact]
    public void A_unit_introduced_below_its_listed_duties_names_the_report()
    {
        var project = new Docs()
            .Para("一、单位基本情况")
            .Para("（一）部门职能")
            .Para("1.做好馆藏图书的收藏和借阅工作。")
            .Para("2.开展全民阅读推广活动。")
            .Para("3.指导乡镇综合文化站图书室业务。")
            .Para("（二）机构情况")
            .Para("临泽县图书馆为股级建制公益一类事业单位，无增减变化。")
            .Para("二、预算执行情况分析")
            .Para("2021年财政拨款150.5万元，全年支出150.5万元，执行率100%，自评得分98分。")
            .Single();
        Assert.Equal("临泽县图书馆部门整体支出", project.Name);
    }

    [Fact]
    public void A_project_report_introducing_its_implementing_unit_is_not_named_by_it()
    {
        var project = new Docs()
            .Para("一、基本情况")
            .Para("红河州信息中心是州政府直属事业单位，2024年实施项目共6个，调整后预算420万元。")
            .Para("（一）项目概况")
            .Para("二、绩效目标完成情况")
            .Para("项目预算执行率为96.3%，自评得分95分。")
            .Single();
        Assert.NotEqual("红河州信息中心部门整体支出", project.Name);
    }

    [Fact]
    public void A_unit_other_than_the_department_already_found_does_not_name_the_report()
    {
        var project = new Docs()
            .Para("发布机构：蒙自市教育体育局")
            .Para("一、部门基本情况")
            .Para("（一）部门概况")
            .Para("蒙自市新安所中心校是一所副科级公益一类事业单位，承担辖区基础教育工作。")
            .Para("二、部门整体支出绩效自评情况")
            .Para("2024年全年预算执行率为98.1%，自评得分96分。")
            .Single();
        Assert.Equal("蒙自市教育体育局", project.Department);
        Assert.NotEqual("蒙自市新安所中心校部门整体支出", project.Name);
    }

    [Fact]
    public void A_units_line_above_a_yeared_whole_spending_title_names_the_report_without_its_second_name()
    {
        var project = new Docs()
            .Para("中共江西省委党校（江西行政学院）")
            .Para("2022年度部门整体支出绩效自评报告")
            .Para("省财政厅：")
            .Para("按照省财政厅通知要求，我校（院）认真开展2022年度整体支出绩效自评，现将有关情况报告如下。")
            .Single();
        Assert.Equal("中共江西省委党校部门整体支出", project.Name);
    }
}
