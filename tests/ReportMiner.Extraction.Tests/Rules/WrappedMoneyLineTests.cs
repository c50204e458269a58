namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A line a wrapped sentence opens with an amount continues the label the line above ended with.</summary>
public sealed class WrappedMoneyLineTests
{
    [Fact]
    public void An_amount_opening_a_line_takes_the_label_the_wrapped_line_above_ended_with()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("2022年州本级一般公共预算部门专项经费财政年初预算安排")
            .Para("183万元，其中：移交安置、就业创业、权益维护、拥军优抚和褒")
            .Para("扬纪念等工作经费财政年初预算安排30万元。")
            .Single();
        Assert.Equal(183, project.BudgetWan);
        Assert.Equal(183, project.BudgetInitialWan);
    }

    [Fact]
    public void A_short_heading_above_an_amount_is_not_its_label()
    {
        var project = new Docs()
            .Para("一、项目资金情况")
            .Para("(四)项目资金下达安排情况")
            .Para("50万元用于设备购置。")
            .Para("项目预算80万元。")
            .Single();
        Assert.Equal(80, project.BudgetWan);
    }
}
