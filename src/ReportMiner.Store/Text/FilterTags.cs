namespace ReportMiner.Store.Text;

/// <summary>
/// Filter values written as index tokens (<c广州> <y2021> <kanswer_rate>), so a filtered search is an
/// intersection inside FTS5 instead of a scan over every text match.
/// </summary>
public static class FilterTags
{
    public static string City(string cityKey) => $"<c{cityKey}>";

    public static string Year(int year) => $"<y{year}>";

    public static string Category(string category) => $"<k{ScriptFolding.Fold(category)}>";

    public static string Of(string? cityKey, int? year, string? category) => string.Join(' ', new[]
    {
        cityKey is null ? null : City(cityKey), year is null ? null : Year(year.Value), category is null ? null : Category(category),
    }.Where(t => t is not null));
}
