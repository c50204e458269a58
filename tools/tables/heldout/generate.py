#!/usr/bin/env python3
"""Builds the held-out table set: tables the table code was not written against, made by other producers and in
the layouts public table suites hold. Gold is the cell grid each table was generated from (truth.json, the format
tools/tables/score.py reads), and every table carries a fixed split ("dev" or "test") so fixes can be made looking
at one half and checked on the other.

Producers (none of them is the existing set's LibreOffice HTML → .docx → PDF path):
  lo-html.pdf     LibreOffice Writer/Web opening HTML directly and exporting it (writer_web_pdf_Export)
  docx-*.pdf      a .docx written here (Word's table XML: borders, shading, merges, indents, landscape sections)
                  opened by LibreOffice Writer and exported
  calc-*.pdf      LibreOffice Calc printing a sheet (flat .fods: no gridlines, numbers right-aligned)
  raw.pdf         content streams written here (Helvetica, Latin): financial statements, landscape media boxes,
                  a table beside a paragraph, wrapped headers drawn line by line
Layouts: government statistics tables with indented stubs and grouped year headers, financial statements, wrapped
cells, headers over 2–3 lines, sparse columns, footnote rows, tables over a page break, two tables on a page, a
table beside a paragraph, Chinese and English, landscape pages, shaded and partially ruled Word styles.
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import html, os, random, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import (Truth, docx_export, docx_table, draw_grid, esc, html_cells, para, pdf_line, pdf_text, run_soffice,
                    strip_indent, width, write_raw_pdf, PAGE_BREAK_XML)

REGIONS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区", "大兴区"]
EN_REGIONS = ["North East", "North West", "Yorkshire", "East Midlands", "West Midlands", "East of England", "London",
              "South East", "South West", "Wales", "Scotland", "Northern Ireland"]
CN_ITEMS = ["一般公共预算收入", "税收收入", "非税收入", "政府性基金收入", "社会保障基金收入", "国有资本经营收入", "转移支付收入",
            "债务收入", "上年结转", "调入资金"]
EN_ITEMS = ["Revenue", "Cost of sales", "Gross profit", "Distribution costs", "Administrative expenses", "Other income",
            "Operating profit", "Finance income", "Finance costs", "Profit before tax", "Income tax", "Profit for the year"]
LONG_CN = ["完善热线知识库建设，定期更新政策口径，确保答复准确一致", "加强话务员岗前培训和在岗轮训，提升一次性解决率",
           "建立工单督办机制，对超期工单进行通报并纳入年度考核", "优化智能语音导航流程，缩短群众等待时长",
           "开展满意度回访，对不满意工单重新派单处理", "推进热线数据共享，为部门决策提供数据支撑"]
LONG_EN = ["Review the call-handling scripts every quarter and retire answers that no longer match policy",
           "Train new agents for two weeks before they take live calls, with a supervisor listening in",
           "Escalate overdue cases to the owning department and publish a monthly list of late replies",
           "Shorten the voice menu to three levels so that callers reach an agent sooner",
           "Call back a sample of citizens each week and reopen cases they rate as unresolved"]


def num(rng, lo=100, hi=99999, dec=0):
    v = rng.uniform(lo, hi)
    return f"{v:,.{dec}f}"


def money(rng, neg=False):
    v = rng.randrange(1000, 900000)
    return f"({v:,})" if neg else f"{v:,}"


# ---------------------------------------------------------------- tables as grids (shared by the producers)

def statistics_table(rng, chinese):
    """Grouped year headers over value/share, indented sub-rows under a region, a total row."""
    years = rng.sample(range(2015, 2024), 2)
    years.sort()
    if chinese:
        top = ["地区", f"{years[0]}年", None, f"{years[1]}年", None]
        sub = [None, "数量（件）", "占比（%）", "数量（件）", "占比（%）"]
        stubs = rng.sample(REGIONS, 4)
        kids = ["  城镇", "  农村"]
        total = "合计"
    else:
        top = ["Region", str(years[0]), None, str(years[1]), None]
        sub = [None, "Number", "Share (%)", "Number", "Share (%)"]
        stubs = rng.sample(EN_REGIONS, 4)
        kids = ["  Urban", "  Rural"]
        total = "Total"
    grid = [top, sub]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2)}
    for s in stubs:
        grid.append([s] + [num(rng, 1000, 90000) if i % 2 == 0 else f"{rng.uniform(1, 40):.1f}" for i in range(4)])
        for k in kids[: rng.randrange(1, 3)]:
            grid.append([k] + [num(rng, 100, 9000) if i % 2 == 0 else f"{rng.uniform(1, 40):.1f}" for i in range(4)])
    grid.append([total] + [num(rng, 90000, 400000) if i % 2 == 0 else "100.0" for i in range(4)])
    return grid, spans


def financial_table(rng, chinese):
    if chinese:
        grid = [["项目", "附注", "本年数", "上年数"]]
        items = CN_ITEMS
        sections = ["一、收入合计", "二、支出合计"]
    else:
        grid = [["", "Note", "2023", "2022"]]
        items = EN_ITEMS
        sections = ["Continuing operations", "Discontinued operations"]
    for sec in sections:
        grid.append([sec, "", "", ""])
        for it in rng.sample(items, rng.randrange(3, 5)):
            note = str(rng.randrange(3, 20)) if rng.random() < 0.4 else ""
            grid.append(["  " + it, note, money(rng, rng.random() < 0.3), money(rng, rng.random() < 0.3)])
    return grid


def wrapped_table(rng, chinese):
    heads = ["序号", "工作任务", "完成情况", "责任单位"] if chinese else ["No.", "Task", "Status", "Owner"]
    texts = LONG_CN if chinese else LONG_EN
    owners = ["市政务服务数据管理局", "市人力资源和社会保障局", "各区政务服务中心"] if chinese else \
        ["Contact centre operations team", "Department of Work and Pensions", "Regional service desks"]
    status = ["已完成", "基本完成", "正在推进"] if chinese else ["Done", "Mostly done", "In progress"]
    grid = [heads]
    for i, t in enumerate(rng.sample(texts, 4)):
        grid.append([str(i + 1), t, rng.choice(status), rng.choice(owners)])
    return grid


def wrapped_header_table(rng, chinese):
    if chinese:
        heads = ["指标名称", "年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率（%）"]
        names = rng.sample(["人员经费", "公用经费", "项目支出", "热线运营费", "系统运维费", "培训费"], 5)
    else:
        heads = ["Indicator", "Budget at start of year (thousand)", "Revised budget for the full year",
                 "Spent by 31 December (thousand)", "Execution rate (per cent)"]
        names = rng.sample(["Staff costs", "Running costs", "Projects", "Hotline operations", "IT maintenance", "Training"], 5)
    grid = [heads]
    for n in names:
        grid.append([n, num(rng, 10, 9000, 2), num(rng, 10, 9000, 2), num(rng, 10, 9000, 2), f"{rng.uniform(60, 100):.2f}"])
    return grid


def sparse_table(rng, chinese):
    heads = ["单位", "一季度", "二季度", "三季度", "四季度", "备注"] if chinese else ["Unit", "Q1", "Q2", "Q3", "Q4", "Remarks"]
    names = REGIONS if chinese else EN_REGIONS
    grid = [heads]
    for n in rng.sample(names, 7):
        row = [n] + [str(rng.randrange(1, 999)) if rng.random() < 0.55 else "" for _ in range(4)]
        row.append(("新增" if chinese else "new") if rng.random() < 0.25 else "")
        if all(c == "" for c in row[1:5]): row[rng.randrange(1, 5)] = str(rng.randrange(1, 999))
        grid.append(row)
    return grid


def long_table(rng, rows):
    grid = [["序号", "项目名称", "预算数（万元）", "执行数（万元）", "执行率"]]
    for i in range(rows):
        b = rng.uniform(10, 5000)
        e = b * rng.uniform(0.6, 1.0)
        grid.append([str(i + 1), rng.choice(["热线运营", "系统运维", "坐席外包", "知识库建设", "培训", "回访调查", "宣传推广"]) + f"{i + 1}期",
                     f"{b:,.2f}", f"{e:,.2f}", f"{e / b * 100:.2f}%"])
    return grid


def simple_en(rng, cols, rows):
    heads = ["Service", "Calls", "Answered", "Rate", "Target", "Met"][:cols]
    grid = [heads]
    for s in rng.sample(["Tax", "Housing", "Benefits", "Transport", "Licensing", "Health", "Schools", "Waste"], rows):
        calls = rng.randrange(1000, 90000)
        ans = int(calls * rng.uniform(0.7, 0.99))
        row = [s, f"{calls:,}", f"{ans:,}", f"{ans / calls * 100:.1f}%", f"{rng.randrange(80, 95)}%", rng.choice(["Yes", "No"])]
        grid.append(row[:cols])
    return grid


# ---------------------------------------------------------------- LibreOffice Writer/Web, HTML opened directly

def lo_html(out, work, truth, rng):
    name = "lo-html.pdf"
    pages = []
    # 1–2 statistics tables, unruled with rules only above and below the header (as statistical yearbooks print)
    for chinese in (True, False):
        grid, spans = statistics_table(rng, chinese)
        rule = lambda r, c, n: ("border-top:1pt solid #000" if r == 0 else "") + (";border-bottom:1pt solid #000" if r in (1, n - 1) else "")
        body = html_cells(grid, spans, right=True, indent_px=18, style_for=rule)
        note = "注：占比按四舍五入计算，合计可能不等于各项之和。" if chinese else "Note: shares may not sum to 100 because of rounding."
        caption = "表 3-2  各地区诉求受理情况" if chinese else "Table 4. Contacts by region"
        pages.append(f'<p><b>{caption}</b></p><table cellspacing="0" cellpadding="3">{body}</table><p><small>{note}</small></p>')
        truth.add(name, len(pages), "statistics", strip_indent(grid), spans)
    # 3–4 wrapped cells, fully ruled, narrow text columns
    for chinese in (True, False):
        grid = wrapped_table(rng, chinese)
        body = html_cells(grid)
        pages.append(f'<p>{"重点工作推进情况" if chinese else "Progress on the action plan"}</p>'
                     f'<table border="1" cellspacing="0" cellpadding="4" width="80%"><col width="8%"><col width="52%"><col width="15%"><col width="25%">{body}</table>')
        truth.add(name, len(pages), "wrapped", grid)
    # 5–6 headers wrapped over two or three lines, unruled, numbers right-aligned
    for chinese in (False, True):
        grid = wrapped_header_table(rng, chinese)
        body = html_cells(grid, right=True)
        pages.append(f'<p>{"预算执行情况" if chinese else "Budget execution"}</p>'
                     f'<table cellspacing="0" cellpadding="3" width="75%"><col width="24%"><col width="19%"><col width="19%"><col width="19%"><col width="19%">{body}</table>'
                     f'<p>{"数据来源：财政预算管理一体化系统。" if chinese else "Source: the finance ledger, December closing."}</p>')
        truth.add(name, len(pages), "wrapped-header", grid)
    # 7 two tables on one page: a ruled one and an unruled one
    g1, g2 = simple_en(rng, 4, 4), sparse_table(rng, True)
    pages.append(f'<p>Table 1. Calls by service</p><table border="1" cellspacing="0" cellpadding="3">{html_cells(g1, right=True)}</table>'
                 f'<p>The second table lists the new cases reported by each district in each quarter of the year.</p>'
                 f'<p>表2  各区新增案件</p><table cellspacing="0" cellpadding="3" width="90%">{html_cells(g2, right=True)}</table>')
    truth.add(name, len(pages), "two-tables", g1)
    truth.add(name, len(pages), "two-tables", g2)
    # 8 a table floating beside a paragraph
    g = simple_en(rng, 3, 5)
    text = " ".join(rng.sample(LONG_EN, 5)) + ". " + " ".join(rng.sample(LONG_EN, 5)) + "."
    pages.append(f'<table align="left" border="1" cellspacing="0" cellpadding="3" width="45%">{html_cells(g)}</table>'
                 f'<p>{html.escape(text)}</p><p>{html.escape(text)}</p><br clear="all">')
    truth.add(name, len(pages), "beside-text", g)
    # 9–10 a long ruled table over a page break with its header repeated (thead)
    g = long_table(rng, 52)
    head = "<thead>" + html_cells(g[:1]) + "</thead>"
    pages.append(f'<p>附表  项目支出明细</p><table border="1" cellspacing="0" cellpadding="3">{head}<tbody>{html_cells(g[1:], right=True)}</tbody></table>')
    truth.add(name, len(pages), "page-break", g)
    doc = '<p style="page-break-before: always"></p>'.join(pages)
    src = os.path.join(work, "lo-html.html")
    open(src, "w", encoding="utf-8").write(
        '<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC";font-size:10pt}</style></head>'
        f"<body>{doc}</body></html>")
    run_soffice(work, ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src])
    os.replace(os.path.join(out, "lo-html.pdf"), os.path.join(out, name))


# ---------------------------------------------------------------- .docx written here, exported by LibreOffice Writer

def docx_sets(out, work, truth, rng):
    all_edges = {"top": 4, "left": 4, "bottom": 4, "right": 4, "insideH": 4, "insideV": 4}
    # docx-portrait.pdf: one table per page, in Word table styles other than a plain grid
    name, parts, page = "docx-portrait.pdf", [], 0

    def add(layout, caption, table_xml, grid, spans=None, after=""):
        nonlocal page
        if page: parts.append(PAGE_BREAK_XML)
        page += 1
        parts.append(para(caption, bold=True) + table_xml + para(after))
        truth.add(name, page, layout, strip_indent(grid), spans)

    # a self-evaluation form: full grid, merged level-1/level-2 cells (vMerge) and a spanning title row
    g = [["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"]]
    spans = {}
    r = 1
    for lvl1, lvl2s in (("产出指标", ["数量指标", "质量指标", "时效指标"]), ("效益指标", ["社会效益指标", "满意度指标"])):
        start1 = r
        for l2 in lvl2s:
            n = rng.randrange(1, 3)
            for k in range(n):
                g.append([lvl1 if r == start1 else None, l2 if k == 0 else None, rng.choice(["话务接通率", "工单办结率", "回访率", "群众满意度", "平均等待时长"]) + str(r),
                          f"≥{rng.randrange(80, 99)}%", f"{rng.uniform(80, 100):.2f}%", str(rng.randrange(5, 20)), f"{rng.uniform(3, 20):.1f}"])
                r += 1
            spans[(r - n, 1)] = (n, 1)
        spans[(start1, 0)] = (r - start1, 1)
    spans = {k: v for k, v in spans.items() if v != (1, 1)}
    add("ruled-merged", "项目支出绩效自评表", docx_table(g, [1300, 1500, 2000, 1200, 1200, 800, 800], all_edges, spans=spans), g, spans)
    # three-line (booktabs): rules above and below the header and at the bottom only
    g = simple_en(rng, 6, 6)
    style = lambda r, c: ({"top": 12, "bottom": 6} if r == 0 else ({"bottom": 12} if r == len(g) - 1 else None), None)
    add("three-line", "Table 2. Call handling by service", docx_table(g, [2000, 1400, 1400, 1100, 1100, 900], None, style, right=True), g)
    # no borders, shaded header and zebra rows (cell fills, no rules)
    g = sparse_table(rng, False)
    style = lambda r, c: (None, "1F4E79" if r == 0 else ("DDEBF7" if r % 2 == 0 else None))
    add("shaded", "Table 3. New cases by quarter", docx_table(g, [2400, 1100, 1100, 1100, 1100, 1400], None, style, right=True), g)
    # vertical rules only, Chinese financial statement with indented items
    g = financial_table(rng, True)
    edges = {"left": 4, "right": 4, "insideV": 4, "top": 8, "bottom": 8}
    style = lambda r, c: ({"bottom": 8} if r == 0 else None, None)
    add("financial", "收入支出决算表（单位：元）", docx_table(g, [3600, 900, 1900, 1900], edges, style, right=True), g, after="注：本表反映部门本年度收入支出情况。")
    # English financial statement: no borders except a rule under the header, indented items, right-aligned
    g = financial_table(rng, False)
    style = lambda r, c: ({"bottom": 6} if r == 0 else None, None)
    add("financial", "Consolidated income statement (thousand)", docx_table(g, [4200, 800, 1600, 1600], None, style, right=True), g)
    # sparse, unruled, Chinese
    g = sparse_table(rng, True)
    add("sparse", "各区新增案件", docx_table(g, [1800, 1200, 1200, 1200, 1200, 1400], None, None, right=True), g)
    # wrapped cells, header shading, only horizontal inner rules
    g = wrapped_table(rng, True)
    edges = {"top": 8, "bottom": 8, "insideH": 4}
    style = lambda r, c: (None, "D9D9D9" if r == 0 else None)
    add("wrapped", "重点工作推进情况", docx_table(g, [700, 4200, 1300, 2400], edges, style), g)
    docx_export(work, out, "docx-portrait", "".join(parts))
    # docx-landscape.pdf: a wide ruled table on a landscape page, and a wide unruled one
    name, parts, page = "docx-landscape.pdf", [], 0
    heads = ["地区", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "增长率（%）"]
    g = [heads] + [[rg] + [num(rng, 100, 9999) for _ in range(8)] + [f"{rng.uniform(-5, 20):.1f}"] for rg in rng.sample(REGIONS, 8)]
    add("landscape", "各区历年热线受理量（件）", docx_table(g, [1500] + [1200] * 8 + [1500], all_edges, right=True), g)
    heads = ["Region", "2016", "2017", "2018", "2019", "2020", "2021", "2022", "2023", "Change (%)"]
    g = [heads] + [[rg] + [num(rng, 100, 9999) for _ in range(8)] + [f"{rng.uniform(-5, 20):.1f}"] for rg in rng.sample(EN_REGIONS, 9)]
    add("landscape", "Contacts by region and year", docx_table(g, [2000] + [1150] * 8 + [1400], None, right=True), g)
    docx_export(work, out, "docx-landscape", "".join(parts), landscape=True)


# ---------------------------------------------------------------- LibreOffice Calc printing a sheet

def fods(grid, widths_cm):
    """A flat OpenDocument spreadsheet: text cells (what is printed is exactly the gold), numbers right-aligned,
    a bold header, column widths wide enough that nothing prints as ###. No gridlines are printed (Calc's default)."""
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
                   for i, w in enumerate(widths_cm))
    rows = []
    for r, row in enumerate(grid):
        cells = []
        for c, t in enumerate(row):
            style = "head" if r == 0 else ("num" if c > 0 else "txt")
            cells.append(f'<table:table-cell table:style-name="{style}" office:value-type="string"><text:p>{esc(t)}</text:p></table:table-cell>'
                         if t else '<table:table-cell/>')
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cols}
<style:style style:name="head" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-name-asian="Noto Sans CJK SC"/></style:style>
<style:style style:name="num" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="txt" style:family="table-cell"><style:paragraph-properties fo:text-align="start"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Sheet1">
{"".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths_cm)))}
{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""


def calc_sets(out, work, truth, rng):
    for i in range(3):
        stem = f"calc-{i + 1}"
        if i == 0:
            g, layout, widths = long_table(rng, 14), "spreadsheet", [1.5, 3.5, 3.2, 3.2, 2.2]
        elif i == 1:
            g, layout, widths = simple_en(rng, 6, 8), "spreadsheet", [3.0, 2.2, 2.2, 2.0, 2.0, 1.5]
        else:
            g, layout, widths = sparse_table(rng, True), "sparse", [3.0, 2.0, 2.0, 2.0, 2.0, 2.0]
        src = os.path.join(work, stem + ".fods")
        open(src, "w", encoding="utf-8").write(fods(g, widths))
        run_soffice(work, ["--convert-to", "pdf:calc_pdf_Export", "--outdir", out, src])
        truth.add(stem + ".pdf", 1, layout, g)


# ---------------------------------------------------------------- content streams written here (Helvetica)

def raw_sets(out, truth, rng):
    name, pages = "raw.pdf", []
    # 1 financial statement: indented items, two year columns right-aligned with negatives in brackets, total rules
    g = financial_table(rng, False)
    ops = [pdf_text(72, 790, "Consolidated statement of comprehensive income", 12, "F2"),
           pdf_text(72, 774, "for the year ended 31 December 2023 (in thousands)", 9)]
    col_x = [72, 330, 440, 520]
    heads = [[h] if h else [] for h in g[0]]
    y = draw_grid(ops, g, 72, 740, col_x, {1, 2, 3}, head_lines=heads, rules=("head",))
    ops.append(pdf_line(380, y + 9, 524, y + 9))
    ops.append(pdf_text(72, y - 30, "The notes on pages 12 to 40 form part of these financial statements.", 8))
    pages.append(("\n".join(ops), (595, 842)))
    truth.add(name, len(pages), "financial", strip_indent(g))
    # 2 landscape media box, wide unruled statistics table with 2–3-line headers
    heads = [["Region"], ["Population", "(thousand)"], ["Contacts", "received"], ["Contacts", "per 1,000", "residents"],
             ["Answered", "within 20", "seconds (%)"], ["Resolved", "at first", "contact (%)"], ["Complaints"], ["Change on", "2022 (%)"]]
    g = [[" ".join(h) for h in heads]]
    for rg in rng.sample(EN_REGIONS, 9):
        g.append([rg, num(rng, 500, 9000), num(rng, 1000, 90000), f"{rng.uniform(5, 60):.1f}", f"{rng.uniform(60, 99):.1f}",
                  f"{rng.uniform(50, 95):.1f}", str(rng.randrange(10, 900)), f"{rng.uniform(-9, 9):.1f}"])
    ops = [pdf_text(60, 540, "Table 7. Contact centre performance by region, 2023", 11, "F2")]
    col_x = [60, 250, 330, 410, 490, 570, 650, 740]
    y = draw_grid(ops, g, 60, 505, col_x, set(range(1, 8)), head_lines=heads, rules=("head",))
    ops.append(pdf_line(60, y + 9, 744, y + 9))
    ops.append(pdf_text(60, y - 8, "Source: regional returns. Figures for Scotland are provisional.", 7))
    pages.append(("\n".join(ops), (842, 595)))
    truth.add(name, len(pages), "landscape", g)
    # 3 a table beside a paragraph: running text on the left, a small table on the right
    g = simple_en(rng, 3, 6)
    ops = [pdf_text(60, 790, "Performance in the year", 12, "F2")]
    words = (" ".join(rng.sample(LONG_EN, 5)) + ". " + " ".join(rng.sample(LONG_EN, 4)) + ".").split()
    line, y = "", 760
    for w in words:
        if width(line + " " + w, 9) > 230:
            ops.append(pdf_text(60, y, line.strip(), 9)); y -= 12; line = ""
        line += " " + w
    ops.append(pdf_text(60, y, line.strip(), 9))
    col_x = [320, 455, 530]
    y2 = draw_grid(ops, g, 316, 760, col_x, {1, 2}, head_lines=[[h] for h in g[0]], rules=("head",))
    pages.append(("\n".join(ops), (595, 842)))
    truth.add(name, len(pages), "beside-text", g)
    # 4 two tables on one page, separated by a caption and a sentence
    g1, g2 = simple_en(rng, 5, 5), sparse_table(rng, False)
    ops = [pdf_text(72, 790, "Table 1. Calls by service", 10, "F2")]
    y = draw_grid(ops, g1, 72, 765, [72, 230, 310, 380, 450], {1, 2, 3, 4}, head_lines=[[h] for h in g1[0]], rules=("head",))
    ops.append(pdf_line(72, y + 9, 454, y + 9))
    ops.append(pdf_text(72, y - 14, "Services with fewer than 1,000 calls are not shown.", 8))
    ops.append(pdf_text(72, y - 50, "Table 2. New cases by quarter", 10, "F2"))
    y = draw_grid(ops, g2, 72, y - 75, [72, 250, 310, 370, 430, 470], {1, 2, 3, 4}, head_lines=[[h] for h in g2[0]], rules=("head",))
    pages.append(("\n".join(ops), (595, 842)))
    truth.add(name, len(pages), "two-tables", g1)
    truth.add(name, len(pages), "two-tables", g2)
    # 5 fully ruled table with wrapped text cells drawn line by line
    g = wrapped_table(rng, False)
    ops = [pdf_text(72, 790, "Action plan progress", 11, "F2")]
    col_x, col_w = [72, 110, 330, 410, 530], [38, 220, 80, 120]
    y = 770
    ops.append(pdf_line(col_x[0], y, col_x[-1], y))
    for r, row in enumerate(g):
        wrapped = []
        for c, s in enumerate(row):
            lines, cur = [], ""
            for w in s.split():
                if cur and width(cur + " " + w, 9) > col_w[c] - 8: lines.append(cur); cur = w
                else: cur = (cur + " " + w).strip()
            lines.append(cur)
            wrapped.append(lines)
        n = max(len(l) for l in wrapped)
        for c, lines in enumerate(wrapped):
            for k, s in enumerate(lines):
                ops.append(pdf_text(col_x[c] + 4, y - 12 - 12 * k, s, 9, "F2" if r == 0 else "F1"))
        y -= 12 * n + 6
        ops.append(pdf_line(col_x[0], y, col_x[-1], y))
    for x in col_x: ops.append(pdf_line(x, 770, x, y))
    pages.append(("\n".join(ops), (595, 842)))
    truth.add(name, len(pages), "wrapped", g)
    # 6 sparse unruled table with a footnote row inside the table (a spanning note cell)
    g = sparse_table(rng, False)
    ops = [pdf_text(72, 790, "New cases by quarter", 11, "F2")]
    y = draw_grid(ops, g, 72, 765, [72, 260, 320, 380, 440, 470], {1, 2, 3, 4}, head_lines=[[h] for h in g[0]], rules=("head",))
    ops.append(pdf_line(72, y + 9, 540, y + 9))
    note = "Blank: no cases reported in the quarter."
    ops.append(pdf_text(72, y - 4, note, 8))
    pages.append(("\n".join(ops), (595, 842)))
    truth.add(name, len(pages), "sparse", g)
    # 7 a page with aligned numbers in running text and a list, but no table
    ops = [pdf_text(72, 790, "Summary", 12, "F2")]
    y = 765
    for k in range(5):
        s = f"{k + 1}. " + rng.choice(LONG_EN) + "."
        ops.append(pdf_text(72, y, s, 9)); y -= 14
    y -= 10
    for k in range(6):
        words = " ".join(rng.sample(LONG_EN, 2)).split()
        line = ""
        for w in words:
            if width(line + " " + w, 9) > 450:
                ops.append(pdf_text(72, y, line.strip(), 9)); y -= 12; line = ""
            line += " " + w
        ops.append(pdf_text(72, y, line.strip(), 9)); y -= 20
    pages.append(("\n".join(ops), (595, 842)))
    truth.none(name, len(pages))
    write_raw_pdf(os.path.join(out, name), pages)


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-heldout")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130_8)
    truth = Truth()
    with tempfile.TemporaryDirectory() as work:
        lo_html(out, work, truth, rng)
        docx_sets(out, work, truth, rng)
        calc_sets(out, work, truth, rng)
    raw_sets(out, truth, rng)
    truth.save(out)


main()
