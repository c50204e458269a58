using System.Globalization;
using System.Text.RegularExpressions;

namespace ReportMiner.Parsing.Text;

/// <summary>
/// The cells after a glued row's name, read against the columns its header names after the name (年度指标值 |
/// 实际完成值 | 分值 | 得分 | 偏差原因): every way of cutting the row's end into what each column can hold — a target
/// (a comparator, a number, a unit), an actual (a number and its unit), a rate, points of at most 100, a score no larger
/// than them, an empty cell — is weighed as a whole, and the one reading that fills the most cells, with an actual in
/// the target's unit or equal to it and a score equal to its points counting for more, is kept when no other reads as
/// well. One segmentation of the whole row, where the figure-by-figure cut from the end took the points and score for
/// the actual (=8个888, ≤202.6万元132.91010: R506's .raw.txt form; 95%95%1010, ≥500人次520人次1010: R040, R194, R312).
/// Null when a column the header names cannot be read so (a unit or a text column), or when two readings tie.
/// </summary>
internal static partial class GluedRowTail
{
    internal enum Column { Op, Target, Unit, Actual, Rate, Weight, Score, Empty }

    private const int LongestCell = 20;
    private const int ShortestName = 2;
    private const int MostColumns = 7;
    private const int LongestUnitCharacters = 5;

    // Readings tried per row before the cut gives the row up to the older cuts. The window of the last cells bounds the
    // search, but a long run of figures under seven columns took 83 ms a row without this; with it, under 20 ms.
    private const int MostReadings = 20_000;

    /// <summary>The columns after the name as this cut reads them, from the header phrases' roles; null when one of them
    /// holds what the cut cannot read (a unit, a comparator, a scoring rule or a met column).</summary>
    public static IReadOnlyList<Column>? Columns(IReadOnlyList<string> roles)
    {
        if (roles.Count is 0 or > MostColumns) return null;
        var columns = new List<Column>(roles.Count);
        foreach (var role in roles)
        {
            Column? column = role switch
            {
                "TargetOp" => Column.Op, "Unit" => Column.Unit, "Target" => Column.Target, "Actual" => Column.Actual, "Rate" => Column.Rate, "Weight" => Column.Weight,
                "Score" => Column.Score, "Reason" => Column.Empty, _ => null,
            };
            if (column is not { } c) return null;
            columns.Add(c);
        }
        // A header that names one role twice (实际完成 | 指标值 after 年度指标值) leaves the cut to guess which is meant.
        if (columns.Where(c => c != Column.Empty).GroupBy(c => c).Any(g => g.Count() > 1)) return null;
        // A form that splits its target into 指标性质 | 指标值 | 度量单位 (R004, R118, R442) writes the comparator right
        // before the number and the unit right after it; a unit column elsewhere (计量单位 before 指标性质) would have to
        // be told from the name's end.
        var target = columns.IndexOf(Column.Target);
        if (columns.IndexOf(Column.Op) is var op and >= 0 && op != target - 1) return null;
        if (columns.IndexOf(Column.Unit) is var unit and >= 0 && (target < 0 || unit != target + 1)) return null;
        // A reason column before a figure column would hold text the cut does not read.
        var lastFigure = columns.FindLastIndex(c => c != Column.Empty);
        return lastFigure < 0 || columns.Take(lastFigure).Contains(Column.Empty) ? null : columns;
    }

    /// <summary>The name and the cells after it (an empty one where a column was left blank, none after the last filled
    /// one), or null when no reading, or more than one best reading, fills a cell.</summary>
    public static (string Name, List<string> Cells)? Cut(string text, IReadOnlyList<Column> columns, int mostReadings = MostReadings)
    {
        if (DateLike().IsMatch(text) || !text.Any(char.IsAsciiDigit)) return null;
        var search = new Search(text, columns, mostReadings);
        search.Run(text.Length, columns.Count - 1, new string?[columns.Count]);
        if (search.Best is not { } best || search.Tied || search.GaveUp) return null;
        var last = Array.FindLastIndex(best.Cells, c => c is not null);
        if (last < 0) return null;
        var cells = best.Cells.Take(last + 1).Select(c => c ?? "").ToList();
        return (text[..best.NameEnd], cells);
    }

    private sealed class Search(string text, IReadOnlyList<Column> columns, int mostReadings)
    {
        private readonly List<Column> order = [.. columns];

        public (double Score, int NameEnd, string?[] Cells)? Best { get; private set; }
        public bool Tied { get; private set; }

        public bool GaveUp => tried > mostReadings;

        private int tried;

        public void Run(int end, int column, string?[] cells)
        {
            if (++tried > mostReadings) return;
            if (column < 0)
            {
                if (!IsNameEnd(end)) return;
                Offer(end, cells);
                return;
            }
            cells[column] = null;
            Run(end, column - 1, cells);
            var han = 0;
            for (var start = end - 1; start >= Math.Max(ShortestName, end - LongestCell); start--)
            {
                // No cell holds more Han characters than a unit's, or a character no figure is written with: the longer
                // cells to the left of one cannot read either, so the scan stops there.
                var c = text[start];
                if (GluedFormLines.IsHan(c) && ++han > LongestUnitCharacters) break;
                if (!GluedFormLines.IsHan(c) && !char.IsAsciiDigit(c) && !IsComparator(c) && c is not ('.' or ',' or '%' or '％' or '‰' or '/' or '／')) break;
                var cell = text[start..end];
                if (!Holds(columns[column], cell) || text[start - 1] == '.') continue;
                cells[column] = cell;
                Run(start, column - 1, cells);
                cells[column] = null;
            }
        }

        private bool IsNameEnd(int end)
        {
            if (end < ShortestName) return false;
            var last = text[end - 1];
            return !char.IsAsciiDigit(last) && last is not ('.' or '-' or '/' or '第' or '(' or '（' or ':' or '：' or '%' or '％' or '‰') && !IsComparator(last);
        }

        private void Offer(int nameEnd, string?[] cells)
        {
            if (Weigh(cells) is not { } score) return;
            // A name that still ends in a figure ("项目总成本≤202.6万元" before 13 and 2.9) kept a cell of the row.
            if (FigureEnd().IsMatch(text.AsSpan(0, nameEnd))) score -= 1.5;
            if (Best is { } best)
            {
                if (score < best.Score) return;
                if (score == best.Score)
                {
                    Tied = true;
                    return;
                }
            }
            Best = (score, nameEnd, (string?[])cells.Clone());
            Tied = false;
        }

        /// <summary>
        /// Whether each edge between two digits stands where a form's columns can meet with nothing to mark it: a value
        /// and the points or score after it (132.9 | 10, =8个 8 | 8), points and their score (10 | 10), a target and
        /// the actual that repeats it (100 | 100), or a target opened by its comparator and the number after it (≥3 | 4,
        /// weighed by how near the two are: R398's .raw.txt form). A bare target before a different number ("小于5次无上访10": 1 | 0)
        /// and points before a value ("88000亩", "510%0%5", whose edge only a repeat shows and
        /// `GluedFormLines.PointsBeforeDoubledFigure` reads before this cut) are guesses.
        /// </summary>
        private bool DigitEdgesHold(string?[] cells)
        {
            var before = -1;
            for (var k = 0; k < cells.Length; k++)
            {
                if (cells[k] is not { } cell) continue;
                if (before >= 0 && char.IsAsciiDigit(cells[before]![^1]) && char.IsAsciiDigit(cell[0]))
                {
                    var holds = (columns[before], columns[k]) switch
                    {
                        (Column.Target, Column.Actual) => Figure().Match(cells[before]!) is var t
                            && (t.Groups["op"].Length > 0 || Number(t.Groups["n"].Value) == Number(cell)),
                        (Column.Actual or Column.Rate, Column.Weight or Column.Score or Column.Rate) => true,
                        (Column.Weight, Column.Score) => true,
                        _ => false,
                    };
                    if (!holds) return false;
                }
                before = k;
            }
            return true;
        }

        /// <summary>
        /// Under 指标性质 | 指标值 | 度量单位 the comparator and the unit stand in their own cells on either side of a bare
        /// number ("发放(缴纳)覆盖率=100%60": =, 100, %, then 60 points): a comparator or unit cell needs its number beside
        /// it, and the number then carries neither.
        /// </summary>
        private bool SplitTargetHolds(string?[] cells)
        {
            var target = order.IndexOf(Column.Target);
            if (target < 0) return true;
            var figure = cells[target] is { } t ? Figure().Match(t) : null;
            var op = order.IndexOf(Column.Op);
            if (op >= 0 && (cells[op] is not null && figure is null || figure is { } f && f.Groups["op"].Length > 0)) return false;
            var unit = order.IndexOf(Column.Unit);
            return unit < 0 || !(cells[unit] is not null && figure is null || figure is { } g && g.Groups["u"].Length > 0);
        }

        /// <summary>How well the cells read together, or null when they cannot stand together (a score over its points).</summary>
        private double? Weigh(string?[] cells)
        {
            double score = 0;
            string? target = null, actual = null, points = null, scored = null, op = null, unit = null;
            for (var k = 0; k < cells.Length; k++)
            {
                if (cells[k] is not { } cell) continue;
                score++;
                switch (columns[k])
                {
                    case Column.Target: target = cell; break;
                    case Column.Op: op = cell; break;
                    case Column.Unit: unit = cell; break;
                    case Column.Actual: actual = cell; break;
                    case Column.Weight: points = cell; break;
                    case Column.Score: scored = cell; break;
                }
            }
            if (score == 0) return null;
            // A score stands beside its points; where the header has points a score alone is a cut of something else.
            if (scored is not null && points is null && columns.Contains(Column.Weight)) return null;
            if (!DigitEdgesHold(cells) || !SplitTargetHolds(cells)) return null;
            if (points is not null && scored is not null)
            {
                var (p, s) = (Number(points), Number(scored));
                if (s > p) return null;
                if (s == p) score += 0.5;
            }
            if (target is not null && actual is not null)
            {
                var (t, a) = (Figure().Match(target), Figure().Match(actual));
                var (aimed, reached) = (Number(t.Groups["n"].Value), Number(a.Groups["n"].Value));
                var (targetOp, targetUnit) = (op ?? t.Groups["op"].Value, unit ?? t.Groups["u"].Value);
                var same = aimed == reached;
                // A bare number aimed and a measure reached ("10" and "0%" out of 100%) is one figure cut in two; the
                // other way round is how forms print it (=8个 aimed, 8 reached).
                if (!same && targetOp.Length == 0 && targetUnit.Length == 0 && a.Groups["u"].Length > 0) return null;
                if (same) score += 2;
                else if (targetOp.Length > 0 && targetUnit.Length == 0 && a.Groups["u"].Length == 0) score -= Apart(targetOp, aimed, reached);
                if (targetUnit.Length > 0 && targetUnit == a.Groups["u"].Value) score += 1;
            }
            // One figure alone is the target a form sets rather than a result it leaves without its aim.
            else if (target is not null) score += 0.1;
            return score;
        }
    }

    /// <summary>
    /// How far apart a bare target after its comparator and the bare actual glued to it read (≥124253: 124 and 253 read
    /// nearer than 12 and 4253), more where the actual falls on the wrong side of the comparator — a self-evaluation
    /// mostly meets its aims, so ≥95 alone is the target, not ≥9 missed with 5.
    /// </summary>
    private static double Apart(string op, double t, double a)
    {
        const double Farthest = 1.5;
        if (!(t > 0 && a > 0)) return Farthest;
        var apart = Math.Min(Farthest, 0.5 * Math.Abs(Math.Log10(a / t)));
        var wrongSide = op.Contains('≥') || op.Contains('>') || op.Contains('＞') || op.Contains('≧') ? a < t
            : op.Contains('≤') || op.Contains('<') || op.Contains('＜') || op.Contains('≦') ? a > t : false;
        return apart + (wrongSide ? 1 : 0);
    }

    private static bool Holds(Column column, string cell) => column switch
    {
        Column.Op => Comparator().IsMatch(cell),
        Column.Unit => Unit().IsMatch(cell),
        Column.Target => Figure().IsMatch(cell),
        Column.Actual => Figure().Match(cell) is { Success: true } m && m.Groups["op"].Length == 0,
        Column.Rate => Rate().IsMatch(cell),
        Column.Weight or Column.Score => PointsFigure().IsMatch(cell) && Number(cell) is > 0 and <= PointsScoreRuns.MaxPoints,
        _ => false,
    };

    private static bool IsComparator(char c) => c is '≥' or '≤' or '>' or '<' or '＞' or '＜' or '=' or '＝' or '≧' or '≦';

    private static double Number(string digits) =>
        double.TryParse(digits.Replace(",", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : double.NaN;

    // A comparator (>= and <= of two characters), a number without a leading zero, then a percent sign or a unit of
    // up to three Han characters, or a rate's unit (人/天, 万元/年).
    [GeneratedRegex(@"^(?<op>>=|<=|[≥≤><＞＜=＝≧≦])?(?<n>(?:0|[1-9]\d*)(?:,\d{3})*(?:\.\d+)?)(?<u>[%％‰]|\p{IsCJKUnifiedIdeographs}{1,3}(?:[/／]\p{IsCJKUnifiedIdeographs}{1,2})?)?$")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\d(?:[%％‰]|\p{IsCJKUnifiedIdeographs}{1,2})$")]
    private static partial Regex FigureEnd();

    [GeneratedRegex(@"^(?:>=|<=|[≥≤><＞＜=＝≧≦])$")]
    private static partial Regex Comparator();

    [GeneratedRegex(@"^(?:[%％‰]|\p{IsCJKUnifiedIdeographs}{1,3}(?:[/／]\p{IsCJKUnifiedIdeographs}{1,2})?)$")]
    private static partial Regex Unit();

    [GeneratedRegex(@"^(?:0|[1-9]\d{0,2})(?:\.\d{1,2})?[%％]$")]
    private static partial Regex Rate();

    [GeneratedRegex(@"^(?:0|[1-9][0-9]{0,2})(?:\.[0-9]{1,2})?$")]
    private static partial Regex PointsFigure();

    // A deadline (2021年12月, 12月31日前) is a figure the cut would split at its 年 and 月.
    [GeneratedRegex(@"\d年\d|\d月\d|\d月底|\d日")]
    private static partial Regex DateLike();
}
