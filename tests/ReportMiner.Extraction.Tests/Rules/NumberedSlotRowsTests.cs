namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>
/// A dump that lost an indicator table's header and level cells still writes the national form's numbered slots
/// ("指标3：…") with their figures after them: such rows are read in the form's order when the figures fit it.
/// </summary>
public sealed class NumberedSlotRowsTests
{
    [Fact]
    public void Numbered_slot_rows_with_figures_are_read_without_a_header()
    {
        var project = TextReports.Single(
            "指标3：开展义诊活动\t10次\t12次\t2\t2",
            "指标4：慢病患者随访率\t90%\t86%\t2\t1.6",
            "指标5：家庭医生签约人数\t3000人\t2760人\t2\t1.8");
        Assert.Equal(["开展义诊活动", "慢病患者随访率", "家庭医生签约人数"], project.Indicators.Select(i => i.Name));
        Assert.Equal([2.0, 1.6, 1.8], project.Indicators.Select(i => i.Score!.Value));
        Assert.Equal((90.0, 86.0), (project.Indicators[1].Target!.Value!.Value, project.Indicators[1].Actual!.Value!.Value));
    }

    [Fact]
    public void A_numbered_row_whose_cells_do_not_fit_the_form_does_not_make_a_header()
    {
        var project = TextReports.Single(
            "指标1：资料发放种类\t不少于12种\t不少于6种\t116次\t6次");
        Assert.Empty(project.Indicators);
    }
}
