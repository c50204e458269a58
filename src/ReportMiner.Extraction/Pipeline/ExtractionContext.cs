using ReportMiner.Documents.Model;

namespace ReportMiner.Extraction.Pipeline;

/// <summary>What rules share: the document as reading-order items, and the project drafts being filled.</summary>
public sealed class ExtractionContext
{
    public ExtractionContext(Document document)
    {
        Document = document;
        (var items, Chrome) = DocItems.From(document);
        (items, Chrome) = OcrRepairs.Apply(document, items, Chrome);
        Items = CellRuns.CellRunItems.Rebuild(items);
        PageFields = Chrome.SelectMany(c => PageChrome.Fields(c.Text).Select(f => new PageField(f.Label, f.Value, c))).ToList();
    }

    public Document Document { get; }

    /// <summary>The report's paragraphs and table rows, without the page chrome around them.</summary>
    public IReadOnlyList<DocItem> Items { get; }

    /// <summary>Lines of the web page the report was stored from (metadata, print buttons, breadcrumbs).</summary>
    public IReadOnlyList<DocItem> Chrome { get; }

    /// <summary>The page's metadata fields (发布机构, 来源, 发布日期 …) in reading order.</summary>
    public IReadOnlyList<PageField> PageFields { get; }

    public List<ProjectDraft> Projects { get; } = [];

    /// <summary>What the document is (performance_report, ranking, news …), once decided.</summary>
    public string? DocumentKind { get; set; }

    private Genre.GenreScoring? genreScoring;

    /// <summary>
    /// Each genre's vocabulary score over the page chrome and the document's own text (attachment links left out), and
    /// the genres a word or line of their own names. Computed from the text on first use, so a rule reading it does not
    /// depend on <see cref="Genre.DocumentKindRule"/> having run before it.
    /// </summary>
    public Genre.GenreScoring GenreScoring => genreScoring ??= Genre.GenreScoring.Of(this);

    /// <summary>Warnings about the document as a whole (not a report, nothing recognised).</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>The items of one project's part of the document.</summary>
    public IEnumerable<DocItem> ItemsOf(ProjectDraft project) =>
        Items.Skip(project.FirstItem).Take(project.EndItem - project.FirstItem);

    private readonly Dictionary<(int First, int End), IReadOnlyList<DocItem>> spacedItems = [];

    /// <summary>
    /// A project's items with each space-separated table cut into rows (<see cref="Indicators.SpacedTableDump"/>); the
    /// table rule reads the rows and the prose rule the rest, so the cutting is done once per stretch of items.
    /// </summary>
    public IReadOnlyList<DocItem> SpacedItemsOf(ProjectDraft project)
    {
        var key = (project.FirstItem, project.EndItem);
        if (!spacedItems.TryGetValue(key, out var items))
            spacedItems[key] = items = Indicators.SpacedTableDump.Expand(ItemsOf(project)).ToList();
        return items;
    }
}

/// <summary>One metadata field of the stored page ("发布机构: 红河州数据发展中心").</summary>
public sealed record PageField(string Label, string Value, DocItem Line);
