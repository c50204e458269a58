#!/usr/bin/env python3
"""Builds the fourth held-out table set: layouts and producers the other sets lack, weighted to what the ICDAR 2013
table competition holds (EU and US government statistical reports) and to Chinese 统计表. Gold is the grid each
table was drawn from (truth.json for tools/tables/score.py; a spanning cell counts at its first row and column,
footnote marks are part of their cell's text); a hash of each table's id splits them dev / test. A table that
continues on the next page has the whole table as its truth on its first page.

Producers (none used by the other sets):
  chrome-stats.pdf, chrome-cn.pdf,   Chromium printing HTML (Skia/PDF: DejaVu as CID TrueType, Noto CJK as Type 3
  chrome-landscape.pdf               fonts): CSS booktabs rules, <sup> footnote marks, padding-only columns, a
                                     <thead> Chromium repeats on the next page, a table floated beside a paragraph,
                                     @page landscape, a two-column text page without a table
  raw-times.pdf                      content streams in Times (proportional): three-level headers ruled only under
                                     their groups, raised footnote marks, space thousands separators, ':' for not
                                     available, bold totals, a landscape media box, a page turned by /Rotate 270,
                                     a table continued on the next page under a repeated header
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import html, os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import covered_cells, Truth, pdf_line, write_pdf

COUNTRIES = ["Belgium", "Bulgaria", "Czechia", "Denmark", "Germany", "Estonia", "Ireland", "Greece", "Spain", "France",
             "Croatia", "Italy", "Cyprus", "Latvia", "Lithuania", "Luxembourg", "Hungary", "Malta", "Netherlands",
             "Austria", "Poland", "Portugal", "Romania", "Slovenia", "Slovakia", "Finland", "Sweden"]
STATES = ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
          "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
          "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska"]
SPENDING = [("Compensation of employees", ["Wages and salaries", "Employers' social contributions"]),
            ("Intermediate consumption", ["Goods", "Services"]),
            ("Social benefits", ["Pensions", "Unemployment", "Family and children"]),
            ("Capital expenditure", ["Gross fixed capital formation", "Capital transfers"])]
CN_DISTRICTS = ["市本级", "东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区"]
CN_ITEMS = [("一般公共预算收入", ["其中：税收收入", "非税收入"]), ("上级补助收入", ["其中：返还性收入", "一般性转移支付收入", "专项转移支付收入"]),
            ("债务转贷收入", []), ("调入资金", ["其中：调入预算稳定调节基金"]), ("上年结转", [])]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def spaced(v, dec=0):
    """Thousands separated by spaces, as EU statistical offices print them."""
    return f"{v:,.{dec}f}".replace(",", " ")


def pct(rng, lo=10, hi=90):
    return f"{rng.uniform(lo, hi):.1f}"


# ---------------------------------------------------------------- grids

def three_level(rng, stub="Country"):
    """Stub header over three header rows; sex over age group over two years."""
    y = rng.randrange(2012, 2021)
    top = [stub, "Men", None, None, None, "Women", None, None, None]
    mid = [None, "15–24", None, "25–64", None, "15–24", None, "25–64", None]
    low = [None] + [str(y), str(y + 1)] * 4
    spans = {(0, 0): (3, 1), (0, 1): (1, 4), (0, 5): (1, 4), (1, 1): (1, 2), (1, 3): (1, 2), (1, 5): (1, 2), (1, 7): (1, 2)}
    grid = [top, mid, low]
    marks = iter(["¹", "²", "³"])
    for k, c in enumerate(sorted(rng.sample(COUNTRIES, 11))):
        label = c + (next(marks, "") if k in (2, 5, 8) else "")
        grid.append([label] + [(":" if rng.random() < 0.06 else pct(rng, 20, 85)) for _ in range(8)])
    return grid, spans


def spending_items(rng, dec=0):
    """Headings with indented sub-items, a bold total; amounts with spaces as thousands separators."""
    y = rng.randrange(2014, 2022)
    grid = [["", str(y), str(y + 1), str(y + 2), "Change (%)"]]
    for head, items in SPENDING:
        vals = [rng.uniform(1e4, 9e6) for _ in range(3)]
        grid.append([head] + [spaced(v, dec) for v in vals] + [f"{rng.uniform(-9, 12):.1f}"])
        for it in items:
            vals = [rng.uniform(1e3, 4e6) for _ in range(3)]
            grid.append(["  " + it] + [spaced(v, dec) for v in vals] + [f"{rng.uniform(-9, 12):.1f}"])
    grid.append(["Total expenditure"] + [spaced(rng.uniform(1e7, 9e7), dec) for _ in range(3)] + [f"{rng.uniform(-5, 9):.1f}"])
    return grid


def flagged(rng):
    """Header footnote letters, values carrying an asterisk (provisional) or a letter flag."""
    grid = [["State", "Revenue ᵃ", "Expenditure ᵇ", "Balance", "Debt per capita ($)"]]
    for s in sorted(rng.sample(STATES, 10)):
        r, e = rng.randrange(2000, 90000), rng.randrange(2000, 90000)
        star = "*" if rng.random() < 0.3 else ""
        grid.append([s, f"{r:,}{star}", f"{e:,}", f"{r - e:,}" if r >= e else f"-{e - r:,}", f"{rng.randrange(300, 9000):,}"])
    return grid


def stub_groups(rng):
    """A stub header cell over two header rows; two year groups of three measures, group labels spanning them."""
    y = rng.randrange(2015, 2022)
    top = ["Type of household", str(y), None, None, str(y + 1), None, None]
    sub = [None, "Number (1 000)", "Share (%)", "Median income", "Number (1 000)", "Share (%)", "Median income"]
    spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}
    grid = [top, sub]
    for h in ["Single person", "  aged under 65", "  aged 65 and over", "Two adults", "  with one child",
              "  with two children", "  with three or more children", "Single parent", "Other households"]:
        grid.append([h] + [x for _ in range(2) for x in (spaced(rng.randrange(100, 9000)), pct(rng, 1, 30), spaced(rng.randrange(9000, 60000)))])
    grid.append(["All households"] + [x for _ in range(2) for x in (spaced(rng.randrange(20000, 40000)), "100.0", spaced(rng.randrange(20000, 40000)))])
    return grid, spans


def long_list(rng, rows):
    grid = [["Code", "Municipality", "Population", "Area (km²)", "Density"]]
    for i in range(rows):
        p, a = rng.randrange(800, 900000), rng.uniform(5, 900)
        grid.append([f"{rng.randrange(10000, 99999)}", f"{rng.choice(COUNTRIES)} district {i + 1}", spaced(p), f"{a:.1f}", f"{p / a:.1f}"])
    return grid


def monthly(rng, chinese=False):
    grid = [["地区" if chinese else "Region"] + ([f"{m}月" for m in range(1, 13)] if chinese else MONTHS) + ["合计" if chinese else "Total"]]
    for r in (rng.sample(CN_DISTRICTS, 9) if chinese else rng.sample(STATES, 9)):
        vals = [rng.randrange(10, 9999) for _ in range(12)]
        grid.append([r] + [f"{v:,}" for v in vals] + [f"{sum(vals):,}"])
    return grid


def quarters(rng):
    """Three header levels: year over half-year over quarter, a stub header spanning them."""
    y = rng.randrange(2015, 2022)
    top = ["Region", str(y), None, None, None, str(y + 1), None, None, None]
    mid = [None, "H1", None, "H2", None, "H1", None, "H2", None]
    low = [None] + ["Q1", "Q2", "Q3", "Q4"] * 2
    spans = {(0, 0): (3, 1), (0, 1): (1, 4), (0, 5): (1, 4), (1, 1): (1, 2), (1, 3): (1, 2), (1, 5): (1, 2), (1, 7): (1, 2)}
    grid = [top, mid, low]
    for r in rng.sample(STATES, 8):
        grid.append([r] + [f"{rng.uniform(-3, 6):.1f}" for _ in range(8)])
    return grid, spans


def cn_budget(rng):
    """统计表: 地区 over two rows, 收入 and 支出 groups of 本年 / 增长%, 其中 sub-items."""
    top = ["项目", "预算数", "执行数", "完成预算%", "比上年增长%"]
    grid = [top]
    for head, items in CN_ITEMS:
        grid.append([head, spaced(rng.uniform(1e4, 9e5), 0).replace(" ", ""), spaced(rng.uniform(1e4, 9e5), 0).replace(" ", ""), pct(rng, 80, 120), pct(rng, -10, 20)])
        for it in items:
            grid.append(["  " + it, f"{rng.uniform(1e3, 9e4):.0f}", f"{rng.uniform(1e3, 9e4):.0f}", pct(rng, 80, 120), pct(rng, -10, 20)])
    grid.append(["收入合计", f"{rng.uniform(1e6, 9e6):.0f}", f"{rng.uniform(1e6, 9e6):.0f}", pct(rng, 90, 110), pct(rng, -5, 10)])
    return grid


def cn_grouped(rng):
    """Two groups (收入, 支出) each over 本年 and 增长%; 地区 spanning both header rows."""
    top = ["地区", "一般公共预算收入", None, "一般公共预算支出", None, "政府性基金收入", None]
    sub = [None, "本年", "增长%", "本年", "增长%", "本年", "增长%"]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2)}
    grid = [top, sub]
    for d in CN_DISTRICTS[:10]:
        grid.append([d] + [x for _ in range(3) for x in (f"{rng.uniform(1e4, 9e5):.1f}", pct(rng, -15, 25))])
    grid.append(["全市合计"] + [x for _ in range(3) for x in (f"{rng.uniform(1e6, 9e6):.1f}", pct(rng, -5, 10))])
    return grid, spans


def cn_three_level(rng):
    """项目 over three rows; 2023年 over 预算数 (年初, 调整后) and 决算数."""
    top = ["项目", "2023年", None, None, "2024年", None, None]
    mid = [None, "预算数", None, "决算数", "预算数", None, "决算数"]
    low = [None, "年初", "调整后", None, "年初", "调整后", None]
    spans = {(0, 0): (3, 1), (0, 1): (1, 3), (0, 4): (1, 3), (1, 1): (1, 2), (1, 3): (2, 1), (1, 4): (1, 2), (1, 6): (2, 1)}
    grid = [top, mid, low]
    for item in ["基本支出", "  人员经费", "  公用经费", "项目支出", "  热线运营服务", "  信息系统运维", "  宣传推广", "合计"]:
        grid.append([item] + [f"{rng.uniform(10, 9000):.2f}" for _ in range(6)])
    return grid, spans


def cn_small(rng):
    grid = [["指标", "目标值", "完成值", "得分"]]
    for it in ["话务接通率", "工单按时办结率", "群众满意度", "回访率", "知识库更新次数", "培训人次"]:
        grid.append([it, f"≥{rng.randrange(80, 96)}%", f"{rng.uniform(85, 99.9):.1f}%", f"{rng.uniform(5, 10):.1f}"])
    return grid


def wrapped_stub(rng):
    """Long stub labels that wrap onto a second line beside one-line numbers."""
    grid = [["Programme", "Budget", "Outturn", "Variance (%)"]]
    for it in ["Support for small and medium-sized enterprises in rural regions", "Digital skills training for the unemployed",
               "Energy efficiency renovation of public buildings and social housing", "Road safety",
               "Early childhood education and care places for children under three", "Flood defences"]:
        b = rng.randrange(1000, 90000); o = b + rng.randrange(-900, 900)
        grid.append([it, spaced(b), spaced(o), f"{(o - b) / b * 100:.1f}"])
    return grid


def small_pair(rng):
    a = [["Age group", "Persons", "Share (%)"]]
    for g in ["0–14", "15–24", "25–49", "50–64", "65 and over"]:
        a.append([g, spaced(rng.randrange(1000, 900000)), pct(rng, 5, 35)])
    b = [["Education level", "Men", "Women"]]
    for g in ["Primary", "Lower secondary", "Upper secondary", "Tertiary"]:
        b.append([g, pct(rng, 5, 40), pct(rng, 5, 40)])
    return a, b


def statement_grid(rng):
    grid = [["", "Note", "2023", "2022"]]
    for head, items in [("Revenue", ["Taxation", "Fees and charges", "Grants received"]),
                        ("Expenses", ["Employee benefits", "Supplies and services", "Depreciation", "Finance costs"])]:
        grid.append([head, "", "", ""])
        for it in items:
            grid.append(["  " + it, str(rng.randrange(3, 19)) if rng.random() < 0.6 else "",
                         f"{rng.randrange(100, 90000):,}", f"{rng.randrange(100, 90000):,}" if rng.random() < 0.9 else "–"])
        grid.append([f"Total {head.lower()}", "", f"{rng.randrange(100000, 900000):,}", f"{rng.randrange(100000, 900000):,}"])
    grid.append(["Surplus (deficit) for the year", "", f"({rng.randrange(100, 9000):,})", f"{rng.randrange(100, 9000):,}"])
    return grid


def strip(grid):
    return [[t.strip() if t else t for t in row] for row in grid]


# ---------------------------------------------------------------- Chromium printing HTML

CSS = """
@page { size: %(page)s; margin: 18mm 16mm; }
body { font-family: %(font)s; font-size: %(size)s; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
table { border-collapse: collapse; margin: 4px 0; }
td, th { padding: 1px 7px; vertical-align: bottom; }
th { font-weight: normal; }
td.n { text-align: right; }
tr.total td { font-weight: bold; }
.booktabs { border-top: 1.5px solid #000; border-bottom: 1.5px solid #000; }
.booktabs thead tr:last-child th { border-bottom: 0.8px solid #000; }
.booktabs th.grp { border-bottom: 0.6px solid #000; }
.grid td, .grid th { border: 0.6px solid #000; }
.airy td, .airy th { padding: 2px 22px 2px 0; }
.vgroups td.g, .vgroups th.g { border-left: 0.6px solid #000; }
.caption { font-weight: bold; margin: 10px 0 4px; }
.unit { text-align: right; width: 100%%; }
.note { font-size: 80%%; margin: 2px 0; }
.beside { display: flex; gap: 18px; align-items: flex-start; }
.beside p { width: 45%%; margin: 0; text-align: justify; }
.cols { column-count: 2; column-gap: 24px; text-align: justify; }
"""


def html_table(grid, spans=None, head_rows=1, cls="", indent_em=1.5, right_from=1, sup=True, group_rule=True,
               vgroup_cols=(), total_rows=()):
    spans = spans or {}
    covered = covered_cells(spans)
    out = [f'<table class="{cls}">']
    for r, row in enumerate(grid):
        if r == 0 and head_rows: out.append("<thead>")
        if r == head_rows: out.append("<tbody>")
        cells = []
        for c, t in enumerate(row):
            if (r, c) in covered: continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            classes = []
            if r < head_rows and cs > 1 and group_rule: classes.append("grp")
            if r >= head_rows and c >= right_from: classes.append("n")
            if c in vgroup_cols: classes.append("g")
            style = ""
            text = t or ""
            if c == 0 and text.startswith("  "):
                style = f' style="padding-left:{indent_em}em"'
                text = text.strip()
            shown = html.escape(text)
            if sup:
                for m in "¹²³ᵃᵇ":
                    if m in text:
                        plain = {"¹": "1", "²": "2", "³": "3", "ᵃ": "a", "ᵇ": "b"}[m]
                        shown = html.escape(text.replace(m, "").rstrip()) + f"<sup>{plain}</sup>"
            tag = "th" if r < head_rows else "td"
            if classes: attrs += f' class="{" ".join(classes)}"'
            cells.append(f"<{tag}{attrs}{style}>{shown}</{tag}>")
        out.append(('<tr class="total">' if r in total_rows else "<tr>") + "".join(cells) + "</tr>")
        if r == head_rows - 1: out.append("</thead>")
    out.append("</tbody></table>")
    return "\n".join(out)


def sup_gold(grid):
    """<sup> marks are typed as plain digits and letters: the gold is what a reader copies from the page."""
    conv = {"¹": "1", "²": "2", "³": "3", "ᵃ": "a", "ᵇ": "b"}
    return [[("".join(conv.get(ch, ch) for ch in t).replace(" a", "a").replace(" b", "b") if t else t) for t in row] for row in grid]


def chrome_pdf(work, out, stem, pages, page="A4", font='"DejaVu Serif"', size="9pt"):
    src = os.path.join(work, stem + ".html")
    body = "".join(f'<div class="page">{p}</div>' for p in pages)
    open(src, "w", encoding="utf-8").write(f'<!doctype html><html><head><meta charset="utf-8"><style>{CSS % {"page": page, "font": font, "size": size}}</style></head><body>{body}</body></html>')
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={work}/chrome", f"--print-to-pdf={os.path.join(out, stem + '.pdf')}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def chrome_sets(out, work, truth, rng):
    name, pages = "chrome-stats.pdf", []
    g, sp = three_level(rng)
    pages.append('<div class="caption">Table 1: Employment rate by sex, age group and country (%)</div>' +
                 html_table(g, sp, head_rows=3, cls="booktabs", total_rows=()) +
                 '<p class="note">: not available. <sup>1</sup> Break in series. <sup>2</sup> Provisional. <sup>3</sup> Definition differs.</p>'
                 '<p class="note">Source: labour force survey.</p>')
    truth.add(name, len(pages), "three-level", sup_gold(g), sp)
    g = spending_items(rng)
    pages.append('<div class="caption">Table 2: General government expenditure by function (EUR million)</div>' +
                 html_table(g, cls="airy", total_rows=(len(g) - 1,)) +
                 '<p class="note">Figures may not add up to the totals because of rounding.</p>')
    truth.add(name, len(pages), "spaced", strip(g))
    g = flagged(rng)
    pages.append('<p>State government finances are summarised below. Revenue and expenditure are reported on a cash basis '
                 'and include intergovernmental transfers.</p><div class="caption">Table 3. State government finances, fiscal year (thousand dollars)</div>' +
                 html_table(g, cls="booktabs") +
                 '<p class="note"><sup>a</sup> Excludes utility and liquor store revenue. <sup>b</sup> Includes capital outlay.</p>'
                 '<p class="note">* Provisional figure.</p>')
    truth.add(name, len(pages), "footnotes", sup_gold(g))
    g, sp = stub_groups(rng)
    pages.append('<div class="caption">Table 4 — Households by type, number, share and median income</div>' +
                 html_table(g, sp, head_rows=2, cls="vgroups booktabs", vgroup_cols=(1, 4)) +
                 '<p class="note">Median equivalised disposable income in EUR.</p>')
    truth.add(name, len(pages), "stub-header", strip(g), sp)
    g = wrapped_stub(rng)
    pages.append('<div class="caption">Table 5: Programme budgets and outturn (EUR thousand)</div>' +
                 html_table(g, cls="booktabs").replace("<table ", '<table style="width:120mm" ', 1))
    truth.add(name, len(pages), "wrapped-stub", g)
    a, b = small_pair(rng)
    pages.append('<div class="caption">Table 6a: Population by age group</div>' + html_table(a, cls="airy") +
                 '<p>The second table gives the share of the population aged 25–64 by highest level of education.</p>'
                 '<div class="caption">Table 6b: Educational attainment (%)</div>' + html_table(b, cls="booktabs"))
    truth.add(name, len(pages), "two-tables", a)
    truth.add(name, len(pages), "two-tables", b)
    g = long_list(rng, 75)
    pages.append('<div class="caption">Table 5: Municipalities by population and area</div>' + html_table(g, cls="booktabs"))
    truth.add(name, len(pages), "page-break", g)
    chrome_pdf(work, out, "chrome-stats", pages)

    name, pages = "chrome-cn.pdf", []
    cn = '"Noto Serif CJK SC", "DejaVu Serif"'
    g = cn_budget(rng)
    pages.append('<div class="caption" style="text-align:center">表1　2023年一般公共预算收入执行情况表</div><div class="unit">单位：万元</div>' +
                 html_table(g, cls="booktabs", total_rows=(len(g) - 1,)) +
                 '<p class="note">注：1.本表按现行财政体制口径编制。2.增长率按可比口径计算。</p><p class="note">资料来源：市财政局。</p>')
    truth.add(name, len(pages), "cn-statistics", strip(g))
    g, sp = cn_grouped(rng)
    pages.append('<div class="caption" style="text-align:center">表2　各区财政收支情况</div><div class="unit">单位：万元</div>' +
                 html_table(g, sp, head_rows=2, cls="grid", total_rows=(len(g) - 1,)))
    truth.add(name, len(pages), "cn-grouped", g, sp)
    g, sp = cn_three_level(rng)
    pages.append('<div class="caption" style="text-align:center">表3　部门支出预决算对比表</div><div class="unit">单位：万元</div>' +
                 html_table(g, sp, head_rows=3, cls="booktabs") + '<p class="note">注：决算数为财政拨款支出。</p>')
    truth.add(name, len(pages), "three-level", strip(g), sp)
    g = cn_budget(rng)
    pages.append('<div class="caption" style="text-align:center">表4　2024年一般公共预算收入预算表</div>'
                 '<div style="display:inline-block"><div class="unit">单位：万元</div>' +
                 html_table(g, cls="airy", total_rows=(len(g) - 1,)) + '</div>')
    truth.add(name, len(pages), "cn-statistics", strip(g))
    g = cn_small(rng)
    paragraph = ("本年度热线运行总体平稳，各项绩效指标基本完成。话务接通率较上年有所提升，工单按时办结率保持高位，"
                 "群众满意度稳中有升。回访工作覆盖全部不满意工单，知识库按月更新。下一步将继续加强队伍建设，"
                 "完善考核机制，推动热线服务提质增效，并加强数据分析，为部门决策提供参考。") * 2
    pages.append('<div class="caption">三、绩效指标完成情况</div><div class="beside"><p>' + paragraph + '</p>' +
                 html_table(g, cls="booktabs") + '</div>')
    truth.add(name, len(pages), "beside-paragraph", g)
    pages.append('<div class="caption">四、存在的问题及改进措施</div><div class="cols">' +
                 "".join(f"<p>（{k + 1}）{paragraph[k * 9:k * 9 + 120]}2023年完成{rng.randrange(100, 999)}万件，增长{pct(rng, 1, 20)}%。</p>" for k in range(8)) + "</div>")
    truth.none(name, len(pages))
    chrome_pdf(work, out, "chrome-cn", pages, font=cn, size="10pt")

    name, pages = "chrome-landscape.pdf", []
    g = monthly(rng)
    pages.append('<div class="caption">Table 6. Calls received by state and month</div>' + html_table(g, cls="booktabs", total_rows=()) +
                 '<p class="note">Source: administrative records.</p>')
    truth.add(name, len(pages), "landscape", g)
    g, sp = quarters(rng)
    pages.append('<div class="caption">Table 7. Change in employment by region, quarter on quarter (%)</div>' +
                 html_table(g, sp, head_rows=3, cls="booktabs"))
    truth.add(name, len(pages), "three-level", g, sp)
    g = monthly(rng, chinese=True)
    pages.append('<div class="caption" style="text-align:center">表8　各区热线受理量统计表</div><div class="unit">单位：件</div>' +
                 html_table(g, cls="grid", total_rows=()))
    truth.add(name, len(pages), "landscape", g)
    chrome_pdf(work, out, "chrome-landscape", pages, page="A4 landscape", font='"DejaVu Sans", "Noto Sans CJK SC"', size="8pt")


# ---------------------------------------------------------------- content streams in Times

TIMES = {" ": 250, ",": 250, ".": 250, ":": 278, "(": 333, ")": 333, "-": 333, "%": 833, "/": 278, "'": 333, "*": 500,
         "a": 444, "b": 500, "c": 444, "d": 500, "e": 444, "f": 333, "g": 500, "h": 500, "i": 278, "j": 278, "k": 500,
         "l": 278, "m": 778, "n": 500, "o": 500, "p": 500, "q": 500, "r": 333, "s": 389, "t": 278, "u": 500, "v": 500,
         "w": 722, "x": 500, "y": 500, "z": 444, "I": 333, "J": 389, "M": 889, "W": 944, "\u2013": 500, "\u00b9": 300}
for d in "0123456789": TIMES[d] = 500


def tw(s, size):
    return sum(TIMES.get(ch, 667 if ch.isupper() else 500) for ch in s) * size / 1000


def esc_pdf(s):
    return s.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Page:
    """Ops in landscape or portrait coordinates; turn=270 draws a landscape layout on a portrait media box that a
    /Rotate 270 shows upright."""
    def __init__(self, w=595, h=842, turn=None):
        self.w, self.h, self.turn, self.ops = w, h, turn, []

    def _tm(self, x, y):
        if self.turn == 270:  # displayed (x, y) -> physical (y, W - x) on a (h × w) media box: text runs downward
            return f"0 -1 1 0 {y:.2f} {self.w - x:.2f} Tm"
        return f"1 0 0 1 {x:.2f} {y:.2f} Tm"

    def text(self, x, y, s, size=9, font="F1", rise=0):
        self.ops.append(f"BT /{font} {size} Tf {self._tm(x, y + rise)} ({esc_pdf(s)}) Tj ET")

    def right(self, x1, y, s, size=9, font="F1"):
        self.text(x1 - tw(s, size), y, s, size, font)

    def centre(self, x0, x1, y, s, size=9, font="F1"):
        self.text((x0 + x1 - tw(s, size)) / 2, y, s, size, font)

    def line(self, x0, y0, x1, y1, w=0.5):
        if self.turn == 270:
            x0, y0, x1, y1 = y0, self.w - x0, y1, self.w - x1
        self.ops.append(pdf_line(x0, y0, x1, y1, w))

    def media(self):
        return ((self.h, self.w) if self.turn else (self.w, self.h)), self.turn


def label_with_mark(p, x, y, s, size, font="F1"):
    """A stub label whose trailing ¹²³ is set as a raised small digit."""
    marks = {"¹": "1", "²": "2", "³": "3"}
    if s and s[-1] in marks:
        p.text(x, y, s[:-1], size, font)
        p.text(x + tw(s[:-1], size) + 0.5, y, marks[s[-1]], size * 0.62, font, rise=size * 0.38)
    else:
        p.text(x, y, s, size, font)


def draw_table(p, grid, spans, head_rows, stub_x, col_right, top, size=8.5, leading=12, col_w=46, group_rules=True,
               bold_rows=(), indent=10, head_font="F1"):
    """Stub labels left at stub_x (two leading spaces indent them), numbers right-aligned at col_right[c]; header
    cells spanning columns centred over them with a rule under the span; single header cells right-aligned."""
    covered = covered_cells(spans)
    y = top
    for r, row in enumerate(grid):
        font = "F2" if r in bold_rows else (head_font if r < head_rows else "F1")
        for c, s in enumerate(row):
            if not s or (r, c) in covered: continue
            rs, cs = spans.get((r, c), (1, 1))
            yy = y - leading * (rs - 1)  # cells spanning rows sit on their last row's baseline, as statistics print
            if c == 0:
                ind = indent if s.startswith("  ") else 0
                label_with_mark(p, stub_x + ind, yy, s.strip(), size, font)
            elif cs > 1:
                x0, x1 = col_right[c] - col_w, col_right[c + cs - 1]
                p.centre(x0, x1, yy, s, size, font)
                if group_rules: p.line(x0 + 2, yy - 3, x1, yy - 3, 0.4)
            else:
                p.right(col_right[c], yy, s, size, font)
        y -= leading
    return y + leading


def raw_sets(out, truth, rng):
    name, pages = "raw-times.pdf", []
    # 1 three header levels, rules only under the groups and round the header, raised footnote marks, notes below
    g, sp = three_level(rng, "GEO/TIME")
    p = Page()
    p.text(56, 790, "Table 1.3: Employment rate by sex and age, 2019 and 2020 (%)", 10, "F2")
    cols = [0] + [190 + 44 * k for k in range(1, 9)]
    p.line(56, 772, cols[-1], 772, 0.8)
    y = draw_table(p, g, sp, 3, 56, cols, 760, col_w=40)
    p.line(56, 760 - 12 * 2 - 4, cols[-1], 760 - 12 * 2 - 4, 0.4)
    p.line(56, y - 4, cols[-1], y - 4, 0.8)
    p.text(56, y - 16, ": not available", 7)
    p.text(56, y - 25, "1 Break in time series.  2 Provisional.  3 Different definition.", 7)
    p.text(56, y - 34, "Source: Eurostat (online data code: lfsa_ergan)", 7, "F3")
    pages.append(p); truth.add(name, len(pages), "three-level", g, sp)
    # 2 columns separated only by spacing, spaces as thousands separators, indented items, bold total, no rules
    g = spending_items(rng)
    p = Page()
    p.text(56, 790, "Table 2.1 General government expenditure by category (EUR million)", 10, "F2")
    cols = [0, 330, 400, 470, 540]
    draw_table(p, g, {}, 1, 56, cols, 766, bold_rows=(len(g) - 1,), head_font="F3")
    pages.append(p); truth.add(name, len(pages), "spaced", strip(g))
    # 3 a landscape media box: monthly counts over 13 narrow columns
    g = monthly(rng)
    p = Page(842, 595)
    p.text(50, 550, "Table 3. Calls received by state and month", 10, "F2")
    cols = [0] + [170 + 46 * k for k in range(1, 14)]
    p.line(50, 540, cols[-1], 540, 0.8); p.line(50, 524, cols[-1], 524, 0.4)
    y = draw_table(p, g, {}, 1, 50, cols, 528, leading=14)
    p.line(50, y - 5, cols[-1], y - 5, 0.8)
    pages.append(p); truth.add(name, len(pages), "landscape", g)
    # 4 a landscape layout on a portrait page turned by /Rotate 270: quarters under half-years under years
    g, sp = quarters(rng)
    p = Page(842, 595, turn=270)
    p.text(60, 540, "Table 4. Change in employment by region (%)", 10, "F2")
    cols = [0] + [230 + 56 * k for k in range(1, 9)]
    p.line(60, 530, cols[-1], 530, 0.8)
    y = draw_table(p, g, sp, 3, 60, cols, 516, col_w=52, leading=13)
    p.line(60, 516 - 26 - 4, cols[-1], 516 - 26 - 4, 0.4)
    p.line(60, y - 4, cols[-1], y - 4, 0.8)
    pages.append(p); truth.add(name, len(pages), "rotated", g, sp)
    # 5 stub header over two rows, group labels over three measures each, vertical rules between the groups
    g, sp = stub_groups(rng)
    p = Page()
    p.text(56, 790, "Table 5 Households by type, 2020 and 2021", 10, "F2")
    cols = [0, 250, 300, 355, 420, 470, 530]
    p.line(56, 776, 536, 776, 0.8)
    y = draw_table(p, g, sp, 2, 56, cols, 764, size=8, col_w=60, group_rules=True)
    p.line(56, 764 - 12 - 4, 536, 764 - 12 - 4, 0.4)
    for x in (196, 366):
        p.line(x, 776, x, y - 4, 0.4)
    p.line(56, y - 4, 536, y - 4, 0.8)
    p.text(56, y - 16, "Note: the median is computed over equivalised disposable income.", 7, "F3")
    pages.append(p); truth.add(name, len(pages), "stub-header", strip(g), sp)
    # 6-7 a long table over a page break: 'Table 6 (continued)' and the header repeated on the next page
    g = long_list(rng, 80)
    first, rest = g[:58], [g[0]] + g[58:]
    cols = [0, 96, 330, 410, 470, 530]

    def list_page(rows, caption):
        p = Page()
        p.text(56, 790, caption, 10, "F2")
        p.line(56, 778, 536, 778, 0.8)
        p.text(56, 768, rows[0][0], 8.5, "F3")
        p.text(102, 768, rows[0][1], 8.5, "F3")
        for c in (2, 3, 4): p.right(cols[c + 1], 768, rows[0][c], 8.5, "F3")
        p.line(56, 764, 536, 764, 0.4)
        y = 752
        for row in rows[1:]:
            p.text(56, y, row[0], 8.5); p.text(102, y, row[1], 8.5)
            for c in (2, 3, 4): p.right(cols[c + 1], y, row[c], 8.5)
            y -= 12
        return p, y
    p, _ = list_page(first, "Table 6: Municipalities by population and area")
    pages.append(p); truth.add(name, len(pages), "page-break", g)
    p, y = list_page(rest, "Table 6: Municipalities by population and area (continued)")
    p.line(56, y + 8, 536, y + 8, 0.8)
    pages.append(p)
    # 8 footnote letters in the header and asterisks on values
    g = flagged(rng)
    p = Page()
    p.text(56, 790, "Table 7. State government finances (thousand dollars)", 10, "F2")
    cols = [0, 260, 330, 400, 470, 540]
    p.line(56, 778, 540, 778, 0.8)
    y = 766
    for c, s in enumerate(g[0]):
        base, mark = (s[:-2], s[-1]) if s.endswith(("ᵃ", "ᵇ")) else (s, "")
        mark = {"ᵃ": "a", "ᵇ": "b"}.get(mark, "")
        if c == 0: p.text(56, y, base, 8.5)
        else:
            p.right(cols[c + 1] - (tw(mark, 5.5) if mark else 0), y, base, 8.5)
            if mark: p.text(cols[c + 1] - tw(mark, 5.5), y, mark, 5.5, rise=3.5)
    p.line(56, y - 4, 540, y - 4, 0.4)
    y = draw_table(p, g[1:], {}, 0, 56, cols[1:], y - 14)
    p.line(56, y - 4, 540, y - 4, 0.8)
    p.text(56, y - 16, "a Excludes utility revenue.  b Includes capital outlay.  * Provisional.", 7)
    pages.append(p); truth.add(name, len(pages), "footnotes", sup_gold(g))
    # 9 a statement: note column, headings, bold totals ruled above, a double rule under the result
    g = statement_grid(rng)
    p = Page()
    p.text(56, 790, "Statement of comprehensive income for the year ended 30 June 2023", 10, "F2")
    p.text(56, 778, "($ thousand)", 8, "F3")
    cols = [0, 330, 430, 520]
    totals = [r for r, row in enumerate(g) if row[0].startswith(("Total", "Surplus"))]
    y = 758
    for r, row in enumerate(g):
        font = "F2" if r in totals or (r > 0 and not row[0].startswith("  ") and not row[2]) or r == 0 else "F1"
        if row[0]: p.text(56 + (10 if row[0].startswith("  ") else 0), y, row[0].strip(), 9, font)
        for c in (1, 2, 3):
            if row[c]: p.right(cols[c], y, row[c], 9, font)
        if r in totals:
            for c in (2, 3): p.line(cols[c] - 50, y + 9, cols[c], y + 9, 0.4)
        y -= 13
    for c in (2, 3):
        p.line(cols[c] - 50, y + 9, cols[c], y + 9, 0.4); p.line(cols[c] - 50, y + 7, cols[c], y + 7, 0.4)
    p.text(56, y - 8, "The accompanying notes form part of these financial statements.", 7, "F3")
    pages.append(p); truth.add(name, len(pages), "financial", strip(g))
    # 10 two columns of text with figures, no table
    p = Page()
    words = ("The labour force survey covers persons aged 15 and over living in private households. Employment "
             "rates rose in most regions, with the largest increases recorded in the south, where the rate reached "
             "68.4 % in 2021 against 64.9 % a year earlier.").split()
    for col, x in enumerate((56, 310)):
        y = 780
        for k in range(40):
            line = " ".join(words[(k * 5 + col) % len(words):][:8])
            p.text(x, y, line, 9); y -= 12
    pages.append(p); truth.none(name, len(pages))
    fonts = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>"]
    write_pdf(os.path.join(out, name), [("\n".join(q.ops).encode("latin-1"),) + q.media() for q in pages], fonts)


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-heldout3")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_3)
    truth = Truth()
    with tempfile.TemporaryDirectory() as work:
        chrome_sets(out, work, truth, rng)
    raw_sets(out, truth, rng)
    truth.save(out)


main()
