using System.Text.RegularExpressions;
using ReportMiner.Extraction.Classification;
using ReportMiner.Extraction.Grammar;
using ReportMiner.Extraction.Pipeline;

namespace ReportMiner.Extraction.Money;

/// <summary>
/// Budget, actual spending and execution rate from prose ("项目预算7934168.6元，实际支出7645310.2元",
/// "预算执行率100%"): the words just before an amount, within its clause, decide what it is.
/// </summary>
public sealed partial class MoneyProseRule : IExtractionRule
{
    private const double ConfidentRole = 0.8;
    private static readonly string[] ActualWords = ["实际支出", "实际总投入", "实际投入", "支出金额", "实际使用", "总支出", "共支出", "执行资金", "决算", "已支出", "实际完成", "已支付", "实际支付"];
    internal static readonly string[] PlannedWords = EmbeddedData.Lines("Money.Data.planned-words.tsv").Select(l => l.Trim()).ToArray();
    // 估算: a feasibility study's estimate of the whole works ("项目估算投资2082.48万元，区财政…安排资金700万元",
    // "投资估算67,463.91万元，…实际下达…项目资金共计36,950.00万元"), not the money the year gave the project.
    // 基本支出: a unit's running costs (people and offices; "西区动物疫病预防控制中心基本支出127.31万元",
    // "一般公共财政拨款基本支出1076.17万元"), never a project's spending.
    private static readonly string[] SkipWords = ["上年", "去年", "合同", "节约", "结余", "结转", "采购", "中标", "调整前", "调减", "调增", "追加", "缺口", "估算", "基本支出"];
    private static readonly string[] TotalWords = ["共计", "合计", "总计", "总额", "总投资", "总预算"];
    private static readonly string[] GrantWords = ["安排", "下达", "批复", "拨付", "核定"];

    public void Apply(ExtractionContext context)
    {
        foreach (var project in context.Projects)
        {
            var totals = new List<StatedTotal>();
            DocItem? above = null;
            foreach (var item in context.ItemsOf(project))
            {
                if (!item.IsRow && item.Index >= project.OwnTextStart) ReadParagraph(project, item, above, totals);
                above = item;
            }
            EnclosingTotal.Prefer(project, totals);
        }
    }

    private static void ReadParagraph(ProjectDraft project, DocItem item, DocItem? above, List<StatedTotal> totals)
    {
        var text = item.Text;
        var amounts = Amount().Matches(text).ToList();
        // "…部门专项经费财政年初预算安排" then a line "183万元，其中：…": a line a wrapped sentence opens with an amount
        // continues the label the line above ended with.
        var carried = amounts.Count > 0 && text.AsSpan(0, amounts[0].Index).IsWhiteSpace() ? WrappedHead(above) : string.Empty;
        var clauses = amounts.Select((m, i) => i == 0 && carried.Length > 0 ? TextKey.Of(carried) : ClauseBefore(text, m.Index, PreviousEnd(amounts, i))).ToList();
        var partsOfSum = PartsBeforeSums(text, amounts, clauses);
        // Once an amount: the parts listed under each budget are read from these, not looked up again for every budget.
        var components = amounts.Select((a, i) => IsComponent(text, a.Index) || CategoryListPart.Is(text, a.Index, clauses[i])).ToArray();
        for (var i = 0; i < amounts.Count; i++)
            if (components[i] && SpentAfterUnspentWhole(text, amounts, clauses, i)) components[i] = false;
        for (var i = 0; i < amounts.Count; i++)
        {
            var m = amounts[i];
            var clause = clauses[i];
            // The label carried from a wrapped line above belongs to the paragraph's first amount alone.
            var head = i == 0 ? carried : string.Empty;
            var sentence = head + Snippet.Around(text, m.Index);
            // "…共799.12万元。其中：人员经费支出434.89万元": the parts of a total are not the project's figures.
            if (components[i] || partsOfSum[i]) continue;
            if (PerUnitAmount.Is(clause, text, m.Index + m.Length)) continue;
            // "年内调整预算数-159.39万元": a figure signed negative is a change to the money, never an amount the project has.
            if (SignedNegative(text, m.Index)) continue;
            // "县财政配套资金30.9万元", "省级配套资金3174.17万元": one level's matching share is not the project's money; a
            // clause that names the central grant with it ("中央、省配套资金495万元") states the whole.
            if (MatchingShare().IsMatch(clause) && !clause.Contains("中央", StringComparison.Ordinal)) continue;
            // "当年决算收入总额1036.13万元，支出总额1060.30万元": final accounts state the money taken in apart from the money
            // spent; the revenue is neither the spending nor the budget.
            if (AccountsRevenue(clause)) continue;
            if (OtherYearsMoney.Dates(project, text, PreviousEnd(amounts, i), m.Index, m.Index + m.Length)) continue;
            var (number, unit) = NumberAndUnit(m);
            // "项目资金共157万元，已全部拨付完成": an amount the words after it say was spent in full is also the spending.
            if (SpentInFull(text, m, i + 1 < amounts.Count ? amounts[i + 1].Index : text.Length))
                MoneyAssignment.Assign(project, MoneyRole.Actual, number, unit, item.Source(item.SentenceAt(m.Index)));
            var role = RoleOf(clause, sentence);
            if (role == MoneyRole.None && SumsBudgets(text, amounts, clauses, components, partsOfSum, i)) role = MoneyRole.Budget;
            // A bare 万 ("执行数29.6万，") is read only where rule words name the figure: the classifier learnt amounts in 元.
            if (role == MoneyRole.None && !SkipWords.Any(clause.Contains) && m.Groups["unit"].Value != "万") role = Classified(text, m);
            if (role == MoneyRole.None) continue;
            // "2022年年初项目预算总计899.7万元", "根据年度年初预算，安排20万元": a budget the words before it date to 年初 is the initial one.
            if (role == MoneyRole.Budget && AsFirstApproved(head + text[Math.Max(SentenceStart(text, m.Index, ['。', '；', ';', '\n']), PreviousEnd(amounts, i))..m.Index]))
                role = MoneyRole.BudgetInitial;
            var source = item.Source(item.SentenceAt(m.Index));
            if (role == MoneyRole.Budget && MoneyParser.TryParseWan(number, unit, out var wan))
                totals.Add(new StatedTotal(wan, PartsOf(text, amounts, components, i), source));
            MoneyAssignment.Assign(project, role, number, unit, source);
        }
        PreferSummedTotal(project, item, text, amounts, clauses, components);
        foreach (var m in ProjectRates(text))
            MoneyAssignment.Assign(project, MoneyRole.ExecutionRate, m.Groups["pct"].Value + "%", MoneyUnit.Wan,
                item.Source(item.SentenceAt(m.Index)));
    }

    /// <summary>A later amount of the paragraph that adds up the grants before it, the budget among them, is the budget.</summary>
    private static void PreferSummedTotal(ProjectDraft project, DocItem item, string text, List<Match> amounts, List<string> clauses, bool[] components)
    {
        if (amounts.Count < 3) return;
        // Only a budget read from prose gives way: a table's budget row is the form's own figure.
        if (project.Sources.TryGetValue("budget_wan", out var held) && held.Table is not null) return;
        var wan = amounts.Select(m => NumberAndUnit(m) is var (n, u) && MoneyParser.TryParseWan(n, u, out var w) ? w : (double?)null).ToList();
        var total = clauses.Select((c, i) => !components[i] && !SkipWords.Any(c.Contains) && !PlannedWords.Any(c.Contains)
            && (SumWords.Any(c.Contains) || c.Contains("资金") || c.Contains("经费"))).ToList();
        var grant = clauses.Select(c => (c.Contains("资金") || c.Contains("经费")) && GrantWords.Any(c.Contains) && !SkipWords.Any(c.Contains)).ToList();
        var at = SummedTotal.Find(wan, total, grant, project.BudgetWan);
        if (at < 0) return;
        var source = item.Source(item.SentenceAt(amounts[at].Index));
        if (project.BudgetWan is null) { MoneyAssignment.Assign(project, MoneyRole.Budget, NumberAndUnit(amounts[at]).Number, NumberAndUnit(amounts[at]).Unit, source); return; }
        project.BudgetWan = Math.Round(wan[at]!.Value, 6);
        project.Reclaim("budget_wan", source);
    }

    /// <summary>
    /// The last clause of a paragraph that a line wrap cut off mid-sentence: a long line ending in a word, not a
    /// punctuation mark. A short line ending in a word is a heading ("(四)项目资金投入安排情况"), never cut off.
    /// </summary>
    private static string WrappedHead(DocItem? above)
    {
        if (above is null || above.IsRow) return string.Empty;
        var line = above.Text.TrimEnd();
        if (line.Length < ShortestWrappedLine || !TextKey.IsHan(line[^1])) return string.Empty;
        var found = line.AsSpan().LastIndexOfAny(ClauseBreaks);
        return line[(found + 1)..];
    }

    private const int ShortestWrappedLine = 20;

    /// <summary>
    /// The amounts a 其中 lists under amount <paramref name="at"/>: the parts later in its sentence, and those of the
    /// next sentence when that one opens with 其中 ("…合计1067.2万元。其中，中央资金776.84万元…").
    /// </summary>
    private static List<double> PartsOf(string text, List<Match> amounts, bool[] components, int at)
    {
        var end = SentenceEnd(text, amounts[at].Index + amounts[at].Length);
        if (end < text.Length && TextKey.Of(text[(end + 1)..Math.Min(text.Length, end + 1 + PartsOpening)]).StartsWith("其中", StringComparison.Ordinal))
            end = SentenceEnd(text, end + 1);
        var parts = new List<double>();
        for (var k = at + 1; k < amounts.Count && amounts[k].Index < end && parts.Count < MostParts; k++)
        {
            if (!components[k]) continue;
            var (number, unit) = NumberAndUnit(amounts[k]);
            if (MoneyParser.TryParseWan(number, unit, out var part)) parts.Add(part);
        }
        return parts;
    }

    private const int PartsOpening = 4;

    // A 其中 lists a few funds; a line of thousands of amounts would otherwise give every budget thousands of parts, and
    // comparing the parts of two totals pair by pair would grow with their square.
    private const int MostParts = 16;

    internal static int SentenceEnd(string text, int from)
    {
        var reach = Math.Min(text.Length - from, MaxSentence);
        var found = text.IndexOfAny(['。', '；', ';', '\n'], from, reach);
        return found < 0 ? from + reach : found;
    }

    internal static (string Number, MoneyUnit Unit) NumberAndUnit(Match amount) =>
        (amount.Groups["num"].Value.Replace(" ", string.Empty, StringComparison.Ordinal),
         amount.Groups["unit"].Value.Replace(" ", string.Empty, StringComparison.Ordinal) switch { "亿元" => MoneyUnit.Yi, "万元" or "万" => MoneyUnit.Wan, _ => MoneyUnit.Yuan });

    // "本年财政资金收入合计833.84万元", "财政拨款收入合计2024.05万元": a revenue total counts the money taken in, as 到位
    // does; only a revenue budget ("2022年预算收入69.06万元", "收入预算23,264.53万元") is a budget.
    private static bool AccountsRevenue(string clause) =>
        clause.Contains("收入", StringComparison.Ordinal) && !clause.Contains("支出", StringComparison.Ordinal)
        && (clause.Contains("决算", StringComparison.Ordinal) || (SumWords.Any(clause.Contains) && !clause.Contains("预算", StringComparison.Ordinal)));

    /// <summary>
    /// "下达…资金134万元(其中…40万元)，…预算安排…专项经费20万元，两项合计154万元": a sum whose own words name no money
    /// adds up the amounts before it; when each of them is a budget, the sum is the whole budget.
    /// </summary>
    private static bool SumsBudgets(string text, List<Match> amounts, List<string> clauses, bool[] components, bool[] partsOfSum, int at)
    {
        if (!SumWords.Any(clauses[at].Contains)) return false;
        var sentenceStart = SentenceStart(text, amounts[at].Index, ['。', '；', ';', '\n']);
        var budgets = 0;
        for (var k = at - 1; k >= 0 && amounts[k].Index >= sentenceStart && partsOfSum[k]; k--)
        {
            if (components[k]) continue;
            if (!IsBudget(RoleOf(clauses[k], string.Empty))) return false;
            budgets++;
        }
        return budgets >= 2;
    }

    private static bool IsBudget(MoneyRole role) => role is MoneyRole.Budget or MoneyRole.BudgetInitial or MoneyRole.BudgetAdjusted;

    private static bool AsFirstApproved(string before) =>
        FirstApproved().IsMatch(before) && !LaterBudgetWords.Any(before.Contains);

    private static readonly string[] LaterBudgetWords = ["调整", "追加", "调减", "调增", "全年", "结转"];

    /// <summary>
    /// The execution rates of a paragraph that are the project's: a sentence stating several different rates
    /// ("中央资金完成636.75万元，预算执行率81.97%，省级资金完成288.26万元，预算执行率99.28%") gives the rates of the
    /// project's fund parts, none of them the project's own.
    /// </summary>
    /// <remarks>A rate a 其中 marks as a part ("执行率为81.95%(其中财政资金预算执行率为80.04%)") does not count against the
    /// sentence's own rate.</remarks>
    private static IEnumerable<Match> ProjectRates(string text)
    {
        foreach (var sentence in Rate().Matches(text).GroupBy(m => SentenceStart(text, m.Index, ['。', '\n'])))
        {
            var own = sentence.Where(m => !IsComponent(text, m.Index)).ToList();
            var stated = own.Count > 0 ? own : sentence.ToList();
            if (stated.Select(m => m.Groups["pct"].Value).Distinct().Count() == 1)
                foreach (var m in stated) yield return m;
        }
    }

    /// <summary>
    /// Whether the words after an amount, up to the next amount or sentence break, say all of it was spent or paid
    /// (全部执行到位, 已全部拨付完成, 完成全部项目资金支付); money only received (全部拨付到位) or planned is not.
    /// </summary>
    private static bool SpentInFull(string text, Match amount, int nextAmount)
    {
        var start = amount.Index + amount.Length;
        var end = Math.Min(Math.Min(nextAmount, text.Length), start + MaxAfter);
        var stop = text.IndexOfAny(['。', '；', ';', '\n'], start, end - start);
        TextScans.Add(end - start);
        var after = text[start..(stop < 0 ? end : stop)];
        return SpentAll().IsMatch(after) && !PlannedWords.Any(after.Contains) && !after.Contains('未');
    }

    private const int MaxAfter = 30;

    /// <summary>Where no rule word decides, the trained amount-role classifier may, when it is confident.</summary>
    private static MoneyRole Classified(string text, Match amount)
    {
        var start = SentenceStart(text, amount.Index, ['。', '；', '\n']);
        var prediction = AmountRoleClassifier.Default.Classify(text[start..(amount.Index + amount.Length)]);
        if (prediction.Probability < ConfidentRole) return MoneyRole.None;
        return prediction.Role switch { "budget" => MoneyRole.Budget, "actual" => MoneyRole.Actual, _ => MoneyRole.None };
    }

    /// <remarks>
    /// A budget is 年初 (initial) or 全年/调整后 (full-year) when the clause says so; narrative totals
    /// ("项目经费共计X万元", "下达资金X万元", "批复…预算X万元") are budgets.
    /// </remarks>
    private static MoneyRole RoleOf(string clause, string sentence)
    {
        if (DisbursedAmount.Is(clause, SkipWords)) return MoneyRole.Actual;
        if (SkipWords.Any(clause.Contains)) return MoneyRole.None;
        if (ActualWords.Any(clause.Contains)) return MoneyRole.Actual;
        // Money said to be spent, paid or used right before the amount ("支出资金0.5万元", "资金已使用300万元",
        // "执行数29.6万元"), unless the clause only plans it (计划使用资金, 预计支出资金). 转移支付资金 is a kind of fund
        // (a transfer payment), not money paid out: "下达…转移支付资金900304万元" is a grant.
        if (Spent().IsMatch(clause)) return PlannedWords.Any(clause.Contains) ? MoneyRole.None : MoneyRole.Actual;
        // "2023年支出2310.4万元", "…建设任务资金支付18501.096万元", "完成发放补助资金141.8万元": a year's or the funds'
        // spending, or money handed out, right before the amount. A 预算 clause states the budget (年初预算支出), and a
        // spending category before 支出 (基本支出, 项目支出) is a part, not a verb.
        if (SpentByYearOrFunds().IsMatch(clause) && !clause.Contains("预算", StringComparison.Ordinal))
            return PlannedWords.Any(clause.Contains) ? MoneyRole.None : MoneyRole.Actual;
        // "使用救助资金113.5万元", "实际使用补贴资金13.6万元": money used is spent; 统筹整合使用…资金 names pooled funds,
        // 可使用资金 the money available, and a clause that grants (安排使用资金) budgets them.
        if (UsedFunds().IsMatch(clause) && !GrantWords.Any(clause.Contains))
            return PlannedWords.Any(clause.Contains) ? MoneyRole.None : MoneyRole.Actual;
        // "2022年本年财政资金支出合计833.84万元", "财政拨款支出合计2024.05万元": a sum of the spending is the spending,
        // though 资金 and 合计 name it as they name a budget's total.
        if (SpendingSum().IsMatch(clause) && !clause.Contains("预算", StringComparison.Ordinal))
            return PlannedWords.Any(clause.Contains) ? MoneyRole.None : MoneyRole.Actual;
        if (clause.Contains("预算") && !clause.Contains("执行")) return MoneyLabels.BudgetKind(clause) ?? MoneyRole.Budget;
        if (clause.Contains("调整后") && !clause.Contains("执行")) return MoneyRole.BudgetAdjusted;
        if ((clause.Contains("资金") || clause.Contains("经费")) && GrantWords.Any(w => clause.Contains(w) || sentence.Contains(w))) return MoneyRole.Budget;
        // "现申请体育彩票公益金600万元", "本年度申请道路运输工作经费8万", "申请…补助资金100万元": the money a unit asks for
        // is the project's budget, as the money granted is; money it says it already applied and paid is not (已申请…支付).
        if (Requested().IsMatch(clause) && !clause.Contains('已') && !clause.Contains("实际", StringComparison.Ordinal)) return MoneyRole.Budget;
        // "收到财政资金共2330.9万元": 共 right before the amount totals the funds as 共计 does.
        if ((clause.Contains("经费") || clause.Contains("资金")) && (TotalWords.Any(clause.Contains) || clause.EndsWith('共'))) return MoneyRole.Budget;
        // "合计批复总投资6222.4万元": the sum of the approved parts listed before it.
        if (clause.Contains("投资") && SumWords.Any(clause.Contains) && GrantWords.Any(clause.Contains)) return MoneyRole.Budget;
        return MoneyRole.None;
    }

    /// <summary>
    /// "…资金303万元，其中项目管理费3万元，目前项目资金已拨付270万元", "共救助207人次，其中站内救助44人次…，使用救助资金113.5万元":
    /// a 其中 lists parts of the same kind as its whole, so money its sentence then says was spent is not one of the
    /// parts unless the whole was spending too ("支出799.12万元，其中人员经费支出434.89万元" keeps its parts).
    /// </summary>
    private static bool SpentAfterUnspentWhole(string text, List<Match> amounts, List<string> clauses, int i)
    {
        if (RoleOf(clauses[i], string.Empty) != MoneyRole.Actual) return false;
        var at = amounts[i].Index;
        var sentenceStart = SentenceStart(text, at, ['。', '；', ';', '\n']);
        if (at <= sentenceStart) return false;
        var among = text.LastIndexOf("其中", at - 1, at - sentenceStart, StringComparison.Ordinal);
        // A bracket opened by 含 or 其中 lists parts until it closes, whatever they say.
        // A bracket closed before the amount ("资金134万元(其中…40万元)，…实际拨付114万元") no longer holds it.
        if (among < 0 || InOpenBracket(text, sentenceStart, at)) return false;
        for (var k = i - 1; k >= 0 && amounts[k].Index >= sentenceStart; k--)
            if (amounts[k].Index < among) return RoleOf(clauses[k], string.Empty) != MoneyRole.Actual;
        return true;
    }

    private static bool InOpenBracket(string text, int from, int at)
    {
        var open = text.AsSpan(from, at - from).LastIndexOfAny('(', '（');
        return open >= 0 && text.AsSpan(from + open, at - from - open).IndexOfAny(')', '）') < 0;
    }

    private static bool IsComponent(string text, int at)
    {
        var sentenceStart = SentenceStart(text, at, ['。', '；', ';', '\n']);
        if (at <= sentenceStart) return false;
        TextScans.Add(3 * (at - sentenceStart));
        // "全区执行数1032849.44(含中央资金689139.31万元，…)": what a bracket opened by 含 lists is a part, until the bracket closes.
        var including = Math.Max(text.LastIndexOf("(含", at - 1, at - sentenceStart, StringComparison.Ordinal),
            text.LastIndexOf("（含", at - 1, at - sentenceStart, StringComparison.Ordinal));
        if (including >= 0 && text.IndexOfAny([')', '）'], including, at - including) < 0) return true;
        var among = text.LastIndexOf("其中", at - 1, at - sentenceStart, StringComparison.Ordinal);
        // "…3374.3万元(其中建筑工程3292万元)，…合计6222.4万元": a bracketed 其中 closes with its bracket.
        return among >= 0 && !(among > 0 && text[among - 1] is '(' or '（' && text.IndexOfAny([')', '）'], among, at - among) >= 0);
    }

    /// <summary>
    /// "一批项目批复总投资3374.3万元，二批项目…2069.51万元，合计批复总投资6222.4万元": the amounts a sentence lists before
    /// its 合计/共计/总计 are the parts of that sum. One pass from the end: an amount is a part when a later amount of its
    /// sentence is a sum (a sentence of thousands of amounts is not read again for each of them).
    /// </summary>
    private static bool[] PartsBeforeSums(string text, List<Match> amounts, List<string> clauses)
    {
        var parts = new bool[amounts.Count];
        var nextSumEnd = int.MaxValue;
        var sumSpends = false;
        for (var i = amounts.Count - 1; i >= 0; i--)
        {
            var m = amounts[i];
            var reach = Math.Min(text.Length - m.Index, MaxSentence);
            var end = text.IndexOfAny(['。', '；', ';', '\n'], m.Index, reach);
            TextScans.Add(end < 0 ? reach : end - m.Index);
            // "年初预算为5430万元，实际支出共计5353.48万元": a sum of the spending adds up spent money, never the budget before it.
            parts[i] = nextSumEnd <= (end < 0 ? m.Index + reach : end) && !(sumSpends && IsBudget(RoleOf(clauses[i], string.Empty)));
            // An amount's clause never reaches back past the 元 that ends the amount before it.
            if (SumWords.Any(w => clauses[i].Contains(w, StringComparison.Ordinal)))
            {
                nextSumEnd = m.Index + m.Length;
                sumSpends = RoleOf(clauses[i], string.Empty) == MoneyRole.Actual;
            }
        }
        return parts;
    }

    /// <summary>
    /// Where the sentence holding position <paramref name="at"/> starts. A glued page or a hostile line may hold no
    /// sentence break at all: a sentence is read at most <see cref="MaxSentence"/> characters back, so a line of
    /// thousands of amounts is not read again from its start for each of them; nor before <paramref name="floor"/>, for a
    /// caller reading only the stretch since the amount before.
    /// </summary>
    internal static int SentenceStart(string text, int at, ReadOnlySpan<char> breaks, int floor = 0)
    {
        if (at <= floor) return floor;
        var reach = Math.Min(at - floor, MaxSentence);
        var found = text.AsSpan(at - reach, reach).LastIndexOfAny(breaks);
        TextScans.Add(reach);
        return found < 0 ? at - reach : at - reach + found + 1;
    }

    private const int MaxSentence = 2000;

    private static readonly string[] SumWords = ["合计", "共计", "总计"];

    /// <summary>The words from the previous clause break (or amount) up to the amount.</summary>
    /// <remarks>
    /// An amount in bare 万 ("100万、") ends in no break character: without the floor at the amount before, a line of
    /// thousands of them would be scanned back to its start for each.
    /// </remarks>
    private static string ClauseBefore(string text, int at, int floor)
    {
        if (at <= floor) return string.Empty;
        var found = text.AsSpan(floor, at - floor).LastIndexOfAny(ClauseBreaks);
        TextScans.Add(at - floor);
        return TextKey.Of(text[(found < 0 ? floor : floor + found + 1)..at]);
    }

    // A clause before an amount starts after a punctuation mark, or after an earlier figure's 元 or %.
    private static readonly System.Buffers.SearchValues<char> ClauseBreaks = System.Buffers.SearchValues.Create("，。；,;：:元%");

    private static int PreviousEnd(List<Match> amounts, int i) => i == 0 ? 0 : amounts[i - 1].Index + amounts[i - 1].Length;

    // "35. 3万元": a PDF dump may break a line after the decimal point; the space is not part of the text's number.
    // A bare 万 ends an amount only before punctuation or the end ("安排资金19204.096万。", "执行数29.6万，"), never before
    // a word or a unit (6.7万人, 万元, 2.1万㎡, 1.5万t). A number starts after a non-digit: tried from inside a long run of digits, the pattern would read the rest of
    // the run again from every digit.
    // A PDF dump may also put a space inside the unit ("资金1000万 元", "项目总投资1000 万 元").
    [GeneratedRegex(@"(?<!\d)(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.[ ]?\d+)?)\s*(?<unit>亿元|万元|亿[ ]元|万[ ]元|元|万(?=\p{P}|$))")]
    internal static partial Regex Amount();

    // A minus sign not between two figures (a range, 100-200万元, is read as before).
    private static bool SignedNegative(string text, int index) =>
        index > 0 && text[index - 1] is '-' or '－' or '−' && (index < 2 || !char.IsDigit(text[index - 2]));

    [GeneratedRegex(@"年初[\u4e00-\u9fa5]{0,6}?(?:预算|指标|安排|批复)")]
    private static partial Regex FirstApproved();

    [GeneratedRegex(@"(?:全部|全额)[\u4e00-\u9fa5]{0,6}?(?:支付|支出|执行|拨付完成|拨付完毕)")]
    private static partial Regex SpentAll();

    // 实际拨付 ("未于拨付，实际拨付114万元", "全年实际拨付70万元") is the money paid out; 拨付到位 only says it arrived.
    [GeneratedRegex("(?:支出资金|(?<!转移)支付资金|已使用|资金使用|执行数|实际拨付(?:资金|经费)?)(?:共|为|了|约|达)?$")]
    private static partial Regex Spent();

    [GeneratedRegex(@"(?:(?:(?:\d{2}|20xx)年度?|全年|当年|本年度?|资金|经费)(?:共|累计|实际|已)?(?:支出|(?<!转移)支付)|发放[\u4e00-\u9fa5]{0,4}?(?:资金|经费))(?:共计|共|为|了|约|达)?$")]
    private static partial Regex SpentByYearOrFunds();

    // A category before 支出 (人员支出, 公用支出, 项目支出) names a part of the spending, not the sum of it.
    [GeneratedRegex(@"(?<!人员|公用|项目)支出(?:合计|共计|总计|总额)(?:为|共|约|达)?$")]
    private static partial Regex SpendingSum();

    [GeneratedRegex(@"(?:申请|申报)[\u4e00-\u9fa5\d]*?(?:资金|经费|公益金|金额)")]
    private static partial Regex Requested();

    [GeneratedRegex(@"(?<!统筹|整合|可|可供)使用[\u4e00-\u9fa5]{0,4}?(?:资金|经费)(?:共|为|了|约|达)?$")]
    private static partial Regex UsedFunds();

    [GeneratedRegex("配套(?:资金|经费)?(?:共|为|了|约|达)?$")]
    private static partial Regex MatchingShare();

    // The share of the budget spent, under its several names; a bare 支付率 only where no word before it says whose payment
    // it is (工资按时支付率 is an indicator, not the budget's rate); likewise a bare 支出率, while 资金使用率 names the money's
    // share spent ("实际使用资金19,078.00万元…资金使用率51.63%").
    [GeneratedRegex(@"(?:预算执行率|执行率|支出进度|预算完成率|支出实现率|支付完成率|资金支付率|支出完成率|(?<![\u4e00-\u9fa5])支付率|资金使用率|资金支出率|预算支出率|(?<![\u4e00-\u9fa5])支出率|完成预算的)\s*(?:[:：]|为|是|达到|达)?\s*(?<pct>\d+(?:\.\d+)?)\s*%")]
    private static partial Regex Rate();
}
