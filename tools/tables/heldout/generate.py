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
import hashlib, html, json, os, random, subprocess, sys, tempfile, zipfile, zlib

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


def split_of(key):
    return "dev" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "test"


def cells_of(grid, spans=None):
    out = []
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text is None or text == "": continue
            rs, cs = (spans or {}).get((r, c), (1, 1))
            out.append({"row": r, "col": c, "text": text, "rowspan": rs, "colspan": cs})
    return out


class Truth:
    def __init__(self):
        self.entries = []

    def add(self, file, page, layout, grid, spans=None):
        key = f"{file}#{page}#{sum(1 for e in self.entries if e['file'] == file and e['page'] == page)}"
        self.entries.append({"file": file, "page": page, "layout": layout, "id": key, "split": split_of(key),
                             "cells": cells_of(grid, spans)})

    def none(self, file, page):
        key = f"{file}#{page}#none"
        self.entries.append({"file": file, "page": page, "layout": "none", "id": key, "split": split_of(key), "cells": []})


def num(rng, lo=100, hi=99999, dec=0):
    v = rng.uniform(lo, hi)
    return f"{v:,.{dec}f}"


def money(rng, neg=False):
    v = rng.randrange(1000, 900000)
    return f"({v:,})" if neg else f"{v:,}"


def run_soffice(work, args):
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{work}/profile", *args], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


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

def html_cells(grid, spans=None, right=False, indent_px=0, style_for=None):
    rows = []
    for r, row in enumerate(grid):
        tds = []
        for c, text in enumerate(row):
            if text is None: continue
            rs, cs = (spans or {}).get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            style = []
            shown = text
            if indent_px and c == 0 and text.startswith("  "):
                style.append(f"padding-left:{indent_px}px")
                shown = text.strip()
            if right and c > 0 and r > 0: attrs += ' align="right"'
            if style_for: style.append(style_for(r, c, len(grid)))
            if style: attrs += f' style="{";".join(s for s in style if s)}"'
            tds.append(f"<td{attrs}>{html.escape(shown)}</td>")
        rows.append("<tr>" + "".join(tds) + "</tr>")
    return "\n".join(rows)


def strip_indent(grid):
    return [[(t.strip() if isinstance(t, str) else t) for t in row] for row in grid]


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

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def esc(t):
    return html.escape(t, quote=False)


def run_xml(text, bold=False):
    rpr = '<w:rPr><w:rFonts w:ascii="DejaVu Sans" w:hAnsi="DejaVu Sans" w:eastAsia="Noto Sans CJK SC"/>' + \
          ("<w:b/>" if bold else "") + '<w:sz w:val="18"/></w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def para(text, jc=None, ind=0, bold=False):
    ppr = "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/>" + (f'<w:jc w:val="{jc}"/>' if jc else "") + \
          (f'<w:ind w:left="{ind}"/>' if ind else "") + "</w:pPr>"
    return f"<w:p>{ppr}{run_xml(text, bold) if text else ''}</w:p>"


def border_xml(tag, edges):
    """edges: {name: size in eighths of a point}"""
    inner = "".join(f'<w:{e} w:val="{"double" if s < 0 else "single"}" w:sz="{abs(s)}" w:space="0" w:color="000000"/>'
                    for e, s in edges.items())
    return f"<w:{tag}>{inner}</w:{tag}>" if inner else ""


def docx_table(grid, widths, table_borders=None, cell_style=None, spans=None, right=False, indent=True):
    """cell_style(r, c) -> (tcBorders dict or None, fill hex or None)."""
    spans = spans or {}
    covered_v = {}
    for (r, c), (rs, cs) in spans.items():
        for k in range(1, rs): covered_v[(r + k, c)] = cs
    tblpr = '<w:tblPr><w:tblW w:w="0" w:type="auto"/>' + border_xml("tblBorders", table_borders or {}) + \
            '<w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>'
    rows = []
    for r, row in enumerate(grid):
        tcs, c = [], 0
        while c < len(row):
            if (r, c) in covered_v:
                cs = covered_v[(r, c)]
                tcs.append(f'<w:tc><w:tcPr><w:tcW w:w="{sum(widths[c:c + cs])}" w:type="dxa"/>' +
                           (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else "") + '<w:vMerge/></w:tcPr>' + para("") + "</w:tc>")
                c += cs
                continue
            rs, cs = spans.get((r, c), (1, 1))
            text = row[c] or ""
            borders, fill = cell_style(r, c) if cell_style else (None, None)
            tcpr = f'<w:tcW w:w="{sum(widths[c:c + cs])}" w:type="dxa"/>' + (f'<w:gridSpan w:val="{cs}"/>' if cs > 1 else "") + \
                   ('<w:vMerge w:val="restart"/>' if rs > 1 else "") + (border_xml("tcBorders", borders) if borders else "") + \
                   (f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else "")
            ind = 360 if indent and text.startswith("  ") else 0
            jc = "right" if right and r > 0 and c > 0 else None
            tcs.append(f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{para(text.strip(), jc=jc, ind=ind, bold=r == 0)}</w:tc>")
            c += cs
        rows.append("<w:tr>" + "".join(tcs) + "</w:tr>")
    grid_xml = "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>"
    return f"<w:tbl>{tblpr}{grid_xml}{''.join(rows)}</w:tbl>"


def sect(landscape):
    if landscape:
        return '<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1000" w:right="1000" w:bottom="1000" w:left="1000" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'
    return '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1200" w:right="1200" w:bottom="1200" w:left="1200" w:header="0" w:footer="0" w:gutter="0"/></w:sectPr>'


def write_docx(path, body_xml, landscape=False):
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body_xml}{sect(landscape)}</w:body></w:document>'
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", doc)


PAGE_BREAK_XML = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'


def docx_export(work, out, stem, body, landscape=False):
    src = os.path.join(work, stem + ".docx")
    write_docx(src, body, landscape)
    run_soffice(work, ["--convert-to", "pdf:writer_pdf_Export", "--outdir", out, src])


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

HELV = {" ": 278, ",": 278, ".": 278, "(": 333, ")": 333, "-": 333, "%": 889, "/": 278, ":": 278}
for d in "0123456789": HELV[d] = 556


def width(s, size):
    return sum(HELV.get(ch, 667 if ch.isupper() else 520) for ch in s) * size / 1000


def pdf_text(x, y, s, size=9, font="F1"):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def pdf_line(x0, y0, x1, y1, w=0.5):
    return f"{w} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S"


def write_raw_pdf(path, pages):
    """pages: list of (content str, (w, h))."""
    objs = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            4: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"}
    kids = []
    for n, (content, (w, h)) in enumerate(pages):
        pid, cid = 5 + 2 * n, 6 + 2 * n
        data = zlib.compress(content.encode("latin-1"))
        objs[cid] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
        objs[pid] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>"
                     % (w, h, cid))
        kids.append(b"%d 0 R" % pid)
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % len(pages)
    body, offsets = bytearray(b"%PDF-1.4\n"), {}
    for i in sorted(objs):
        offsets[i] = len(body)
        body += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref, size = len(body), max(objs) + 1
    body += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for i in range(1, size):
        body += b"%010d 00000 n \n" % offsets[i]
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    open(path, "wb").write(body)


def draw_grid(ops, grid, x0, top, col_x, right_cols, size=9, leading=13, head_lines=None, indent=12, rules=()):
    """Draws rows of cells at baselines going down from top. col_x: left edge (or right edge for right_cols) per
    column. head_lines: the header row split into lines per cell (wrapped headers). Returns the y below the table."""
    y = top
    rows = list(grid)
    if head_lines:
        n = max(len(h) for h in head_lines)
        for k in range(n):
            for c, lines in enumerate(head_lines):
                j = k - (n - len(lines))  # bottom-aligned header lines, as statistical tables print them
                if j < 0: continue
                s = lines[j]
                x = col_x[c] - width(s, size) if c in right_cols else col_x[c]
                ops.append(pdf_text(x, y, s, size, "F2"))
            y -= leading
        if "head" in rules: ops.append(pdf_line(x0, y + leading - 4, col_x[-1] + 4, y + leading - 4))
        rows = rows[1:]
    for r, row in enumerate(rows):
        for c, s in enumerate(row):
            if not s: continue
            ind = indent if c == 0 and s.startswith("  ") else 0
            s = s.strip()
            x = col_x[c] - width(s, size) if c in right_cols else col_x[c] + ind
            ops.append(pdf_text(x, y, s, size))
        y -= leading
    return y


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
    json.dump(truth.entries, open(os.path.join(out, "truth.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    tables = [t for t in truth.entries if t["layout"] != "none"]
    print(f"{len(tables)} tables ({sum(t['split'] == 'dev' for t in tables)} dev, {sum(t['split'] == 'test' for t in tables)} test), "
          f"{len(truth.entries) - len(tables)} pages without tables -> {out}")


main()
