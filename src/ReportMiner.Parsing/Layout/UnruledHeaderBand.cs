using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Layout;

/// <summary>
/// A header wrapped over two to four lines in a table without rules. Column headers are set in narrow cells, so
/// they wrap where the values below them do not; their lines (top-, bottom- or centre-aligned in the header row)
/// come out as rows of their own. The rows above the first row holding a value are one header row when they are
/// set as wrapped text: lines close together, each piece inside one column, the lines of each column keeping one
/// alignment (start, end or middle), each line going on in some column of the line above, no rule between them,
/// and every line naming some column right of the stub (a line with only a stub entry is a group label under the
/// header, not part of it).
/// </summary>
public static partial class UnruledHeaderBand
{
    private const int MaxHeaderLines = 5;
    // Below form rows or a first block, a header's narrowest cells may wrap two characters a line (偏差|原因|分析|及改|进措|施), its
    // lines set half a line off those of the next column's header.
    private const int MaxLaterHeaderLines = 10;
    private const double MaxLineGap = 0.6;

    public static List<List<Fragment>> Join(List<List<Fragment>> rows, double h, IReadOnlyList<RuleLine> rules)
    {
        var body = rows.FindIndex(r => r.Any(f => IsValue(f.Text)));
        if (body < 0) return rows;
        rows = [.. rows.Take(body).SelectMany(SplitAtSubHeaders), .. rows.Skip(body)];
        body = rows.FindIndex(r => r.Any(f => IsValue(f.Text)));
        if (body < 2) return rows;
        var band = rows.Take(body).ToList();
        var lines = LinesOf(band);
        if (lines.Count <= MaxHeaderLines && SetAsWrappedText(band, lines, h, rules, rows))
            return [band.SelectMany(r => r).ToList(), .. rows.Skip(body)];
        return JoinBandsAboveFigures(rows, h, rules);
    }

    // A header band need not open the table: form rows (项目名称, 主管部门) stand above the header of the money
    // block, and a second header (绩效指标 一级指标 … wrapped 实际|完成|值) opens the indicator block below it.
    // The rows just above each row that starts the figures again are one header row when their last two or more
    // rows (up to ten lines) are set as wrapped text (the most rows that are). A broken header line fills its cell, so it is
    // judged against the rows of its own block (the band and the rows of figures under it), not against wider
    // entries of the other blocks.
    private static List<List<Fragment>> JoinBandsAboveFigures(List<List<Fragment>> rows, double h, IReadOnlyList<RuleLine> rules)
    {
        var result = new List<List<Fragment>>();
        var pending = new List<List<Fragment>>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (!HasValue(rows[i]))
            {
                pending.Add(rows[i]);
                continue;
            }
            // Only two rows or more above can be a header band; the run of figures is read for those alone, not
            // again for every row of figures in a long table.
            if (pending.Count >= 2) result.AddRange(JoinTail(pending, rows.Skip(i).TakeWhile(HasValue).ToList(), h, rules));
            else result.AddRange(pending);
            pending.Clear();
            result.Add(rows[i]);
        }
        result.AddRange(pending);
        return result;
    }

    private static bool HasValue(List<Fragment> row) => row.Any(f => IsValue(f.Text));

    private static List<List<Fragment>> JoinTail(List<List<Fragment>> above, List<List<Fragment>> figures, double h,
        IReadOnlyList<RuleLine> rules)
    {
        for (var start = FirstStartWithinLines(above); start <= above.Count - 2; start++)
        {
            var band = above.Skip(start).ToList();
            var lines = LinesOf(band);
            if (lines.Count > MaxLaterHeaderLines || !SetAsWrappedText(band, lines, h, rules, [.. band, .. figures])) continue;
            return [.. above.Take(start), band.SelectMany(r => r).ToList()];
        }
        return above;
    }

    // A band that starts earlier holds every line of one that starts later, so the starts whose band spans more
    // lines than a header may are passed over at once instead of each band's lines being counted (a long run of
    // rows without figures would cost the square of its length).
    private static int FirstStartWithinLines(List<List<Fragment>> above)
    {
        var lines = new HashSet<int>();
        for (var start = above.Count - 1; start >= 0; start--)
        {
            foreach (var f in above[start]) lines.Add(f.Line);
            if (lines.Count > MaxLaterHeaderLines) return start + 1;
        }
        return 0;
    }

    private static List<List<Fragment>> LinesOf(List<List<Fragment>> band) =>
        band.SelectMany(r => r).GroupBy(f => f.Line).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();

    private static bool SetAsWrappedText(List<List<Fragment>> band, List<List<Fragment>> lines, double h, IReadOnlyList<RuleLine> rules,
        List<List<Fragment>> rows)
    {
        if (band.SelectMany(r => r).Any(f => f.C1 != f.C0)) return false;
        if (lines.Any(l => l.All(f => f.C0 == 0))) return false;
        for (var i = 1; i < lines.Count; i++)
        {
            // Wrapped text goes on below: some column holds text on both lines. Lines filling disjoint columns are
            // header rows of their own (a stub header centred beside sub-headers under group labels).
            if (!lines[i].Any(f => lines[i - 1].Any(a => a.C0 == f.C0))) return false;
            // (The wrapped ends 数 数 of 全年预算|数 and 全年执行|数 go on in columns a line above fills.)
            if (SubHeadersUnderGroups(lines.Take(i).SelectMany(l => l).ToList(), lines[i])) return false;
            var gap = lines[i].Min(f => f.Y0) - lines[i - 1].Max(f => f.Y1);
            if (gap > MaxLineGap * h || UnruledRows.RuledOff(lines[i - 1], lines[i], rules)) return false;
        }
        // Words of one line in one column (split at a wide space) are one piece of the header.
        foreach (var column in band.SelectMany(r => r).GroupBy(f => f.C0))
        {
            var stack = column.GroupBy(f => f.Line).OrderBy(l => l.Key).Select(l => new Piece(l.OrderBy(f => f.X0).ToList())).ToList();
            var widest = rows.SelectMany(r => r).Where(f => f.C0 == column.Key && f.C1 == column.Key).Max(f => f.X1 - f.X0);
            for (var i = 1; i < stack.Count; i++)
                if (!OneAlignment(stack[i - 1], stack[i], h) || (column.Key > 0 && !Broke(stack[i - 1], stack[i], widest, h))
                    || stack[i - 1].IsYear) return false;
        }
        return true;
    }

    // A header row whose lines were taken as one row (a stub header centred between group labels and their
    // sub-headers) is two rows: the group labels, and the sub-headers repeating under them.
    private static IEnumerable<List<Fragment>> SplitAtSubHeaders(List<Fragment> row)
    {
        var lines = row.GroupBy(f => f.Line).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            if (!SubHeadersUnderGroups(lines.Take(i).SelectMany(l => l).ToList(), lines[i])) continue;
            yield return lines.Take(i).SelectMany(l => l).ToList();
            yield return lines.Skip(i).SelectMany(l => l).ToList();
            yield break;
        }
        yield return row;
    }

    // Sub-headers repeat under each group label (年度 季度 年度 季度, Number Share Number Share), and the group
    // label above leaves the later sub-columns of its group empty: a line repeating a text in a column the line
    // above leaves empty is a row of sub-headers, not the wrapped ends of the headers above it.
    private static bool SubHeadersUnderGroups(List<Fragment> above, List<Fragment> below)
    {
        var filled = above.Select(f => f.C0).ToHashSet();
        return below.Where(f => !filled.Contains(f.C0))
            .Any(f => below.Any(o => o != f && o.C0 != f.C0 && o.Text == f.Text));
    }

    // A line of a wrapped header cell broke because the next word did not fit: the line and the next line's first
    // word (its first character in CJK text, which breaks anywhere) are wider than the cell, so wider than anything
    // the column holds. Two short entries one above the other under a wider one are two rows. (Not asked of the
    // stub column, whose header may be broken by hand above long row labels.)
    private static bool Broke(Piece above, Piece below, double widest, double h) => above.Width + below.FirstWordWidth >= widest - 0.3 * h;

    private sealed class Piece(List<Fragment> parts)
    {
        public double X0 { get; } = parts[0].X0;
        public double X1 { get; } = parts.Max(f => f.X1);
        public double Width => X1 - X0;
        public bool IsYear => parts.Count == 1 && UnruledHeaderBand.IsYear(parts[0].Text);

        public double FirstWordWidth
        {
            get
            {
                var first = parts[0];
                var text = first.Text;
                if (text.Length == 0) return 0;
                var length = CjkText.IsCjk(text[0]) ? 1 : text.IndexOf(' ') is var space and > 0 ? space : text.Length;
                return (first.X1 - first.X0) * length / text.Length;
            }
        }
    }

    private static bool OneAlignment(Piece above, Piece below, double h) =>
        Math.Abs(above.X0 - below.X0) <= 0.5 * h || Math.Abs(above.X1 - below.X1) <= 0.5 * h
        || Math.Abs(above.X0 + above.X1 - below.X0 - below.X1) <= h;

    // A value in a body cell: an amount, a count, a percentage or a nil dash. A bare year names a column.
    internal static bool IsValue(string text) => Value().IsMatch(text) && !Year().IsMatch(text);

    // A bare year is a column's whole name: what is set under it (its currency unit, 'restated') is a line of its own.
    internal static bool IsYear(string text) => Year().IsMatch(text);

    [GeneratedRegex(@"^([(\-−+]?[0-9][0-9,.]*%?\)?|[-–—]+)$")]
    private static partial Regex Value();

    [GeneratedRegex(@"^(19|20)[0-9]{2}$")]
    private static partial Regex Year();
}
