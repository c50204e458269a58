namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>A title on funds "paid by transfer" names the funds: 转移支付 after 资金 or 经费 says how they came down.</summary>
public sealed class FundsPaidByTransferTitleTests
{
    [Fact]
    public void Transfer_payment_after_the_funds_name_is_no_part_of_the_name()
    {
        var project = new Docs()
            .Para("城乡居民基本养老保险补助资金转移支付2022年度绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Single();
        Assert.Equal("城乡居民基本养老保险补助资金", project.Name);
    }

    [Fact]
    public void A_year_and_special_between_the_funds_and_the_transfer_go_with_it()
    {
        var project = new Docs()
            .Para("中央地质灾害防治经费2017年度专项转移支付绩效评价报告")
            .Para("一、项目概述")
            .Single();
        Assert.Equal("中央地质灾害防治经费", project.Name);
    }

    [Fact]
    public void A_special_transfer_named_without_funds_keeps_its_name()
    {
        var project = new Docs()
            .Para("某县2021年中央食品监管专项转移支付绩效自评报告")
            .Para("一、绩效目标分解下达情况")
            .Single();
        Assert.Equal("中央食品监管专项转移支付", project.Name);
    }
}
