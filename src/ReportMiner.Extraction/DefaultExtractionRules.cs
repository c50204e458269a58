using ReportMiner.Extraction.Consistency;
using ReportMiner.Extraction.Genre;
using ReportMiner.Extraction.Indicators;
using ReportMiner.Extraction.Money;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction;

/// <summary>The rules ReportMiner ships, in the order they run (earlier rules claim fields first).</summary>
public static class DefaultExtractionRules
{
    public static ExtractorPipelineBuilder Builder() => new ExtractorPipelineBuilder()
        .Use(new DocumentKindRule())
        .Use(new ProjectSegmentationRule())
        .Use(new ProjectNameRule())
        .Use(new ReportKindRule())
        .Use(new PlaceRule())
        .Use(new YearRule())
        .Use(new DepartmentRule())
        .Use(new DistrictScopeRule())
        .Use(new ProvinceScopeRule())
        .Use(new NoticeNumberProvinceRule())
        .Use(new WholeDepartmentNameRule())
        .Use(new MoneyTableRule())
        .Use(new MoneyProseRule())
        .Use(new GluedLabelAmountRule())
        .Use(new BudgetResolutionRule())
        .Use(new ScoreGradeRule())
        .Use(new IndicatorTableRule())
        .Use(new ColumnWiseIndicatorRule())
        .Use(new ProseIndicatorRule())
        .Use(new NamePointsRule())
        .Use(new IndicatorMergeRule())
        .Use(new ProseActualRule())
        .Use(new IndicatorCategoryRule())
        .Use(new ListedProjectsRule())
        .Use(new ProseListedProjectsRule())
        .Use(new RecurringProjectHeadingsRule())
        .Use(new LinedProjectsRule())
        .Use(new UnitProjectListRule())
        .Use(new UnitSpendingNameRule())
        .Use(new WholeSpendingDepartmentRule())
        .Use(new InvestmentTotalRule())
        .Use(new SharedDocumentFieldsRule())
        .Use(new ReportSubstanceRule())
        .Use(new BlankFormRule())
        .Use(new WorkNoticeRule())
        .Use(new FundUseNoticeRule())
        .Use(new YearedProseNameRule())
        .Use(new ParagraphOpeningNameRule())
        .Use(new FileNameTitleRule())
        .Use(new TransferHeadingNameRule())
        .Use(new IntroducedUnitNameRule())
        .Use(new NamedFundsAmountRule())
        .Use(new TargetFormSpendingRule())
        .Use(new ConsistencyRule());
}
