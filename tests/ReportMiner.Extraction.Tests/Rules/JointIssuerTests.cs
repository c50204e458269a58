namespace ReportMiner.Extraction.Tests.Rules;

/// <summary>Offices listed together before 关于 issued the cited document jointly; none of them is the reporting unit.</summary>
public sealed class JointIssuerTests
{
    [Fact]
    public void An_office_listed_with_others_before_a_notice_is_an_issuer_and_not_the_speaking_unit()
    {
        var project = new Docs()
            .Para("根据省财政厅要求，我厅认真开展了2022年度部门预算绩效自评工作。")
            .Para("一、部门概况")
            .Para("据陕西省委办公厅、陕西省人民政府办公厅关于印发《陕西省林业厅职能配置内设机构和人员编制规定》的通知，省林业厅主要职责如下：")
            .Single();
        Assert.Equal("陕西省林业厅", project.Department);
    }
}
