using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Places;

namespace ReportMiner.Extraction.Projects;

/// <summary>
/// A prefecture's office reports at prefecture level: a county or county-level city its prose mentions in passing
/// ("展厅位于蒙自市…" in a 红河州 office's report) is where something is, not whose report it is. The district
/// stays only when the project's name, the department, a title or a form field names it.
/// </summary>
public sealed class DistrictScopeRule : IExtractionRule
{
    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            if (project.District is not { } district || project.Department is not { } department) continue;
            var office = Gazetteer.Default.Resolve(department);
            if (office is null || office.District is not null || office.City != project.City) continue;
            var opening = ProjectOpening.NamingKeys(context, project);
            var naming = string.Join('\n', opening.Append(project.Name ?? string.Empty).Append(department));
            if (Gazetteer.Default.Mentions(naming).Any(m => m.Any(p => p.Name == district))) continue;
            project.District = null;
            project.Release("district");
        }
    }
}
