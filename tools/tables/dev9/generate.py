#!/usr/bin/env python3
"""Builds the dev9 table set: a development set (every table is dev) of the layout classes still open after dev8, in
my own instances: ruled grids touching one under the other (two tables) beside a form whose budget block sits on its
indicator block in one frame (one table), unruled tables side by side at one row pitch, a stub header centred over
two header rows (LibreOffice, ruled and open), booktabs tables with \\multirow group labels centred over their rows,
a ruled form continued on the next page by its closing rows (总分), and pages without a table that hold a notice's
contact block (label / value lines) and a signature block. Gold is the grid each table was drawn from (truth.json for
tools/tables/score.py; a spanning cell counts at its first row and column; a table continued on the next page is
scored whole on its first page). Pages without a table are in a file of their own so the scorer counts tables
reported there.

Producers:
  raw-*.pdf    content streams as written here (Helvetica, Times, STSong-Light not embedded)
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


def figure(rng, a, b):
    return f"{rng.randrange(a, b):,}"


def ruled(p, grid, edges, top, pitch, size=9, aligns=None, spans=None, pad=2.5):
    """A grid ruled on every edge; edges: the column x's; spans {(r, c): (rs, cs)} merge cells (no rule inside).
    Returns the bottom y."""
    spans = spans or {}
    covered = {(r + i, c + j) for (r, c), (rs, cs) in spans.items() for i in range(rs) for j in range(cs)}
    n, m = len(grid), len(edges) - 1
    for r, row in enumerate(grid):
        for c, s in enumerate(row):
            if not s: continue
            rs, cs = spans.get((r, c), (1, 1))
            x0, x1 = edges[c], edges[c + cs]
            ytop, ybot = top - r * pitch, top - (r + rs) * pitch
            y = (ytop + ybot) / 2 - size * 0.35
            a = (aligns or ["l"] + ["r"] * (m - 1))[c]
            p.place(a, x0 + pad, x1 - pad, y, s, size)
    for r in range(n + 1):  # horizontal rules, cut where a merged cell covers both sides
        y = top - r * pitch
        for c in range(m):
            inside = 0 < r < n and (r, c) in covered and (r - 1, c) in covered and any(
                r0 < r < r0 + rs and c0 <= c < c0 + cs for (r0, c0), (rs, cs) in spans.items())
            if not inside: p.line(edges[c], y, edges[c + 1], y, 0.5)
    for c in range(m + 1):
        x = edges[c]
        for r in range(n):
            inside = 0 < c < m and any(r0 <= r < r0 + rs and c0 < c < c0 + cs for (r0, c0), (rs, cs) in spans.items())
            if not inside: p.line(x, top - r * pitch, x, top - (r + 1) * pitch, 0.5)
    return top - n * pitch


# ------------------------------------------------------------------ grids touching one under the other

def touching_under(rng, truth, pages, name, cn):
    """Two ruled tables, the second drawn from the first one's bottom rule, each with its own header and columns."""
    p = Page("F5" if cn else "F1")
    if cn:
        p.place("c", 50, 545, 795, "资金使用和产出情况", 12)
        a = [["资金来源", "年初预算", "调整预算", "实际到位"]] + [[s, f"{rng.uniform(10, 900):.2f}", f"{rng.uniform(10, 900):.2f}",
                                                          f"{rng.uniform(10, 900):.2f}"] for s in ["中央补助", "省级补助", "市级配套", "县级配套", "合计"]]
        b = [["产出内容", "计划数", "完成数"]] + [[s, str(rng.randrange(10, 500)), str(rng.randrange(10, 500))]
                                            for s in ["改造道路（公里）", "新建桥梁（座）", "培训人次", "验收项目（个）"]]
    else:
        p.text(50, 795, "Table 9. Grants received and outputs delivered, 2024-25", 10, "F2")
        a = [["Source", "Awarded", "Received", "Spent"]] + [[s, figure(rng, 100, 9000), figure(rng, 100, 9000), figure(rng, 100, 9000)]
                                                          for s in ["Central government", "Lottery fund", "County council", "Trusts", "Total"]]
        b = [["Output", "Planned", "Delivered"]] + [[s, str(rng.randrange(10, 500)), str(rng.randrange(10, 500))]
                                                 for s in ["Workshops held", "People trained", "Sites restored", "Reports published"]]
    bot = ruled(p, a, [50, 230, 335, 440, 545], 775, 16)
    ruled(p, b, [50, 300, 420, 545], bot, 18)
    truth.add(name, len(pages) + 1, "touching-under", a)
    truth.add(name, len(pages) + 1, "touching-under", b)
    pages.append(p)


def form_blocks(rng, truth, pages, name):
    """A 绩效自评表: a budget block and an indicator block in one frame. The budget block's label cell spans the
    indicator block's two level columns; both blocks share the frame's other verticals."""
    p = Page("F5")
    p.place("c", 40, 555, 800, "项目支出绩效自评表", 13)
    edges = [40, 95, 160, 270, 335, 400, 450, 500, 555]
    g = [["项目名称", "", "乡村道路养护工程", "", "", "", "", ""],
         ["项目资金（万元）", "", "", "年初预算数", "全年预算数", "全年执行数", "执行率", "得分"],
         ["", "", "年度资金总额", f"{rng.uniform(100, 900):.2f}", f"{rng.uniform(100, 900):.2f}", f"{rng.uniform(100, 900):.2f}", f"{rng.randrange(80, 100)}%", str(rng.randrange(6, 10))],
         ["", "", "其中：财政拨款", f"{rng.uniform(50, 400):.2f}", f"{rng.uniform(50, 400):.2f}", f"{rng.uniform(50, 400):.2f}", "—", "—"],
         ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因"]]
    spans = {(0, 0): (1, 2), (0, 2): (1, 6), (1, 0): (3, 2)}
    inds = [("产出指标", "数量指标", ["养护里程", "维修桥涵"]), ("产出指标", "质量指标", ["验收合格率"]),
            ("效益指标", "社会效益指标", ["通行条件改善"]), ("满意度指标", "服务对象满意度", ["群众满意度"])]
    r0 = len(g)
    for lvl1, lvl2, items in inds:
        for k, it in enumerate(items):
            g.append([lvl1 if not g[-1][0] == lvl1 and not any(row[0] == lvl1 for row in g[r0:]) else "",
                      lvl2 if k == 0 else "", it, f"≥{rng.randrange(80, 99)}%", f"{rng.randrange(80, 100)}%",
                      str(rng.randrange(5, 20)), str(rng.randrange(5, 20)), ""])
    # merge each level-1 label over its rows
    r = r0
    while r < len(g):
        e = r + 1
        while e < len(g) and g[e][0] == "": e += 1
        if e - r > 1: spans[(r, 0)] = (e - r, 1)
        r = e
    g.append(["总分", "", "", "", "", "100", str(rng.randrange(85, 99)), ""])
    spans[(len(g) - 1, 0)] = (1, 5)
    aligns = ["c", "c", "l", "c", "c", "c", "c", "l"]
    ruled(p, g, edges, 780, 20, 8.5, aligns, spans)
    pages.append(p); truth.add(name, len(pages), "form-blocks", g, spans)


# ------------------------------------------------------------------ side by side at one pitch, no rules

def side_by_side_even(rng, truth, pages, name, cn):
    p = Page("F5" if cn else "F1")
    if cn:
        p.place("c", 40, 555, 795, "2024年分区县主要指标", 12)
        sets = [(["区县", "常住人口", "增长（%）"], ["城东区", "城西区", "南湖区", "北山区", "高新区", "临江县", "平原县", "山阳县"]),
                (["区县", "地区生产总值", "增长（%）"], ["城东区", "城西区", "南湖区", "北山区", "高新区", "临江县", "平原县", "山阳县"])]
        xs, w0, w1, pitch = [40, 305], 80, 85, 16
    else:
        p.text(50, 790, "Table 13. Road casualties (left) and vehicle licensing (right) by area, 2024", 10, "F2")
        sets = [(["Area", "Killed", "Injured"], ["Ashford", "Barnet", "Crawley", "Dartford", "Epsom", "Fareham", "Gosport", "Harlow", "Ilford"]),
                (["Area", "Cars", "Vans"], ["Ashford", "Barnet", "Crawley", "Dartford", "Epsom", "Fareham", "Gosport", "Harlow", "Ilford"])]
        xs, w0, w1, pitch = [50, 312], 85, 70, 13
    for k, (x, (head, items)) in enumerate(zip(xs, sets)):
        g = [head] + [[it, (str(rng.randrange(1, 60)) if not cn else figure(rng, 10, 200)) if k == 0 or not cn else f"{rng.uniform(50, 900):.1f}",
                       figure(rng, 100, 9000) if not cn else f1(rng, -2, 9)] for it in items]
        cols = [("l", x, x + w0)] + [("r", x + w0 + w1 * j, x + w0 + w1 * (j + 1)) for j in range(2)]
        draw(p, g, cols, 772, 9, pitch, bold_rows=(0,))
        truth.add(name, len(pages) + 1, "side-by-side", strip(g))
    pages.append(p)


# ------------------------------------------------------------------ booktabs with \multirow group labels

def booktabs_multirow(rng, truth, pages, name):
    """Times, booktabs: group labels in the first column centred over their rows (\\multirow), a \\cmidrule between
    groups, a second label column, figures right-aligned."""
    p = Page("F3")
    p.text(56, 800, "Table 3: Error rates (%) by model family and size.", 9)
    g = [["Family", "Model", "Dev", "Test", "OOD"]]
    spans = {}
    fams = [("Transformer", ["base", "large", "xl"]), ("Recurrent", ["lstm", "gru"]), ("Convolutional", ["small", "medium", "large"])]
    for fam, models in fams:
        spans[(len(g), 0)] = (len(models), 1)
        for k, mdl in enumerate(models):
            g.append([fam if k == 0 else "", mdl] + [f1(rng, 2, 30) for _ in range(3)])
    cols = [("l", 56, 150), ("l", 150, 230), ("r", 230, 290), ("r", 290, 350), ("r", 350, 410)]
    top, pitch, size = 790, 12, 9
    p.line(56, top, 410, top, 0.8)
    yb = lambda r: top - r * pitch - pitch + (pitch - size) / 2 + 1.5
    for c, s in enumerate(g[0]): p.place(cols[c][0], cols[c][1] + 2.5, cols[c][2] - 2.5, yb(0), s, size)
    p.line(56, top - pitch, 410, top - pitch, 0.4)
    r = 1
    for fam, models in fams:
        for k, mdl in enumerate(models):
            for c in range(1, 5): p.place(cols[c][0], cols[c][1] + 2.5, cols[c][2] - 2.5, yb(r + k), g[r + k][c], size)
        p.text(58.5, (yb(r) + yb(r + len(models) - 1)) / 2, fam, size)
        r += len(models)
        if r < len(g): p.line(58, top - r * pitch, 408, top - r * pitch, 0.3)
    p.line(56, top - r * pitch, 410, top - r * pitch, 0.8)
    p.para(56, top - r * pitch - 20, EN_TEXT, 480, 10, 12.5)
    pages.append(p); truth.add(name, len(pages), "multirow", g, spans)


# ------------------------------------------------------------------ a form closed on the next page

def form_over_break(rng, truth, pages, name):
    """A ruled 监控表 that fills its page; the next page opens with its closing rows (a last indicator and 总分)
    and goes on with text."""
    edges = [50, 120, 200, 330, 410, 480, 545]
    g = [["一级指标", "二级指标", "三级指标", "年度目标值", "实际完成", "得分"]]
    labels = ["培训人数", "覆盖乡镇", "发放资金", "项目验收", "按期完成率", "资金拨付及时率", "受益群众", "就业带动",
              "设施使用率", "群众满意度", "投诉办结率", "台账完整率", "项目公示率", "资金审计", "档案归档",
              "绩效运行监控", "整改落实", "信息公开", "安全生产", "环境影响", "持续运行机制", "管护责任落实",
              "村民参与度", "后续资金保障", "制度建设", "人员配备", "培训人数（二期）", "覆盖村组", "回访次数",
              "典型案例"]
    for k, lab in enumerate(labels):
        g.append(["产出指标" if k < 15 else "效益指标", "数量指标" if k < 8 else "质量指标" if k < 15 else "社会效益",
                  lab, str(rng.randrange(10, 200)), str(rng.randrange(10, 200)), str(rng.randrange(1, 6))])
    g.append(["总分", "", "", "", "", str(rng.randrange(85, 99))])
    pitch, top = 24, 800
    per_page = 30
    first, rest = g[:per_page], g[per_page:]
    aligns = ["c", "c", "l", "r", "r", "r"]
    p = Page("F5")
    ruled(p, first, edges, top, pitch, 8.5, aligns)
    pages.append(p)
    q = Page("F5")
    spans_rest = {(len(rest) - 1, 0): (1, 5)}
    bot = ruled(q, rest, edges, top, pitch, 8.5, aligns, spans_rest)
    q.place("l", 50, 545, bot - 30, "填报人：李华      联系电话：0571-86012345", 10.5)
    q.para(50, bot - 60, CN_PARA, 495, 10.5, 18)
    pages.append(q)
    spans = {(len(g) - 1, 0): (1, 5)}
    truth.add(name, len(pages) - 1, "over-break", g, spans)


# ------------------------------------------------------------------ pages without a table

def no_table_pages():
    pages = []
    p = Page("F5")
    p.place("c", 60, 535, 790, "关于开展2025年度预算绩效运行监控的通知", 13)
    y = p.para(60, 760, "各镇（街道）、县直各单位：", 475, 10.5, 20)
    y = p.para(81, y, CN_PARA + CN_PARA[:50], 454, 10.5, 20) - 6
    y = p.para(81, y, "请各单位于2025年8月15日前将监控表报送县财政局绩效管理股。", 454, 10.5, 20) - 10
    for lab, val in [("联系人：", "张伟"), ("电话：", "0371-65432100"), ("传真：", "0371-65432101"), ("地址：", "县政务服务中心三楼")]:
        p.text(81, y, lab, 10.5); p.text(135, y, val, 10.5); y -= 20
    p.place("r", 60, 510, y - 30, "县财政局", 10.5); p.place("r", 60, 510, y - 50, "2025年7月20日", 10.5)
    pages.append(p)
    p = Page("F1")
    p.text(56, 800, "Notice of public consultation", 13, "F2")
    y = p.para(56, 775, EN_TEXT, 480, 10, 13) - 8
    y = p.para(56, y, EN_TEXT[:240], 480, 10, 13) - 12
    for lab, val in [("Contact:", "Planning Policy Team"), ("Telephone:", "01632 960 456"), ("Email:", "planning@example.gov"),
                     ("Closing date:", "30 June 2025")]:
        p.text(56, y, lab, 10, "F2"); p.text(150, y, val, 10); y -= 14
    y = p.para(56, y - 10, EN_TEXT[:160], 480, 10, 13)
    pages.append(p)
    return pages


# ------------------------------------------------------------------ LibreOffice HTML

def row_html(row, tds):
    return "<tr>" + "".join(tds(c, s) for c, s in enumerate(row)) + "</tr>"


def lo_pages(rng, truth):
    name, parts = "lo-dev9.pdf", []
    # 1 a stub header centred over two header rows, no borders, group labels over two columns each
    g = [["Sector", "Male", "", "Female", ""], ["", "2023", "2024", "2023", "2024"]]
    for s in ["Farming", "Fishing", "Mining", "Factories", "Utilities", "Building", "Shops", "Hotels"]:
        g.append([s] + [figure(rng, 100, 9000) for _ in range(4)])
    head = ('<tr><td rowspan="2" valign="middle">Sector</td><td colspan="2" align="center">Male</td>'
            '<td colspan="2" align="center">Female</td></tr>' + "<tr>" + "".join(f'<td align="right">{s}</td>' for s in g[1][1:]) + "</tr>")
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in g[2:])
    parts.append(f'<p><b>Table 4. Employees by sector and sex</b></p><table cellspacing="0" cellpadding="3" width="75%">{head}{body}</table>')
    truth.add(name, 1, "stub-span", g, {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    # 2 the same, every cell ruled, Chinese
    g = [["项目", "预算数", "", "决算数", ""], ["", "基本支出", "项目支出", "基本支出", "项目支出"]]
    for s in ["一般公共服务支出", "教育支出", "卫生健康支出", "农林水支出", "住房保障支出", "其他支出"]:
        g.append([s] + [f"{rng.uniform(1, 900):.2f}" for _ in range(4)])
    head = ('<tr><td rowspan="2" align="center" valign="middle">项目</td><td colspan="2" align="center">预算数</td>'
            '<td colspan="2" align="center">决算数</td></tr>' + "<tr>" + "".join(f'<td align="center">{s}</td>' for s in g[1][1:]) + "</tr>")
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in g[2:])
    parts.append(f'<p><b>支出预算决算对比表</b></p><table border="1" cellspacing="0" cellpadding="3" width="85%">{head}{body}</table>')
    truth.add(name, 2, "stub-span", g, {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)})
    # 3 a stub header over two header rows with a rule under the group labels only
    g = [["Region", "Households", "", "", "Persons", "", ""], ["", "2014", "2019", "2024", "2014", "2019", "2024"]]
    for reg in ["Northland", "Midlands", "Southland", "Westshore", "Eastvale"]:
        g.append([reg] + [figure(rng, 1000, 90000) for _ in range(6)])
    bb = 'style="border-bottom: 1px solid #000000"'
    head = (f'<tr><td rowspan="2" valign="middle" style="border-bottom: 1px solid #000000">Region</td><td colspan="3" align="center" {bb}>Households</td>'
            f'<td colspan="3" align="center" {bb}>Persons</td></tr>'
            + "<tr>" + "".join(f'<td align="right" {bb}>{s}</td>' for s in g[1][1:]) + "</tr>")
    body = "".join(row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in g[2:])
    parts.append(f'<p><b>Table 5. Households and persons by region</b></p><table cellspacing="0" cellpadding="2" width="90%">{head}{body}</table>')
    truth.add(name, 3, "stub-span", g, {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)})
    # 4 two borderless tables side by side at the same row pitch
    inner = []
    for head, labs in ((["County", "Farms", "Hectares"], ["Avon", "Bucks", "Cumbria", "Devon", "Essex", "Fife", "Kent"]),
                       (["County", "Herds", "Cattle"], ["Avon", "Bucks", "Cumbria", "Devon", "Essex", "Fife", "Kent"])):
        gg = [head] + [[l, figure(rng, 100, 9000), figure(rng, 1000, 90000)] for l in labs]
        inner.append('<table cellspacing="0" cellpadding="2" width="100%">' + "".join(
            row_html(r, lambda c, s: f'<td nowrap{" align=right" if c else ""}>{html.escape(s)}</td>') for r in gg) + "</table>")
        truth.add(name, 4, "side-by-side", gg)
    parts.append('<p><b>Table 6. Farms (left) and herds (right) by county</b></p><table cellspacing="0" cellpadding="0" width="620"><tr>'
                 f'<td valign="top" width="290">{inner[0]}</td><td width="40">{"&nbsp;" * 12}</td><td valign="top" width="290">{inner[1]}</td></tr></table>')
    # 5 two ruled tables touching one under the other
    a = [["Fund", "Opening", "Closing"]] + [[s, figure(rng, 100, 9000), figure(rng, 100, 9000)] for s in ["General", "Capital", "Reserve", "Total"]]
    b = [["Project", "Start", "End", "Status"]] + [[s, f"{rng.randrange(1, 28)}/0{rng.randrange(1, 9)}/2024", f"{rng.randrange(1, 28)}/0{rng.randrange(1, 9)}/2025", rng.choice(["Open", "Closed"])]
                                                for s in ["Library roof", "Depot", "Park lights"]]
    ta = '<table border="1" cellspacing="0" cellpadding="3" width="70%">' + "".join(
        row_html(r, lambda c, s: f'<td{" align=right" if c else ""}>{html.escape(s)}</td>') for r in a) + "</table>"
    tb = '<table border="1" cellspacing="0" cellpadding="5" width="70%">' + "".join(
        row_html(r, lambda c, s: f'<td>{html.escape(s)}</td>') for r in b) + "</table>"
    parts.append(f'<p><b>Funds and projects</b></p>{ta}{tb}')
    truth.add(name, 5, "touching-under", a); truth.add(name, 5, "touching-under", b)
    return name, parts


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-dev9")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_9)
    truth = Truth()

    def save(name, pages):
        write_pdf(os.path.join(out, name), [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
    with tempfile.TemporaryDirectory() as work:
        name, pages = "raw-dev9.pdf", []
        touching_under(rng, truth, pages, name, cn=False)
        form_blocks(rng, truth, pages, name)
        side_by_side_even(rng, truth, pages, name, cn=False)
        booktabs_multirow(rng, truth, pages, name)
        form_over_break(rng, truth, pages, name)
        save(name, pages)
        name, pages = "cairo-dev9.pdf", []
        touching_under(rng, truth, pages, name, cn=True)
        form_blocks(rng, truth, pages, name)
        side_by_side_even(rng, truth, pages, name, cn=True)
        booktabs_multirow(rng, truth, pages, name)
        src = os.path.join(work, "cairo.raw.pdf")
        write_pdf(src, [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
        subprocess.run(["pdftocairo", "-pdf", src, os.path.join(out, name)], check=True, timeout=120)
        name, parts = lo_pages(rng, truth)
        doc = '<p style="page-break-before: always"></p>'.join(parts)
        src = os.path.join(work, "lo-dev9.html")
        open(src, "w", encoding="utf-8").write(
            '<html><head><meta charset="utf-8"><style>body{font-family:"Liberation Sans","Noto Sans CJK SC";font-size:9pt}</style></head>'
            f"<body>{doc}</body></html>")
        run_soffice(work, ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src])
        pages = no_table_pages()
        save("raw-notables.pdf", pages)
        truth.none("raw-notables.pdf", 1); truth.none("raw-notables.pdf", 2)
        # the notice's contact block again, rewritten by cairo
        src = os.path.join(work, "cairo-notables.raw.pdf")
        write_pdf(src, [("\n".join(p.ops), (p.w, p.h), None) for p in pages[:1]], FONTS, EXTRA)
        subprocess.run(["pdftocairo", "-pdf", src, os.path.join(out, "cairo-notables.pdf")], check=True, timeout=120)
        truth.none("cairo-notables.pdf", 1)
    for e in truth.entries: e["split"] = "dev"  # the whole set is for development
    truth.save(out)


if __name__ == "__main__":
    main()
