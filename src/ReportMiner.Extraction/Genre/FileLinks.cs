using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// Which of a document's items are links to attached files ("附件1：…绩效评价报告.pdf"), each naming another document. Read
/// once per document: a page of thousands of links is checked in one pass, not each link against the whole page.
/// </summary>
internal sealed partial class FileLinks
{
    private const string AttachmentWord = "附件";
    private const int MinSubjectHan = 2;
    // A document site prints the shown file's name at the top of its page, above or beside its upload record (R162, R294, R561
    // and R793 within the first four lines); a file name deep in the text is an attachment, however the page began.
    private const int HeadItems = 8;
    private const int UploadRecordReach = 2;

    private readonly int? _firstText;
    private readonly int? _sharedTitle;

    public FileLinks(ExtractionContext context)
    {
        var items = context.Items;
        _firstText = items.FirstOrDefault(i => !i.IsRow)?.Index;
        _sharedTitle = SharedFileTitle(context);
    }

    /// <summary>
    /// A link to an attached file ("附件1：…绩效评价报告.pdf") names another document; the file name a document site prints
    /// as the first line of the text it shows ("…项目支出绩效自评表.xlsx") is that text's own title.
    /// </summary>
    public bool IsLink(DocItem item) =>
        item.Key.StartsWith(AttachmentWord, StringComparison.Ordinal)
            ? AttachmentLink().IsMatch(item.Key)
            : item.Index != _firstText && item.Index != _sharedTitle && AttachmentLink().IsMatch(item.Key);

    /// <summary>
    /// A document-sharing site prints the shown file's name with its upload record ("上传人:b****5 文档编号:30238812 上传时间:…
    /// 格式:DOCX 页数:28"; R162, R294, R310, R332, R374, R697, R704 open on the name, R064 and R793 print the site's "收藏 分销(赏)"
    /// above it): on such a page the first file name is the title of the document shown, not an attachment's link. Below the
    /// site's chrome it counts only where it names its subject ("全国农村饮水解困项目评估报告.doc"): a template is shared
    /// under its form's bare name ("绩效目标申报表.doc", R064), which tells nothing of a report of its own.
    /// </summary>
    private static int? SharedFileTitle(ExtractionContext context)
    {
        var items = context.Items;
        var at = IndexOf(items, i => !i.IsRow && !i.Key.StartsWith(AttachmentWord, StringComparison.Ordinal) && AttachmentLink().IsMatch(i.Key));
        if (at < 0) return null;
        var nearRecord = Enumerable.Range(at - UploadRecordReach, 2 * UploadRecordReach + 1)
            .Any(n => n >= 0 && n < items.Count && UploadRecord().IsMatch(items[n].Key));
        var inHead = at < HeadItems && context.Chrome.Concat(items).Any(i => UploadRecord().IsMatch(i.Key));
        if (!nearRecord && !inHead) return null;
        return NamesSubject(ReportTitles.Subject(AttachmentLink().Replace(items[at].Key, string.Empty))) ? items[at].Index : null;
    }

    private static int IndexOf(IReadOnlyList<DocItem> items, Func<DocItem, bool> match)
    {
        for (var n = 0; n < items.Count; n++)
            if (match(items[n])) return n;
        return -1;
    }

    // A subject is what is left of a title's subject without the report's own words ("绩效目标" of "绩效目标申报表" is none).
    private static bool NamesSubject(string? subject) =>
        subject is not null
        && ReportWords.Value.Aggregate(subject, (rest, word) => rest.Replace(word, string.Empty, StringComparison.Ordinal))
            .Count(c => c is >= '\u4e00' and <= '\u9fff') >= MinSubjectHan;

    private static readonly Lazy<string[]> ReportWords = new(() =>
        GenreVocabulary.Default.Words(GenreVocabulary.PerformanceReport).OrderByDescending(w => w.Length).ToArray());

    [GeneratedRegex(@"上传人[:：].{0,60}(?:文档编号|上传时间)[:：]")]
    private static partial Regex UploadRecord();

    [GeneratedRegex(@"\.(pdf|docx?|xlsx?|wps|rar|zip)$", RegexOptions.IgnoreCase)]
    internal static partial Regex AttachmentLink();
}
