using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A province's office (黑龙江省林业厅, 省商务厅) reports at province level: a city or county its prose mentions
/// (where it checked samples, where a fund went) or its own postal address is where something is, not whose report
/// it is. City and district stay only when the project's name, a title, a form field or a short line names them.
/// </summary>
public sealed class ProvinceScopeRule : IExtractionRule
{
    private static readonly string[] BareLevels = ["自治区", "省"];

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            if ((project.City ?? project.District) is null || project.Department is not { } department) continue;
            if (!IsProvinceOffice(department, project.Province)) continue;
            var opening = ProjectOpening.NamingKeys(context, project).Where(k => !k.Contains("地址", StringComparison.Ordinal));
            var named = Gazetteer.Default.Resolve(string.Join('\n', opening.Append(project.Name ?? string.Empty)));
            if (named is not null && (named.City ?? named.District) is not null) continue;
            project.City = null;
            project.District = null;
            project.Release("city");
            project.Release("district");
        }
    }

    /// <summary>"黑龙江省林业厅", or "省商务厅" as a province's own portal names it: an office of the province and of no place below it.</summary>
    private static bool IsProvinceOffice(string department, string? province)
    {
        if (province is null) return false;
        if (BareLevels.FirstOrDefault(b => department.StartsWith(b, StringComparison.Ordinal)) is { } bare)
            department = province + department[bare.Length..];
        var office = Gazetteer.Default.Resolve(department);
        return office is { City: null, District: null } && office.Province == province && UnitEndings.EndsOfficeName(department);
    }
}
