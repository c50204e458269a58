using System.Runtime.CompilerServices;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>A project being filled by the rules. A field is claimed once: earlier (stronger) rules win.</summary>
public sealed class ProjectDraft(int firstItem, int endItem)
{
    private readonly Dictionary<string, SourceRef> _sources = [];
    private readonly Dictionary<string, string> _paths = [];

    public int FirstItem { get; set; } = firstItem;
    public int EndItem { get; set; } = endItem;

    /// <summary>
    /// Where the project's own text starts when its range also holds the document's opening (the first of several projects
    /// a report gives a paragraph each): the opening's money is the unit's over all of them, not this project's.
    /// </summary>
    public int OwnTextStart { get; set; } = firstItem;

    public string? Name { get; private set; }
    public string? Province { get; set; }
    public string? City { get; set; }
    public string? District { get; set; }
    public int? Year { get; set; }
    public string? Department { get; set; }
    public string? ReportKind { get; set; }
    public double? BudgetWan { get; set; }
    public double? BudgetInitialWan { get; set; }
    public double? BudgetAdjustedWan { get; set; }
    public double? ActualWan { get; set; }
    public double? ExecutionRatePct { get; set; }
    public double? Score { get; set; }
    public string? Grade { get; set; }
    public List<IndicatorRecord> Indicators { get; } = [];
    public List<string> Warnings { get; } = [];

    /// <summary>A total written under an indicator table (stated sum of scores), for consistency checks.</summary>
    public double? StatedIndicatorTotal { get; set; }

    public IReadOnlyDictionary<string, SourceRef> Sources => _sources;

    public bool Has(string field) => _sources.ContainsKey(field);

    private readonly HashSet<string> _withheld = [];

    /// <summary>Keeps <paramref name="field"/> empty for good: no rule claims it and no other project's value is shared into it.</summary>
    public void Withhold(string field) => _withheld.Add(field);

    /// <summary>Reserves <paramref name="field"/> for a value read at <paramref name="source"/>; false if already set.</summary>
    /// <remarks>The caller is recorded for <see cref="FieldTrace"/>; callers never pass it.</remarks>
    public bool Claim(string field, SourceRef source,
        [CallerFilePath] string file = "", [CallerMemberName] string member = "", [CallerLineNumber] int line = 0)
    {
        if (_withheld.Contains(field) || !_sources.TryAdd(field, source)) return false;
        if (FieldTrace.Enabled) _paths[field] = FieldTrace.Path(file, member, line);
        return true;
    }

    /// <summary>Gives a field up: a later check found its value does not belong to the project.</summary>
    public void Release(string field)
    {
        _sources.Remove(field);
        _paths.Remove(field);
    }

    /// <summary>Records where a field's value now comes from, whether or not it was claimed before.</summary>
    public void Reclaim(string field, SourceRef source,
        [CallerFilePath] string file = "", [CallerMemberName] string member = "", [CallerLineNumber] int line = 0)
    {
        _sources[field] = source;
        if (FieldTrace.Enabled) _paths[field] = FieldTrace.Path(file, member, line);
    }

    public void SetName(string name, SourceRef source,
        [CallerFilePath] string file = "", [CallerMemberName] string member = "", [CallerLineNumber] int line = 0)
    {
        if (Claim("name", source, file, member, line)) Name = name;
    }

    /// <summary>Gives the name up: a later rule found it is no name.</summary>
    public void DropName()
    {
        Name = null;
        Release("name");
    }

    /// <summary>Gives the project another name: the draft turned out to be one of several projects its document lists.</summary>
    public void Rename(string name, SourceRef source,
        [CallerFilePath] string file = "", [CallerMemberName] string member = "", [CallerLineNumber] int line = 0)
    {
        Name = name;
        Reclaim("name", source, file, member, line);
    }

    /// <summary>
    /// Fills what this project's own part of the document does not say from a project of the same document: the
    /// report's place, year, department and kind hold for every project it covers. A place is taken whole or not
    /// at all, so a project that names its own county never gets another project's city beside it.
    /// </summary>
    public void ShareDocumentFields(ProjectDraft from)
    {
        if (!Has("province") && !Has("city") && !Has("district"))
        {
            Copy("province", () => Province = from.Province);
            Copy("city", () => City = from.City);
            Copy("district", () => District = from.District);
        }
        Copy("year", () => Year = from.Year);
        Copy("department", () => Department = from.Department);
        Copy("report_kind", () => ReportKind = from.ReportKind);

        void Copy(string field, Action set)
        {
            if (_withheld.Contains(field) || !from.Sources.TryGetValue(field, out var source) || !_sources.TryAdd(field, source)) return;
            if (from._paths.TryGetValue(field, out var path)) _paths[field] = path;
            set();
        }
    }

    public ProjectRecord ToRecord() => new()
    {
        Name = Name ?? string.Empty,
        Province = Province, City = City, District = District, Year = Year, Department = Department,
        ReportKind = ReportKind, BudgetWan = BudgetWan, BudgetInitialWan = BudgetInitialWan, BudgetAdjustedWan = BudgetAdjustedWan, ActualWan = ActualWan, ExecutionRatePct = ExecutionRatePct,
        Score = Score, Grade = Grade, Indicators = Indicators.ToList(),
        Sources = new Dictionary<string, SourceRef>(_sources),
        Warnings = FieldTrace.Enabled ? Warnings.Concat(FieldTrace.Warnings(_paths)).ToList() : Warnings.ToList(),
    };
}
