#!/usr/bin/env python3
"""Builds the table benchmark: PDFs of tables in several layouts plus pages without tables, and truth.json.

LibreOffice renders the HTML sets (ruled, unruled, grouped headers, three-line 三线表, prose and two-column pages);
the sideways/rotated tables and chart pages are drawn directly (no font embedding needed: Latin text, Helvetica).
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import html, json, os, random, sys, tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pdfkit import HELVETICA, cells_of, run_soffice, write_pdf as pdfkit_write_pdf

NAMES = ["受理群众诉求数量", "话务接通率", "工单办结率", "群众满意度", "回访率", "人工坐席数量", "系统故障修复时间",
         "平均等待时长", "知识库更新次数", "培训人次", "投诉处理及时率", "一次解决率", "网络畅通率", "信息公开率"]
HEADS = ["指标名称", "年度目标", "实际完成", "分值", "得分", "偏差原因", "备注", "单位"]
EN_NAMES = ["Calls answered", "Answer rate", "Cases closed", "Satisfaction", "Callbacks", "Agents on duty",
            "Repair time", "Average wait", "Training hours", "Complaints", "First-call fix", "Uptime"]


def value(rng):
    kind = rng.randrange(4)
    if kind == 0: return f"{rng.uniform(60, 100):.2f}%"
    if kind == 1: return f"≥{rng.randrange(50, 99)}%"
    if kind == 2: return f"{rng.randrange(1, 400):,}"
    return f"{rng.uniform(1, 2000):,.2f}"


def simple_table(rng, cols, rows, english=False):
    heads = (["Indicator", "Target", "Actual", "Weight", "Score", "Unit", "Note"] if english else HEADS)[:cols]
    names = EN_NAMES if english else NAMES
    grid = [[h for h in heads]]
    for r in range(rows):
        grid.append([rng.choice(names)] + [value(rng) for _ in range(cols - 1)])
    return grid


def html_table(grid, border, spans=None, align_right=False, three_line=False):
    """grid: rows of cells; spans: {(r,c): (rowspan,colspan)} with covered positions set to None."""
    style = ' style="border-collapse:collapse"'
    border_attr = ' border="1"' if border else ""
    out = [f'<table{border_attr} cellpadding="4"{style}>']
    for r, row in enumerate(grid):
        out.append("<tr>")
        for c, text in enumerate(row):
            if text is None: continue
            rs, cs = (spans or {}).get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            if align_right and r > 0 and c > 0: attrs += ' align="right"'
            if three_line:
                edge = []
                if r == 0: edge.append("border-top:1.5pt solid #000;border-bottom:0.75pt solid #000")
                if r == len(grid) - 1: edge.append("border-bottom:1.5pt solid #000")
                if edge: attrs += f' style="{";".join(edge)}"'
            out.append(f"<td{attrs}>{html.escape(text)}</td>")
        out.append("</tr>")
    out.append("</table>")
    return "\n".join(out)


def grouped_table(rng):
    """Two header rows: 指标 | 目标值 (年度, 季度) | 完成值 (年度, 季度) | 得分."""
    top = ["指标名称", "目标值", None, "完成值", None, "得分"]
    sub = [None, "年度", "季度", "年度", "季度", None]
    grid = [top, sub]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (2, 1)}
    for _ in range(rng.randrange(4, 8)):
        grid.append([rng.choice(NAMES), value(rng), value(rng), value(rng), value(rng), f"{rng.randrange(1, 20)}"])
    return grid, spans


def soffice_pdf(html_text, out_pdf, work):
    stem = os.path.splitext(os.path.basename(out_pdf))[0]
    src = os.path.join(work, stem + ".html")
    open(src, "w", encoding="utf-8").write(f'<html><head><meta charset="utf-8"></head><body>{html_text}</body></html>')
    run = lambda *a: run_soffice(work, list(a))
    run("--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, src)
    run("--convert-to", "pdf:writer_pdf_Export", "--outdir", os.path.dirname(out_pdf), os.path.join(work, stem + ".docx"))


PAGE_BREAK = '<p style="page-break-before: always"></p>'


def html_set(out, work, name, layout, tables, rng):
    """tables: list of (grid, spans, options); one table per page, after a short caption."""
    parts, truth = [], []
    for i, (grid, spans, opts) in enumerate(tables):
        if i: parts.append(PAGE_BREAK)
        parts.append(f"<p>表{i + 1}  指标完成情况（单位：万元）</p>")
        parts.append(html_table(grid, spans=spans, **opts))
        parts.append("<p>以上数据由各单位填报，经财政部门审核。</p>")
        truth.append({"file": name + ".pdf", "page": i + 1, "layout": layout, "cells": cells_of(grid, spans)})
    soffice_pdf("\n".join(parts), os.path.join(out, name + ".pdf"), work)
    return truth


def prose_set(out, work, rng):
    sentences = ["本项目年度预算资金已全部到位，资金使用符合相关管理规定。", "热线服务质量稳步提升，群众满意度保持在较高水平。",
                 "下一步将加强督办考核，完善知识库建设，提高一次性解决率。", "项目实施过程中严格执行政府采购程序，合同管理规范。"]
    pages = []
    for i in range(4):
        paras = "".join(f"<p>{''.join(rng.choice(sentences) for _ in range(rng.randrange(3, 7)))}</p>" for _ in range(6))
        pages.append(paras)
    for i in range(3):
        # Two columns of running text, laid out with a borderless two-cell table as word processors do.
        left = "".join(f"<p>{''.join(rng.choice(sentences) for _ in range(4))}</p>" for _ in range(4))
        right = "".join(f"<p>{''.join(rng.choice(sentences) for _ in range(4))}</p>" for _ in range(4))
        pages.append(f'<table cellpadding="8" width="100%"><tr><td width="50%" valign="top">{left}</td><td width="50%" valign="top">{right}</td></tr></table>')
    soffice_pdf(PAGE_BREAK.join(pages), os.path.join(out, "no-tables-prose.pdf"), work)
    return [{"file": "no-tables-prose.pdf", "page": p + 1, "layout": "none", "cells": []} for p in range(len(pages))]


# ---- directly drawn PDFs (Helvetica, Latin text) ----

def text_width(s, size):
    return 0.55 * size * len(s)


def write_pdf(path, pages):
    """pages: list of (content bytes, media (w,h), rotate)."""
    pdfkit_write_pdf(path, pages, [HELVETICA], version=b"1.5")


def drawn_table(grid, ruled, sideways, page_w, page_h):
    """Draws the grid in 'table space' (x right, y down from the top-left of the table area), then maps it onto
    the page: upright, or turned a quarter counter-clockwise (reading bottom to top) for a landscape table
    printed on a portrait page."""
    size, pad = 10, 5
    widths = [max(text_width(row[c], size) for row in grid) + 2 * pad for c in range(len(grid[0]))]
    row_h = size + 2 * pad
    ops = []

    def point(x, y):  # table space -> PDF user space
        if not sideways: return 60 + x, page_h - 80 - y
        return 80 + y, 60 + x  # x along the page's height upward, rows go right

    def line(x0, y0, x1, y1):
        a, b = point(x0, y0), point(x1, y1)
        ops.append("%.2f %.2f m %.2f %.2f l S" % (a[0], a[1], b[0], b[1]))

    xs = [0]
    for w in widths: xs.append(xs[-1] + w)
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if not text: continue
            bx, by = point(xs[c] + pad, r * row_h + pad + size * 0.8)
            matrix = "0 1 -1 0" if sideways else "1 0 0 1"
            ops.append("BT /F1 %d Tf %s %.2f %.2f Tm (%s) Tj ET" % (size, matrix, bx, by, text.replace("(", "\\(").replace(")", "\\)")))
    if ruled:
        for r in range(len(grid) + 1): line(0, r * row_h, xs[-1], r * row_h)
        for x in xs: line(x, 0, x, len(grid) * row_h)
    return "\n".join(ops).encode()


def en_value(rng):
    return rng.choice([f"{rng.uniform(60, 100):.2f}%", f"{rng.randrange(1, 900)}", f"{rng.uniform(1, 900):.1f}"])


def en_table(rng, cols, rows):
    grid = [["Indicator", "Target", "Actual", "Weight", "Score", "Unit"][:cols]]
    for _ in range(rows):
        grid.append([rng.choice(EN_NAMES)] + [en_value(rng) for _ in range(cols - 1)])
    return grid


def chart_page(rng):
    """A bar chart: gridlines and axes with tick labels outside the plot area, and bars; no table."""
    ops = ["BT /F1 14 Tf 60 780 Td (Calls per month) Tj ET"]
    x0, y0, w, h = 100, 400, 400, 300
    for i in range(7):
        y = y0 + i * h / 6
        ops.append("0.8 G %.1f %.1f m %.1f %.1f l S 0 G" % (x0, y, x0 + w, y))
        ops.append("BT /F1 8 Tf %.1f %.1f Td (%d) Tj ET" % (x0 - 30, y - 3, i * 500))
    for j in range(13):
        x = x0 + j * w / 12
        ops.append("0.8 G %.1f %.1f m %.1f %.1f l S 0 G" % (x, y0, x, y0 + h))
    for j in range(12):
        bh = rng.uniform(0.2, 0.95) * h
        ops.append("0.3 g %.1f %.1f %.1f %.1f re f 0 g" % (x0 + j * w / 12 + 6, y0, w / 12 - 12, bh))
        ops.append("BT /F1 8 Tf %.1f %.1f Td (M%d) Tj ET" % (x0 + j * w / 12 + 8, y0 - 14, j + 1))
    ops.append("BT /F1 10 Tf 60 360 Td (Source: monthly operations report.) Tj ET")
    return "\n".join(ops).encode()


def drawn_sets(out, rng):
    truth, pages = [], []
    for i in range(5):  # landscape tables printed sideways on portrait pages
        grid = en_table(rng, rng.randrange(3, 6), rng.randrange(4, 8))
        pages.append((drawn_table(grid, ruled=i % 2 == 0, sideways=True, page_w=595, page_h=842), (595, 842), 0))
        truth.append({"file": "rotated.pdf", "page": len(pages), "layout": "rotated", "cells": cells_of(grid)})
    for i in range(5):  # landscape pages stored portrait with /Rotate 90 (the viewer turns them)
        grid = en_table(rng, rng.randrange(3, 6), rng.randrange(4, 8))
        pages.append((drawn_table(grid, ruled=i % 2 == 1, sideways=True, page_w=595, page_h=842), (595, 842), 90))
        # The viewer turns the page a quarter clockwise, which shows the sideways table upright: same truth.
        truth.append({"file": "rotated.pdf", "page": len(pages), "layout": "rotated", "cells": cells_of(grid)})
    write_pdf(os.path.join(out, "rotated.pdf"), pages)
    charts = [(chart_page(rng), (595, 842), 0) for _ in range(4)]
    write_pdf(os.path.join(out, "no-tables-charts.pdf"), charts)
    truth += [{"file": "no-tables-charts.pdf", "page": p + 1, "layout": "none", "cells": []} for p in range(len(charts))]
    return truth


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130)
    truth = []
    with tempfile.TemporaryDirectory() as work:
        ruled = [(simple_table(rng, rng.randrange(3, 8), rng.randrange(4, 10), english=i % 3 == 2), None, {"border": True}) for i in range(12)]
        truth += html_set(out, work, "ruled", "ruled", ruled, rng)
        unruled = [(simple_table(rng, rng.randrange(3, 7), rng.randrange(4, 10), english=i % 3 == 2), None,
                    {"border": False, "align_right": i % 4 == 1}) for i in range(12)]
        truth += html_set(out, work, "unruled", "unruled", unruled, rng)
        three = [(simple_table(rng, rng.randrange(3, 7), rng.randrange(4, 9)), None, {"border": False, "three_line": True}) for _ in range(6)]
        truth += html_set(out, work, "three-line", "three-line", three, rng)
        grouped = []
        for i in range(8):
            grid, spans = grouped_table(rng)
            grouped.append((grid, spans, {"border": i % 2 == 0}))
        truth += html_set(out, work, "grouped", "grouped", grouped, rng)
        truth += prose_set(out, work, rng)
    drawn = drawn_sets(out, rng)
    truth += drawn
    json.dump(truth, open(os.path.join(out, "truth.json"), "w"), ensure_ascii=False, indent=1)
    print(f"{sum(1 for t in truth if t['layout'] != 'none')} tables, {sum(1 for t in truth if t['layout'] == 'none')} pages without tables -> {out}")


main()
