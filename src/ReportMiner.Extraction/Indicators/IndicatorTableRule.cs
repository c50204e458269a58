using System.Text.RegularExpressions;
using ReportMiner.Documents.Model;
using ReportMiner.Extraction.Pipeline;
using ReportMiner.Extraction.Records;

namespace ReportMiner.Extraction.Indicators;

/// <summary>
/// Indicators from tables read by header meaning. A header (one or more consecutive label rows, composed column by
/// column) can appear anywhere in a table (forms hold several sub-tables); rows below it are indicators until the
/// table ends, another header starts, or a total or footer row (总分, 合计, 评价结论, 填表人 …) ends the region.
/// Level 1/2 come from the cells left of the name, spanning or carried down from the row above when an export
/// dropped the spanned cells; a blank level 1 is inferred from level 2 by the national framework.
/// </summary>
public sealed partial class IndicatorTableRule : IExtractionRule
{
    private const int MaxHeaderRows = 3;
    private const int LongestTargetText = 60;
    private const int MaxItemsBetweenParts = 2;
    private const int MostLevelLabelsBetweenParts = 4;
    private const int LongestCutOffValue = 16;
    private const int LongestSideLabel = 6;
    private const double MostPoints = 100;

    public void Apply(ExtractionContext context)
    {
        // Text recognised from page images: comparators may have been read as characters.
        var ocr = context.Document.Format is FileFormat.ScannedPdf or FileFormat.Image;
        var pageStarts = new Lazy<Dictionary<int, int>>(() => PageStarts(context.Items));
        foreach (var project in context.Projects)
        {
            IndicatorHeader? header = null;
            Table? headerTable = null;
            var headerRows = new List<DocItem>();
            var headerKeys = new HashSet<string>();
            IndicatorRecord? previous = null;
            var last = new LastRow();
            var points = new SharedPoints();
            DocItem? headerRow = null;
            var rows = context.SpacedItemsOf(project).Where(i => i.IsRow).ToList();
            for (var at = 0; at < rows.Count; at++)
            {
                var item = rows[at];
                if (header is not null && headerKeys.Contains(item.Key)
                    && (item.Table == headerTable || last.Item is not null && OnlyBreakBetween(context, last.Item, item)))
                {
                    // The header printed again where a page breaks a form whose header row repeats: the rows below
                    // go on under the levels carried from above it, and a row the break cut goes on below it.
                    headerTable = item.Table;
                    // Rows left blank but for a numbered name, written as lines of their own before the header printed
                    // again, are rows of the part above.
                    if (last.Item is not null && last.Item.Table != item.Table)
                        project.Indicators.AddRange(NumberedSlotLines.Indicators(Between(context, last.Item, item), previous));
                    if (last.Item?.Table == item.Table) last.RowIndex = item.Row!.Value;
                    else last = new LastRow();
                    continue;
                }
                if (item.Table != headerTable)
                {
                    // Under a header with no row below it yet, the header row is the one the next part goes on from:
                    // a level label written out on its own line may stand between them.
                    var above = last.Item ?? headerRow;
                    if (header is not null && ContinuesOnNextTable(context, above, item))
                    {
                        headerTable = item.Table;
                        previous = LevelsBetween(context, above!, item, previous) ?? previous;
                        if (last.Item is not null && CutOffCells(context, last.Item, item) is { } rest && last.Indicator >= 0
                            && ReadRow(RowContinuation.Join(last.Item!, rest), header, last.Before, project, ocr) is { } completed)
                            project.Indicators[last.Indicator] = previous = completed;
                        var named = NumberedSlotLines.Indicators(WithoutTail(Between(context, above!, item), above!), previous).ToList();
                        project.Indicators.AddRange(named);
                        // The row above no longer ends where this part starts: nothing here completes it.
                        if (named.Count > 0) last = new LastRow();
                    }
                    else { header = null; previous = null; }
                    headerRow = null;
                }
                if (WrappedHeaderRow.Join(rows, at) is { } joinedHeader)
                {
                    item = joinedHeader;
                    rows[at] = item;
                    rows.RemoveAt(at + 1);
                }
                if ((ReadHeader(item, headerRows) ?? (header is null
                        ? ContentHeader.Read(item.Cells, () => BodyBelow(rows, at)) ?? UnnamedPointsHeader.Read(item.Cells, () => BodyAcrossParts(context, rows, at))
                        : null)) is { } found)
                {
                    var body = BodyBelow(rows, at);
                    if (HeaderRestLine.After(context.Items, item) is { } rest && found.WithWrappedWords(rest) is { } completed) found = completed;
                    header = HeaderReading.Complete(found, BodyAcrossParts(context, rows, at), body);
                    headerKeys = [.. headerRows.Append(item).Select(r => r.Key)];
                    headerTable = item.Table;
                    headerRow = item;
                    previous = null;
                    last = new LastRow();
                    points = new SharedPoints();
                    continue;
                }
                // A label row that is no header alone may be the first line of one ("一级 | 二级 | … | 分值 | 得分").
                if (!HeaderSemantics.IsLabelRow(item.Cells) && !HeaderSemantics.IsWrappedRest(item.Cells)) headerRows.Clear();
                if (header is null && IndicatorHeader.Implied(OwnCells(item)) is { } implied)
                {
                    // A table whose header lies outside the excerpt or on an earlier page.
                    header = PointsColumns.Reread(implied, BodyFrom(context, rows, at));
                    if (TargetFormTables.IsUnderTargetTitle(context.Items, item)) header = TargetFormTables.WithoutResults(header);
                    headerTable = item.Table;
                    previous = null;
                    last = new LastRow();
                    points = new SharedPoints();
                }
                if (header is null) continue;
                if (RepeatedHeaderRow.Is(item.Cells))
                {
                    last = new LastRow();
                    continue;
                }
                if (IndicatorFooters.Of(item) is { } footer)
                {
                    if (footer.IsTotal)
                        project.StatedIndicatorTotal ??= item.Cells.Select(IndicatorValues.Number).LastOrDefault(n => n is not null);
                    if (footer.EndsRegion) header = null;
                    last = new LastRow();
                    continue;
                }
                var wrapped = last.Item is not null && RowContinuation.IsWrappedLine(last.Item, last.RowIndex, item);
                var afterPage = !wrapped && last.Item is not null && RowContinuation.PageNumberBefore(last.Item, last.RowIndex, item, header) is { } page
                                && pageStarts.Value.TryGetValue(page - 1, out var before) && before < item.Index;
                if (last.Item is not null && (wrapped || afterPage || RowContinuation.Continues(last.Item, last.RowIndex, item, header)))
                {
                    var joined = wrapped ? RowContinuation.JoinWrapped(last.Item, item)
                        : afterPage ? RowContinuation.JoinAfterPageNumber(last.Item, item) : RowContinuation.Join(last.Item, item);
                    if (ReadRow(joined, header, last.Before, project, ocr) is { } record)
                    {
                        if (last.Indicator >= 0) project.Indicators[last.Indicator] = record;
                        else { project.Indicators.Add(record); last.Indicator = project.Indicators.Count - 1; }
                        previous = record;
                    }
                    last.Item = joined;
                    last.RowIndex = item.Row!.Value;
                    continue;
                }
                string? nameTail = null;
                if (WrappedTails.After(context.Items, item) is { } tail) (item, nameTail) = WrappedTails.Attach(item, tail);
                var indicator = ReadRow(item, header, previous, project, ocr, nameTail);
                if (indicator is not null && LearnedRowRoles.IsNotIndicator(item)) indicator = null;
                if (indicator is not null && points.IsTotal(indicator))
                {
                    project.StatedIndicatorTotal ??= indicator.Score;
                    header = null;
                    last = new LastRow();
                    continue;
                }
                last = new LastRow { Item = item, RowIndex = item.Row!.Value, Before = previous };
                if (indicator is null)
                {
                    // A row of level labels without an indicator of its own still opens its part for the rows below.
                    previous = LevelsOf(item, header, previous) ?? previous;
                    continue;
                }
                project.Indicators.Add(indicator);
                last.Indicator = project.Indicators.Count - 1;
                previous = indicator;
                points.Add(indicator);
            }
        }
    }

    /// <summary>
    /// Where each number a line opens with ("1、", "2、" …) is first written: a document site numbers every page so, and
    /// a row behind page number k continues a cut row only when page k − 1 was numbered before it.
    /// </summary>
    private static Dictionary<int, int> PageStarts(IReadOnlyList<DocItem> items)
    {
        var starts = new Dictionary<int, int>();
        foreach (var item in items)
            if (LineNumber().Match(item.Text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, out var n))
                starts.TryAdd(n, item.Index);
        return starts;
    }

    [GeneratedRegex(@"^\s*(?<n>\d{1,3})、")]
    private static partial Regex LineNumber();

    /// <summary>
    /// A row's cells without the side labels that span down onto it from a row above (总体目标, 年度绩效指标 beside
    /// the indicator rows): they belong to that row, not to this one's levels. A spanning level label stays.
    /// </summary>
    private static IReadOnlyList<string> OwnCells(DocItem item) =>
        item.Table is not { } table || item.Row is not { } row ? item.Cells
            : item.Cells.Select((text, c) => table.CellAt(row, c) is { } cell && cell.Row < row && !IndicatorFramework.IsLevelLabel(text) ? string.Empty : text).ToList();

    /// <summary>The rows of a header-less table from <paramref name="first"/> on, up to a header row or the region's end.</summary>
    private static List<IReadOnlyList<string>> BodyFrom(ExtractionContext context, List<DocItem> rows, int first) =>
        [rows[first].Cells, .. BodyAcrossParts(context, rows, first)];

    /// <summary>The rows of the header's table below it, up to the next header row or the region's end.</summary>
    private static List<IReadOnlyList<string>> BodyBelow(List<DocItem> rows, int header) =>
        rows.Skip(header + 1)
            .TakeWhile(r => r.Table == rows[header].Table && !HeaderSemantics.IsLabelRow(r.Cells) && IndicatorFooters.Of(r) is not { EndsRegion: true })
            .Select(r => r.Cells).ToList();

    /// <summary>The body with the parts of the table after a page break (tables of their own that the rows read on
    /// into): which columns hold points is decided from all the table's rows, not from the few above the break.</summary>
    private static List<IReadOnlyList<string>> BodyAcrossParts(ExtractionContext context, List<DocItem> rows, int header)
    {
        var body = new List<IReadOnlyList<string>>();
        var table = rows[header].Table;
        for (var r = header + 1; r < rows.Count; r++)
        {
            var row = rows[r];
            if (row.Table != table && !ContinuesOnNextTable(context, rows[r - 1], row)) break;
            if (HeaderSemantics.IsLabelRow(row.Cells) || IndicatorFooters.Of(row) is { EndsRegion: true }) break;
            table = row.Table;
            body.Add(row.Cells);
        }
        return body;
    }

    /// <summary>
    /// True when <paramref name="item"/> opens a table that goes on with the indicator rows above: a page break
    /// split the table and left at most a page marker between the parts ("2、", "- 3 -"), and the new part has no
    /// header of its own.
    /// </summary>
    private static bool ContinuesOnNextTable(ExtractionContext context, DocItem? lastRow, DocItem item)
    {
        if (lastRow is null || item.Row != 0 || HeaderSemantics.IsLabelRow(item.Cells)) return false;
        return OnlyBreakBetween(context, lastRow, item);
    }

    /// <summary>True when at most what a page break leaves (a page marker, a cut-off cell, a level label written out)
    /// lies between <paramref name="lastRow"/> and <paramref name="item"/>.</summary>
    private static bool OnlyBreakBetween(ExtractionContext context, DocItem lastRow, DocItem item)
    {
        var between = Between(context, lastRow, item);
        if (between.Count == 1 && WrappedTails.IsTailOf(lastRow, between[0])) return true;
        between = WithoutTail(between, lastRow);
        if (NumberedSlotLines.AllSlotRows(between)) return true;
        // The groups of a target form left empty (经济效益指标, 生态效益指标, 可持续影响指标), each written out as its label.
        if (between.Count <= MostLevelLabelsBetweenParts && between.All(b => !b.IsRow && IndicatorFramework.IsLevelLabel(b.Text))) return true;
        return between.Count <= MaxItemsBetweenParts
               && between.All(b => !b.IsRow && (PageMarker().IsMatch(b.Key) || IndicatorFramework.IsLevelLabel(b.Text) || IndicatorNames.IsBarePlaceholder(b.Text)
                                                 || IsCutOffValue(b) || IsSideLabel(b)));
    }

    /// <summary>
    /// The cells of the last row that a page break cut off and a text export wrote as lines of their own between the
    /// two parts of the table ("8000亩" ends the row, "8535.5亩" stands alone before the next part): as one row
    /// item to join to the last row, or null when there are none.
    /// </summary>
    private static DocItem? CutOffCells(ExtractionContext context, DocItem lastRow, DocItem item)
    {
        var values = Between(context, lastRow, item).Where(IsCutOffValue).ToList();
        return values.Count == 0 ? null : values[0] with { Cells = values.Select(v => v.Text.Trim()).ToArray(), Original = string.Join('\t', values.Select(v => v.Original)) };
    }

    /// <summary>The text of a side label spanning the indicator rows ("绩效指标"), written out between two parts of the table.</summary>
    private static bool IsSideLabel(DocItem item) =>
        !item.IsRow && item.Key.Length <= LongestSideLabel && HeaderSemantics.RoleOf(item.Text) == ColumnRole.Name;

    private static bool IsCutOffValue(DocItem item) =>
        !item.IsRow && !PageMarker().IsMatch(item.Key) && item.Key.Length <= LongestCutOffValue && item.Key.Any(char.IsAsciiDigit) && CellKinds.IsValue(item.Text);

    private static List<DocItem> Between(ExtractionContext context, DocItem lastRow, DocItem item) =>
        context.Items.Skip(lastRow.Index + 1).Take(item.Index - lastRow.Index - 1).ToList();

    /// <summary>The lines between two parts of a table after the tail the last row wrapped onto the first of them: the
    /// tail is that row's, what follows it (an unfilled slot, a level label) is the break's. A line that opens a numbered
    /// slot (指标2.…) is a row of its own, never a tail.</summary>
    private static List<DocItem> WithoutTail(List<DocItem> between, DocItem lastRow) =>
        between.Count > 1 && WrappedTails.IsTailOf(lastRow, between[0]) && !IndicatorNames.OpensFilledSlot(between[0].Text) ? between[1..] : between;

    /// <summary>
    /// A row holding only a level label ("质量指标") that a text export wrote as a line of its own, between two parts
    /// of one table: it opens its part for the rows below, as the same row inside the table would.
    /// </summary>
    private static IndicatorRecord? LevelsBetween(ExtractionContext context, DocItem lastRow, DocItem item, IndicatorRecord? previous)
    {
        var label = Between(context, lastRow, item).Select(b => IndicatorFramework.LevelText(b.Text))
            .LastOrDefault(IndicatorFramework.IsLevelLabel);
        if (label is null) return null;
        // 满意度指标 is the framework's level 1 for itself: written out alone it opens that level 1, not a level 2 under
        // the level 1 carried from above.
        if (IndicatorFramework.IsLevel1Label(label)
            && (IndicatorFramework.Level1Of(label) is not { } own || TextKey.Of(own) == TextKey.Of(label)))
            return new IndicatorRecord { Name = string.Empty, Level1 = label };
        var level1 = IndicatorFramework.OwnerOf(label, carried: previous?.Level1);
        return new IndicatorRecord { Name = string.Empty, Level1 = level1, Level2 = label };
    }

    /// <summary>The row read last, so that a row holding only the rest of its cells can complete it.</summary>
    private sealed class LastRow
    {
        public DocItem? Item { get; set; }
        public int RowIndex { get; set; }
        public IndicatorRecord? Before { get; init; }
        public int Indicator { get; set; } = -1;
    }

    /// <summary>The header ending at <paramref name="item"/> when it is a header row, composed with the header rows
    /// right above it; null for any other row.</summary>
    private static IndicatorHeader? ReadHeader(DocItem item, List<DocItem> headerRows)
    {
        var labels = HeaderSemantics.IsLabelRow(item.Cells);
        if (!labels && !HeaderSemantics.IsWrappedRest(item.Cells)) return null;
        bool SpansDown(int c) => IndicatorRegions.SpansDown(item.Table!, item.Row!.Value, c);
        var continues = headerRows.Count is > 0 and < MaxHeaderRows && headerRows[^1].Table == item.Table && headerRows[^1].Row == item.Row - 1;
        if (continues && IndicatorHeader.FromRows(headerRows.Append(item).Select(r => r.Cells).ToList(), SpansDown) is { } composed)
        {
            headerRows.Add(item);
            return composed;
        }
        headerRows.Clear();
        if (!labels)
        {
            // Perhaps the first line of wrapped header cells; the next row decides.
            headerRows.Add(item);
            return null;
        }
        var single = IndicatorHeader.FromRows([item.Cells], SpansDown);
        if (single is not null || HeaderSemantics.IsLabelRow(item.Cells)) headerRows.Add(item);
        return single;
    }

    /// <param name="tail">The rest of the row's name, wrapped onto a line of its own (<see cref="WrappedTails"/>).</param>
    private static IndicatorRecord? ReadRow(DocItem item, IndicatorHeader header, IndicatorRecord? previous, ProjectDraft project, bool ocr, string? tail = null)
    {
        var roles = header.Roles;
        var alignment = RowAligner.Align(item.Cells, roles, header.Width, c => !IsOwnCell(item, c));
        if (SiblingLevel2.ShiftedRight(item.Cells, roles, header.Width, alignment.Shift, previous) is { } sibling)
            alignment = RowAligner.AlignAt(item.Cells, roles, header.Width, sibling, c => !IsOwnCell(item, c));
        var shift = alignment.Shift;
        string? Cell(ColumnRole role) => roles.TryGetValue(role, out var c) ? alignment.At(item.Cells, c) : null;
        bool Dropped(ColumnRole role) => roles.TryGetValue(role, out var c) && alignment.LeftOfRow(c);

        var level1 = Dropped(ColumnRole.Level1) ? previous?.Level1 : Cell(ColumnRole.Level1);
        var level2 = Dropped(ColumnRole.Level2) ? previous?.Level2 : Cell(ColumnRole.Level2);
        // A level cell spanning down from a header row printed again above (一级指标) is no level: the row's is the one above.
        if (RepeatedHeaderRow.IsColumnWord(level1)) level1 = previous?.Level1;
        if (RepeatedHeaderRow.IsColumnWord(level2)) level2 = previous?.Level2;
        var rawName = Cell(ColumnRole.Name) ?? string.Empty;
        // Read shifted, the name must be this row's own cell, not a level cell spanning down from above.
        if (shift != 0 && roles.TryGetValue(ColumnRole.Name, out var nameAt) && nameAt - shift >= 0 && !IsOwnCell(item, nameAt - shift)) return null;
        var tailIsName = tail is not null && TextKey.Of(rawName).Length == 0;
        if (tailIsName) rawName = tail!;
        else if (!CellKinds.IsLabel(rawName))
        {
            // A row whose name slipped into a level column: the name is the rightmost level text written in this row.
            var own = new[] { ColumnRole.Level2, ColumnRole.Level1 }
                .Where(roles.ContainsKey)
                .Select(r => (Role: r, Column: roles[r] - shift))
                .FirstOrDefault(x => x.Column >= 0 && x.Column < item.Cells.Count && IsOwnCell(item, x.Column) && CellKinds.IsLabel(item.Cells[x.Column])
                                     && !IndicatorFramework.IsLevelLabel(item.Cells[x.Column]) && !IsLevelSubtotal(item.Cells[x.Column]));
            if (own.Role == ColumnRole.None) return null;
            rawName = item.Cells[own.Column];
            level1 = previous?.Level1;
            level2 = previous?.Level2;
        }
        if (tail is not null && !tailIsName && !WrappedTails.ContinuesWiderCell(item.Cells, rawName, tail)) rawName = rawName.TrimEnd() + tail.Trim();
        if (IndicatorNames.LevelBeforeSlot(rawName) is { } glued)
        {
            (rawName, level2) = (glued.Name, glued.Level2);
            if (roles.ContainsKey(ColumnRole.Level2) && TextKey.Of(level1 ?? string.Empty) == TextKey.Of(glued.Level2)) level1 = null;
        }
        var name = IndicatorNames.Clean(rawName);
        // 定性/定量 under the name is a 指标值类型 cell the row slipped onto: no name at all.
        if (name.Length < 2 || !CellKinds.IsLabel(name) || CellKinds.IsComparator(name) || IndicatorFooters.NotIndicatorName(name)
            || IndicatorNames.IsColumnLabelWord(name)) return null;
        if ((Cell(ColumnRole.Target)?.Length ?? 0) > LongestTargetText) return null;

        var spanning = shift == 0 ? SpanningNameColumns(item, roles) : [];
        // A note merged across the name and value columns is not an indicator row.
        if (spanning.Contains(ColumnRole.Target) || spanning.Contains(ColumnRole.Actual)) return null;
        string? Value(ColumnRole role) => spanning.Contains(role) ? null : Cell(role);
        var unit = Value(ColumnRole.Unit);
        var targetText = ocr ? OcrComparators.RepairTarget(Value(ColumnRole.Target), Value(ColumnRole.Actual)) : Value(ColumnRole.Target);
        var target = IndicatorValues.Compose(Value(ColumnRole.TargetOp), targetText, unit);
        var actual = IndicatorValues.WithUnit(IndicatorValues.Compose(null, Value(ColumnRole.Actual), unit), target?.Unit);
        // A form shares out 100 points: a larger figure under 分值 or 得分 is a value or two cells run together (8 | 80%).
        var weight = IndicatorValues.Weight(Value(ColumnRole.Weight)) is { } w && w <= MostPoints ? w : (double?)null;
        var score = IndicatorValues.Points(Value(ColumnRole.Score)) is { } s && s <= MostPoints ? s : (double?)null;
        // One cell that writes both levels ("产出指标-数量指标").
        if (level1 is not null && IndicatorFramework.SplitLevels(level1) is { } both && (level2 is null || level2 == level1 || TextKey.Of(level2).Length == 0))
            (level1, level2) = both;
        else if (level2 is not null && IndicatorFramework.SplitLevels(level2) is { } pair && (level1 is null || TextKey.Of(level1).Length == 0))
            (level1, level2) = pair;
        // A level-2 label of the framework under 一级指标 in a form without a level-2 column is the level 2.
        if (!roles.ContainsKey(ColumnRole.Level2) && level1 is not null && IndicatorFramework.IsLevelLabel(level1)
            && ((!IndicatorFramework.IsLevel1Label(level1) && IndicatorFramework.Level1Of(level1) is not null) || SiblingLevel2.Continues(level1, previous)))
            (level1, level2) = (null, level1);
        // A row whose value cells are all blank (a host site stripped the figures, the form was published
        // unfilled, or the excerpt ends mid-row) still names its indicator, under a known level 2; a level label cut off mid-word does not.
        if (target is null && actual is null && weight is null && score is null
            && (level2 is null || IndicatorFramework.IsLevelLabel(name + "标") || IndicatorFramework.IsLevelLabel(name))) return null;
        var stated = MetEvaluator.FromCell(Value(ColumnRole.Met));
        var computed = MetEvaluator.Compare(target, actual);
        if (stated is not null && computed is not null && stated != computed)
            project.Warnings.Add($"indicator '{name}': 是否达标 says {(stated.Value ? "met" : "not met")} but actual {actual?.Text} vs target {target?.Text} says otherwise");
        // A level cell left blank under a filled one reads as the one above (a merge the export lost); a blank
        // level 1 beside a written level 2 comes from the framework first.
        var level2Label = Level(level2, name);
        var level2Written = level2Label is not null;
        // A row that writes a level 1 of its own opens a new part: the level 2 of the part above is not carried into it.
        if (!OpensLevel1(level1, name, previous)) level2Label ??= previous?.Level2;
        var level1Label = Level(level1, name)
            ?? (level2Written ? IndicatorFramework.Level1Of(level2Label) : null)
            ?? previous?.Level1 ?? IndicatorFramework.Level1Of(level2Label);
        // A level 1 carried down that cannot hold this row's own level 2: the new level-1 cell was lost.
        if (level2Written && Dropped(ColumnRole.Level1) && level1Label is not null && !IndicatorFramework.CanHold(level1Label, level2Label))
            level1Label = IndicatorFramework.Level1Of(level2Label);
        return new IndicatorRecord
        {
            Level1 = level1Label, Level2 = level2Label, Name = name,
            Target = target, Actual = actual, Weight = weight, Score = score,
            Met = stated ?? computed,
            Source = item.Source(),
        };
    }

    private static bool OpensLevel1(string? level1, string name, IndicatorRecord? previous) =>
        Level(level1, name) is { } own && previous?.Level1 is { } carried && TextKey.Of(own) != TextKey.Of(carried);

    /// <summary>
    /// A score table's level-1 row with its subtotal ("决策（20分） | | | 20 | | 18"): a framework label carrying its
    /// points heads the rows below it and is never an indicator of its own.
    /// </summary>
    private static bool IsLevelSubtotal(string cell)
    {
        var key = TextKey.Label(cell);
        return IndicatorFramework.WithoutPoints(key) != key && (EvaluationLevels.IsLevel1Word(cell) || EvaluationLevels.IsLevel2Word(cell));
    }

    /// <summary>
    /// The level labels a row that holds no indicator writes in its level columns ("效益指标 | 经济效益指标" with
    /// nothing filled in), as the context the rows below carry down; null when it writes none.
    /// </summary>
    private static IndicatorRecord? LevelsOf(DocItem item, IndicatorHeader header, IndicatorRecord? previous)
    {
        var roles = header.Roles;
        if (!roles.ContainsKey(ColumnRole.Level2)) return null;
        var shift = RowAligner.BestShift(item.Cells, roles, header.Width, c => !IsOwnCell(item, c));
        string? Written(ColumnRole role) =>
            roles.TryGetValue(role, out var c) && !RowAligner.LeftOfRow(c, shift) && c - shift < item.Cells.Count && IsOwnCell(item, c - shift)
            && RowAligner.At(item.Cells, c, shift) is { } text && IndicatorFramework.IsLevelLabel(text)
                ? IndicatorFramework.LevelText(text) : null;
        var level1 = Written(ColumnRole.Level1);
        var level2 = Written(ColumnRole.Level2);
        if (level2 is null) return null;
        level1 ??= IndicatorFramework.OwnerOf(level2, carried: previous?.Level1);
        // Nameless: only the levels are carried, and a row cut off below it is not taken for an indicator's start.
        return new IndicatorRecord { Name = string.Empty, Level1 = level1, Level2 = level2 };
    }

    /// <summary>Value roles whose cell is the same merged cell as the name's: a note spanning the row, not a value.</summary>
    private static HashSet<ColumnRole> SpanningNameColumns(DocItem item, IReadOnlyDictionary<ColumnRole, int> roles)
    {
        var result = new HashSet<ColumnRole>();
        if (!roles.TryGetValue(ColumnRole.Name, out var nameColumn)) return result;
        var nameCell = item.Table!.CellAt(item.Row!.Value, nameColumn);
        if (nameCell is null || nameCell.ColumnSpan < 2) return result;
        foreach (var (role, column) in roles)
            if (role != ColumnRole.Name && ReferenceEquals(item.Table.CellAt(item.Row.Value, column), nameCell)) result.Add(role);
        return result;
    }

    // A blank cell an export split off a merged level label above is that label's, as the merged cell would be.
    private static bool IsOwnCell(DocItem item, int column) =>
        item.Table!.CellAt(item.Row!.Value, column) is not { } cell
        || (cell.Row == item.Row && !Classification.TableRowShape.IsLostMerge(item.Table, item.Row.Value, column));

    private static string? Level(string? text, string name)
    {
        var key = IndicatorFramework.WithoutNote(IndicatorFramework.LevelText(text ?? string.Empty));
        return key.Length == 0 || key == name || !CellKinds.IsLabel(key) || ValueInLevelCell.Holds(key) || IsValueKind(key) ? null : key;
    }

    // 定量/定性 (指标) says what kind of value a row has: under a 指标类型 column left of the name it is no level (review59).
    private static bool IsValueKind(string key) => (key.EndsWith("指标", StringComparison.Ordinal) ? key[..^2] : key) is "定量" or "定性";

    [GeneratedRegex(@"^(?:\d{1,3}[、.．]?|[-—－]\d{1,3}[-—－]|第\d{1,3}页.{0,8}|\d{1,3}/\d{1,3})$")]
    private static partial Regex PageMarker();
}
