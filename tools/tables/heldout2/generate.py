#!/usr/bin/env python3
"""Builds the second held-out table set: tables neither the table code nor the first held-out set was written
against, weighted to what public table suites and Chinese government budget reports hold — financial statements
(indented labels, right-aligned numbers, thousands separators, negatives in brackets, subtotal rows), headers
wrapped over 2–3 lines, grouped year headers over narrow columns, sparse columns, tables over a page break and
预算/决算 tables. Gold is the grid each table was drawn from (truth.json for tools/tables/score.py); a hash of each
table's id splits them dev / test.

Producers (none used by the other sets):
  docx-styles.pdf, docx-wide.pdf   a .docx whose tables are formatted by Word table styles (styles.xml: first row,
                                   last row and banding conditional formats), repeated header rows, exported by
                                   LibreOffice Writer
  raw-cjk.pdf                      content streams in a non-embedded Chinese CID font (STSong-Light, UniGB-UCS2-H),
                                   as older government report producers write them
  raw-statements.pdf               content streams (Helvetica): financial statements with group/company year
                                   headers, subtotal underlines, a statement continued over a page break
  calc-formats.pdf                 LibreOffice Calc printing numeric cells through number formats (#,##0.00 with
                                   negatives in brackets), merged header cells, print-title rows over a page break
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import os, random, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import (covered_cells, HELVETICA_BOLD_WIN, HELVETICA_WIN, PAGE_BREAK_XML, Truth, docx_export, docx_table, esc, para,
                    pdf_line, pdf_text, run_soffice, width, write_pdf)

FUNC_ITEMS = [("201", "一般公共服务支出"), ("20101", "人大事务"), ("2010101", "行政运行"), ("2010102", "一般行政管理事务"),
              ("20103", "政府办公厅（室）及相关机构事务"), ("2010301", "行政运行"), ("2010350", "事业运行"),
              ("208", "社会保障和就业支出"), ("20805", "行政事业单位养老支出"), ("2080505", "机关事业单位基本养老保险缴费支出"),
              ("2080506", "机关事业单位职业年金缴费支出"), ("210", "卫生健康支出"), ("21011", "行政事业单位医疗"),
              ("2101101", "行政单位医疗"), ("221", "住房保障支出"), ("22102", "住房改革支出"), ("2210201", "住房公积金")]
INCOME = ["一般公共预算财政拨款收入", "政府性基金预算财政拨款收入", "国有资本经营预算财政拨款收入", "上级补助收入", "事业收入",
          "经营收入", "附属单位上缴收入", "其他收入"]
SPEND = ["一般公共服务支出", "公共安全支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出", "城乡社区支出",
         "住房保障支出"]
ASSETS = [("Non-current assets", ["Property, plant and equipment", "Intangible assets", "Right-of-use assets",
                                  "Investments in subsidiaries", "Deferred tax assets"]),
          ("Current assets", ["Inventories", "Trade and other receivables", "Cash and cash equivalents"]),
          ("Current liabilities", ["Trade and other payables", "Lease liabilities", "Borrowings", "Provisions"])]
CASH = [("Operating activities", ["Profit before tax", "Depreciation", "Increase in receivables", "Decrease in payables",
                                  "Income tax paid"]),
        ("Investing activities", ["Purchase of equipment", "Proceeds from disposals", "Interest received"]),
        ("Financing activities", ["Repayment of borrowings", "Lease payments", "Dividends paid"])]
SERVICES = ["Housing repairs", "Council tax", "Parking permits", "Waste collection", "Planning", "Libraries",
            "Adult social care", "Children's services", "Licensing", "Registrars", "Street lighting", "Pest control"]
REGIONS = ["东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区", "通州区", "顺义区"]


def amount(rng, lo=1000, hi=9_000_000, dec=2, neg=0.0, style="bracket"):
    v = rng.uniform(lo, hi) if dec else rng.randrange(lo, hi)
    s = f"{v:,.{dec}f}"
    if rng.random() < neg: return f"({s})" if style == "bracket" else f"-{s}"
    return s


# ---------------------------------------------------------------- grids

def final_accounts_func(rng):
    """一般公共预算财政拨款支出决算表: a code and name under 科目, amounts under 本年支出 split into three."""
    top = ["科目编码", "科目名称", "本年支出", None, None]
    sub = [None, None, "合计", "基本支出", "项目支出"]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3)}
    grid = [top, sub]
    for code, label in rng.sample(FUNC_ITEMS, 9):
        basic = rng.uniform(0, 900000)
        project = rng.uniform(0, 400000) if rng.random() < 0.6 else 0.0
        grid.append([code, label, f"{basic + project:,.2f}", f"{basic:,.2f}", f"{project:,.2f}" if project else ""])
    grid.append(["", "合计", amount(rng, 1e6, 9e6), amount(rng, 1e6, 9e6), amount(rng, 1e5, 9e5)])
    return grid, spans


def income_spend_summary(rng):
    """收入支出决算总表: income and spending side by side, each with its line number and amount."""
    grid = [["收入项目", "行次", "金额", "支出项目", "行次", "金额"]]
    n = max(len(INCOME), 8)
    for i in range(n):
        left = [INCOME[i], str(i + 1), amount(rng, 0, 9e6) if rng.random() < 0.8 else ""] if i < len(INCOME) else ["", "", ""]
        grid.append(left + [SPEND[i], str(n + i + 1), amount(rng, 1e4, 9e6)])
    grid.append(["本年收入合计", str(2 * n + 1), amount(rng, 1e7, 9e7), "本年支出合计", str(2 * n + 2), amount(rng, 1e7, 9e7)])
    return grid


def three_public(rng):
    """“三公”经费: a grouped header where one group has its own sub-columns and others span two header rows."""
    top = ["项目", "合计", "因公出国（境）费", "公务用车购置及运维费", None, None, "公务接待费"]
    sub = [None, None, None, "小计", "购置费", "运行维护费", None]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (2, 1), (0, 3): (1, 3), (0, 6): (2, 1)}
    grid = [top, sub]
    for label in ["年初预算数", "全年预算数", "决算数"]:
        buy, run = rng.uniform(0, 60), rng.uniform(5, 40)
        grid.append([label, f"{buy + run + 10:.2f}", f"{rng.uniform(0, 20):.2f}", f"{buy + run:.2f}", f"{buy:.2f}" if buy > 20 else "",
                     f"{run:.2f}", f"{rng.uniform(0, 10):.2f}"])
    return grid, spans


def balance_sheet(rng):
    """Group and company, two years each, a note column; indented items, negatives in brackets, subtotals."""
    top = ["", "Note", "Group", None, "Company", None]
    sub = [None, None, "2023", "2022", "2023", "2022"]
    spans = {(0, 2): (1, 2), (0, 4): (1, 2)}
    grid = [top, sub]
    for section, items in ASSETS:
        grid.append([section, "", "", "", "", ""])
        for it in rng.sample(items, min(len(items), rng.randrange(3, 5))):
            note = str(rng.randrange(5, 30)) if rng.random() < 0.5 else ""
            neg = 0.9 if section.endswith("liabilities") else 0.05
            grid.append(["  " + it, note] + [amount(rng, 100, 90000, 0, neg) for _ in range(4)])
        grid.append(["", "", *[amount(rng, 1000, 400000, 0, 0.5 if section.endswith("liabilities") else 0) for _ in range(4)]])
    return grid, spans


def cash_flow(rng):
    grid = [["", "2023", "2022"]]
    for section, items in CASH:
        grid.append([section, "", ""])
        for it in items:
            grid.append(["  " + it] + [amount(rng, 10, 9000, 0, 0.4) if rng.random() < 0.9 else "–" for _ in range(2)])
        grid.append([f"Net cash from {section.lower()}", amount(rng, 100, 20000, 0, 0.3), amount(rng, 100, 20000, 0, 0.3)])
    return grid


def wrapped_header(rng, chinese):
    if chinese:
        heads = [["项目名称"], ["上年结转", "资金（万元）"], ["本年财政", "拨款（万元）"], ["本年支出", "合计", "（万元）"],
                 ["年末结转", "和结余", "（万元）"], ["执行率", "（%）"]]
        names = rng.sample(["热线运营维护", "知识库更新", "坐席服务外包", "系统等级保护测评", "满意度回访调查", "数据共享平台", "应急指挥调度"], 6)
    else:
        heads = [["Service"], ["Contacts", "received"], ["Answered", "within", "60 seconds"], ["Average", "wait", "(seconds)"],
                 ["Resolved", "at first", "contact (%)"], ["Complaints", "upheld"]]
        names = rng.sample(SERVICES, 7)
    grid = [[" ".join(h) if not chinese else "".join(h) for h in heads]]
    for n in names:
        grid.append([n, amount(rng, 10, 9000), amount(rng, 10, 9000), amount(rng, 10, 9000), amount(rng, 10, 900),
                     f"{rng.uniform(40, 100):.1f}"])
    return grid, heads


def grouped_years(rng, chinese, years=2):
    first = rng.randrange(2016, 2022)
    ys = [str(first + k) for k in range(years)]
    a, b = ("数量", "占比（%）") if chinese else ("Number", "Share (%)")
    top = ["地区" if chinese else "Area"]
    sub = [None]
    spans = {(0, 0): (2, 1)}
    for k, y in enumerate(ys):
        top += [(y + "年") if chinese else y, None]
        sub += [a, b]
        spans[(0, 1 + 2 * k)] = (1, 2)
    grid = [top, sub]
    names = rng.sample(REGIONS if chinese else SERVICES, 7)
    for n in names:
        grid.append([n] + [x for _ in ys for x in (f"{rng.randrange(100, 99999):,}", f"{rng.uniform(0.5, 30):.1f}")])
    grid.append(["合计" if chinese else "Total"] + [x for _ in ys for x in (f"{rng.randrange(100000, 999999):,}", "100.0")])
    return grid, spans


def sparse(rng, chinese):
    heads = ["单位", "一月", "二月", "三月", "四月", "五月", "六月"] if chinese else ["Team", "Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    names = REGIONS if chinese else SERVICES
    grid = [heads]
    for n in rng.sample(names, 8):
        row = [n] + [str(rng.randrange(1, 99)) if rng.random() < 0.4 else "" for _ in range(6)]
        if all(c == "" for c in row[1:]): row[rng.randrange(1, 7)] = str(rng.randrange(1, 99))
        grid.append(row)
    return grid


def budget_lines(rng, rows):
    grid = [["序号", "项目名称", "资金性质", "预算数（元）", "其中：财政拨款（元）"]]
    kinds = ["一般公共预算", "政府性基金", "单位资金"]
    for i in range(rows):
        total = rng.uniform(1e4, 5e6)
        grid.append([str(i + 1), rng.choice(["热线平台运维", "知识库建设", "话务外包服务", "办公设备购置", "信息安全测评", "宣传推广"]) + f"（{i + 1}）",
                     rng.choice(kinds), f"{total:,.2f}", f"{total * rng.uniform(0.5, 1):,.2f}"])
    return grid


# ---------------------------------------------------------------- Word table styles

def table_styles():
    """Two table styles as Word defines them: a grid with a shaded bold header and a bold top-ruled total row, and a
    light style with rules above and below the header, banded rows and a rule over the last row."""
    b = lambda edges: "".join(f'<w:{e} w:val="single" w:sz="{s}" w:space="0" w:color="000000"/>' for e, s in edges.items())
    grid = ('<w:style w:type="table" w:styleId="ReportGrid"><w:name w:val="Report Grid"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
            '<w:rPr><w:sz w:val="18"/></w:rPr><w:tblPr><w:tblBorders>' + b({"top": 4, "left": 4, "bottom": 4, "right": 4, "insideH": 4, "insideV": 4}) +
            '</w:tblBorders><w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr>'
            '<w:tblStylePr w:type="firstRow"><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>'
            '<w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders><w:top w:val="double" w:sz="4" w:space="0" w:color="000000"/></w:tcBorders></w:tcPr></w:tblStylePr>'
            '</w:style>')
    light = ('<w:style w:type="table" w:styleId="ReportLight"><w:name w:val="Report Light"/><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'
             '<w:rPr><w:sz w:val="18"/></w:rPr><w:tblPr><w:tblStyleRowBandSize w:val="1"/><w:tblBorders>' + b({"top": 12, "bottom": 12}) +
             '</w:tblBorders><w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr>'
             '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>' + b({"bottom": 6}) + '</w:tcBorders></w:tcPr></w:tblStylePr>'
             '<w:tblStylePr w:type="lastRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:tcBorders>' + b({"top": 6}) + '</w:tcBorders></w:tcPr></w:tblStylePr>'
             '<w:tblStylePr w:type="band1Horz"><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F2F2F2"/></w:tcPr></w:tblStylePr>'
             '</w:style>')
    return grid + light


def docx_sets(out, work, truth, rng):
    name, parts, page = "docx-styles.pdf", [], 0

    def add(layout, caption, xml, grid, spans=None):
        nonlocal page
        if page: parts.append(PAGE_BREAK_XML)
        page += 1
        parts.append(para(caption, bold=True) + xml + para("注：本表金额单位为元。" if any("\u4e00" <= ch <= "\u9fff" for ch in caption) else "Source: annual accounts."))
        truth.add(name, page, layout, [[t.strip() if t else t for t in row] for row in grid], spans)

    g, sp = final_accounts_func(rng)
    add("budget-grouped", "一般公共预算财政拨款支出决算表", docx_table(g, [1100, 3300, 1600, 1600, 1600], spans=sp, right=True, style="ReportGrid", header_rows=2), g, sp)
    g = income_spend_summary(rng)
    add("budget", "收入支出决算总表", docx_table(g, [2700, 600, 1400, 2300, 600, 1400], right=True, style="ReportGrid", header_rows=1), g)
    g, sp = balance_sheet(rng)
    add("financial", "Statement of financial position at 31 December", docx_table(g, [3600, 700, 1300, 1300, 1300, 1300], spans=sp, right=True, style="ReportLight", header_rows=2), g, sp)
    g, heads = wrapped_header(rng, False)
    add("wrapped-header", "Contact handling by service", docx_table(g, [2600, 1300, 1300, 1300, 1300, 1300], right=True, style="ReportLight"), g)
    g, sp = grouped_years(rng, False, 2)
    add("grouped-years", "Cases by service and year", docx_table(g, [2800, 1100, 1000, 1100, 1000], spans=sp, right=True, style="ReportLight"), g, sp)
    g = sparse(rng, True)
    add("sparse", "各区上半年新增投诉（件）", docx_table(g, [1800] + [1000] * 6, right=True, style="ReportLight"), g)
    g = budget_lines(rng, 46)
    add("page-break", "项目支出预算表", docx_table(g, [700, 3400, 1500, 1800, 2000], right=True, style="ReportGrid", header_rows=1), g)
    docx_export(work, out, "docx-styles", "".join(parts), styles_xml=table_styles())

    name, parts, page = "docx-wide.pdf", [], 0
    g, sp = grouped_years(rng, True, 4)
    add("grouped-years", "各区热线受理量及占比", docx_table(g, [1500] + [1200, 1100] * 4, spans=sp, right=True, style="ReportLight"), g, sp)
    g, sp = three_public(rng)
    add("budget-grouped", "“三公”经费支出决算表（万元）", docx_table(g, [2000, 1400, 1900, 1400, 1400, 1700, 1600], spans=sp, right=True, style="ReportGrid"), g, sp)
    docx_export(work, out, "docx-wide", "".join(parts), landscape=True, styles_xml=table_styles())


# ---------------------------------------------------------------- content streams in a Chinese CID font

def cjk_width(s, size):
    return sum((0.5 if ord(ch) < 0x80 else 1.0) for ch in s) * size


def cjk_text(x, y, s, size=9, font="F1"):
    return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td <{s.encode('utf-16-be').hex().upper()}> Tj ET"


CJK_FONT = (b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [4 0 R] >>",
            {4: b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) "
                b"/Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 /W [1 95 500] >>",
             5: b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 "
                b"/Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"})


def cjk_table(ops, grid, col_x, right_cols, top, size=9, leading=16, spans=None, ruled=False, head_rows=1, centre_head=True):
    """Draws a grid in the CID font; col_x has one more entry than columns (cell edges). Spanning header cells are
    centred over their columns and rows. Returns the y of the bottom edge."""
    spans = spans or {}
    covered = covered_cells(spans)
    for r, row in enumerate(grid):
        for c, s in enumerate(row):
            if not s or (r, c) in covered: continue
            rs, cs = spans.get((r, c), (1, 1))
            x0, x1 = col_x[c], col_x[c + cs]
            base = top - leading * (r + rs / 2) - size * 0.35
            if r < head_rows and centre_head: x = (x0 + x1 - cjk_width(s, size)) / 2
            elif c in right_cols: x = x1 - 4 - cjk_width(s, size)
            else: x = x0 + 4
            ops.append(cjk_text(x, base, s, size))
    bottom = top - leading * len(grid)
    if ruled:
        def spanned(r, c, down):  # the span covering cell (r, c) also covers the next row (down) or column
            for (rr, cc), (rs, cs) in spans.items():
                if rr <= r < rr + rs and cc <= c < cc + cs and (r + 1 < rr + rs if down else c + 1 < cc + cs): return True
            return False
        for r in range(len(grid) + 1):
            y = top - leading * r
            for c in range(len(col_x) - 1):
                if 0 < r < len(grid) and spanned(r - 1, c, True): continue
                ops.append(pdf_line(col_x[c], y, col_x[c + 1], y))
        for c, x in enumerate(col_x):
            for r in range(len(grid)):
                if 0 < c < len(col_x) - 1 and spanned(r, c - 1, False): continue
                ops.append(pdf_line(x, top - leading * r, x, top - leading * (r + 1)))
    return bottom


def raw_cjk(out, truth, rng):
    name, pages = "raw-cjk.pdf", []
    # 1 部门收支预算总表: ruled, income and spending side by side
    g = income_spend_summary(rng)
    ops = [cjk_text(200, 790, "部门收支预算总表", 14), cjk_text(470, 770, "单位：元", 9)]
    cjk_table(ops, g, [40, 170, 200, 280, 410, 440, 555], {1, 2, 4, 5}, 762, ruled=True)
    pages.append(("\n".join(ops).encode(), (595, 842), None))
    truth.add(name, len(pages), "budget", g)
    # 2 项目支出预算表: unruled apart from the header and bottom rules, header wrapped over two lines, amounts right
    g = budget_lines(rng, 12)
    ops = [cjk_text(220, 790, "项目支出预算表", 14)]
    heads = [["序号"], ["项目名称"], ["资金性质"], ["预算数", "（元）"], ["其中：财政", "拨款（元）"]]
    col_x, y = [40, 70, 230, 320, 430, 555], 755
    for k in range(2):
        for c, lines in enumerate(heads):
            j = k - (2 - len(lines))
            if j < 0: continue
            s = lines[j]
            ops.append(cjk_text((col_x[c] + col_x[c + 1] - cjk_width(s, 9)) / 2, y - 12 * k, s))
    ops.append(pdf_line(40, 766, 555, 766)); ops.append(pdf_line(40, y - 17, 555, y - 17))
    body_top = y - 20
    bottom = cjk_table(ops, g[1:], col_x, {3, 4}, body_top, head_rows=0)
    ops.append(pdf_line(40, bottom - 2, 555, bottom - 2))
    pages.append(("\n".join(ops).encode(), (595, 842), None))
    truth.add(name, len(pages), "wrapped-header", [["序号", "项目名称", "资金性质", "预算数（元）", "其中：财政拨款（元）"]] + g[1:])
    # 3 “三公”经费: ruled, grouped header with mixed row spans
    g, sp = three_public(rng)
    ops = [cjk_text(180, 790, "“三公”经费支出决算表", 14), cjk_text(480, 770, "单位：万元", 9)]
    cjk_table(ops, g, [40, 110, 170, 250, 310, 370, 460, 555], {1, 2, 3, 4, 5, 6}, 762, spans=sp, ruled=True, head_rows=2, leading=18)
    pages.append(("\n".join(ops).encode(), (595, 842), None))
    truth.add(name, len(pages), "budget-grouped", g, sp)
    # 4 一般公共预算财政拨款支出决算表: three-line, grouped header, negatives with minus signs, blanks
    g, sp = final_accounts_func(rng)
    ops = [cjk_text(140, 790, "一般公共预算财政拨款支出决算表", 14)]
    col_x = [40, 100, 290, 380, 470, 555]
    top = 760
    ops.append(pdf_line(40, top, 555, top, 1.2))
    bottom = cjk_table(ops, g, col_x, {2, 3, 4}, top, spans=sp, head_rows=2)
    ops.append(pdf_line(40, top - 32, 555, top - 32, 0.6))
    ops.append(pdf_line(290, top - 16, 555, top - 16, 0.4))
    ops.append(pdf_line(40, bottom, 555, bottom, 1.2))
    ops.append(cjk_text(40, bottom - 16, "注：本表反映部门本年度一般公共预算财政拨款实际支出情况。", 8))
    pages.append(("\n".join(ops).encode(), (595, 842), None))
    truth.add(name, len(pages), "budget-grouped", g, sp)
    # 5 a page of budget notes with numbers in the text, no table
    ops = [cjk_text(40, 790, "关于部门预算的说明", 14)]
    y = 760
    for k in range(8):
        s = f"（{k + 1}）" + rng.choice(INCOME) + f"{amount(rng, 1e4, 9e6)}元，比上年增加{amount(rng, 100, 9e4)}元，增长{rng.uniform(1, 30):.2f}%。"
        ops.append(cjk_text(40, y, s, 10)); y -= 22
    pages.append(("\n".join(ops).encode(), (595, 842), None))
    truth.none(name, len(pages))
    write_pdf(os.path.join(out, name), pages, [CJK_FONT[0]], CJK_FONT[1])


# ---------------------------------------------------------------- content streams in Helvetica: statements

def right_text(x1, y, s, size=9, font="F1"):
    return pdf_text(x1 - width(s, size), y, s, size, font)


def statement(ops, grid, top, label_x, right_x, head_rows, spans=None, size=9, leading=13, subtotal=lambda row: False):
    """Labels from label_x (indented by two spaces -> 12 pt), numbers right-aligned at right_x; spanning header
    cells centred over their columns with a rule under them; subtotal rows get a rule above their numbers."""
    spans = spans or {}
    y = top
    col_w = 62
    for r, row in enumerate(grid):
        is_sub = r >= head_rows and subtotal(row)
        for c, s in enumerate(row):
            if not s: continue
            if c == 0:
                ind = 12 if s.startswith("  ") else 0
                ops.append(pdf_text(label_x + ind, y, s.strip(), size, "F2" if r < head_rows else "F1"))
                continue
            rs, cs = spans.get((r, c), (1, 1))
            if cs > 1:
                x0, x1 = right_x[c] - col_w + 6, right_x[c + cs - 1]
                ops.append(pdf_text((x0 + x1 - width(s, size)) / 2, y, s, size, "F2"))
                ops.append(pdf_line(x0, y - 3, x1, y - 3))
            else:
                ops.append(right_text(right_x[c], y, s, size, "F2" if r < head_rows else "F1"))
        if is_sub:
            for c in range(2, len(row)):
                ops.append(pdf_line(right_x[c] - col_w + 14, y + leading - 4, right_x[c], y + leading - 4))
        y -= leading
    return y


def raw_statements(out, truth, rng):
    name, pages = "raw-statements.pdf", []
    # 1 balance sheet: group and company columns, two years each
    g, sp = balance_sheet(rng)
    ops = [pdf_text(60, 800, "Statements of financial position", 12, "F2"), pdf_text(60, 786, "at 31 December 2023 (in thousands)", 9)]
    y = statement(ops, g, 760, 60, [0, 300, 365, 430, 495, 560], 2, sp, subtotal=lambda row: row[0] == "")
    ops.append(pdf_text(60, y - 20, "The financial statements were approved by the board on 14 March 2024.", 8))
    pages.append((pdf_ops(ops), (595, 842), None))
    truth.add(name, len(pages), "financial", strip(g), sp)
    # 2 cash flow statement with nil dashes and net subtotals
    g = cash_flow(rng)
    ops = [pdf_text(60, 800, "Consolidated statement of cash flows", 12, "F2")]
    statement(ops, g, 770, 60, [0, 440, 530], 1, subtotal=lambda row: row[0].startswith("Net cash"))
    pages.append((pdf_ops(ops), (595, 842), None))
    truth.add(name, len(pages), "financial", strip(g))
    # 3 header wrapped over three lines, bottom-aligned, above right-aligned numbers
    g, heads = wrapped_header(rng, False)
    ops = [pdf_text(60, 800, "Table 3.1 Contact handling by service, 2023-24", 11, "F2")]
    right_x = [0, 250, 320, 390, 460, 530]
    y = 770
    for k in range(3):
        for c, lines in enumerate(heads):
            j = k - (3 - len(lines))
            if j < 0: continue
            ops.append(pdf_text(60, y, lines[j], 9, "F2") if c == 0 else right_text(right_x[c], y, lines[j], 9, "F2"))
        y -= 11
    ops.append(pdf_line(60, y + 7, 532, y + 7))
    y = statement(ops, g[1:], y - 6, 60, right_x, 0)
    ops.append(pdf_line(60, y + 9, 532, y + 9))
    pages.append((pdf_ops(ops), (595, 842), None))
    truth.add(name, len(pages), "wrapped-header", g)
    # 4 grouped years over narrow Number / Share (%) columns, unruled except under the groups
    g, sp = grouped_years(rng, False, 3)
    ops = [pdf_text(60, 800, "Cases by service, 2019 to 2021", 11, "F2")]
    statement(ops, g, 770, 60, [0, 225, 275, 340, 390, 455, 505], 2, sp)
    pages.append((pdf_ops(ops), (595, 842), None))
    truth.add(name, len(pages), "grouped-years", g, sp)
    # 5–6 a statement over a page break: the header is repeated, the truth is the whole table on its first page
    g = [["", "Budget", "Actual", "Variance"]]
    for s in SERVICES * 5:
        b = rng.randrange(100, 9000); a = b + rng.randrange(-800, 800)
        g.append([s, f"{b:,}", f"{a:,}", f"({b - a:,})" if a < b else f"{a - b:,}"])
    g = g[:56]
    right_x = [0, 360, 440, 530]
    first, rest = g[:40], [g[0]] + g[40:]
    ops = [pdf_text(60, 800, "Service spending against budget", 11, "F2")]
    statement(ops, first, 770, 60, right_x, 1)
    pages.append((pdf_ops(ops), (595, 842), None))
    truth.add(name, len(pages), "page-break", g)
    ops = []
    statement(ops, rest, 800, 60, right_x, 1)
    pages.append((pdf_ops(ops), (595, 842), None))
    # 7 sparse monthly counts
    g = sparse(rng, False)
    ops = [pdf_text(60, 800, "Complaints received by team", 11, "F2")]
    statement(ops, g, 770, 60, [0, 250, 300, 350, 400, 450, 500], 1)
    pages.append((pdf_ops(ops), (595, 842), None))
    truth.add(name, len(pages), "sparse", g)
    write_pdf(os.path.join(out, name), pages, [HELVETICA_WIN, HELVETICA_BOLD_WIN])


def pdf_ops(ops):
    return "\n".join(ops).encode("cp1252")


def strip(grid):
    return [[t.strip() if t else t for t in row] for row in grid]


# ---------------------------------------------------------------- LibreOffice Calc with number formats

def fods_numeric(grid, widths_cm, spans, head_rows, repeat_rows=0):
    """Numbers are numeric cells shown through a format (thousands separators, negatives in brackets); the gold
    text is what the format prints. Header cells merged by spans; thin borders round every cell."""
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
                   for i, w in enumerate(widths_cm))
    covered = covered_cells(spans)
    rows = []
    for r, row in enumerate(grid):
        cells = []
        for c, t in enumerate(row):
            if (r, c) in covered:
                cells.append("<table:covered-table-cell/>"); continue
            rs, cs = spans.get((r, c), (1, 1))
            span = (f' table:number-rows-spanned="{rs}"' if rs > 1 else "") + (f' table:number-columns-spanned="{cs}"' if cs > 1 else "")
            if r < head_rows or c == 0 or not is_number(t):
                style = "head" if r < head_rows else "txt"
                cells.append(f'<table:table-cell table:style-name="{style}"{span} office:value-type="string"><text:p>{esc(t or "")}</text:p></table:table-cell>')
            else:
                v = float(t.replace(",", "").replace("(", "-").replace(")", ""))
                cells.append(f'<table:table-cell table:style-name="num" office:value-type="float" office:value="{v}"><text:p>{esc(t)}</text:p></table:table-cell>')
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    head = "".join(rows[:repeat_rows])
    body = "".join(rows[repeat_rows:])
    if repeat_rows: head = f"<table:table-header-rows>{head}</table:table-header-rows>"
    border = 'fo:border="0.5pt solid #000000"'
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cols}
<number:number-style style:name="pos"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:number-style style:name="acct"><number:text>(</number:text><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text>)</number:text><style:map style:condition="value()&gt;=0" style:apply-style-name="pos"/></number:number-style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties {border} style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-weight="bold" style:font-name-asian="Noto Sans CJK SC"/></style:style>
<style:style style:name="num" style:family="table-cell" style:data-style-name="acct"><style:table-cell-properties {border}/><style:paragraph-properties fo:text-align="end"/></style:style>
<style:style style:name="txt" style:family="table-cell"><style:table-cell-properties {border}/><style:paragraph-properties fo:text-align="start"/></style:style>
</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="Sheet1">
{"".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(len(widths_cm)))}
{head}{body}</table:table></office:spreadsheet></office:body></office:document>"""


def is_number(t):
    try:
        float((t or "x").replace(",", "").replace("(", "-").replace(")", ""))
        return True
    except ValueError:
        return False


def calc_sets(out, work, truth, rng):
    for stem, make in (("calc-statement", 0), ("calc-budget", 1), ("calc-long", 2)):
        if make == 0:
            g = [["Line item", "2023", "2022", "Change"]]
            for it in ["Fees and charges", "Grants", "Council tax income", "Employee costs", "Premises", "Transport",
                       "Supplies and services", "Third-party payments", "Depreciation", "Net cost of services"]:
                a, b = rng.uniform(-9e6, 9e6), rng.uniform(-9e6, 9e6)
                f = lambda v: f"({-v:,.2f})" if v < 0 else f"{v:,.2f}"
                g.append([it, f(a), f(b), f(a - b)])
            spans, head_rows, widths, layout = {}, 1, [5.0, 3.2, 3.2, 3.2], "financial"
        elif make == 1:
            g, spans = final_accounts_func(rng)
            head_rows, widths, layout = 2, [1.8, 5.5, 2.8, 2.8, 2.8], "budget-grouped"
        else:
            g = budget_lines(rng, 70)
            spans, head_rows, widths, layout = {}, 1, [1.2, 5.0, 2.8, 3.2, 3.6], "page-break"
        src = os.path.join(work, stem + ".fods")
        open(src, "w", encoding="utf-8").write(fods_numeric(g, widths, spans, head_rows, repeat_rows=head_rows if make == 2 else 0))
        run_soffice(work, ["--convert-to", "pdf:calc_pdf_Export", "--outdir", out, src])
        truth.add(stem + ".pdf", 1, layout, g, spans)


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-heldout2")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261130_9)
    truth = Truth()
    with tempfile.TemporaryDirectory() as work:
        docx_sets(out, work, truth, rng)
        calc_sets(out, work, truth, rng)
    raw_cjk(out, truth, rng)
    raw_statements(out, truth, rng)
    truth.save(out)


main()
