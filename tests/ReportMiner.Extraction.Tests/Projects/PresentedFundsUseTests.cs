using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Projects;

/// <summary>
/// A report without a title names its funds where it presents itself, and may say what of them it evaluated between
/// their name and 自评 ("现将X补助资金使用和管理自评报告公示如下"), as an evaluator does after 对.
/// </summary>
public sealed class PresentedFundsUseTests
{
    [Theory]
    [InlineData("根据上级通知要求，现将城西体育中心免费开放补助资金使用和管理自评报告公示如下。")]
    [InlineData("根据上级通知要求，现将城西体育中心免费开放补助资金实施情况自评报告如下。")]
    public void Funds_presented_with_what_of_them_was_evaluated_name_the_project(string opening)
    {
        var project = new Docs().Para(opening).Para("一、项目基本情况").Para("体育中心于2013年建成，全年开放230天。").Single();
        Assert.Equal("城西体育中心免费开放补助资金", project.Name);
    }
}
