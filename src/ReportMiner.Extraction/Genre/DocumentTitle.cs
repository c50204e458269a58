using System.Text.RegularExpressions;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Projects;

namespace ReportMiner.Extraction.Genre;

/// <summary>
/// The lines a document's own title stands on: the paragraphs among its first items (where a report's title stands,
/// <see cref="ReportTitles.Head"/>), up to its first numbered line ("一、基本情况", "1.…"), where its body has begun. A
/// title below that, in an evidence list, a section heading or an attachment at the end, is another document's.
/// </summary>
internal static partial class DocumentTitle
{
    public static IReadOnlyList<string> Lines(IReadOnlyList<DocItem> content) =>
        ReportTitles.Head(content).TakeWhile(i => !NumberedLine().IsMatch(i.Key)).Where(i => !i.IsRow).Select(i => i.Key).ToList();

    [GeneratedRegex(@"^(?:[一二三四五六七八九十]{1,3}[、.．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d))")]
    private static partial Regex NumberedLine();
}
