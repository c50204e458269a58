#!/usr/bin/env python3
"""Wrapped-header fixtures (all dev: made to study and fix header rows of unruled tables). Usage: SCRIPT OUT_DIR;
then score with tools/tables/score.py OUT_DIR PARSED_DIR."""
import json, os, random, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import Truth, pdf_text, pdf_line, write_pdf, run_soffice, html_cells
COURIER = b'<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>'
COURIER_B = b'<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>'
def width(s, size): return 0.6 * size * len(s) - 2.5 * s.count(' ')
def pdf_text(x, y, s, size=9, font='F1'):
    s = s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    return f'BT /{font} {size} Tf -2.5 Tw {x:.2f} {y:.2f} Td ({s}) Tj ET'
def write_raw_pdf(path, pages): write_pdf(path, [(c, m, None) for c, m in pages], [COURIER, COURIER_B])
out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(7)
truth = Truth()
HEADS_EN = [["Budget", "allocated", "(thousand)"], ["Actual", "spending"], ["Execution", "rate (%)"], ["Number of", "staff"], ["Calls", "answered", "per day"], ["Share", "(%)"]]
LABELS = ["Hotline operations", "Staff training", "Knowledge base", "Call-back survey", "Voice menu", "Case escalation", "Data sharing"]

def header_text(lines): return " ".join(lines)

def draw(ops, heads, rows, top, col_x, align, size=9, leading=11, valign="bottom", rules=()):
    n = max(len(h) for h in heads)
    y = top
    if "top" in rules: ops.append(pdf_line(col_x[0]-4, y + size + 3, col_x[-1] + 40, y + size + 3))
    for k in range(n):
        for c, lines in enumerate(heads):
            j = k - (n - len(lines)) if valign == "bottom" else (k if valign == "top" else k - (n - len(lines)) // 2)
            if j < 0 or j >= len(lines): continue
            s = lines[j]
            w = width(s, size)
            x = {"left": col_x[c], "right": col_x[c] + 40 - w, "center": col_x[c] + 20 - w / 2}[align if c > 0 else "left"]
            ops.append(pdf_text(x, y, s, size, "F2"))
        y -= leading
    if "head" in rules: ops.append(pdf_line(col_x[0]-4, y + leading - 3, col_x[-1] + 40, y + leading - 3))
    y -= 3
    for row in rows:
        for c, s in enumerate(row):
            w = width(s, size)
            x = col_x[c] if c == 0 else col_x[c] + 40 - w
            ops.append(pdf_text(x, y, s, size))
        y -= leading + 3
    if "bottom" in rules: ops.append(pdf_line(col_x[0]-4, y + leading, col_x[-1] + 40, y + leading))
    return y

pages = []
variants = [("bottom", "right", ()), ("top", "left", ()), ("center", "center", ()), ("bottom", "center", ("top", "head", "bottom")),
            ("top", "right", ("top", "head", "bottom")), ("bottom", "left", ())]
for v, (valign, align, rules) in enumerate(variants):
    k = 3 + v % 3
    heads = [["Programme"]] + rng.sample(HEADS_EN, k)
    if v % 2: heads[0] = ["Spending", "programme"]
    rows = [[lab] + [f"{rng.randrange(100, 99999):,}" for _ in range(k)] for lab in rng.sample(LABELS, 5)]
    col_x = [60] + [170 + 70 * c for c in range(k)]
    ops = [pdf_text(60, 760, f"Table {v+1}. Programme spending in 2023", 10)]
    draw(ops, heads, rows, 730, col_x, align, valign=valign, rules=rules)
    ops.append(pdf_text(60, 500, "Source: departmental returns. Figures are rounded to the nearest unit.", 9))
    pages.append(("\n".join(ops), (595, 842)))
    grid = [[header_text(h) for h in heads]] + rows
    truth.add("raw-wrap.pdf", v + 1, "wrapped-header", grid)
write_raw_pdf(os.path.join(out, "raw-wrap.pdf"), pages)

# LibreOffice HTML, narrow header cells that wrap by themselves
work = tempfile.mkdtemp()
CN_HEADS = ["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率（%）", "资金来源：财政拨款", "其中：上年结转"]
CN_LABELS = ["人员经费", "公用经费", "热线运营费", "培训费", "信息化建设", "办公设备购置"]
body = []
for t in range(4):
    chinese = t % 2 == 0
    k = 4
    heads = (["项目名称"] + rng.sample(CN_HEADS, k)) if chinese else (["Programme"] + [header_text(h) for h in rng.sample(HEADS_EN, k)])
    labs = rng.sample(CN_LABELS if chinese else LABELS, 5)
    rows = [[lab] + [f"{rng.uniform(10, 9999):,.2f}" for _ in range(k)] for lab in labs]
    grid = [heads] + rows
    valign = ["bottom", "top", "middle", "bottom"][t]
    style = f'vertical-align:{valign}'
    trs = "<tr>" + "".join(f'<th style="{style};font-weight:normal;text-align:{"left" if c == 0 else "center"}" width="{120 if c == 0 else 60}">{h}</th>' for c, h in enumerate(heads)) + "</tr>"
    trs += html_cells(rows, right=True).replace("<tr>", "<tr>", 1)
    border = ' style="border-top:1px solid black;border-bottom:1px solid black"' if t >= 2 else ""
    body.append(f"<p>表{t+1} 项目支出情况</p><table cellpadding=3 cellspacing=0{border}>{trs}</table><p style='page-break-after:always'>注：数据来源于部门决算。</p>")
    truth.add("lo-wrap.pdf", t + 1, "wrapped-header", grid)
src = os.path.join(work, "lo-wrap.html")
open(src, "w", encoding="utf-8").write("<html><head><meta charset='utf-8'></head><body style='font-size:10pt'>" + "".join(body) + "</body></html>")
run_soffice(work, ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src])
for e in truth.entries: e["split"] = "dev"
json.dump(truth.entries, open(os.path.join(out, "truth.json"), "w"), ensure_ascii=False, indent=1)
