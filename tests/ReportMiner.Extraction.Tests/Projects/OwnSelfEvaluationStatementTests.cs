using ReportMiner.Extraction.Tests.Rules;

namespace ReportMiner.Extraction.Tests.Projects;

/// <summary>
/// An evaluation report (…绩效评价报告) in which the office says in the first person that it evaluated its own spending is a self-evaluation
/// (R065, R271, R385).
/// </summary>
public sealed class OwnSelfEvaluationStatementTests
{
    private const string Body = "本项目年度预算资金80万元，实际支出76万元。";

    // A statement stands in a paragraph of the report's text, never alone on a title-length line.
    private const string Tail = "评价过程中查阅了项目资料，核实了资金拨付和使用情况，并对项目产出和效益进行了分析。";

    [Theory]
    [InlineData("根据文件要求，我局积极组织，对2019年度本单位整体支出进行了绩效自评，现将具体绩效评价情况报告如下：")]
    [InlineData("本部门按要求对2020年部门整体支出绩效评价情况开展自评，评价报告见附件。")]
    public void An_evaluation_report_whose_office_says_it_evaluated_itself_is_a_self_evaluation(string statement)
    {
        var project = new Docs().Para("某县农业农村局2020年度农机购置补贴项目绩效评价报告").Para("一、项目基本情况").Para(Body).Para("二、绩效评价工作开展情况").Para(statement + Tail).Single();
        Assert.Equal("self_evaluation", project.ReportKind);
    }

    [Theory]
    [InlineData("评价组在项目单位开展自评的基础上，对该项目进行了现场核查。")]
    [InlineData("县财政局督促各单位开展自评，并委托评价机构对该项目进行评价。")]
    [InlineData("根据通知要求，县财政局对该项目进行了绩效自评复核。")]
    public void An_evaluators_report_that_mentions_the_units_self_evaluation_stays_an_evaluation(string statement)
    {
        var project = new Docs().Para("某县农业农村局2020年度农机购置补贴项目绩效评价报告").Para("一、项目基本情况").Para(Body).Para("二、绩效评价工作开展情况").Para(statement + Tail).Single();
        Assert.Equal("evaluation", project.ReportKind);
    }
}
