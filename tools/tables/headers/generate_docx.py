#!/usr/bin/env python3
"""Wrapped-header fixtures (all dev: made to study and fix header rows of unruled tables). Usage: SCRIPT OUT_DIR;
then score with tools/tables/score.py OUT_DIR PARSED_DIR."""
import json, os, random, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import Truth, docx_export, docx_table, para, PAGE_BREAK_XML
out = sys.argv[1]; os.makedirs(out, exist_ok=True); rng = random.Random(11); truth = Truth(); work = tempfile.mkdtemp()
EN = ["Total calls received in the year", "Calls answered within 20 seconds", "Average handling time (minutes)", "Cases closed on first contact", "Complaints escalated to departments"]
CN = ["年初预算数（万元）", "全年预算数（万元）", "全年执行数（万元）", "预算执行率（%）", "财政拨款收入（万元）"]
LAB_EN = ["Housing repairs", "Council tax", "Waste collection", "Parking permits", "Planning advice", "Libraries"]
LAB_CN = ["人员经费", "公用经费", "热线运营费", "培训费", "信息化建设", "办公设备购置"]
body = []
for t in range(4):
    chinese = t % 2 == 1
    heads = (["项目"] if chinese else ["Service"]) + rng.sample(CN if chinese else EN, 4)
    rows = [[l] + [f"{rng.uniform(10, 99999):,.{2 if chinese else 0}f}" for _ in range(4)] for l in rng.sample(LAB_CN if chinese else LAB_EN, 5)]
    g = [heads] + rows
    borders = {"top": 8, "bottom": 8} if t >= 2 else None
    cell_style = (lambda r, c: ({"bottom": 4}, None) if r == 0 else (None, None)) if t >= 2 else None
    body.append(para(("表%d 支出情况" if chinese else "Table %d. Contact handling") % (t + 1)))
    body.append(docx_table(g, [2400, 1400, 1400, 1400, 1400], table_borders=borders, cell_style=cell_style, right=True))
    body.append(para("Source: service returns." if not chinese else "注：数据来源于部门决算。"))
    if t < 3: body.append(PAGE_BREAK_XML)
    truth.add("docx-wrap.pdf", t + 1, "wrapped-header", g)
docx_export(work, out, "docx-wrap", "".join(body))
for e in truth.entries: e["split"] = "dev"
json.dump(truth.entries, open(os.path.join(out, "truth.json"), "w"), ensure_ascii=False, indent=1)
