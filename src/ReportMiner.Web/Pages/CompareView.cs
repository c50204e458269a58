using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using ReportMiner.Store.Browsing;
using ReportMiner.Store.Comparing;
using ReportMiner.Web.Hosting;

namespace ReportMiner.Web.Pages;

public sealed record CompareRowView(CompareRow Row, string? Sha256);

/// <summary>
/// One page of a comparison (<see cref="Rows"/>, in city → year → project → report kind order) and how many rows the
/// whole comparison has; the downloads hold every row.
/// </summary>
public sealed record CompareView(
    string? Category, string? Indicator, bool Budgets, IReadOnlyList<string> Cities, IReadOnlyList<int> Years, IReadOnlyList<CompareRowView> Rows,
    CompareChoices Choices, double ServerMs, int Total = 0, int Page = 1, int PageSize = ComparePage.DefaultPageSize)
{
    public bool Asked => Category is not null || Indicator is not null || Budgets;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Index of the first row the page shows.</summary>
    [JsonIgnore]
    public int FirstShown => (Page - 1) * PageSize;
}

/// <summary>What a compare address asks for, read and checked once for the page, its JSON twin, the chart and the downloads.</summary>
public sealed record CompareAsk(string? Category, string? Indicator, bool Budgets, CompareQuery Query)
{
    public bool Asked => Category is not null || Indicator is not null || Budgets;

    public static CompareAsk Of(HttpRequest request)
    {
        var category = Inputs.Text(request, "category");
        var indicator = Inputs.Text(request, "indicator", Inputs.MaxQueryLength);
        var budgets = Inputs.Text(request, "budgets") is "1" or "true" or "on";
        if (budgets && (category is not null || indicator is not null))
            throw new BadRequestException("预算对比不带类别或指标 Budgets compare money only: leave out category and indicator.");
        if (category is not null && indicator is not null)
            throw new BadRequestException("请只选类别或指标之一 Give a category or an indicator phrase, not both.");
        return new CompareAsk(category, indicator, budgets,
            new CompareQuery { Category = category, Indicator = indicator, Cities = Inputs.List(request, "cities"), Years = Inputs.Years(request, "years") });
    }

    /// <summary>Every row (for the chart and the downloads), read from the store one at a time.</summary>
    public IEnumerable<CompareRow> AllRows(System.Data.Common.DbConnection connection) =>
        Asked ? new CompareService(connection).Stream(Query, Budgets) : [];
}
