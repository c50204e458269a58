#!/usr/bin/env python3
"""Builds the dev8 table set: a development set (every table is dev) of the layout classes still open after dev7, in
my own instances: lists in side-by-side halves with columns one space apart, columns one space (or one cell's
padding) apart, a group label over three columns with a rule under it (booktabs), a stub header spanning the header
rows, tables side by side without any rules, ruled grids touching each other (side by side with different row
pitches, or one under the other), and a year stacked over its currency unit. Gold is the grid each table was drawn
from (truth.json for tools/tables/score.py; a spanning cell counts at its first row and column; a list in halves is
one table of the halves' columns, as ICDAR 2013 marks them). Pages without a table are in a file of their own so
the scorer counts tables reported on them.

Producers:
  raw-*.pdf    content streams as written here (Helvetica, Times, STSong-Light not embedded; Courier one string a line)
  cairo-*.pdf  pages of the same kind rewritten by cairo's PDF surface (`pdftocairo -pdf`)
  lo-*.pdf     HTML opened by LibreOffice Writer/Web and exported
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import html, importlib.util, os, random, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, ".."))
from pdfkit import Truth, run_soffice, write_pdf, STANDARD_FONTS as FONTS, STSONG_EXTRA as EXTRA

_spec = importlib.util.spec_from_file_location("dev7_generate", os.path.join(HERE, "..", "dev7", "generate.py"))
dev7 = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(dev7)
Page, draw, strip, f1, CN_PARA, EN_TEXT = dev7.Page, dev7.draw, dev7.strip, dev7.f1, dev7.CN_PARA, dev7.EN_TEXT


def tight_cols(p, grid, aligns, x0, size, gaps, font=None):
    """Columns as wide as their widest entry (indent included), `gaps[c]` points before column c + 1."""
    cols, x = [], x0
    for c, a in enumerate(aligns):
        w = max(p.wid(row[c].strip(), size, font) + (10 if row[c].startswith("  ") else 0) for row in grid if row[c])
        cols.append((a, x, x + w))
        x += w + (gaps[c] if c < len(gaps) else 0)
    return cols


def space(p, size, font=None):
    return p.wid(" ", size, font) if (font or p.font) != "F5" else size * 0.5


def figure(rng, a, b):
    return f"{rng.randrange(a, b):,}"


# ------------------------------------------------------------------ lists in halves, one space apart

def halves_tight(rng, truth, pages, name, cn, rule_between):
    p = Page("F5" if cn else "F1")
    if cn:
        names = ["城关镇", "东关镇", "西关镇", "北山乡", "南河乡", "新华镇", "红旗乡", "前进镇", "和平乡", "团结镇",
                 "胜利乡", "光明镇", "长青乡", "永安镇"]
        head = ["乡镇", "户数", "人口"]
        p.place("c", 50, 545, 790, "表3  各乡镇户数和人口", 11)
    else:
        names = ["Albany", "Bangor", "Carlow", "Dover", "Elgin", "Falkirk", "Galway", "Hexham", "Ipswich", "Kendal",
                 "Ludlow", "Malton", "Newry", "Oban", "Penrith", "Redcar"]
        head = ["Town", "Schools", "Pupils"]
        p.text(50, 790, "Table 5. Schools and pupils by town, 2024", 10, "F2")
    half = len(names) // 2
    rows = [[n, str(rng.randrange(3, 60)), figure(rng, 1000, 99000)] for n in names]
    g = [head + head] + [rows[k] + rows[k + half] for k in range(half)]
    sp = space(p, 9)
    gaps = [sp * 2, sp, sp * (3 if rule_between else 1), sp * 2, sp]
    cols = tight_cols(p, g, ["l", "r", "r", "l", "r", "r"], 50, 9, gaps)
    bottom = draw(p, g, cols, 772, 9, 13, rules=(0, 1, len(g)), pad=0, bold_rows=())
    if rule_between:
        xm = (cols[2][2] + cols[3][1]) / 2
        p.line(xm, 772, xm, bottom, 0.4)
    pages.append(p); truth.add(name, len(pages), "halves", strip(g))


def abstract_tight(rng, truth, pages, name):
    """A statistical abstract: six year columns of figures set one space apart, indented stub, no rules but one
    under the header."""
    p = Page("F1")
    p.text(50, 790, "Table 14. Employment by industry, 2018 to 2023 (thousands)", 10, "F2")
    g = [["Industry", "2018", "2019", "2020", "2021", "2022", "2023"]]
    for label in ["Agriculture", "Mining", "Manufacturing", "  Food products", "  Machinery", "Construction",
                  "Retail trade", "Transport", "Information", "Finance", "  Banking", "  Insurance", "Health care",
                  "Education", "Public administration"]:
        base = rng.randrange(80, 9000)
        g.append([label] + [f"{int(base * rng.uniform(0.9, 1.1)):,}" for _ in range(6)])
    sp = space(p, 8.5)
    cols = tight_cols(p, g, ["l"] + ["r"] * 6, 50, 8.5, [sp * 6] + [sp] * 5)
    draw(p, g, cols, 772, 8.5, 11.5, rules=(1,), pad=0, bold_rows=(), indent=10)
    pages.append(p); truth.add(name, len(pages), "one-space", strip(g))


COURIER = b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"


def courier_printout(rng, truth):
    """A printout in Courier, every line one string, columns padded and one space apart; a list in halves on the
    second page."""
    pages = []
    g = [["DISTRICT", "HOUSEHOLDS", "PERSONS", "MALES", "FEMALES", "AVG"]]
    for d in ["NORTHFIELD", "EASTGATE", "SOUTHMOOR", "WESTBURY", "HILLCREST", "RIVERSIDE", "LAKEVIEW", "OAKWOOD",
              "PINEHURST", "MILLBROOK", "STONEBRIDGE"]:
        hh = rng.randrange(1200, 48000)
        per = int(hh * rng.uniform(2.1, 3.2))
        m = int(per * rng.uniform(0.47, 0.52))
        g.append([d, str(hh), str(per), str(m), str(per - m), f"{per / hh:.2f}"])
    widths = [max(len(r[c]) for r in g) for c in range(len(g[0]))]
    ops, y = ["BT /F1 12 Tf 50 790 Td (POPULATION AND HOUSEHOLDS BY DISTRICT) Tj ET"], 765

    def line(cells, aligns):
        return " ".join(s.ljust(w) if a == "l" else s.rjust(w) for s, w, a in zip(cells, widths, aligns)).rstrip()
    aligns = ["l"] + ["r"] * 5
    for r, row in enumerate(g):
        ops.append(f"BT /F1 9 Tf 50 {y} Td ({line(row, aligns)}) Tj ET"); y -= 11
        if r == 0:
            ops.append(f"BT /F1 9 Tf 50 {y} Td ({' '.join('-' * w for w in widths)}) Tj ET"); y -= 11
    pages.append(("\n".join(ops), (595, 842), None))
    truth.add("raw-courier.pdf", 1, "one-space", g)
    items = ["BOLTS", "BRACKETS", "CABLE TIES", "CLAMPS", "DOWELS", "GASKETS", "HINGES", "NAILS", "NUTS", "RIVETS",
             "SCREWS", "SPRINGS", "STAPLES", "WASHERS"]
    half = len(items) // 2
    rows = [[it, str(rng.randrange(10, 9999)), f"{rng.uniform(0.05, 40):.2f}"] for it in items]
    g = [["ITEM", "QTY", "PRICE"] * 2] + [rows[k] + rows[k + half] for k in range(half)]
    widths = [max(len(r[c]) for r in g) for c in range(6)]
    ops, y = ["BT /F1 12 Tf 50 790 Td (STOCK LIST) Tj ET"], 765
    aligns = ["l", "r", "r"] * 2
    for row in g:
        ops.append(f"BT /F1 9 Tf 50 {y} Td ({line(row, aligns)}) Tj ET"); y -= 11
    pages.append(("\n".join(ops), (595, 842), None))
    truth.add("raw-courier.pdf", 2, "halves", g)
    return pages


# ------------------------------------------------------------------ group labels over three columns, stub headers

def booktabs_group3(rng, truth, pages, name, stub_row):
    """LaTeX booktabs: two group labels each centred over three columns with a \\cmidrule under it; the stub header
    on the lower header line (stub_row=1) or centred over both header lines (stub_row=None, \\multirow)."""
    p = Page("F3")
    p.text(56, 800, "Table 6: Labour force participation (%) by sex and year.", 9)
    g = [["", "Men", "", "", "Women", "", ""], ["", "2010", "2015", "2020", "2010", "2015", "2020"]]
    for c in ["Austria", "Belgium", "Croatia", "Denmark", "Estonia", "Finland", "Greece", "Hungary", "Ireland"]:
        g.append([c] + [f1(rng, 55, 82) for _ in range(3)] + [f1(rng, 40, 75) for _ in range(3)])
    cols = [("l", 56, 150)] + [("r", 150 + 52 * k, 202 + 52 * k) for k in range(6)]
    top, pitch, size = 790, 12, 9
    p.line(56, top, cols[-1][2], top, 0.8)
    yb = lambda r: top - r * pitch - pitch + (pitch - size) / 2 + 1.5
    p.place("c", 150, 306, yb(0), "Men", size); p.place("c", 306, 462, yb(0), "Women", size)
    p.line(154, top - pitch - 1, 302, top - pitch - 1, 0.4); p.line(310, top - pitch - 1, 458, top - pitch - 1, 0.4)
    for c in range(1, 7): p.place("r", cols[c][1], cols[c][2] - 2.5, yb(1), g[1][c], size)
    if stub_row is None:
        p.text(58.5, (yb(0) + yb(1)) / 2, "Country", size)
        g[0][0] = "Country"
        spans = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}
    else:
        p.text(58.5, yb(1), "Country", size)
        g[1][0] = "Country"
        spans = {(0, 1): (1, 3), (0, 4): (1, 3)}
    p.line(56, top - 2 * pitch, cols[-1][2], top - 2 * pitch, 0.4)
    bottom = draw(p, g[2:], cols, top - 2 * pitch, size, pitch, rules=(), bold_rows=())
    p.line(56, bottom, cols[-1][2], bottom, 0.8)
    pages.append(p); truth.add(name, len(pages), "group3" if stub_row is not None else "stub-span", g, spans)


def stub_span_unruled(rng, truth, pages, name):
    """Helvetica, no rules: the stub header on the first of two header lines, group labels centred over three
    columns each, sub-headers under them."""
    p = Page("F1")
    p.text(50, 790, "Table 8. Households by tenure and size, 2024 (thousands)", 10, "F2")
    g = [["Area", "Owned", "", "", "Rented", "", ""], ["", "1-2", "3-4", "5+", "1-2", "3-4", "5+"]]
    for a in ["Northern", "Central", "Eastern", "Western", "Southern", "Coastal", "Highland", "Islands"]:
        g.append([a] + [str(rng.randrange(12, 900)) for _ in range(6)])
    cols = [("l", 50, 160)] + [("r", 160 + 50 * k, 210 + 50 * k) for k in range(6)]
    top, pitch, size = 772, 13, 9
    yb = lambda r: top - r * pitch - pitch + (pitch - size) / 2 + 1.5
    p.text(52.5, yb(0), "Area", size, "F2")
    p.place("c", 160, 310, yb(0), "Owned", size, "F2"); p.place("c", 310, 460, yb(0), "Rented", size, "F2")
    for c in range(1, 7): p.place("r", cols[c][1], cols[c][2] - 2.5, yb(1), g[1][c], size, "F2")
    draw(p, g[2:], cols, top - 2 * pitch - 4, size, pitch, bold_rows=())
    pages.append(p); truth.add(name, len(pages), "stub-span", g, {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)})


# ------------------------------------------------------------------ side by side without rules

def side_by_side_unruled(rng, truth, pages, name, cn):
    p = Page("F5" if cn else "F1")
    if cn:
        p.place("c", 40, 555, 795, "2024年财政收支情况", 12)
        sets = [(["收入项目", "金额（亿元）"], ["税收收入", "  增值税", "  企业所得税", "  个人所得税", "非税收入", "  专项收入",
                                          "  行政事业性收费", "  罚没收入"], 16),
                (["支出项目", "金额（亿元）"], ["一般公共服务", "教育", "科学技术", "社会保障和就业", "卫生健康", "城乡社区"], 19)]
        xs, w0, w1 = [40, 320], 150, 80
    else:
        p.text(50, 790, "Table 11. Imports (left) and exports (right) by partner, 2024 ($ million)", 10, "F2")
        sets = [(["Partner", "Imports", "Share %"], ["Canada", "China", "Germany", "Japan", "Korea", "Mexico",
                                                      "Netherlands", "Switzerland", "Taiwan"], 12.5),
                (["Partner", "Exports", "Share %"], ["Brazil", "Canada", "France", "India", "Japan", "Mexico",
                                                      "Singapore"], 12.5)]
        xs, w0, w1 = [50, 312], 95, 70
    for x, (head, items, pitch) in zip(xs, sets):
        g = [head] + [[it, f"{rng.uniform(10, 4000):,.1f}"] + ([] if cn else [f1(rng, 1, 20)]) for it in items]
        cols = [("l", x, x + w0)] + [("r", x + w0 + w1 * k, x + w0 + w1 * (k + 1)) for k in range(len(head) - 1)]
        draw(p, g, cols, 772, 9, pitch, indent=18 if cn else 10, bold_rows=(0,))
        truth.add(name, len(pages) + 1, "side-by-side", strip(g))
    pages.append(p)


# ------------------------------------------------------------------ touching ruled grids

def touching_grids(rng, truth, pages, name, vertical, cn=False):
    p = Page("F5" if cn else "F1")
    p.text(50, 790, "预算执行情况" if cn else "Table 4. Budget and outturn by service", 10 if cn else 10, None if cn else "F2")
    if cn:
        a = [["项目", "预算数", "执行数"]] + [[s, f"{rng.uniform(10, 900):.2f}", f"{rng.uniform(10, 900):.2f}"]
                                       for s in ["基本支出", "人员经费", "公用经费", "项目支出", "专项经费", "合计"]]
        b = [["指标", "目标值", "完成值", "得分"]] + [[s, f"{rng.randrange(80, 101)}%", f"{rng.randrange(70, 101)}%", str(rng.randrange(5, 11))]
                                              for s in ["预算执行率", "项目完成率", "资金到位率", "满意度"]]
    else:
        a = [["Service", "Budget", "Outturn"]] + [[s, figure(rng, 100, 9000), figure(rng, 100, 9000)]
                                               for s in ["Schools", "Roads", "Libraries", "Parks", "Housing", "Total"]]
        b = [["Measure", "Target", "Actual", "RAG"]] + [[s, f"{rng.randrange(60, 100)}%", f"{rng.randrange(50, 100)}%", rng.choice(["R", "A", "G"])]
                                                     for s in ["Potholes fixed", "Visits", "Complaints closed", "Homes let"]]
    if vertical:
        ca = [("l", 50, 250), ("r", 250, 350), ("r", 350, 450)]
        bot = draw(p, a, ca, 772, 9, 15, rules=range(len(a) + 1), vrules=True)
        cb = [("l", 50, 200), ("r", 200, 280), ("r", 280, 380), ("c", 380, 450)]
        draw(p, b, cb, bot, 9, 18, rules=range(len(b) + 1), vrules=True)
    else:
        ca = [("l", 50, 170), ("r", 170, 240), ("r", 240, 310)]
        draw(p, a, ca, 772, 9, 15, rules=range(len(a) + 1), vrules=True)
        cb = [("l", 310, 420), ("r", 420, 470), ("r", 470, 520), ("c", 520, 550)]
        draw(p, b, cb, 772, 9, 19, rules=range(len(b) + 1), vrules=True)
    truth.add(name, len(pages) + 1, "touching", a)
    truth.add(name, len(pages) + 1, "touching", b)
    pages.append(p)


# ------------------------------------------------------------------ a year stacked over its currency unit

def stacked_year(rng, truth, pages, name, cn):
    p = Page("F5" if cn else "F1")
    if cn:
        p.place("c", 50, 545, 790, "资产负债表", 13)
        p.place("r", 50, 545, 772, "编制单位：某某事业单位", 9)
        g = [["项目", "附注", "2024年", "2023年"], ["", "", "万元", "万元"]]
        labels = ["货币资金", "应收账款", "预付账款", "存货", "流动资产合计", "固定资产", "无形资产", "非流动资产合计", "资产总计"]
    else:
        p.text(50, 790, "Statement of financial position at 31 March 2025", 12, "F2")
        g = [["", "Note", "2025", "2024"], ["", "", "£'000", "£'000"]]
        labels = ["Property, plant and equipment", "Intangible assets", "Investments", "Total non-current assets",
                  "Inventories", "Trade receivables", "Cash at bank", "Total current assets", "Total assets"]
    for lab in labels:
        g.append([lab, str(rng.randrange(5, 25)) if rng.random() < 0.5 else "", figure(rng, 100, 90000), figure(rng, 100, 90000)])
    cols = [("l", 50, 330), ("c", 330, 380), ("r", 380, 460), ("r", 460, 540)]
    top, size = 750, 9
    for c in range(1, 4):
        for r, dy in ((0, 0), (1, 10.5)):
            if g[r][c]: p.place(cols[c][0], cols[c][1] + 2.5, cols[c][2] - 2.5, top - 10 - dy, g[r][c], size, None if cn else "F2")
    if g[0][0]: p.text(52.5, top - 15, g[0][0], size)
    for c in (2, 3): p.line(cols[c][1] + 12, top - 24, cols[c][2], top - 24, 0.4)
    draw(p, g[2:], cols, top - 28, size, 14, bold_rows=())
    pages.append(p); truth.add(name, len(pages), "stacked", g)


# ------------------------------------------------------------------ pages without a table

def no_table_pages():
    pages = []
    p = Page("F5")
    p.place("c", 60, 535, 790, "关于报送2024年度部门决算的通知", 13)
    y = p.para(60, 760, "各预算单位：", 475, 10.5, 18)
    for k, item in enumerate(["一、报送范围。纳入本级预算管理的行政单位、事业单位和社会团体。",
                              "二、报送时间。请于2025年3月20日前报送纸质材料和电子数据。",
                              "三、报送内容。决算报表、决算分析报告、绩效自评表及相关说明。"]):
        y = p.para(81, y, item + CN_PARA[:60], 454, 10.5, 18) - 4
    for lab, val in [("联 系 人：", "王明"), ("联系电话：", "0351-4412345"), ("电子邮箱：", "czj@example.cn")]:
        p.text(81, y, lab, 10.5); p.text(150, y, val, 10.5); y -= 18
    p.place("r", 60, 500, y - 30, "市财政局", 10.5); p.place("r", 60, 500, y - 50, "2025年2月10日", 10.5)
    pages.append(p)
    p = Page("F3")
    p.text(56, 800, "Dear Ms Patel,", 10.5)
    y = p.para(56, 780, EN_TEXT, 480, 10.5, 13) - 8
    for item in ["Schools: the revised allocation applies from 1 April.", "Roads: resurfacing resumes in May.",
                 "Libraries: opening hours are unchanged."]:
        p.text(66, y, "-", 10.5); y = p.para(78, y, item, 460, 10.5, 13)
    y = p.para(56, y - 8, EN_TEXT[:200], 480, 10.5, 13) - 20
    for ln in ["Yours sincerely,", "", "J. Morgan", "Director of Finance", "Tel. 01632 960 123"]:
        p.text(56, y, ln, 10.5); y -= 13
    pages.append(p)
    return pages


# ------------------------------------------------------------------ LibreOffice HTML

def row_html(row, tds):
    return "<tr>" + "".join(tds(c, s) for c, s in enumerate(row)) + "</tr>"


def lo_pages(rng, truth):
    name, parts = "lo-dev8.pdf", []
    # 1 a list in halves, cell padding 1, no borders, auto widths: a figure and the next half's label one padding apart
    items = ["Ash", "Beech", "Birch", "Cedar", "Elm", "Fir", "Hazel", "Holly", "Larch", "Maple", "Oak", "Pine", "Rowan", "Yew"]
    rows = [[it, figure(rng, 100, 99999), f1(rng, 0, 40)] for it in items]
    g = [["Species", "Trees", "Cover %"] * 2] + [rows[k] + rows[k + 7] for k in range(7)]
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c % 3 else ""}>{html.escape(s)}</td>') for r in g)
    parts.append(f'<p><b>Table 2. Trees by species (halves)</b></p><table cellspacing="0" cellpadding="1">{body}</table><p>Source: survey.</p>')
    truth.add(name, 1, "halves", g)
    # 2 figures one padding apart
    g = [["Quarter", "Sales", "Costs", "Margin", "Staff", "Sites"]]
    for q in ["2023 Q1", "2023 Q2", "2023 Q3", "2023 Q4", "2024 Q1", "2024 Q2", "2024 Q3", "2024 Q4"]:
        g.append([q, figure(rng, 10000, 99999), figure(rng, 10000, 99999), f1(rng, 1, 30), figure(rng, 100, 999), str(rng.randrange(10, 99))])
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in g)
    parts.append(f'<p><b>Table 3. Quarterly results</b></p><table cellspacing="0" cellpadding="1">{body}</table>')
    truth.add(name, 2, "one-space", g)
    # 3 two borderless tables side by side
    inner = []
    for head, labs in ((["地区", "人口（万人）"], ["东城", "西城", "南城", "北城", "新区", "开发区"]),
                       (["行业", "就业（万人）"], ["农业", "工业", "建筑业", "批发零售", "交通运输", "住宿餐饮", "金融"])):
        gg = [head] + [[l, f"{rng.uniform(1, 90):.1f}"] for l in labs]
        inner.append('<table cellspacing="0" cellpadding="3" width="100%">' + "".join(
            row_html(r, lambda c, s: f'<td nowrap{" align=right" if c else ""}>{html.escape(s)}</td>') for r in gg) + "</table>")
        truth.add(name, 3, "side-by-side", gg)
    parts.append('<p><b>人口和就业</b></p><table cellspacing="0" cellpadding="0" width="640"><tr>'
                 f'<td valign="top" width="300">{inner[0]}</td><td width="40"></td><td valign="top" width="300">{inner[1]}</td></tr></table>')
    # 4 a stacked year / currency header
    g = [["", "Note", "2025", "2024"], ["", "", "€'000", "€'000"]]
    for lab in ["Revenue", "Cost of sales", "Gross profit", "Other income", "Operating expenses", "Operating profit",
                "Finance costs", "Profit before tax", "Tax", "Profit for the year"]:
        g.append([lab, str(rng.randrange(3, 20)) if rng.random() < 0.4 else "", figure(rng, 100, 90000), figure(rng, 100, 90000)])
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c >= 2 else (" align=center" if c == 1 else "")}>{html.escape(s)}</td>')
                   for r in g)
    parts.append(f'<p><b>Income statement for the year ended 31 December 2025</b></p><table cellspacing="0" cellpadding="2" width="80%">{body}</table>')
    truth.add(name, 4, "stacked", g)
    # 5 a group label over three columns ruled under it, the stub header spanning both header rows
    g = [["Region", "Births", "", "", "Deaths", "", ""], ["", "2022", "2023", "2024", "2022", "2023", "2024"]]
    for reg in ["North", "South", "East", "West", "Centre", "Islands"]:
        g.append([reg] + [figure(rng, 1000, 20000) for _ in range(6)])
    bb = 'style="border-bottom: 1px solid #000000"'
    head = (f'<tr><td rowspan="2" valign="middle">Region</td><td colspan="3" align="center" {bb}>Births</td>'
            f'<td colspan="3" align="center" {bb}>Deaths</td></tr>'
            + "<tr>" + "".join(f'<td align="right">{s}</td>' for s in g[1][1:]) + "</tr>")
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in g[2:])
    parts.append(f'<p><b>Table 7. Births and deaths by region</b></p><table cellspacing="0" cellpadding="3" width="85%">{head}{body}</table>')
    truth.add(name, 5, "stub-span", g, {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)})
    # 6 two bordered tables touching, rows of different heights
    inner = []
    for gg, pad in (([["科目", "预算", "决算"]] + [[s, f"{rng.uniform(10, 900):.2f}", f"{rng.uniform(10, 900):.2f}"] for s in ["工资福利", "商品服务", "资本性支出", "其他"]], 2),
                    ([["指标", "目标", "实际"]] + [[s, f"{rng.randrange(80, 101)}%", f"{rng.randrange(70, 101)}%"] for s in ["执行率", "完成率", "满意度"]], 6)):
        inner.append(f'<table border="1" cellspacing="0" cellpadding="{pad}" width="100%">' + "".join(
            row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in gg) + "</table>")
        truth.add(name, 6, "touching", gg)
    parts.append('<p><b>预算与绩效</b></p><table cellspacing="0" cellpadding="0" width="560"><tr>'
                 f'<td valign="top" width="280">{inner[0]}</td><td valign="top" width="280">{inner[1]}</td></tr></table>')
    return name, parts


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-dev8")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_8)
    truth = Truth()

    def save(name, pages):
        write_pdf(os.path.join(out, name), [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
    with tempfile.TemporaryDirectory() as work:
        name, pages = "raw-dev8.pdf", []
        halves_tight(rng, truth, pages, name, cn=False, rule_between=False)
        halves_tight(rng, truth, pages, name, cn=True, rule_between=True)
        abstract_tight(rng, truth, pages, name)
        booktabs_group3(rng, truth, pages, name, stub_row=1)
        booktabs_group3(rng, truth, pages, name, stub_row=None)
        stub_span_unruled(rng, truth, pages, name)
        side_by_side_unruled(rng, truth, pages, name, cn=False)
        touching_grids(rng, truth, pages, name, vertical=False)
        stacked_year(rng, truth, pages, name, cn=False)
        save(name, pages)
        cour = courier_printout(rng, truth)
        write_pdf(os.path.join(out, "raw-courier.pdf"), cour, [COURIER])
        name, pages = "cairo-dev8.pdf", []
        halves_tight(rng, truth, pages, name, cn=False, rule_between=True)
        side_by_side_unruled(rng, truth, pages, name, cn=True)
        touching_grids(rng, truth, pages, name, vertical=True, cn=True)
        touching_grids(rng, truth, pages, name, vertical=False, cn=True)
        stacked_year(rng, truth, pages, name, cn=True)
        booktabs_group3(rng, truth, pages, name, stub_row=None)
        src = os.path.join(work, "cairo.raw.pdf")
        write_pdf(src, [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
        subprocess.run(["pdftocairo", "-pdf", src, os.path.join(out, name)], check=True, timeout=120)
        name, parts = lo_pages(rng, truth)
        doc = '<p style="page-break-before: always"></p>'.join(parts)
        src = os.path.join(work, "lo-dev8.html")
        open(src, "w", encoding="utf-8").write(
            '<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Sans","Noto Sans CJK SC";font-size:9pt}</style></head>'
            f"<body>{doc}</body></html>")
        run_soffice(work, ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src])
        pages = no_table_pages()
        save("raw-notables.pdf", pages)
        truth.none("raw-notables.pdf", 1); truth.none("raw-notables.pdf", 2)
    for e in truth.entries: e["split"] = "dev"  # the whole set is for development
    truth.save(out)


if __name__ == "__main__":
    main()
