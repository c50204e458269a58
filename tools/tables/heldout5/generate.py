#!/usr/bin/env python3
"""Builds the sixth held-out table set: producers and layouts the other sets lack, weighted to the public suites
ReportMiner will be measured on (annual-report financial statements, statistical yearbooks, government forms).
Gold is the grid each table was drawn from (truth.json for tools/tables/score.py; a spanning cell counts at its first
row and column; a raised footnote mark is typed after its text, as a reader copies it); a hash of each table's id
splits them dev / test.

Producers and layouts (none used by the other sets):
  annual.pdf     content streams as a desktop-publishing program writes an annual report: Helvetica words placed by
                 TJ arrays with the gaps between words as offsets (no space glyphs), statements with note columns,
                 stacked year / currency headers, indented labels, negatives in parentheses, subtotal rules drawn
                 only under the figure columns, double rules under totals, a statement continued on a second page
                 under a repeated header, changes in equity with headers wrapped over three lines on a landscape page,
                 dotted rules drawn as many short segments, vertical-only rules with a dashed rule (dash pattern)
                 under the header, director names against header cells turned 90 degrees in narrow columns, a table
                 beside a shaded sidebar of prose, raised footnote marks with a notes block below, and a narrative
                 page with a bulleted list (no table)
  yearbook.pdf   Chromium printing Chinese statistical-yearbook tables in Noto CJK: 单位 lines above, year columns,
                 vertical rules between columns and none between rows, 其中 items indented, a table continued as 续表
                 on the next page, header cells set vertically (writing-mode) in narrow columns, dotted row rules,
                 circled footnote marks with a 注 block, and a page of explanatory notes (no table)
  writer.pdf     .docx files exported by LibreOffice Writer: a statement set with right tab stops (no table object),
                 Word tables with dotted borders, dashed horizontal rules only, header cells turned with btLr text
                 direction, superscript footnote marks with notes below, and subtotal rules as bottom borders of the
                 figure cells only
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import html, os, random, re, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import (covered_cells, PAGE_BREAK_XML, Truth, docx_export, docx_table, esc, para, pdf_line, run_xml, width,
                    write_pdf)


def strip(grid):
    return [[t.strip() if t else t for t in row] for row in grid]


def neg(v):
    return f"({-v:,})" if v < 0 else f"{v:,}"


# ---------------------------------------------------------------- annual.pdf (content streams, TJ-spaced words)

def esc_pdf(s):
    s = s.replace("\u2212", "-")
    return s.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Page:
    def __init__(self, w=595, h=842):
        self.w, self.h, self.ops = w, h, []

    def text(self, x, y, s, size=9, font="F1", rise=0):
        """Words as one TJ array, each gap between words an offset of 0.26 em instead of a space glyph."""
        parts = " -260 ".join(f"({esc_pdf(w)})" for w in s.split(" "))
        self.ops.append(f"BT /{font} {size} Tf {rise} Ts 1 0 0 1 {x:.2f} {y:.2f} Tm [{parts}] TJ ET")

    def wid(self, s, size):
        return width(s.replace(" ", ""), size) + 0.26 * size * s.count(" ")

    def right(self, x1, y, s, size=9, font="F1"):
        self.text(x1 - self.wid(s, size), y, s, size, font)

    def centre(self, x0, x1, y, s, size=9, font="F1"):
        self.text((x0 + x1 - self.wid(s, size)) / 2, y, s, size, font)

    def up(self, x, y, s, size=8, font="F1"):
        """Text read bottom to top (turned 90 degrees anticlockwise), starting at (x, y)."""
        self.ops.append(f"BT /{font} {size} Tf 0 1 -1 0 {x:.2f} {y:.2f} Tm ({esc_pdf(s)}) Tj ET")

    def line(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(pdf_line(x0, y0, x1, y1, w))

    def dotted(self, x0, x1, y, step=2.0):
        """A dotted rule as many separate short strokes, as some layout programs export them."""
        x = x0
        while x < x1:
            self.ops.append(f"0.6 w {x:.2f} {y:.2f} m {x + 0.6:.2f} {y:.2f} l S")
            x += step

    def dashed(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"q [3 2] 0 d {pdf_line(x0, y0, x1, y1, w)} Q")

    def fill(self, x, y, w, h, grey):
        self.ops.append(f"q {grey} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q")


def figures(rng, lo, hi, negative=0.0):
    v = rng.randrange(lo, hi)
    return -v if rng.random() < negative else v


def statement(p, grid, top, label_x, note_x, col_right, leading=13, bold_rows=(), sub_rules=(), total_rows=(),
              head_rows=2, size=8.5):
    """A financial statement: label (indented by two spaces), note number centred at note_x, figure columns
    right-aligned at col_right; sub_rules: rows with a rule above their figures only; total_rows: a double rule under."""
    y = top
    for r, row in enumerate(grid):
        font = "F2" if r < head_rows or r in bold_rows else "F1"
        for c, s in enumerate(row):
            if not s: continue
            if c == 0:
                ind = 10 * ((len(s) - len(s.lstrip(" "))) // 2)
                p.text(label_x + ind, y, s.strip(), size, font)
            elif c == 1:
                p.centre(note_x - 12, note_x + 12, y, s, size, font)
            else:
                p.right(col_right[c - 2], y, s, size, font)
        if r in sub_rules:
            for x1 in col_right: p.line(x1 - 46, y + size + 1.5, x1, y + size + 1.5, 0.4)
        if r in total_rows:
            for x1 in col_right:
                p.line(x1 - 46, y - 3, x1, y - 3, 0.4); p.line(x1 - 46, y - 4.6, x1, y - 4.6, 0.4)
        if r == head_rows - 1:
            for x1 in col_right: p.line(x1 - 46, y - 3.5, x1, y - 3.5, 0.4)
        y -= leading
    return y


def income_statement(rng):
    g = [["", "Note", "2025", "2024"], ["", "", "$'000", "$'000"]]
    rows = [("Revenue from contracts with customers", "3", 1), ("Cost of sales", "", -1), ("Gross profit", "", 1),
            ("Other income", "4", 1), ("Distribution expenses", "", -1), ("Administrative expenses", "", -1),
            ("Impairment losses on trade receivables", "12", -1), ("Operating profit", "", 1), ("Finance income", "5", 1),
            ("Finance costs", "5", -1), ("Share of profit of associates", "14", 1), ("Profit before income tax", "", 1),
            ("Income tax expense", "6", -1), ("Profit for the year", "", 1)]
    for label, note, sign in rows:
        g.append([label, note] + [neg(sign * rng.randrange(1000, 900000)) for _ in range(2)])
    g.append(["Profit attributable to:", "", "", ""])
    for label in ["  Owners of the parent", "  Non-controlling interests"]:
        g.append([label, ""] + [neg(rng.randrange(100, 90000)) for _ in range(2)])
    g.append(["", "", neg(rng.randrange(1000, 99000)), neg(rng.randrange(1000, 99000))])
    return g


def balance_rows(rng, sections):
    g = [["", "Note", "2025", "2024"], ["", "", "$m", "$m"]]
    bold, subs, totals = [], [], []
    for head, items, total in sections:
        bold.append(len(g)); g.append([head, "", "", ""])
        for it in items:
            g.append(["  " + it, str(rng.randrange(7, 30)) if rng.random() < 0.6 else ""] +
                     [f"{rng.uniform(1, 900):,.1f}" for _ in range(2)])
        subs.append(len(g)); g.append([total, ""] + [f"{rng.uniform(900, 3000):,.1f}" for _ in range(2)])
    totals.append(len(g) - 1)
    return g, bold, subs, totals


def equity_changes(rng):
    head = ["", "Share capital", "Share premium", "Retained earnings", "Hedging reserve", "Total", "Non-controlling interests", "Total equity"]
    g = [head]
    for label in ["Balance at 1 July 2023", "Profit for the year", "Other comprehensive income", "Dividends paid",
                  "Share-based payments", "Balance at 30 June 2024", "Profit for the year", "Other comprehensive income",
                  "Shares issued", "Dividends paid", "Balance at 30 June 2025"]:
        row = [label]
        for c in range(7):
            r = rng.random()
            row.append("–" if r < 0.25 else neg(figures(rng, 10, 99000, 0.3)))
        g.append(row)
    return g


def annual(out, truth, rng):
    name, pages = "annual.pdf", []
    # 1 income statement: note column, stacked year / currency header, subtotal rules under the figures only
    g = income_statement(rng)
    p = Page()
    p.text(56, 790, "Consolidated income statement", 14, "F2")
    p.text(56, 774, "for the year ended 30 June 2025", 9)
    statement(p, g, 744, 56, 330, [450, 530], sub_rules=(4, 9, 13, 15), total_rows=(15, 19), bold_rows=(4, 9, 13, 15, 16))
    pages.append(p); truth.add(name, len(pages), "statement", strip(g))
    # 2-3 a balance sheet over two pages, the header repeated under a "continued" title
    g1, b1, s1, t1 = balance_rows(rng, [("Current assets", ["Cash and cash equivalents", "Trade and other receivables", "Inventories",
                                                          "Contract assets", "Current tax assets"], "Total current assets"),
                                      ("Non-current assets", ["Property, plant and equipment", "Right-of-use assets", "Intangible assets",
                                                              "Investments in associates", "Deferred tax assets"], "Total non-current assets")])
    g1.append(["Total assets", ""] + [f"{rng.uniform(3000, 6000):,.1f}" for _ in range(2)])
    p = Page()
    p.text(56, 790, "Consolidated statement of financial position", 14, "F2")
    p.text(56, 774, "as at 30 June 2025", 9)
    statement(p, g1, 744, 56, 330, [450, 530], bold_rows=b1 + [len(g1) - 1], sub_rules=s1 + [len(g1) - 1], total_rows=[len(g1) - 1])
    p.text(56, 60, "The accompanying notes form part of these financial statements.", 7.5)
    pages.append(p); truth.add(name, len(pages), "continued", strip(g1))
    g2, b2, s2, t2 = balance_rows(rng, [("Current liabilities", ["Trade and other payables", "Borrowings", "Lease liabilities",
                                                               "Provisions", "Current tax liabilities"], "Total current liabilities"),
                                      ("Equity", ["Contributed equity", "Reserves", "Retained earnings"], "Total equity")])
    p = Page()
    p.text(56, 790, "Consolidated statement of financial position (continued)", 14, "F2")
    p.text(56, 774, "as at 30 June 2025", 9)
    statement(p, g2, 744, 56, 330, [450, 530], bold_rows=b2, sub_rules=s2, total_rows=t2)
    pages.append(p); truth.add(name, len(pages), "continued", strip(g2))
    # 4 changes in equity on a landscape page: headers wrapped over up to three lines, bottom-aligned
    g = equity_changes(rng)
    p = Page(842, 595)
    p.text(40, 550, "Consolidated statement of changes in equity", 14, "F2")
    right = [330 + 70 * k for k in range(7)]
    top = 500
    for c, s in enumerate(g[0][1:]):
        words, lines = s.split(" "), []
        for w in words:
            if lines and p.wid(lines[-1] + " " + w, 8) < 56: lines[-1] += " " + w
            else: lines.append(w)
        for k, ln in enumerate(lines):
            p.right(right[c], top - 10 * (k + 3 - len(lines)) + 20, ln, 8, "F2")
    p.text(40, top, "$'000", 8, "F2")
    for x1 in right: p.line(x1 - 56, top - 4, x1, top - 4, 0.4)
    y = top - 16
    for r, row in enumerate(g[1:], 1):
        font = "F2" if row[0].startswith("Balance") else "F1"
        p.text(40, y, row[0], 8, font)
        for c, s in enumerate(row[1:]): p.right(right[c], y, s, 8, font)
        if row[0].startswith("Balance") and r > 1:
            for x1 in right: p.line(x1 - 56, y + 9.5, x1, y + 9.5, 0.4)
        y -= 13
    gold = [[g[0][0]] + g[0][1:]] + g[1:]
    gold[0][0] = "$'000"
    pages.append(p); truth.add(name, len(pages), "wrapped-head", gold)
    # 5 segment table: a dotted rule (many short strokes) under every row
    g = [["Segment", "Revenue", "EBITDA", "Depreciation", "Segment assets", "Employees"]]
    for s in ["Mining services", "Energy", "Water and waste", "Transport", "Property", "Technology", "Corporate", "Eliminations"]:
        g.append([s] + [neg(figures(rng, 100, 99000, 0.15)) for _ in range(4)] + [f"{rng.randrange(10, 9000):,}"])
    g.append(["Total"] + [neg(rng.randrange(100000, 400000)) for _ in range(4)] + [f"{rng.randrange(9000, 30000):,}"])
    p = Page()
    p.text(56, 790, "Operating segments", 14, "F2")
    p.text(56, 772, "Segment information for the year ended 30 June 2025 ($'000)", 9)
    right = [250, 320, 390, 460, 530]
    y = 744
    for r, row in enumerate(g):
        font = "F2" if r in (0, len(g) - 1) else "F1"
        p.text(56, y, row[0], 8.5, font)
        for c, s in enumerate(row[1:]): p.right(right[c], y, s, 8.5, font)
        p.dotted(56, 530, y - 4.5)
        y -= 16
    pages.append(p); truth.add(name, len(pages), "dotted-rules", g)
    # 6 five-year summary: vertical rules only between columns, a dashed rule under the header
    years = [str(2021 + k) for k in range(5)]
    g = [["Financial summary"] + years]
    for label, fmt in [("Revenue ($m)", lambda: f"{rng.uniform(500, 3000):,.1f}"), ("EBITDA ($m)", lambda: f"{rng.uniform(50, 600):,.1f}"),
                       ("EBITDA margin (%)", lambda: f"{rng.uniform(8, 25):.1f}"), ("Net profit after tax ($m)", lambda: (lambda v: f"({-v:,.1f})" if v < 0 else f"{v:,.1f}")(rng.uniform(-80, 300))),
                       ("Earnings per share (cents)", lambda: f"{rng.uniform(2, 90):.1f}"), ("Dividends per share (cents)", lambda: f"{rng.uniform(1, 60):.1f}"),
                       ("Net debt ($m)", lambda: f"{rng.uniform(100, 1900):,.1f}"), ("Gearing (%)", lambda: f"{rng.uniform(10, 45):.1f}"),
                       ("Return on equity (%)", lambda: f"{rng.uniform(2, 25):.1f}"), ("Employees (FTE)", lambda: f"{rng.randrange(900, 9000):,}")]:
        vals = [fmt() for _ in years]
        g.append([label] + vals)
    p = Page()
    p.text(56, 790, "Five-year summary", 14, "F2")
    right = [300 + 55 * k for k in range(5)]
    top = 750
    for r, row in enumerate(g):
        y = top - 15 * r
        font = "F2" if r == 0 else "F1"
        p.text(60, y, row[0], 8.5, font)
        for c, s in enumerate(row[1:]): p.right(right[c] - 6, y, s, 8.5, font)
    bottom = top - 15 * (len(g) - 1) - 5
    for x in [249] + [r for r in right[:-1]]: p.line(x, top + 11, x, bottom, 0.5)
    p.dashed(56, top - 5, right[-1], top - 5)
    pages.append(p); truth.add(name, len(pages), "vertical-rules", g)
    # 7 attendance: header cells turned 90 degrees in narrow columns
    comm = ["Board", "Audit and Risk", "Remuneration", "Nomination", "Sustainability", "Investment"]
    g = [["Director"] + comm]
    for d in ["A. Chen", "M. Okafor", "S. Lindqvist", "R. Patel", "J. Moreau", "K. Tanaka", "L. Garcia"]:
        g.append([d] + [rng.choice([f"{n}/{n}", f"{n - 1}/{n}", "–"]) for n in (11, 5, 4, 3, 4, 6)])
    p = Page()
    p.text(56, 790, "Directors' meetings", 14, "F2")
    top, base = 700, 625
    xs = [200 + 34 * k for k in range(len(comm))]
    p.text(56, base, "Director", 8.5, "F2")
    for k, s in enumerate(comm): p.up(xs[k] + 20, base, s, 8.5, "F2")
    p.line(56, base - 4, xs[-1] + 30, base - 4, 0.6)
    for r, row in enumerate(g[1:], 1):
        y = base - 15 * r - 2
        p.text(56, y, row[0], 8.5)
        for c, s in enumerate(row[1:]): p.centre(xs[c], xs[c] + 30, y, s, 8.5)
    for x in xs: p.line(x - 2, top, x - 2, base - 15 * (len(g) - 1) - 6, 0.3)
    pages.append(p); truth.add(name, len(pages), "rotated-head", g)
    # 8 a table beside a shaded sidebar of prose
    g = [["Key operating metrics", "FY25", "FY24", "Change (%)"]]
    for m in ["Customers (000)", "Average revenue per user ($)", "Churn (%)", "Network availability (%)", "Stores",
              "Employee engagement (%)", "Lost-time injury frequency", "Scope 1 and 2 emissions (kt)", "Renewable electricity (%)"]:
        a, b = rng.uniform(1, 900), rng.uniform(1, 900)
        g.append([m, f"{a:,.1f}", f"{b:,.1f}", f"{100 * (a - b) / b:.1f}"])
    p = Page()
    p.text(56, 790, "Operating review", 14, "F2")
    top = 752
    for r, row in enumerate(g):
        y = top - 14 * r
        font = "F2" if r == 0 else "F1"
        p.text(56, y, row[0], 8.5, font)
        for c, s in enumerate(row[1:]): p.right([250, 300, 350][c], y, s, 8.5, font)
        if r == 0: p.line(56, y - 4, 350, y - 4, 0.6)
    p.line(56, top - 14 * (len(g) - 1) - 5, 350, top - 14 * (len(g) - 1) - 5, 0.6)
    p.fill(380, 470, 160, 320, 0.9)
    p.text(390, 772, "In brief", 10, "F2")
    prose = ("Customer numbers grew in every region while churn fell for the third year in a row. The network met its "
             "availability target in all quarters and the store estate was reshaped around larger formats. Safety "
             "performance improved and emissions fell as more sites moved onto renewable supply agreements.").split()
    y, k = 756, 0
    while y > 480:
        ln = ""
        while k < 400 and p.wid((ln + " " + prose[k % len(prose)]).strip(), 8.5) < 140:
            ln = (ln + " " + prose[k % len(prose)]).strip(); k += 1
        p.text(390, y, ln, 8.5); y -= 11
    pages.append(p); truth.add(name, len(pages), "sidebar", g)
    # 9 remuneration: raised footnote marks in header and stub cells, a notes block under the table
    g = [["Name", "Salary and fees", "Short-term incentive1", "Superannuation", "Long-term incentive2", "Total"]]
    for n in ["P. Anderson", "C. Nguyen*", "D. Fischer", "H. Suzuki", "E. Rossi*"]:
        v = [rng.randrange(100, 1500) * 1000 for _ in range(4)]
        g.append([n] + [f"{x:,}" for x in v] + [f"{sum(v):,}"])
    p = Page()
    p.text(56, 790, "Remuneration of key management personnel", 14, "F2")
    right = [220, 300, 380, 460, 530]
    top = 752
    p.text(56, top, "Name", 8.5, "F2")
    for c, s in enumerate(g[0][1:]):
        mark = s[-1] if s[-1].isdigit() else ""
        body = s[:-1] if mark else s
        words = body.split(" ")
        lines = [" ".join(words[:2]), " ".join(words[2:])] if len(words) > 2 else [body]
        for k, ln in enumerate(lines):
            yy = top + 10 * (len(lines) - 1 - k)
            if k == len(lines) - 1 and mark:
                p.right(right[c] - 4, yy, ln, 8.5, "F2"); p.text(right[c] - 3.5, yy, mark, 5.5, "F2", rise=3.5)
            else:
                p.right(right[c], yy, ln, 8.5, "F2")
    p.line(56, top - 4, 530, top - 4, 0.6)
    for r, row in enumerate(g[1:], 1):
        y = top - 14 * r - 2
        label = row[0].rstrip("*")
        p.text(56, y, label, 8.5)
        if row[0].endswith("*"): p.text(57 + p.wid(label, 8.5), y, "*", 6, "F1", rise=3)
        for c, s in enumerate(row[1:]): p.right(right[c], y, s, 8.5)
    y = top - 14 * len(g) - 4
    p.line(56, y + 8, 530, y + 8, 0.6)
    for note in ["1 Short-term incentive is paid in cash after the results are audited; 40% is deferred for twelve months.",
                 "2 Long-term incentive is the fair value of rights granted, expensed over the four-year vesting period.",
                 "* Appointed during the year; amounts are for the period from appointment."]:
        p.text(56, y - 6, note, 7); y -= 10
    pages.append(p); truth.add(name, len(pages), "footnotes", g)
    # 10 cash-flow statement: section headings as rows, parentheses, subtotal rules
    g = [["", "Note", "2025", "2024"], ["", "", "$'000", "$'000"]]
    bold, subs = [], []
    for head, items, total in [("Cash flows from operating activities", ["Receipts from customers", "Payments to suppliers and employees",
                                                                         "Interest received", "Interest paid", "Income taxes paid"], "Net cash from operating activities"),
                               ("Cash flows from investing activities", ["Payments for property, plant and equipment", "Proceeds from sale of assets",
                                                                         "Acquisition of subsidiary, net of cash acquired"], "Net cash used in investing activities"),
                               ("Cash flows from financing activities", ["Proceeds from borrowings", "Repayment of borrowings",
                                                                         "Principal elements of lease payments", "Dividends paid"], "Net cash used in financing activities")]:
        bold.append(len(g)); g.append([head, "", "", ""])
        for it in items:
            g.append(["  " + it, str(rng.randrange(20, 34)) if rng.random() < 0.3 else ""] + [neg(figures(rng, 100, 900000, 0.5)) for _ in range(2)])
        subs.append(len(g)); g.append([total, ""] + [neg(figures(rng, 100, 900000, 0.5)) for _ in range(2)])
    p = Page()
    p.text(56, 790, "Consolidated statement of cash flows", 14, "F2")
    statement(p, g, 752, 56, 330, [450, 530], leading=14, bold_rows=bold + subs, sub_rules=subs)
    pages.append(p); truth.add(name, len(pages), "statement", strip(g))
    # 11 a note to the accounts: prose, a small breakdown, more prose, an ageing table
    p = Page()
    p.text(56, 790, "12. Trade and other receivables", 11, "F2")
    prose = ["Trade receivables are amounts due from customers for goods sold or services performed in the ordinary",
             "course of business. They are generally due for settlement within 30 days and are therefore all classified",
             "as current. The group holds the trade receivables with the objective of collecting the contractual cash flows."]
    y = 770
    for ln in prose: p.text(56, y, ln, 9); y -= 12
    a = [["", "2025", "2024"], ["", "$'000", "$'000"]]
    for it in ["Trade receivables", "Loss allowance", "Prepayments", "Other receivables", "Total"]:
        a.append([it] + [neg(figures(rng, 100, 90000, 0.5 if it == "Loss allowance" else 0)) for _ in range(2)])
    y = statement(p, [[r[0], ""] + r[1:] for r in a], y - 14, 56, 300, [450, 530], sub_rules=(6,), total_rows=(6,), bold_rows=(6,))
    truth.add(name, len(pages) + 1, "two-tables", strip([[r[0]] + r[1:] for r in a]))
    y -= 10
    for ln in ["The ageing of trade receivables and the expected loss rate applied to each band at the reporting date",
               "were as follows. Receivables past due by more than 120 days are written off when there is no reasonable",
               "expectation of recovery."]:
        p.text(56, y, ln, 9); y -= 12
    b = [["30 June 2025", "Current", "1-30 days", "31-60 days", "61-120 days", "Over 120 days", "Total"]]
    for it in ["Expected loss rate (%)", "Gross carrying amount", "Loss allowance"]:
        b.append([it] + [f"{rng.uniform(0.1, 40):.1f}" if it.startswith("Expected") else f"{rng.randrange(10, 9000):,}" for _ in range(5)] +
                 ["" if it.startswith("Expected") else f"{rng.randrange(9000, 40000):,}"])
    y -= 14
    right = [260 + 45 * k for k in range(5)] + [530]
    for r, row in enumerate(b):
        font = "F2" if r == 0 else "F1"
        p.text(56, y, row[0], 8.5, font)
        for c, s in enumerate(row[1:]):
            if s: p.right(right[c], y, s, 8.5, font)
        if r == 0: p.line(56, y - 4, 530, y - 4, 0.4)
        y -= 13
    pages.append(p); truth.add(name, len(pages), "two-tables", b)
    # 12 narrative page with a bulleted list and a pull quote: no table
    p = Page()
    p.text(56, 790, "Chair's letter", 16, "F2")
    words = ("This year the group delivered record revenue and a stronger balance sheet while investing in the network "
             "and in our people. The board declared a final dividend of 21.5 cents per share, bringing the full-year "
             "dividend to 40 cents, up 8% on last year.").split()
    for x in (56, 310):
        y, k = 760, (x // 10)
        while y > 420:
            ln = ""
            while p.wid((ln + " " + words[k % len(words)]).strip(), 9) < 225:
                ln = (ln + " " + words[k % len(words)]).strip(); k += 1
            p.text(x, y, ln, 9); y -= 12
    y = 390
    for b in ["Revenue up 12% to $2.4 billion", "Net profit after tax of $312 million", "Final dividend of 21.5 cents per share",
              "Net debt reduced by $140 million", "Employee engagement of 78%"]:
        p.text(64, y, "\u2022", 9); p.text(76, y, b, 9); y -= 14
    p.text(310, 390, "\"We enter the new year with momentum", 12, "F2"); p.text(310, 374, "and a clear plan.\"", 12, "F2")
    pages.append(p); truth.none(name, len(pages))
    fonts = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"]
    write_pdf(os.path.join(out, name), [("\n".join(q.ops).encode("latin-1"), (q.w, q.h), None) for q in pages], fonts)


# ---------------------------------------------------------------- yearbook.pdf (Chromium, Noto CJK)

CSS = """
@page { size: A4; margin: 16mm 15mm; }
body { font-family: "Noto Serif CJK SC", "DejaVu Serif"; font-size: 9.5pt; }
.page { break-after: page; }
.page:last-child { break-after: auto; }
h3 { text-align: center; font-size: 12pt; margin: 6px 0; }
.unit { text-align: right; margin: 2px 0; }
table { border-collapse: collapse; width: 100%; }
td, th { padding: 2px 6px; font-weight: normal; }
td.n { text-align: right; }
.yb { border-top: 1.6px solid #000; border-bottom: 1.6px solid #000; }
.yb th { border-bottom: 0.7px solid #000; }
.yb td + td, .yb th + th, .yb th.v { border-left: 0.7px solid #000; }
.dots td { border-bottom: 1px dotted #000; }
.upright { writing-mode: vertical-rl; text-orientation: upright; height: 7.5em; }
.note { font-size: 8.5pt; margin: 2px 0; }
p.text { text-indent: 2em; line-height: 1.7; margin: 4px 0; }
"""


def yb_table(grid, spans=None, head_rows=1, cls="yb", vertical_cols=()):
    spans = spans or {}
    covered = covered_cells(spans)
    out = [f'<table class="{cls}">']
    for r, row in enumerate(grid):
        cells = []
        for c, t in enumerate(row):
            if (r, c) in covered: continue
            rs, cs = spans.get((r, c), (1, 1))
            attrs = (f' rowspan="{rs}"' if rs > 1 else "") + (f' colspan="{cs}"' if cs > 1 else "")
            text = t or ""
            style = ""
            if c == 0 and text.startswith("  "):
                style, text = ' style="padding-left:2em"', text.strip()
            tag = "th" if r < head_rows else "td"
            cls_ = "n" if r >= head_rows and c > 0 else ""
            if r < head_rows and c > 0: cls_ = "v"
            if r < head_rows and c in vertical_cols:
                text = f'<div class="upright">{html.escape(text)}</div>'
            else:
                text = html.escape(text)
            cells.append(f'<{tag}{attrs}{style}{f" class={chr(34)}{cls_}{chr(34)}" if cls_ else ""}>{text}</{tag}>')
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def wan(rng, lo, hi, dec=0):
    return f"{rng.uniform(lo, hi):.{dec}f}"


COUNTIES = ["城关区", "七里河区", "西固区", "安宁区", "红古区", "永登县", "皋兰县", "榆中县", "新区", "东城区", "南湖区", "北山县",
            "临河县", "清水县", "石门县", "大安县", "长乐县", "平阳县", "凤山县", "白水县", "金川区", "永昌县", "民乐县", "山丹县",
            "高台县", "临泽县", "肃南县", "甘州区", "凉州区", "古浪县", "天祝县", "民勤县", "景泰县", "会宁县", "靖远县", "平川区",
            "白银区", "秦州区", "麦积区", "甘谷县"]


def yearbook(out, work, truth, rng):
    name, pages = "yearbook.pdf", []
    years = [str(2019 + k) for k in range(6)]
    # 1 main indicators over six years, vertical rules between columns only
    g = [["指标"] + years]
    for it in ["地区生产总值", "  第一产业", "  第二产业", "    其中：工业", "  第三产业", "一般公共预算收入", "  其中：税收收入",
               "一般公共预算支出", "社会消费品零售总额", "固定资产投资", "城镇居民人均可支配收入（元）", "农村居民人均可支配收入（元）"]:
        g.append([it] + [wan(rng, 1000, 99999, 1) for _ in years])
    pages.append('<h3>1-1　主要经济指标</h3><div class="unit">单位：亿元</div>' + yb_table(g))
    truth.add(name, len(pages), "year-columns", strip(g))
    # 2 two header levels: 合计 / 城镇 / 农村 under two years
    g = [["地区", "2023年", None, None, "2024年", None, None], [None, "合计", "城镇", "农村", "合计", "城镇", "农村"]]
    sp = {(0, 0): (2, 1), (0, 1): (1, 3), (0, 4): (1, 3)}
    for c in COUNTIES[:12]:
        a, b = rng.randrange(1000, 9000), rng.randrange(1000, 9000)
        g.append([c, str(a + b), str(a), str(b)] + [str(x) for x in (a + b + 120, a + 100, b + 20)])
    pages.append('<h3>2-3　分地区年末常住人口</h3><div class="unit">单位：百人</div>' + yb_table(g, sp, head_rows=2))
    truth.add(name, len(pages), "two-levels", g, sp)
    # 3 spending by function with circled footnote marks and a 注 block
    g = [["项目", "预算数", "决算数", "决算数为预算数%", "比上年增长%"]]
    for it in ["一般公共服务支出", "公共安全支出", "教育支出①", "科学技术支出", "文化旅游体育与传媒支出", "社会保障和就业支出②",
               "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "住房保障支出"]:
        b, a = rng.uniform(1000, 90000), rng.uniform(1000, 90000)
        g.append([it, f"{b:.0f}", f"{a:.0f}", f"{100 * a / b:.1f}", f"{rng.uniform(-20, 30):.1f}"])
    g.append(["合计", f"{rng.uniform(300000, 600000):.0f}", f"{rng.uniform(300000, 600000):.0f}", f"{rng.uniform(80, 120):.1f}", f"{rng.uniform(-5, 15):.1f}"])
    pages.append('<h3>5-2　一般公共预算支出决算</h3><div class="unit">单位：万元</div>' + yb_table(g) +
                 '<p class="note">注：①含教育费附加安排的支出。②含社会保险基金补助支出。</p><p class="note">资料来源：市财政局。</p>')
    truth.add(name, len(pages), "notes-below", g)
    # 4-5 a long table continued as 续表 on the next page under the same header
    g_all = [["县（市、区）", "常住人口（万人）", "地区生产总值（亿元）", "人均生产总值（元）", "城镇化率（%）"]]
    for c in COUNTIES:
        g_all.append([c, wan(rng, 5, 120, 2), wan(rng, 20, 900, 2), f"{rng.randrange(20000, 150000)}", wan(rng, 20, 95, 1)])
    first, rest = g_all[:29], [g_all[0]] + g_all[29:]
    pages.append('<h3>1-5　各县（市、区）主要指标</h3>' + yb_table(first))
    truth.add(name, len(pages), "continued", first)
    pages.append('<h3>续表</h3>' + yb_table(rest))
    truth.add(name, len(pages), "continued", rest)
    # 6 header cells set vertically in narrow columns
    heads = ["企业单位数", "亏损企业", "从业人员", "资产总计", "负债合计", "营业收入", "利润总额", "应交增值税"]
    g = [["行业"] + heads]
    for it in ["采矿业", "制造业", "  农副食品加工业", "  化学原料和化学制品制造业", "  医药制造业", "  非金属矿物制品业",
               "  通用设备制造业", "  电气机械和器材制造业", "电力、热力、燃气及水生产和供应业"]:
        g.append([it] + [str(rng.randrange(5, 900)) for _ in range(2)] + [wan(rng, 10, 9000, 0)] + [wan(rng, 100, 90000, 1) for _ in range(5)])
    pages.append('<h3>6-4　规模以上工业企业主要指标</h3><div class="unit">单位：个、人、万元</div>' +
                 yb_table(g, vertical_cols=range(1, 9)).replace("<table", '<table style="width:auto"', 1))
    truth.add(name, len(pages), "vertical-head", strip(g))
    # 7 dotted rules under every row
    g = [["年份", "出生率（‰）", "死亡率（‰）", "自然增长率（‰）", "年末常住人口（万人）"]]
    for y in range(2010, 2025):
        b, d = rng.uniform(6, 14), rng.uniform(5, 9)
        g.append([str(y), f"{b:.2f}", f"{d:.2f}", f"{b - d:.2f}", wan(rng, 300, 420, 2)])
    pages.append('<h3>2-1　人口自然变动情况</h3>' + yb_table(g, cls="yb dots"))
    truth.add(name, len(pages), "dotted-rules", g)
    # 8 explanatory notes: no table
    paras = ["地区生产总值：指按市场价格计算的一个地区所有常住单位在一定时期内生产活动的最终成果。",
             "一般公共预算收入：指政府凭借国家政治权力，以社会公共管理者身份筹集的以税收为主体的财政收入。",
             "城镇居民人均可支配收入：指城镇居民可用于最终消费支出和储蓄的总和，即居民可用于自由支配的收入。",
             "城镇化率：指城镇常住人口占全部常住人口的比重，2020年起采用第七次全国人口普查结果修订。"]
    pages.append('<h3>主要统计指标解释</h3>' + "".join(f'<p class="text">{k + 1}．{t * 3}</p>' for k, t in enumerate(paras * 2)))
    truth.none(name, len(pages))
    src = os.path.join(work, "yearbook.html")
    body = "".join(f'<div class="page">{p}</div>' for p in pages)
    open(src, "w", encoding="utf-8").write(f'<!doctype html><html><head><meta charset="utf-8"><style>{CSS}</style></head><body>{body}</body></html>')
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={work}/chrome", f"--print-to-pdf={os.path.join(out, name)}", "file://" + src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


# ---------------------------------------------------------------- writer.pdf (.docx exported by Writer)

def tab_statement(grid, tabs, bold_rows=()):
    """Paragraphs laid out with right tab stops (twips from the margin): no table object at all."""
    stops = "".join(f'<w:tab w:val="{v}" w:pos="{pos}"/>' for v, pos in tabs)
    out = []
    for r, row in enumerate(grid):
        label = row[0] or ""
        ind = 280 * ((len(label) - len(label.lstrip(" "))) // 2)
        ppr = f'<w:pPr><w:tabs>{stops}</w:tabs><w:spacing w:before="0" w:after="40"/>' + (f'<w:ind w:left="{ind}"/>' if ind else "") + "</w:pPr>"
        runs = [run_xml(label.strip(), r in bold_rows)] if label.strip() else []
        for s in row[1:]:
            runs.append("<w:r><w:tab/></w:r>")
            if s: runs.append(run_xml(s, r in bold_rows))
        out.append(f"<w:p>{ppr}{''.join(runs)}</w:p>")
    return "".join(out)


def sup_marks(xml):
    """Cell text ending in ^N gets N as a superscript run."""
    return re.sub(r'\^(\w)</w:t></w:r>', r'</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="18"/></w:rPr><w:t>\1</w:t></w:r>', xml)


def writer(out, work, truth, rng):
    name, parts, page = "writer.pdf", [], 0

    def add(layout, caption, xml, grid, spans=None, after=""):
        nonlocal page
        if page: parts.append(PAGE_BREAK_XML)
        page += 1
        parts.append(para(caption, bold=True) + para("") + xml + after)
        truth.add(name, page, layout, strip(grid), spans)

    # 1 a statement set with right tab stops: note, two years
    g = [["", "Note", "2025", "2024"], ["", "", "€'000", "€'000"]]
    bold = [0, 1]
    for head, items in [("Revenue", []), ("Cost of sales", []), ("Gross profit", []), ("Operating expenses", ["Personnel costs", "Depreciation and amortisation", "Other operating expenses"]),
                        ("Operating result", []), ("Net finance costs", []), ("Result before tax", []), ("Income tax", []), ("Result for the year", [])]:
        sign = -1 if head in ("Cost of sales", "Operating expenses", "Net finance costs", "Income tax") else 1
        if items:
            bold.append(len(g)); g.append([head, "", "", ""])
            for it in items:
                g.append(["  " + it, str(rng.randrange(5, 20))] + [neg(-rng.randrange(100, 90000)) for _ in range(2)])
        else:
            if head.startswith("Result") or head.startswith("Gross") or head.startswith("Operating r"): bold.append(len(g))
            g.append([head, str(rng.randrange(3, 20)) if sign < 0 else ""] + [neg(sign * rng.randrange(1000, 900000)) for _ in range(2)])
    add("tab-stops", "Statement of profit or loss", tab_statement(g, [("center", 5200), ("right", 7000), ("right", 8600)], bold), g)
    # 2 dotted borders on every cell
    g = [["Property", "Location", "Tenure", "Lettable area (m²)", "Occupancy (%)", "Valuation (€m)"]]
    for pr in ["Harbour Point", "Kingsway House", "Riverside Park", "The Foundry", "Market Square", "Northgate Centre", "Elm Court"]:
        g.append([pr, rng.choice(["Dublin", "Cork", "Galway", "Limerick"]), rng.choice(["Freehold", "Leasehold"]),
                  f"{rng.randrange(2000, 60000):,}", f"{rng.uniform(70, 100):.1f}", f"{rng.uniform(10, 400):.1f}"])
    full = {"top": 4, "left": 4, "bottom": 4, "right": 4, "insideH": 4, "insideV": 4}
    xml = docx_table(g, [1900, 1300, 1200, 1500, 1300, 1400], table_borders=full, right=True, indent=False).replace('w:val="single"', 'w:val="dotted"')
    add("dotted-rules", "Property portfolio", xml, g)
    # 3 dashed horizontal rules only, no vertical rules
    g = [["Risk", "Likelihood", "Impact", "Trend", "Owner"]]
    for rk in ["Cyber security", "Supply chain disruption", "Regulatory change", "Key person dependency", "Climate transition",
               "Interest rate movements", "Customer concentration", "Data privacy"]:
        g.append([rk, rng.choice(["Low", "Medium", "High"]), rng.choice(["Low", "Medium", "High", "Severe"]),
                  rng.choice(["Stable", "Rising", "Falling"]), rng.choice(["CFO", "CIO", "COO", "General Counsel", "CEO"])])
    xml = docx_table(g, [2800, 1400, 1400, 1300, 1800], table_borders={"top": 8, "bottom": 8, "insideH": 4}, indent=False)
    xml = xml.replace('<w:insideH w:val="single"', '<w:insideH w:val="dashed"')
    add("dashed-rules", "Principal risks", xml, g)
    # 4 header cells with text turned bottom-to-top (btLr) in narrow columns
    g = [["Indicator", "Target", "Q1", "Q2", "Q3", "Q4", "Full year"]]
    for it in ["Complaints resolved in 10 days (%)", "Invoices paid in 30 days (%)", "Staff sickness (days per FTE)",
               "Website availability (%)", "Freedom of information requests answered on time (%)", "Carbon emissions (tCO2e)"]:
        g.append([it] + [f"{rng.uniform(1, 99):.1f}" for _ in range(6)])
    xml = docx_table(g, [3800, 700, 700, 700, 700, 700, 800], table_borders=full, right=True, indent=False)
    first_row_end = xml.index("</w:tr>")
    headrow = xml[:first_row_end]
    cells = headrow.split("<w:tc>")
    cells = cells[:2] + [c.replace("</w:tcPr>", '<w:textDirection w:val="btLr"/></w:tcPr>', 1) for c in cells[2:]]
    headrow = "<w:tc>".join(cells).replace("<w:tr>", '<w:tr><w:trPr><w:trHeight w:val="1300" w:hRule="atLeast"/></w:trPr>', 1)
    add("rotated-head", "Performance scorecard", headrow + xml[first_row_end:], g)
    # 5 superscript footnote marks in cells, notes under the table
    g = [["Grant programme", "Awards", "Amount (€000)", "Average award (€)"]]
    for it in ["Community facilities^1", "Heritage restoration", "Youth sport^2", "Rural broadband", "Arts and culture^1", "Energy upgrades^3"]:
        a, m = rng.randrange(10, 400), rng.randrange(100, 9000)
        g.append([it, str(a), f"{m:,}", f"{m * 1000 // a:,}"])
    xml = sup_marks(docx_table(g, [3400, 1400, 1800, 1900], table_borders={"top": 8, "bottom": 8, "insideH": 2}, right=True, indent=False))
    notes = "".join(para(t) for t in ["1 Includes awards carried over from the previous scheme.", "2 Matched by national governing bodies.",
                                      "3 Pilot programme in three counties."])
    g = [[t.replace("^", "") if t else t for t in row] for row in g]
    add("footnotes", "Grants awarded", xml, g, after=notes)
    # 6 subtotal rules only as bottom borders of the figure cells, indented labels, a note column
    g = [["", "Notes", "2025", "2024"], ["", "", "€'000", "€'000"]]
    subtotal_rows = []
    for head, items, total in [("Non-current assets", ["Investment property", "Property, plant and equipment", "Financial assets"], "Total non-current assets"),
                               ("Current assets", ["Trade receivables", "Other receivables", "Cash at bank"], "Total current assets")]:
        g.append([head, "", "", ""])
        for it in items:
            g.append(["  " + it, str(rng.randrange(8, 25))] + [f"{rng.randrange(100, 90000):,}" for _ in range(2)])
        subtotal_rows.append(len(g) - 1)
        g.append([total, ""] + [f"{rng.randrange(100000, 400000):,}" for _ in range(2)])
    g.append(["Total assets", ""] + [f"{rng.randrange(400000, 900000):,}" for _ in range(2)])
    last = len(g) - 1

    def cell_style(r, c):
        if c >= 2 and (r in subtotal_rows or r == 1): return {"bottom": 4}, None
        if c >= 2 and r == last: return {"bottom": -6}, None
        return None, None
    xml = docx_table(g, [4200, 900, 1500, 1500], cell_style=cell_style, right=True)
    add("statement", "Balance sheet", xml, g)
    docx_export(work, out, "writer", "".join(parts))


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-heldout5")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_5)
    truth = Truth()
    annual(out, truth, rng)
    with tempfile.TemporaryDirectory() as work:
        yearbook(out, work, truth, rng)
        writer(out, work, truth, rng)
    truth.save(out)


main()
