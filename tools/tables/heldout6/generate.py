#!/usr/bin/env python3
"""Builds the seventh held-out table set: producers and layouts the other sets lack, weighted to the public suites
ReportMiner will be measured on (ICDAR-2013-like statistical releases, financial and banking documents, scientific
papers, government forms). Gold is the grid each table was drawn from (truth.json for tools/tables/score.py; a
spanning cell counts at its first row and column; a cell wrapped over several lines is its lines joined); a hash of
each table's id splits them dev / test.

Producers and layouts (none used by the other sets):
  cairo-*.pdf    content streams rewritten by cairo's PDF surface (poppler's `pdftocairo -pdf`, the path Evince,
                 Firefox on Linux and Inkscape print through): a flipped page matrix, text matrices with a negative
                 y scale, kerned TJ arrays glyph by glyph, the standard fonts replaced by embedded subsets scaled to
                 their widths, Chinese set in an embedded Noto CJK subset. Layouts: a statistical release with
                 row-group headers as full-width rows, a bank statement with descriptions wrapped over two lines and
                 empty money columns (continued on a second page), an invoice with a ruled key-value box above its
                 line items, a very wide table in 6-point type, tables whose cells wrap to 2-3 lines in every column
                 (ruled grid and open), a table with a header-only empty column, two tables side by side, a
                 regression table (standard errors in brackets on their own rows, significance stars), a table in one
                 column of a two-column article page, a table over both columns, a form grid of key-value pairs,
                 panels as shaded full-width bars, a dense timetable, a header over two rows with a stub header
                 spanning them, Chinese statistical-bulletin and goal tables, two Chinese tables side by side; a
                 reference list page and a letter with key: value lines (no table)
  calc-*.pdf     LibreOffice Calc printing Chinese government forms as WPS/Excel sheets hold them (绩效自评表,
                 绩效目标表, 监控表): a title and a 单位 line merged across the sheet above the grid, level-1 and level-2
                 indicator cells merged over their rows, wrapped cells, a landscape sheet in small type
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import covered_cells, Truth, esc, run_soffice, width as helv_w, write_pdf, TIMES, times_w, cjk_w, STANDARD_FONTS as FONTS, STSONG_EXTRA as EXTRA

MEASURE = {"F1": helv_w, "F2": lambda s, z: helv_w(s, z) * 1.05, "F3": times_w, "F4": lambda s, z: times_w(s, z) * 1.04,
           "F5": cjk_w}


def esc_pdf(s):
    return s.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Page:
    def __init__(self, w=595, h=842, font="F1"):
        self.w, self.h, self.ops, self.font = w, h, [], font

    def text(self, x, y, s, size=9, font=None):
        font = font or self.font
        if font == "F5" or any(ord(ch) > 0xff for ch in s):
            self.ops.append(f"BT /F5 {size} Tf {x:.2f} {y:.2f} Td <{s.encode('utf-16-be').hex().upper()}> Tj ET")
        else:
            self.ops.append(f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td ({esc_pdf(s)}) Tj ET")

    def wid(self, s, size, font=None):
        font = font or self.font
        return cjk_w(s, size) if any(ord(ch) > 0xff for ch in s) else MEASURE[font](s, size)

    def right(self, x1, y, s, size=9, font=None):
        self.text(x1 - self.wid(s, size, font), y, s, size, font)

    def centre(self, x0, x1, y, s, size=9, font=None):
        self.text((x0 + x1 - self.wid(s, size, font)) / 2, y, s, size, font)

    def line(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")

    def rect(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re S")

    def fill(self, x0, y0, x1, y1, grey):
        self.ops.append(f"q {grey} g {x0:.2f} {y0:.2f} {x1 - x0:.2f} {y1 - y0:.2f} re f Q")

    def para(self, x, y, text, width_pt, size=9, leading=11, font=None):
        """Running text wrapped to width_pt; returns the baseline below the last line."""
        for line in wrap(text, width_pt, size, lambda s, z: self.wid(s, z, font)):
            self.text(x, y, line, size, font)
            y -= leading
        return y


def wrap(text, width_pt, size, measure):
    if any(ord(ch) > 0xff for ch in text):  # CJK: break anywhere
        lines, cur = [], ""
        for ch in text:
            if cur and measure(cur + ch, size) > width_pt:
                lines.append(cur); cur = ""
            cur += ch
        return lines + ([cur] if cur else [])
    lines, cur = [], ""
    for w in text.split(" "):
        t = (cur + " " + w).strip()
        if cur and measure(t, size) > width_pt:
            lines.append(cur); cur = w
        else:
            cur = t
    return lines + ([cur] if cur else [])


def draw_table(p, grid, cols, top, size=8, leading=10, pad=3, font=lambda r, c: None, spans=None, valign="top",
               grid_rules=False, hrules=(), wrap_cells=True, indent=8):
    """cols: per column (align l/r/c, x0, x1). Each row is as tall as its most wrapped cell. grid_rules: every cell
    ruled; hrules: row indexes with a rule above them (len(grid) for the bottom). Returns the row tops (one more than
    rows)."""
    spans = spans or {}
    covered = covered_cells(spans)
    lines = {}
    for r, row in enumerate(grid):
        for c, s in enumerate(row):
            if not s or (r, c) in covered: continue
            rs, cs = spans.get((r, c), (1, 1))
            x0, x1 = cols[c][1], cols[c + cs - 1][2]
            ind = indent if s.startswith("  ") else 0
            f = font(r, c)
            lines[(r, c)] = (wrap(s.strip(), x1 - x0 - 2 * pad - ind, size, lambda t, z: p.wid(t, z, f)) if wrap_cells
                             else [s.strip()], ind, f)
    heights = []
    for r in range(len(grid)):
        n = max([len(v[0]) for (rr, c), v in lines.items() if rr == r and spans.get((rr, c), (1, 1))[0] == 1] or [1])
        heights.append(n * leading + 2 * pad)
    tops = [top]
    for h in heights: tops.append(tops[-1] - h)
    for (r, c), (ls, ind, f) in lines.items():
        rs, cs = spans.get((r, c), (1, 1))
        align, x0, _ = cols[c]
        x1 = cols[c + cs - 1][2]
        cell_top, cell_bottom = tops[r], tops[r + rs]
        text_h = len(ls) * leading
        y = cell_top - pad - size if valign == "top" else (cell_top + cell_bottom + text_h) / 2 - size - (leading - size) / 2
        for s in ls:
            if cs > 1 and align != "l" or align == "c": p.centre(x0, x1, y, s, size, f)
            elif align == "l": p.text(x0 + pad + ind, y, s, size, f)
            else: p.right(x1 - pad, y, s, size, f)
            y -= leading
    left, right = cols[0][1], cols[-1][2]
    if grid_rules:
        p.line(left, tops[0], right, tops[0])
        for r in range(len(grid)):
            for c in range(len(cols)):
                if (r, c) in covered: continue
                rs, cs = spans.get((r, c), (1, 1))
                x0, x1 = cols[c][1], cols[c + cs - 1][2]
                p.line(x0, tops[r + rs], x1, tops[r + rs])
                p.line(x1, tops[r], x1, tops[r + rs])
                if c == 0: p.line(x0, tops[r], x0, tops[r + rs])
    for r in hrules: p.line(left, tops[r], right, tops[r], 0.8 if r in (0, len(grid)) else 0.4)
    return tops


def blank_cols(grid, n):
    return [row + [""] * (n - len(row)) for row in grid]


def money(v):
    return f"{v:,.2f}"


def strip(grid):
    return [[(t.strip() if isinstance(t, str) else t) for t in row] for row in grid]


LOREM = ("The estimates in this release are based on a sample of households drawn from the address register and are "
         "subject to sampling variability. Figures may not add to totals because of rounding. Revisions to earlier "
         "quarters reflect late returns and the annual benchmarking of population weights, which was carried out in "
         "the first quarter. Seasonally adjusted series are revised each month as new data become available.")
ARTICLE = ("We evaluate the proposed method on four public benchmarks and compare it with strong baselines under the "
           "same training budget. All models are trained with the same optimiser, learning-rate schedule and data "
           "augmentation, and each result is the mean of three runs with different random seeds. The gains are "
           "largest on the smaller datasets, where the auxiliary objective acts as a regulariser; on the largest "
           "dataset the difference is within one standard deviation.")
CN_TEXT = ("本年度项目资金按计划拨付到位，资金使用符合相关管理规定，项目实施过程中严格执行政府采购和合同管理制度，"
           "各项绩效目标基本完成，社会效益和可持续影响较好。")


# ---------------------------------------------------------------- the English pages (cairo)

SECTORS = ["Agriculture, forestry and fishing", "Mining and quarrying", "Manufacturing", "Construction",
           "Wholesale and retail trade", "Transport and storage", "Accommodation and food", "Information and communication",
           "Financial services", "Public administration", "Education", "Health and social work"]


def page_statistical(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "Table 3. Employment by sector and sex, 2022-2024", 11, "F2")
    p.text(50, 776, "Thousands, annual averages", 8)
    g = [["Sector", "2022", "2023", "2024", "Change 2023-24 (%)"]]
    for group in ["Men", "Women", "Both sexes"]:
        g.append([group, "", "", "", ""])
        for s in rng.sample(SECTORS, 4):
            a = [rng.randrange(40, 2400) for _ in range(3)]
            g.append(["  " + s] + [f"{v:,}" for v in a] + [f"{(a[2] - a[1]) / a[1] * 100:.1f}"])
    cols = [("l", 50, 250), ("r", 250, 320), ("r", 320, 390), ("r", 390, 460), ("r", 460, 545)]
    groups = [r for r, row in enumerate(g) if row[0] in ("Men", "Women", "Both sexes")]
    spans = {(r, 0): (1, 5) for r in groups}
    tops = draw_table(p, g, cols, 766, size=8, leading=10, pad=2.5, spans=spans, hrules=(0, 1, len(g)),
                      font=lambda r, c: "F2" if r == 0 or r in groups else None)
    p.text(50, tops[-1] - 12, "Source: Labour Force Survey. Figures are rounded to the nearest thousand.", 7)
    p.para(50, tops[-1] - 40, LOREM, 495, 9)
    pages.append(p); truth.add(name, len(pages), "group-rows", strip(g), spans)


def bank_rows(rng, n, start):
    descs = ["CARD PAYMENT TO SUPERMARKET LTD ON 03 MAR", "DIRECT DEBIT ELECTRICITY SUPPLY ACCOUNT 44817 REF QTR1",
             "BANK TRANSFER FROM J SMITH REFERENCE RENT MARCH", "STANDING ORDER SAVINGS ACCOUNT 20-44-18 MONTHLY",
             "CONTACTLESS PAYMENT CITY PARKING", "SALARY ACME ENGINEERING PAYROLL 0312", "CASH WITHDRAWAL ATM HIGH STREET",
             "INTEREST PAID", "MOBILE PHONE CONTRACT PAYMENT 07700 900123 MARCH", "REFUND ONLINE RETAILER ORDER 88812"]
    bal, rows = start, []
    for k in range(n):
        d = rng.choice(descs)
        v = round(rng.uniform(3, 900), 2)
        inflow = "SALARY" in d or "FROM" in d or "REFUND" in d or "INTEREST" in d
        bal += v if inflow else -v
        rows.append([f"{k // 2 + 1:02d} Mar", d, "" if inflow else money(v), money(v) if inflow else "", money(bal)])
    return rows, bal


def pages_bank(rng, truth, pages, name):
    cols = [("l", 50, 105), ("l", 105, 300), ("r", 300, 375), ("r", 375, 450), ("r", 450, 545)]
    head = ["Date", "Description", "Money out", "Money in", "Balance"]
    bal = 2412.55
    for part in range(2):
        p = Page()
        p.text(50, 790, "Current account statement", 13, "F2")
        p.text(50, 774, "Account 20-44-18 71234567    Statement period 1 March to 31 March 2025", 8)
        p.text(420, 790, f"Page {part + 1} of 2", 8)
        rows, bal2 = bank_rows(rng, 16, bal)
        first = ["", "Balance brought forward", "", "", money(bal)]
        g = [head, first] + rows
        bal = bal2
        tops = draw_table(p, g, cols, 760, size=8, leading=9.5, pad=3, hrules=(1,),
                          font=lambda r, c: "F2" if r == 0 else None)
        p.line(50, tops[0], 545, tops[0], 0.8)
        p.line(50, tops[-1], 545, tops[-1], 0.8)
        pages.append(p); truth.add(name, len(pages), "bank", strip(g))


def page_invoice(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "INVOICE", 18, "F2")
    p.text(50, 770, "Northwind Office Supplies Ltd, 12 Harbour Road, Leith EH6 6QR", 8)
    p.rect(340, 700, 545, 800)
    kv = [("Invoice number", "INV-2025-0412"), ("Invoice date", "14 March 2025"), ("Customer ID", "C-10482"),
          ("Payment terms", "30 days net"), ("Purchase order", "PO 77120")]
    y = 785
    for k, v in kv:
        p.text(348, y, k, 8, "F2"); p.text(440, y, v, 8); y -= 17
    p.text(50, 740, "Bill to:", 8, "F2")
    for k, s in enumerate(["Finance Department", "Riverside Council", "1 Civic Square", "Dundee DD1 3BY"]):
        p.text(50, 728 - 11 * k, s, 8)
    items = [("Copier paper A4 80gsm, box of 5 reams", "CP-80A4"), ("Toner cartridge, black, high yield", "TN-421K"),
             ("Ring binders A4, 25 mm, pack of 10", "RB-25"), ("Desk chair, mesh back, adjustable arms", "CH-MX2"),
             ("Whiteboard markers, assorted colours", "WM-4C"), ("Archive boxes, flat packed, pack of 20", "AB-20"),
             ("Delivery and installation", "SRV-DEL")]
    g = [["Code", "Description", "Qty", "Unit price", "Amount"]]
    total = 0
    for d, code in items:
        q, u = rng.randrange(1, 40), rng.uniform(2, 180)
        total += q * u
        g.append([code, d, str(q), money(u), money(q * u)])
    vat = total * 0.2
    g += [["", "", "", "Subtotal", money(total)], ["", "", "", "VAT 20%", money(vat)], ["", "", "", "Total due", money(total + vat)]]
    cols = [("l", 50, 110), ("l", 110, 330), ("r", 330, 370), ("r", 370, 455), ("r", 455, 545)]
    tops = draw_table(p, g[:len(items) + 1], cols, 670, size=8, leading=10, pad=4, grid_rules=True,
                      font=lambda r, c: "F2" if r == 0 else None)
    draw_table(p, g[len(items) + 1:], cols, tops[-1], size=8, leading=10, pad=4,
               font=lambda r, c: "F2" if r == 2 else None)
    p.para(50, tops[-1] - 70, "Please pay by bank transfer to sort code 20-44-18, account 90812231, quoting the invoice "
           "number. Goods remain our property until paid for in full.", 495, 8, 10)
    pages.append(p); truth.add(name, len(pages), "invoice", strip(g))


REGIONS = ["North East", "North West", "Yorkshire", "East Midlands", "West Midlands", "East", "London", "South East",
           "South West", "Wales", "Scotland", "Northern Ireland"]


def page_wide(rng, truth, pages, name):
    p = Page(842, 595)
    p.text(40, 560, "Table 7. Registered vehicles by region and month, 2024 (hundreds)", 10, "F2")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    g = [["Region"] + months + ["Total", "Mean", "Max"]]
    for reg in REGIONS + ["United Kingdom"]:
        v = [rng.randrange(900, 99999) for _ in months]
        g.append([reg] + [f"{x:,}" for x in v] + [f"{sum(v):,}", f"{sum(v) // 12:,}", f"{max(v):,}"])
    cols = [("l", 40, 120)] + [("r", 120 + 43 * k, 163 + 43 * k) for k in range(12)] + \
           [("r", 636 + 55 * k, 691 + 55 * k) for k in range(3)]
    tops = draw_table(p, g, cols, 548, size=6, leading=7.5, pad=2, hrules=(0, 1, len(g) - 1, len(g)),
                      font=lambda r, c: "F2" if r == 0 or r == len(g) - 1 else None)
    p.text(40, tops[-1] - 10, "Note: monthly figures are provisional and are revised in the annual publication.", 6)
    pages.append(p); truth.add(name, len(pages), "wide", strip(g))


MEASURES = [("Extend free school meals to all primary pupils", "Reduce food insecurity among low-income families",
             "Department for Education and local authorities", "September 2025 onwards", "Funding agreed, pilots running"),
            ("Upgrade rural broadband to gigabit speeds", "Close the connectivity gap for remote households",
             "Digital infrastructure agency", "Phased over three years", "Procurement under way"),
            ("Retrofit social housing with heat pumps", "Cut emissions and household energy bills",
             "Housing associations with the energy regulator", "2025 to 2028", "Delayed by supply constraints"),
            ("Expand apprenticeship grants for small firms", "Raise take-up of technical training",
             "Skills council", "From April 2025", "Open for applications"),
            ("Introduce a single patient record", "Reduce duplicated tests and administrative cost",
             "National health service trusts", "Pilot in two regions first", "Design stage complete")]


def page_wrapped(rng, truth, pages, name, ruled):
    p = Page(font="F3")
    title = "Table 2.4 Summary of policy measures" + ("" if ruled else " and their status")
    p.text(56, 790, title, 11, "F4")
    g = [["Measure", "Objective", "Lead body", "Timetable", "Status"]]
    for m in rng.sample(MEASURES, 4 if ruled else 5): g.append(list(m))
    cols = [("l", 56, 166), ("l", 166, 276), ("l", 276, 376), ("l", 376, 456), ("l", 456, 540)]
    tops = draw_table(p, g, cols, 770, size=8.5, leading=10, pad=4, grid_rules=ruled,
                      hrules=() if ruled else (0, 1, len(g)), font=lambda r, c: "F4" if r == 0 else None)
    p.para(56, tops[-1] - 24, ARTICLE, 484, 10, 12, "F3")
    pages.append(p); truth.add(name, len(pages), "wrapped-ruled" if ruled else "wrapped-open", strip(g))


def page_empty_column(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "Table 5. Hospital admissions by age group and quarter", 11, "F2")
    g = [["Age group", "Q1", "Q2", "Q3 (not yet available)", "Q4", "Year to date"]]
    for a in ["0-4", "5-14", "15-24", "25-44", "45-64", "65-74", "75-84", "85 and over"]:
        v = [rng.randrange(100, 9000) for _ in range(3)]
        g.append([a, f"{v[0]:,}", f"{v[1]:,}", "", f"{v[2]:,}", f"{sum(v):,}"])
    g.append(["Age not stated", "", "", "", "", ""])
    cols = [("l", 50, 150), ("r", 150, 220), ("r", 220, 290), ("c", 290, 380), ("r", 380, 450), ("r", 450, 545)]
    draw_table(p, g, cols, 770, size=8, leading=10, pad=3, hrules=(0, 1, len(g)), font=lambda r, c: "F2" if r == 0 else None)
    pages.append(p); truth.add(name, len(pages), "empty-column", strip(g))


def page_side_by_side(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "Table 9. Exports and imports by partner, 2024", 11, "F2")
    p.text(50, 770, "(a) Exports", 9, "F2"); p.text(305, 770, "(b) Imports", 9, "F2")
    partners = ["Germany", "France", "Netherlands", "United States", "China", "Ireland", "Belgium", "Spain", "Italy", "Japan"]
    for k, x in enumerate((50, 305)):
        g = [["Partner", "EUR m", "Share %"]]
        for c in rng.sample(partners, 8):
            g.append([c, f"{rng.uniform(100, 9999):,.1f}", f"{rng.uniform(1, 25):.1f}"])
        cols = [("l", x, x + 100), ("r", x + 100, x + 175), ("r", x + 175, x + 240)]
        draw_table(p, g, cols, 760, size=8, leading=10, pad=3, hrules=(0, 1, len(g)), font=lambda r, c: "F2" if r == 0 else None)
        truth.add(name, len(pages) + 1, "side-by-side", strip(g))
    pages.append(p)


def page_regression(rng, truth, pages, name):
    p = Page(font="F3")
    p.text(56, 790, "Table 4: Determinants of household saving (OLS)", 10, "F3")
    g = [["", "(1)", "(2)", "(3)", "(4)"]]
    for var in ["Log income", "Age", "Age squared", "Household size", "Homeowner", "Urban"]:
        coef, se = [], []
        for m in range(4):
            if var == "Urban" and m < 2:
                coef.append(""); se.append(""); continue
            c = rng.uniform(-2, 2); s = abs(c) / rng.uniform(0.8, 4)
            stars = "***" if abs(c / s) > 2.6 else "**" if abs(c / s) > 2 else "*" if abs(c / s) > 1.65 else ""
            coef.append(f"{c:.3f}{stars}".replace("-", "\u2212") if False else f"{c:.3f}{stars}")
            se.append(f"({s:.3f})")
        g.append([var] + coef); g.append([""] + se)
    g.append(["Region fixed effects", "No", "Yes", "Yes", "Yes"])
    g.append(["Observations", *(f"{rng.randrange(8000, 12000):,}" for _ in range(4))])
    g.append(["R-squared", *(f"{rng.uniform(0.05, 0.4):.3f}" for _ in range(4))])
    cols = [("l", 56, 220), ("c", 220, 300), ("c", 300, 380), ("c", 380, 460), ("c", 460, 540)]
    n_body = 1 + 12
    tops = draw_table(p, g, cols, 775, size=9, leading=10, pad=1.5, hrules=(0, 1, n_body, len(g)))
    p.para(56, tops[-1] - 12, "Notes: Standard errors clustered by region in parentheses. *** p<0.01, ** p<0.05, * p<0.1.",
           484, 8, 10, "F3")
    p.para(56, tops[-1] - 50, ARTICLE, 484, 10, 12, "F3")
    pages.append(p); truth.add(name, len(pages), "regression", strip(g))


def results_grid(rng, n_rows, datasets):
    g = [["Method"] + datasets]
    for m in ["Baseline", "Dropout", "Mixup", "CutMix", "Label smoothing", "Ours"][:n_rows]:
        g.append([m] + [f"{rng.uniform(60, 95):.1f}" for _ in datasets])
    return g


def page_in_column(rng, truth, pages, name):
    p = Page(font="F3")
    y = p.para(56, 790, ARTICLE + " " + ARTICLE, 230, 9.5, 11.5, "F3")
    p.centre(56, 286, y - 8, "Table 1: Accuracy (%) on the test sets.", 8.5, "F3")
    g = results_grid(rng, 6, ["C-10", "C-100", "SVHN"])
    cols = [("l", 60, 140), ("r", 140, 188), ("r", 188, 236), ("r", 236, 284)]
    tops = draw_table(p, g, cols, y - 16, size=8.5, leading=10, pad=1.5, hrules=(0, 1, len(g)),
                      font=lambda r, c: "F4" if r == len(g) - 1 and c > 0 else None)
    p.para(56, tops[-1] - 16, ARTICLE, 230, 9.5, 11.5, "F3")
    y = 790
    for _ in range(4): y = p.para(310, y, ARTICLE, 230, 9.5, 11.5, "F3") - 6
    pages.append(p); truth.add(name, len(pages), "in-column", strip(g))


def page_full_width(rng, truth, pages, name):
    p = Page(font="F3")
    p.centre(56, 540, 790, "Table 2: Results on five benchmarks. Mean of three runs; best in bold.", 9, "F3")
    g = [["Method", "Params", "ImageNet", "COCO AP", "ADE mIoU", "Kinetics", "Speed (img/s)"]]
    for m in ["ResNet-50", "ViT-B/16", "Swin-T", "ConvNeXt-T", "EfficientNet-B4", "Ours-T", "Ours-S"]:
        g.append([m, f"{rng.uniform(5, 90):.1f}M"] + [f"{rng.uniform(30, 85):.1f}" for _ in range(4)] + [f"{rng.randrange(200, 3000):,}"])
    cols = [("l", 56, 150)] + [("c", 150 + 65 * k, 215 + 65 * k) for k in range(6)]
    tops = draw_table(p, g, cols, 780, size=9, leading=10.5, pad=1.5, hrules=(0, 1, len(g)))
    for x in (56, 310):
        y = tops[-1] - 22
        for _ in range(3): y = p.para(x, y, ARTICLE, 230, 9.5, 11.5, "F3") - 6
    pages.append(p); truth.add(name, len(pages), "full-width", strip(g))


def page_form_grid(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "Application for a street trading licence", 13, "F2")
    p.text(50, 774, "Section A. Applicant details (for official use)", 9, "F2")
    g = [["Surname", "OKAFOR", "Forename(s)", "Chinwe Adaeze"],
         ["Date of birth", "17/04/1986", "National insurance no.", "QQ 12 34 56 C"],
         ["Home address", "Flat 3, 27 Albion Street, Leeds LS1 6HX", None, None],
         ["Telephone", "0113 496 0000", "Email", "c.okafor@example.org"],
         ["Trading name", "Adaeze Street Food", "Licence type", "Temporary (6 months)"],
         ["Pitch location", "Briggate, outside no. 54", "Days of trading", "Fri Sat Sun"],
         ["Goods to be sold", "Hot food and soft drinks", "Fee paid", "GBP 312.00"]]
    spans = {(2, 1): (1, 3)}
    cols = [("l", 50, 150), ("l", 150, 300), ("l", 300, 410), ("l", 410, 545)]
    draw_table(p, g, cols, 760, size=8, leading=10, pad=5, grid_rules=True, spans=spans,
               font=lambda r, c: "F2" if c in (0, 2) else None)
    p.text(50, 560, "Declaration: I confirm that the information given is correct.", 8)
    p.text(50, 530, "Signature ______________________        Date ____________", 8)
    pages.append(p); truth.add(name, len(pages), "form-grid", strip(g), spans)


def page_panels(rng, truth, pages, name):
    p = Page(font="F3")
    p.text(56, 790, "Table 6. Descriptive statistics", 10, "F4")
    g = [["Variable", "Mean", "SD", "Min", "Max", "N"]]
    bars = []
    for panel, vs in [("Panel A: Firms", ["Employees", "Sales (m)", "Export share", "Age (years)"]),
                      ("Panel B: Workers", ["Hourly wage", "Tenure (years)", "Female", "Graduate", "Union member"])]:
        bars.append(len(g)); g.append([panel, "", "", "", "", ""])
        for v in vs:
            g.append([v, f"{rng.uniform(0, 90):.2f}", f"{rng.uniform(0, 30):.2f}", f"{rng.uniform(0, 5):.1f}",
                      f"{rng.uniform(50, 900):.1f}", f"{rng.randrange(900, 40000):,}"])
    spans = {(r, 0): (1, 6) for r in bars}
    cols = [("l", 56, 200), ("r", 200, 268), ("r", 268, 336), ("r", 336, 404), ("r", 404, 472), ("r", 472, 540)]
    # the shaded bars first, then the text over them
    probe = Page(font="F3")
    tops = draw_table(probe, g, cols, 776, size=9, leading=10, pad=2.5, spans=spans)
    for r in bars: p.fill(56, tops[r + 1], 540, tops[r], 0.85)
    draw_table(p, g, cols, 776, size=9, leading=10, pad=2.5, spans=spans, hrules=(0, 1, len(g)),
               font=lambda r, c: "F4" if r == 0 or r in bars else None)
    pages.append(p); truth.add(name, len(pages), "panels", strip(g), spans)


def page_timetable(rng, truth, pages, name):
    p = Page()
    p.text(50, 800, "Route 42  City Centre - Airport    Monday to Friday", 10, "F2")
    stops = ["Bus Station", "Market Square", "Royal Infirmary", "University", "Park Road", "Westgate", "Retail Park",
             "Hotel Quarter", "Airport Terminal"]
    g = [["Stop"] + [f"{k + 1}" for k in range(10)]]
    starts = [330 + 17 * k + rng.randrange(0, 5) for k in range(10)]
    for i, s in enumerate(stops):
        row = [s]
        for k in range(10):
            if i == 3 and k % 3 == 1: row.append("-"); continue
            t = starts[k] + 6 * i
            row.append(f"{t // 60:02d}:{t % 60:02d}")
        g.append(row)
    cols = [("l", 50, 150)] + [("r", 150 + 39 * k, 189 + 39 * k) for k in range(10)]
    draw_table(p, g, cols, 785, size=7, leading=8, pad=1.5, font=lambda r, c: "F2" if r == 0 else None)
    p.text(50, 640, "- does not call at this stop.  Times are approximate in peak hours.", 7)
    pages.append(p); truth.add(name, len(pages), "timetable", strip(g))


def page_two_row_header(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "Table 11. Population and households by local authority", 11, "F2")
    g = [["Local authority", "Population (thousands)", None, "Households (thousands)", None, "Change 2014-24"],
         [None, "2014", "2024", "2014", "2024", "%"]]
    spans = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (2, 1)}
    for la in ["Aberdeen City", "Angus", "Argyll and Bute", "Dundee City", "East Lothian", "Fife", "Highland", "Moray",
               "Perth and Kinross", "Stirling"]:
        a, b, c, d = (rng.uniform(20, 600) for _ in range(4))
        g.append([la, f"{a:.1f}", f"{b:.1f}", f"{c:.1f}", f"{d:.1f}", f"{(b - a) / a * 100:.1f}"])
    cols = [("l", 50, 170), ("r", 170, 240), ("r", 240, 310), ("r", 310, 380), ("r", 380, 450), ("r", 450, 545)]
    tops = draw_table(p, g, cols, 770, size=8, leading=10, pad=2.5, spans=spans, valign="middle",
                      hrules=(0, 2, len(g)), font=lambda r, c: "F2" if r < 2 else None)
    for c0, c1 in ((170, 310), (310, 450)): p.line(c0 + 4, tops[1], c1 - 4, tops[1], 0.4)
    pages.append(p); truth.add(name, len(pages), "two-row-head", strip(g), spans)


def page_references(rng, truth, pages, name):
    p = Page(font="F3")
    p.text(56, 790, "References", 11, "F4")
    authors = ["A. Smith and B. Jones", "C. Wang, D. Li and E. Zhang", "F. Garcia", "G. Müller and H. Schmidt",
               "I. Tanaka", "J. Brown, K. Davis and L. Wilson", "M. Rossi", "N. Kowalski and O. Nowak"]
    y = 770
    for k in range(18):
        ref = (f"{rng.choice(authors)}. A study of structure recovery in document images, part {k + 1}. In Proceedings "
               f"of the {rng.randrange(10, 40)}th Conference on Document Analysis, pages {rng.randrange(10, 400)}-"
               f"{rng.randrange(400, 900)}, {rng.randrange(2005, 2025)}.")
        p.text(56, y, f"[{k + 1}]", 9)
        y = p.para(80, y, ref, 460, 9, 11) - 4
    pages.append(p); truth.none(name, len(pages))


def page_letter(rng, truth, pages, name):
    p = Page()
    p.text(50, 790, "Notice of change to your account", 13, "F2")
    y = 760
    for k, v in [("Account name", "Ms R Patel"), ("Account number", "71234567"), ("Sort code", "20-44-18"),
                 ("Date of notice", "2 April 2025")]:
        p.text(50, y, f"{k}: {v}", 9); y -= 13
    y -= 10
    for _ in range(3): y = p.para(50, y, LOREM, 495, 9.5, 12) - 8
    p.text(50, y - 20, "Yours sincerely,", 9); p.text(50, y - 50, "Customer Services", 9)
    pages.append(p); truth.none(name, len(pages))


# ---------------------------------------------------------------- Chinese pages (cairo)

def page_cn_bulletin(rng, truth, pages, name):
    p = Page(font="F5")
    p.centre(50, 545, 790, "表3  2024年主要工业产品产量及其增长速度", 12)
    g = [["产品名称", "单位", "产量", "比上年增长(%)"]]
    for prod, unit in [("纱", "万吨"), ("布", "亿米"), ("化学纤维", "万吨"), ("成品糖", "万吨"), ("粗钢", "万吨"),
                       ("  其中：不锈钢", "万吨"), ("钢材", "万吨"), ("水泥", "亿吨"), ("发电量", "亿千瓦小时"),
                       ("  其中：火电", "亿千瓦小时"), ("  水电", "亿千瓦小时"), ("汽车", "万辆"), ("  其中：新能源汽车", "万辆")]:
        g.append([prod, unit, f"{rng.uniform(10, 9000):.1f}", f"{rng.uniform(-9, 30):.1f}"])
    cols = [("l", 80, 250), ("c", 250, 340), ("r", 340, 430), ("r", 430, 515)]
    draw_table(p, g, cols, 770, size=9, leading=12, pad=3, hrules=(0, 1, len(g)), indent=18)
    pages.append(p); truth.add(name, len(pages), "cn-bulletin", strip(g))


def page_cn_side(rng, truth, pages, name):
    p = Page(font="F5")
    p.centre(50, 545, 790, "2025年部门收支预算表", 12)
    p.text(50, 770, "表1  收入预算", 9); p.text(310, 770, "表2  支出预算", 9)
    for k, (x, items) in enumerate(((50, ["一般公共预算拨款", "政府性基金预算拨款", "事业收入", "经营收入", "其他收入", "上年结转"]),
                                    (310, ["一般公共服务支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出", "住房保障支出"]))):
        g = [["项目", "金额（万元）"]]
        vals = [rng.uniform(10, 9000) for _ in items]
        for it, v in zip(items, vals): g.append([it, f"{v:,.2f}"])
        g.append(["合计", f"{sum(vals):,.2f}"])
        cols = [("l", x, x + 140), ("r", x + 140, x + 235)]
        draw_table(p, g, cols, 760, size=9, leading=12, pad=3, grid_rules=True)
        truth.add(name, len(pages) + 1, "cn-side", strip(g))
    pages.append(p)


def page_cn_goals(rng, truth, pages, name):
    p = Page(font="F5")
    p.centre(50, 545, 795, "项目绩效目标表", 13)
    g = [["一级指标", "二级指标", "三级指标", "指标值"]]
    spans = {}
    inds = [("产出指标", [("数量指标", ["培训基层农技人员人次", "建设高标准农田示范面积"]), ("质量指标", ["培训合格率", "示范田验收合格率"]),
                          ("时效指标", ["项目完成时间"])]),
            ("效益指标", [("社会效益指标", ["带动周边农户增收户数", "农业新技术推广覆盖率"]), ("可持续影响指标", ["长效管护机制建立情况"])]),
            ("满意度指标", [("服务对象满意度指标", ["参训人员满意度"])])]
    vals = ["≥1200人次", "≥3000亩", "≥95%", "100%", "2025年12月底前", "≥500户", "≥80%", "建立并运行", "≥90%"]
    k = 0
    for l1, subs in inds:
        r1 = len(g); n1 = sum(len(v) for _, v in subs)
        spans[(r1, 0)] = (n1, 1)
        for l2, l3s in subs:
            r2 = len(g)
            if len(l3s) > 1: spans[(r2, 1)] = (len(l3s), 1)
            for j, l3 in enumerate(l3s):
                g.append([l1 if len(g) == r1 else None, l2 if j == 0 else None, l3, vals[k].replace("≥", "大于等于")]); k += 1
    cols = [("c", 50, 120), ("c", 120, 200), ("l", 200, 420), ("c", 420, 545)]
    draw_table(p, g, cols, 770, size=9, leading=12, pad=4, grid_rules=True, spans=spans, valign="middle")
    pages.append(p); truth.add(name, len(pages), "cn-goals", strip(g), spans)


def cairo_pdf(out, work, stem, pages):
    src = os.path.join(work, stem + ".raw.pdf")
    write_pdf(src, [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
    subprocess.run(["pdftocairo", "-pdf", src, os.path.join(out, stem + ".pdf")], check=True, timeout=120)


def cairo_sets(out, work, truth, rng):
    name, pages = "cairo-report.pdf", []
    page_statistical(rng, truth, pages, name)
    pages_bank(rng, truth, pages, name)
    page_invoice(rng, truth, pages, name)
    page_empty_column(rng, truth, pages, name)
    page_side_by_side(rng, truth, pages, name)
    page_form_grid(rng, truth, pages, name)
    page_timetable(rng, truth, pages, name)
    page_two_row_header(rng, truth, pages, name)
    page_letter(rng, truth, pages, name)
    cairo_pdf(out, work, "cairo-report", pages)
    name, pages = "cairo-paper.pdf", []
    page_wrapped(rng, truth, pages, name, ruled=True)
    page_wrapped(rng, truth, pages, name, ruled=False)
    page_regression(rng, truth, pages, name)
    page_in_column(rng, truth, pages, name)
    page_full_width(rng, truth, pages, name)
    page_panels(rng, truth, pages, name)
    page_references(rng, truth, pages, name)
    cairo_pdf(out, work, "cairo-paper", pages)
    name, pages = "cairo-wide.pdf", []
    page_wide(rng, truth, pages, name)
    cairo_pdf(out, work, "cairo-wide", pages)
    name, pages = "cairo-cn.pdf", []
    page_cn_bulletin(rng, truth, pages, name)
    page_cn_side(rng, truth, pages, name)
    page_cn_goals(rng, truth, pages, name)
    cairo_pdf(out, work, "cairo-cn", pages)


# ---------------------------------------------------------------- LibreOffice Calc: Chinese forms as sheets

def fods_form(grid, widths_cm, spans, title, unit, landscape=False, size_pt=9, wrap_cols=()):
    """A sheet as WPS/Excel users lay out a form: a title row and a 单位 row merged across all columns without
    borders, then the grid with thin borders round every cell; merged cells centred vertically; cells of wrap_cols
    wrap."""
    n = len(widths_cm)
    cols = "".join(f'<style:style style:name="co{i}" style:family="table-column"><style:table-column-properties style:column-width="{w}cm"/></style:style>'
                   for i, w in enumerate(widths_cm))
    covered = covered_cells(spans)
    rows = [f'<table:table-row><table:table-cell table:style-name="title" table:number-columns-spanned="{n}" office:value-type="string"><text:p>{esc(title)}</text:p></table:table-cell>'
            + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>",
            f'<table:table-row><table:table-cell table:style-name="unit" table:number-columns-spanned="{n}" office:value-type="string"><text:p>{esc(unit)}</text:p></table:table-cell>'
            + "<table:covered-table-cell/>" * (n - 1) + "</table:table-row>"]
    for r, row in enumerate(grid):
        cells = []
        for c, t in enumerate(row):
            if (r, c) in covered:
                cells.append("<table:covered-table-cell/>"); continue
            rs, cs = spans.get((r, c), (1, 1))
            span = (f' table:number-rows-spanned="{rs}"' if rs > 1 else "") + (f' table:number-columns-spanned="{cs}"' if cs > 1 else "")
            style = "wrap" if c in wrap_cols or rs > 1 or cs > 1 else "cell"
            cells.append(f'<table:table-cell table:style-name="{style}"{span} office:value-type="string"><text:p>{esc(t or "")}</text:p></table:table-cell>')
        rows.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    border = 'fo:border="0.5pt solid #000000"'
    font = f'fo:font-size="{size_pt}pt" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="{size_pt}pt"'
    page = ('<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" '
            'style:print-orientation="landscape" fo:margin="1.2cm"/></style:page-layout>' if landscape else
            '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" '
            'style:print-orientation="portrait" fo:margin="1.2cm"/></style:page-layout>')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>{cols}{page}
<style:style style:name="title" style:family="table-cell"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold" style:font-name-asian="Noto Sans CJK SC" style:font-size-asian="15pt" style:font-weight-asian="bold"/></style:style>
<style:style style:name="unit" style:family="table-cell"><style:paragraph-properties fo:text-align="end"/><style:text-properties {font}/></style:style>
<style:style style:name="cell" style:family="table-cell"><style:table-cell-properties {border} style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties {font}/></style:style>
<style:style style:name="wrap" style:family="table-cell"><style:table-cell-properties {border} fo:wrap-option="wrap" style:vertical-align="middle"/><style:paragraph-properties fo:text-align="center"/><style:text-properties {font}/></style:style>
</office:automatic-styles><office:master-styles><style:master-page style:name="Default" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="Sheet1">
{"".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(n))}
{"".join(rows)}</table:table></office:spreadsheet></office:body></office:document>"""


SELF_INDICATORS = [
    ("产出指标", [("数量指标", ["完成道路硬化里程", "新建村级文化活动室", "安装太阳能路灯数量"]),
                  ("质量指标", ["工程验收合格率", "设备完好率"]), ("时效指标", ["项目按期完工率"]), ("成本指标", ["单位工程造价控制"])]),
    ("效益指标", [("经济效益指标", ["带动村集体经济增收"]), ("社会效益指标", ["受益群众人数", "改善群众出行条件"]),
                  ("生态效益指标", ["村容村貌改善情况"]), ("可持续影响指标", ["设施长效管护机制"])]),
    ("满意度指标", [("服务对象满意度指标", ["受益群众满意度"])])]


# One value per level-3 indicator of SELF_INDICATORS, in its order (targets of the self-assessment and goal forms).
INDICATOR_VALUES = ["≥12公里", "≥4个", "≥300盏", "100%", "≥95%", "100%", "≤80万元/公里", "≥15万元", "≥8000人", "明显改善",
                    "明显改善", "建立", "≥90%"]


def self_assessment(rng):
    """绩效自评表: a funds block (年初预算数 … 得分) over an indicator block with merged level cells."""
    g = [["项目名称", "农村人居环境整治提升项目", None, None, None, None, None, None],
         ["主管部门", "县农业农村局", None, None, "实施单位", "各乡镇人民政府", None, None],
         ["项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]]
    spans = {(0, 1): (1, 7), (1, 1): (1, 3), (1, 5): (1, 3), (2, 0): (3, 1)}
    for label in ["年度资金总额", "其中：本年财政资金"]:
        a = rng.uniform(100, 900); b = a * rng.uniform(1, 1.2); c = b * rng.uniform(0.8, 1)
        g.append([None, label, f"{a:.2f}", f"{b:.2f}", f"{c:.2f}", "10", f"{c / b * 100:.1f}%", f"{10 * c / b:.1f}"])
    g.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"])
    vals = iter(INDICATOR_VALUES)
    for l1, subs in SELF_INDICATORS:
        r1 = len(g); n1 = sum(len(v) for _, v in subs)
        spans[(r1, 0)] = (n1, 1)
        for l2, l3s in subs:
            if len(l3s) > 1: spans[(len(g), 1)] = (len(l3s), 1)
            for j, l3 in enumerate(l3s):
                v = next(vals)
                g.append([l1 if len(g) == r1 else None, l2 if j == 0 else None, l3, v, v, str(rng.choice([5, 10])),
                          str(rng.choice([5, 10])), "无偏差" if rng.random() < 0.7 else "受雨季影响工期略有延后，已督促施工单位加快进度"])
    g.append(["总分", None, None, None, None, "100", f"{rng.randrange(85, 99)}", ""])
    spans[(len(g) - 1, 0)] = (1, 5)
    return g, spans


def goal_form(rng):
    g = [["年度总体目标", CN_TEXT + "全面完成年度重点工作任务，提升部门履职效能和公共服务水平。", None, None],
         ["一级指标", "二级指标", "三级指标", "指标值"]]
    spans = {(0, 1): (1, 3)}
    vals = iter(INDICATOR_VALUES)
    for l1, subs in SELF_INDICATORS:
        r1 = len(g); n1 = sum(len(v) for _, v in subs)
        spans[(r1, 0)] = (n1, 1)
        for l2, l3s in subs:
            if len(l3s) > 1: spans[(len(g), 1)] = (len(l3s), 1)
            for j, l3 in enumerate(l3s):
                g.append([l1 if len(g) == r1 else None, l2 if j == 0 else None, l3, next(vals)])
    return g, spans


def monitor_form(rng):
    head = ["序号", "项目名称", "资金性质", "年度预算数", "1-6月执行数", "执行率", "年度绩效目标", "1-6月完成情况",
            "全年预计完成情况", "偏差原因", "完成目标可能性", "备注"]
    g = [head]
    for k, proj in enumerate(["城乡居民医疗保险补助", "义务教育薄弱环节改善", "农村公路养护", "公共文化服务体系建设",
                              "生态公益林补偿", "城市社区综合服务设施建设", "残疾人康复救助"]):
        a = rng.uniform(50, 2000); b = a * rng.uniform(0.2, 0.7)
        g.append([str(k + 1), proj, rng.choice(["一般公共预算", "政府性基金"]), f"{a:.2f}", f"{b:.2f}", f"{b / a * 100:.1f}%",
                  "按计划完成年度任务", "已完成" + str(rng.randrange(30, 70)) + "%", "能够完成",
                  "" if rng.random() < 0.5 else "资金拨付进度滞后", rng.choice(["确定能", "有可能"]), ""])
    return g, {}


def calc_sets(out, work, truth, rng):
    for stem, make in (("calc-self", 0), ("calc-goals", 1), ("calc-monitor", 2)):
        if make == 0:
            g, spans = self_assessment(rng)
            widths, title, landscape, size, wrap_cols, layout = [2.0, 3.2, 3.6, 2.0, 2.0, 1.2, 1.4, 3.2], "项目支出绩效自评表", False, 8, range(8), "cn-self"
        elif make == 1:
            g, spans = goal_form(rng)
            widths, title, landscape, size, wrap_cols, layout = [2.6, 3.4, 7.0, 4.4], "部门整体支出绩效目标表", False, 9, range(4), "cn-goal-sheet"
        else:
            g, spans = monitor_form(rng)
            widths, title, landscape, size, wrap_cols, layout = [1.0, 3.4, 2.0, 1.9, 1.9, 1.4, 3.0, 2.2, 2.2, 2.6, 1.8, 1.2], "项目支出绩效运行监控表", True, 7.5, range(12), "cn-monitor"
        src = os.path.join(work, stem + ".fods")
        open(src, "w", encoding="utf-8").write(fods_form(g, widths, spans, title, "单位：万元", landscape, size, wrap_cols))
        run_soffice(work, ["--convert-to", "pdf:calc_pdf_Export", "--outdir", out, src])
        truth.add(stem + ".pdf", 1, layout, g, spans)


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-heldout6")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_6)
    truth = Truth()
    with tempfile.TemporaryDirectory() as work:
        cairo_sets(out, work, truth, rng)
        calc_sets(out, work, truth, rng)
    truth.save(out)


main()
