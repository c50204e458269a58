#!/usr/bin/env python3
"""Builds the fifth held-out table set: layouts and producers the other sets lack, weighted to the public suites
ReportMiner will be measured on (scientific-paper tables, statistical abstracts, financial tables, government
forms). Gold is the grid each table was drawn from (truth.json for tools/tables/score.py; a spanning cell counts at
its first row and column; leader dots are decoration, not part of a label); a hash of each table's id splits them
dev / test.

Producers and layouts (none used by the other sets):
  paper.pdf      content streams in Times as LaTeX sets them: booktabs rules with \\cmidrule under multicolumn
                 groups, \\multirow labels centred over the rows they span, decimal-aligned numbers, ± and units in
                 header cells stacked over two lines, bold best values, a table in one column of a two-column page
                 beside running text, a full-width table over two text columns, a chart with gridlines and a
                 two-column text page (no table)
  abstract.pdf   content streams in Helvetica as statistical abstracts and annual reports set them: a list split
                 into two side-by-side halves, columns one space apart, row labels with leader dots, headers marked
                 only by bold type, zebra-shaded rows (filled rectangles the only structure), Courier columns
  forms.pdf      Chinese 绩效自评表 / 绩效目标表 / 监控表 written as .docx and exported by LibreOffice Writer (the
                 stand-in for Word's "Save as PDF"): every cell ruled, level-1 indicator cells merged over many rows
                 (some centred vertically), wrapped indicator names, a block of budget figures above the indicators
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import os, random, re, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import covered_cells, PAGE_BREAK_XML, Truth, docx_export, docx_table, para, pdf_line, width, write_pdf

TIMES = {" ": 250, ",": 250, ".": 250, ":": 278, ";": 278, "(": 333, ")": 333, "-": 333, "%": 833, "/": 278, "'": 333,
         "*": 500, "±": 564, "+": 564, "=": 564, "[": 333, "]": 333,
         "a": 444, "b": 500, "c": 444, "d": 500, "e": 444, "f": 333, "g": 500, "h": 500, "i": 278, "j": 278, "k": 500,
         "l": 278, "m": 778, "n": 500, "o": 500, "p": 500, "q": 500, "r": 333, "s": 389, "t": 278, "u": 500, "v": 500,
         "w": 722, "x": 500, "y": 500, "z": 444, "I": 333, "J": 389, "M": 889, "W": 944, "\u2013": 500, "\u2212": 564}
for d in "0123456789": TIMES[d] = 500


def times_w(s, size):
    return sum(TIMES.get(ch, 667 if ch.isupper() else 500) for ch in s) * size / 1000


def courier_w(s, size):
    return len(s) * 600 * size / 1000


def esc_pdf(s):
    s = s.replace("\u2212", "-")
    return s.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


class Page:
    def __init__(self, w=595, h=842, measure=times_w):
        self.w, self.h, self.ops, self.measure = w, h, [], measure

    def text(self, x, y, s, size=9, font="F1"):
        self.ops.append(f"BT /{font} {size} Tf 1 0 0 1 {x:.2f} {y:.2f} Tm ({esc_pdf(s)}) Tj ET")

    def right(self, x1, y, s, size=9, font="F1"):
        self.text(x1 - self.measure(s, size), y, s, size, font)

    def centre(self, x0, x1, y, s, size=9, font="F1"):
        self.text((x0 + x1 - self.measure(s, size)) / 2, y, s, size, font)

    def decimal(self, x_point, y, s, size=9, font="F1"):
        """Sets s with its decimal point (or its end, for an integer) at x_point, as siunitx's S columns do."""
        head = s.split(".")[0] if "." in s else s.split(" ")[0]
        self.text(x_point - self.measure(head, size), y, s, size, font)

    def line(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(pdf_line(x0, y0, x1, y1, w))

    def fill(self, x, y, w, h, grey):
        self.ops.append(f"q {grey} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f Q")


def strip(grid):
    return [[t.strip() if t else t for t in row] for row in grid]


def draw(p, grid, cols, top, leading=12, size=9, spans=None, font=lambda r, c: "F1", indent=10, multirow_centre=True):
    """cols: per column (align, x0, x1) with align l/r/c/d (d: decimal point at the middle of the box). A cell spanning
    columns is centred over them; one spanning rows is centred between its rows (LaTeX's \\multirow) or set on its
    first row. Returns the baseline of the last row."""
    spans = spans or {}
    covered = covered_cells(spans)
    for r, row in enumerate(grid):
        for c, s in enumerate(row):
            if not s or (r, c) in covered: continue
            rs, cs = spans.get((r, c), (1, 1))
            y = top - leading * (r + ((rs - 1) / 2 if multirow_centre else 0))
            align, x0, _ = cols[c]
            x1 = cols[c + cs - 1][2]
            f = font(r, c)
            ind = indent if s.startswith("  ") else 0
            s = s.strip()
            if cs > 1 or align == "c": p.centre(x0, x1, y, s, size, f)
            elif align == "l": p.text(x0 + ind, y, s, size, f)
            elif align == "r": p.right(x1, y, s, size, f)
            else: p.decimal((x0 + x1) / 2 + 6, y, s, size, f)
    return top - leading * (len(grid) - 1)


# ---------------------------------------------------------------- grids

MODELS = ["BiLSTM-CRF", "CNN-CRF", "Lattice LSTM", "BERT-base", "RoBERTa-large", "SpanBERT", "LUKE", "ACE", "Ours"]
DATASETS = ["CoNLL-03", "OntoNotes", "WNUT-17", "MSRA", "Weibo"]
COUNTRIES = ["Austria", "Belgium", "Bulgaria", "Canada", "Chile", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia",
             "Finland", "France", "Germany", "Greece", "Hungary", "Iceland", "Ireland", "Israel", "Italy", "Japan",
             "Korea", "Latvia", "Lithuania", "Luxembourg", "Malta", "Mexico", "Netherlands", "Norway", "Poland",
             "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "Turkey", "United Kingdom"]
ACCOUNTS = [("Current receipts", ["Personal current taxes", "Taxes on production and imports", "Taxes on corporate income",
                                  "Contributions for social insurance", "Income receipts on assets"]),
            ("Current expenditures", ["Consumption expenditures", "Social benefits to persons", "Interest payments",
                                      "Subsidies"]),
            ("Net saving", [])]


def f(rng, lo, hi, dec=1):
    return f"{rng.uniform(lo, hi):.{dec}f}"


def multirow_results(rng):
    """Type (multirow) | Method | two datasets of P R F1 under multicolumn labels."""
    d1, d2 = rng.sample(DATASETS, 2)
    grid = [["Type", "Method", d1, None, None, d2, None, None],
            [None, None, "P", "R", "F1", "P", "R", "F1"]]
    spans = {(0, 0): (2, 1), (0, 1): (2, 1), (0, 2): (1, 3), (0, 5): (1, 3)}
    groups = [("Supervised", 3), ("Pre-trained", 3), ("Ensemble", 2)]
    models = iter(rng.sample(MODELS[:-1], 8))
    for label, n in groups:
        spans[(len(grid), 0)] = (n, 1)
        for k in range(n):
            grid.append([label if k == 0 else None, next(models)] + [f(rng, 70, 95, 2) for _ in range(6)])
    grid.append(["", "Ours"] + [f(rng, 90, 96, 2) for _ in range(6)])
    return grid, spans


def plus_minus(rng):
    grid = [["Model", "Params (M)", "FLOPs (G)", "Top-1 acc. (%)", "Latency (ms)", "Energy (J)"]]
    for m in ["ResNet-50", "ResNet-101", "ViT-S/16", "ViT-B/16", "ConvNeXt-T", "Swin-T", "DeiT-S", "Ours-S", "Ours-B"]:
        grid.append([m, f(rng, 5, 120), f(rng, 0.5, 30, 2), f"{f(rng, 70, 85)} ± {f(rng, 0.1, 0.6)}",
                     f"{f(rng, 2, 90)} ± {f(rng, 0.2, 4)}", f(rng, 0.1, 9, 2)])
    return grid


def ablation(rng):
    grid = [["Configuration", "BLEU", "chrF", "TER", "Speed (sent/s)"], ["Full model", f(rng, 30, 40), f(rng, 55, 65), f(rng, 40, 55), f(rng, 100, 900, 0)]]
    for it in ["- relative positions", "- shared embeddings", "- label smoothing", "- checkpoint averaging",
               "+ back-translation", "+ larger batch (x4)", "+ deeper decoder (12 layers)"]:
        grid.append(["  " + it, f(rng, 28, 41), f(rng, 53, 66), f(rng, 40, 57), f(rng, 100, 900, 0)])
    return grid


def small_results(rng):
    grid = [["Dataset", "Train", "Dev", "Test", "Classes"]]
    for d in ["SST-2", "MNLI", "QQP", "RTE", "CoLA", "MRPC"]:
        grid.append([d, f"{rng.randrange(2000, 400000):,}", f"{rng.randrange(200, 20000):,}", f"{rng.randrange(200, 20000):,}", str(rng.randrange(2, 4))])
    return grid


def wide_results(rng):
    grid = [["Method", "Backbone", "AP", "AP50", "AP75", "APS", "APM", "APL"]]
    for m in ["Faster R-CNN", "RetinaNet", "FCOS", "DETR", "Deformable DETR", "DINO", "Ours"]:
        grid.append([m, rng.choice(["R-50", "R-101", "Swin-T"])] + [f(rng, 20, 70) for _ in range(6)])
    return grid


def decimal_table(rng):
    grid = [["Variable", "Coefficient", "Std. error", "t-statistic", "p-value"]]
    for v in ["Constant", "Log income", "Age", "Age squared", "Female", "Urban", "Tertiary education", "Unemployed"]:
        c = rng.uniform(-3, 3) * 10 ** rng.randrange(-3, 2)
        grid.append([v, f"{c:.{rng.randrange(2, 5)}f}", f"{abs(c) * rng.uniform(0.1, 0.6):.{rng.randrange(2, 5)}f}",
                     f"{rng.uniform(-6, 9):.2f}", f"{rng.uniform(0, 0.2):.3f}"])
    grid.append(["Observations", f"{rng.randrange(1000, 90000):,}", "", "", ""])
    return grid


def halves(rng, n=24):
    rows = sorted(rng.sample(COUNTRIES, n))
    vals = [(c, f(rng, 1, 40), f(rng, 1, 40)) for c in rows]
    head = ["Country", "2022", "2023"]
    grid = [head + head]
    h = n // 2
    for k in range(h):
        grid.append(list(vals[k]) + list(vals[k + h]))
    return grid


def dense(rng, cols=11):
    grid = [["Age"] + [str(2013 + k) for k in range(cols - 1)]]
    for a in ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54", "55-59", "60-64", "65+"]:
        grid.append([a] + [f"{rng.randrange(10000, 99999):,}" for _ in range(cols - 1)])
    return grid


def leaders(rng):
    y = rng.randrange(2015, 2022)
    grid = [["", str(y), str(y + 1), str(y + 2)]]
    for head, items in ACCOUNTS:
        grid.append([head] + [f"{rng.randrange(1000, 9000):,}.{rng.randrange(10)}" for _ in range(3)])
        for it in items:
            grid.append(["  " + it] + [f"{rng.randrange(10, 3000):,}.{rng.randrange(10)}" for _ in range(3)])
    return grid


def staff(rng):
    grid = [["Name", "Department", "Location", "Grade", "Salary", "Start"]]
    first = ["Anna", "Ben", "Carla", "Deniz", "Elif", "Femi", "Gita", "Hugo", "Ines", "Jon", "Kai", "Lena"]
    last = ["Meyer", "Okafor", "Silva", "Nowak", "Tanaka", "Rossi", "Dubois", "Kowalski", "Haddad", "Berg"]
    depts = ["Finance", "Human resources", "Legal services", "Procurement", "IT operations", "Audit"]
    for _ in range(11):
        grid.append([f"{rng.choice(first)} {rng.choice(last)}", rng.choice(depts), rng.choice(["Berlin", "Lyon", "Porto", "Gdansk", "Turku"]),
                     rng.choice(["A2", "B1", "B3", "C1"]), f"{rng.randrange(30000, 99000):,}", f"{rng.randrange(1, 28):02d}/{rng.randrange(1, 13):02d}/20{rng.randrange(10, 24)}"])
    return grid


def bold_wrapped(rng):
    grid = [["Indicator", "Unit", "Target 2024", "Outturn 2024", "Status"]]
    for it in ["Calls answered within 20 seconds", "Cases closed on first contact", "Complaints escalated",
               "Customer satisfaction score", "Average handling time", "Staff turnover", "Training hours per agent"]:
        grid.append([it, rng.choice(["%", "count", "minutes", "score"]), f(rng, 10, 95), f(rng, 10, 99), rng.choice(["Met", "Not met", "Partly met"])])
    return grid


def zebra_grid(rng):
    grid = [["Region", "Households", "Persons", "Avg. size", "Median income", "Poverty rate (%)"]]
    for r in ["North East", "North West", "Yorkshire", "East Midlands", "West Midlands", "East", "London", "South East",
              "South West", "Wales", "Scotland", "Northern Ireland"]:
        h = rng.randrange(500, 4000)
        grid.append([r, f"{h:,}", f"{int(h * rng.uniform(2.1, 2.6)):,}", f(rng, 2.1, 2.6, 2), f"{rng.randrange(24000, 41000):,}", f(rng, 10, 25)])
    return grid


def zebra_groups(rng):
    grid = [["Sector", "Enterprises", "Employees", "Turnover (EUR m)"]]
    for head, items in [("Manufacturing", ["Food products", "Chemicals", "Machinery"]), ("Services", ["Retail trade", "Transport", "Accommodation", "Information"]),
                        ("Construction", ["Buildings", "Civil engineering"])]:
        grid.append([head, "", "", ""])
        for it in items:
            grid.append(["  " + it, f"{rng.randrange(100, 90000):,}", f"{rng.randrange(1000, 900000):,}", f"{rng.randrange(10, 90000):,}"])
    return grid


def courier_grid(rng):
    grid = [["CODE", "DESCRIPTION", "QTY", "UNIT", "AMOUNT"]]
    for d in ["OFFICE PAPER A4", "TONER CARTRIDGE", "DESK LAMP", "MONITOR 27IN", "KEYBOARD", "CABLES SET", "CHAIR", "WHITEBOARD"]:
        q = rng.randrange(1, 99)
        u = rng.uniform(2, 400)
        grid.append([f"{rng.randrange(1000, 9999)}", d, str(q), f"{u:.2f}", f"{q * u:,.2f}"])
    return grid


# ---------------------------------------------------------------- paper.pdf (Times, LaTeX-like)

def booktabs(p, x0, x1, top, head_bottom, bottom):
    p.line(x0, top, x1, top, 0.8)
    p.line(x0, head_bottom, x1, head_bottom, 0.5)
    p.line(x0, bottom, x1, bottom, 0.8)


def paper(out, truth, rng):
    name, pages = "paper.pdf", []
    times = lambda r, c: "F1"
    # 1 multirow + multicolumn with cmidrules, bold best row
    g, sp = multirow_results(rng)
    p = Page()
    p.centre(72, 523, 760, "Table 1: Named entity recognition results (precision, recall and F1, %).", 10)
    cols = [("l", 80, 150), ("l", 155, 245)] + [("d", 250 + 45 * k, 290 + 45 * k) for k in range(6)]
    top = 730
    booktabs(p, 76, 525, top + 12, top - 16, top - 12 * (len(g) - 1) - 5)
    for a, b in ((2, 4), (5, 7)): p.line(cols[a][1] + 3, top - 3.5, cols[b][2] - 3, top - 3.5, 0.4)
    for r in (5, 8, 10): p.line(76, top - 12 * (r - 1) - 4, 525, top - 12 * (r - 1) - 4, 0.4)
    draw(p, g, cols, top, spans=sp, font=lambda r, c: "F2" if r == len(g) - 1 and c > 1 else "F1")
    pages.append(p); truth.add(name, len(pages), "multirow", g, sp)
    # 2 ± values, units stacked in header cells over two lines, centred columns
    g = plus_minus(rng)
    p = Page()
    p.centre(72, 523, 770, "Table 2: Accuracy and cost on the validation set (mean ± std over 5 runs).", 10)
    cols = [("l", 80, 160), ("c", 160, 220), ("c", 220, 280), ("c", 280, 370), ("c", 370, 450), ("c", 450, 515)]
    top = 740
    p.line(76, top + 12, 520, top + 12, 0.8)
    for c, s in enumerate(g[0]):
        if "(" in s and c > 0:
            a, b = s.split(" (")
            p.centre(cols[c][1], cols[c][2], top, a, 9)
            p.centre(cols[c][1], cols[c][2], top - 11, "(" + b, 9)
        else:
            p.text(cols[c][1], top - 11, s, 9) if c == 0 else p.centre(cols[c][1], cols[c][2], top - 11, s, 9)
    p.line(76, top - 15, 520, top - 15, 0.5)
    y = draw(p, g[1:], cols, top - 27, font=lambda r, c: "F2" if r >= 7 and c == 3 else "F1")
    p.line(76, top - 27 - 12 * 6.5, 520, top - 27 - 12 * 6.5, 0.4)
    p.line(76, y - 5, 520, y - 5, 0.8)
    pages.append(p); truth.add(name, len(pages), "plus-minus", g)
    # 3 a two-column page: a full-width table over both columns, then a small table in the left column beside text
    p = Page()
    g = wide_results(rng)
    p.centre(56, 539, 790, "Table 3: Object detection on COCO test-dev.", 9)
    cols = [("l", 60, 170), ("l", 170, 230)] + [("c", 230 + 50 * k, 280 + 50 * k) for k in range(6)]
    top = 768
    booktabs(p, 56, 535, top + 10, top - 3.2, top - 11 * (len(g) - 1) - 4)
    draw(p, g, cols, top, leading=11, size=8.5)
    pages.append(p); truth.add(name, len(pages), "full-width", g)
    words = ("We evaluate all models on the same splits and report the mean over five seeds. Pre-training on the "
             "larger corpus helps most on the low-resource sets, while the gain on the largest set is within one "
             "standard deviation. Training takes 14 hours on 8 GPUs with a batch of 256 sentences.").split()
    lines = [" ".join(words[(k * 7) % len(words):][:9]) for k in range(60)]
    y = 660
    for k in range(46):  # right column: running text beside the small table
        p.text(310, y, lines[k], 9); y -= 11
    y = 660
    for k in range(12):
        p.text(56, y, lines[k + 20], 9); y -= 11
    g = small_results(rng)
    p.centre(56, 285, y - 6, "Table 4: Dataset statistics.", 9)
    tcols = [("l", 60, 110), ("r", 110, 160), ("r", 160, 200), ("r", 200, 240), ("r", 240, 283)]
    top = y - 26
    booktabs(p, 56, 285, top + 10, top - 3.2, top - 11 * (len(g) - 1) - 4)
    yb = draw(p, g, tcols, top, leading=11, size=8.5)
    truth.add(name, len(pages), "beside-text", g)
    y = yb - 24
    for k in range(14):
        p.text(56, y, lines[k + 34], 9); y -= 11
    # 4 ablation with +/- rows indented
    g = ablation(rng)
    p = Page()
    p.centre(72, 523, 770, "Table 5: Ablation study on the development set.", 10)
    cols = [("l", 100, 270), ("d", 270, 320), ("d", 320, 370), ("d", 370, 420), ("r", 420, 490)]
    top = 740
    booktabs(p, 96, 495, top + 12, top - 4, top - 12 * (len(g) - 1) - 4)
    p.line(96, top - 16, 495, top - 16, 0.4)
    draw(p, g, cols, top)
    pages.append(p); truth.add(name, len(pages), "ablation", strip(g))
    # 5 regression table: decimal-aligned coefficients of varying precision, a note row
    g = decimal_table(rng)
    p = Page()
    p.centre(72, 523, 770, "Table 6: Determinants of the log wage (OLS).", 10)
    cols = [("l", 100, 220), ("d", 220, 290), ("d", 290, 360), ("d", 360, 430), ("d", 430, 490)]
    top = 740
    booktabs(p, 96, 495, top + 12, top - 4, top - 12 * (len(g) - 1) - 4)
    p.line(96, top - 12 * (len(g) - 2) + 8, 495, top - 12 * (len(g) - 2) + 8, 0.4)
    draw(p, g, cols, top)
    p.text(96, top - 12 * len(g) - 6, "Notes: robust standard errors. Sample of employed persons aged 25-64.", 8, "F3")
    pages.append(p); truth.add(name, len(pages), "decimal", g)
    # 6 hyper-parameters: key / value pairs under section rows that span both columns
    g = [["Hyper-parameter", "Value"], ["Encoder", None]] + [["  " + k, v] for k, v in
         [("Layers", "12"), ("Hidden size", "768"), ("Attention heads", "12"), ("Dropout", "0.1")]] + [["Optimisation", None]] + \
        [["  " + k, v] for k, v in [("Optimiser", "AdamW"), ("Learning rate", "2e-5"), ("Batch size", "32"), ("Warm-up steps", f"{rng.randrange(5, 20) * 100:,}"), ("Epochs", "3")]]
    sp = {(1, 0): (1, 2), (6, 0): (1, 2)}
    p = Page()
    p.centre(72, 523, 770, "Table 7: Hyper-parameters used for fine-tuning.", 10)
    cols = [("l", 200, 320), ("r", 320, 390)]
    top = 740
    booktabs(p, 196, 395, top + 12, top - 4, top - 12 * (len(g) - 1) - 4)
    for r in (1, 6):
        p.text(200, top - 12 * r, g[r][0], 9, "F3")
        p.line(196, top - 12 * r - 3.5, 395, top - 12 * r - 3.5, 0.3)
    draw(p, [row if r not in (1, 6) else ["", ""] for r, row in enumerate(g)], cols, top)
    pages.append(p); truth.add(name, len(pages), "sections", strip(g), sp)
    # 7 a chart with gridlines: no table
    p = Page()
    p.centre(72, 523, 780, "Figure 2: F1 by training-set size.", 10)
    x0, y0 = 110, 520
    for k in range(6):
        yy = y0 + 40 * k
        p.line(x0, yy, 480, yy, 0.3)
        p.right(x0 - 6, yy - 3, str(20 * k), 8)
    p.line(x0, y0, x0, y0 + 200, 0.6)
    for k, lab in enumerate(["1k", "2k", "5k", "10k", "20k", "50k"]):
        for s, grey in ((0, 0.3), (1, 0.7)):
            h = rng.uniform(40, 190)
            p.fill(x0 + 20 + 60 * k + 18 * s, y0, 16, h, grey)
        p.centre(x0 + 20 + 60 * k, x0 + 54 + 60 * k, y0 - 14, lab, 8)
    p.centre(x0, 480, y0 - 30, "Training sentences", 9)
    p.fill(380, 730, 8, 8, 0.3); p.text(392, 731, "BERT-base", 8)
    p.fill(380, 716, 8, 8, 0.7); p.text(392, 717, "Ours", 8)
    pages.append(p); truth.none(name, len(pages))
    # 7 two columns of text with figures: no table
    p = Page()
    for x in (56, 310):
        y = 780
        for k in range(58):
            p.text(x, y, lines[(k + (x // 100)) % len(lines)], 9); y -= 11.5
    pages.append(p); truth.none(name, len(pages))
    fonts = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Italic /Encoding /WinAnsiEncoding >>"]
    write_pdf(os.path.join(out, name), [("\n".join(q.ops).encode("latin-1"), (q.w, q.h), None) for q in pages], fonts)


# ---------------------------------------------------------------- abstract.pdf (Helvetica, statistical abstracts)

def abstract(out, truth, rng):
    name, pages = "abstract.pdf", []
    helv = width
    # 1 a list split into two halves side by side, a vertical rule between
    g = halves(rng)
    p = Page(measure=helv)
    p.text(56, 790, "Table 1. Renewable share of final energy use (%)", 10, "F2")
    cols = [("l", 60, 150), ("r", 150, 200), ("r", 200, 250), ("l", 300, 390), ("r", 390, 440), ("r", 440, 490)]
    top = 766
    p.line(56, top + 12, 494, top + 12, 0.6); p.line(56, top - 4, 494, top - 4, 0.4)
    y = draw(p, g, cols, top, font=lambda r, c: "F2" if r == 0 else "F1")
    p.line(56, y - 4, 494, y - 4, 0.6); p.line(275, top + 12, 275, y - 4, 0.4)
    pages.append(p); truth.add(name, len(pages), "halves", g)
    # 2 a second split list without any rule: the halves apart by a wide gap only
    g = halves(rng, 28)
    p = Page(measure=helv)
    p.text(56, 790, "Table 2. Hospital beds per 100 000 inhabitants", 10, "F2")
    cols = [("l", 56, 146), ("r", 146, 190), ("r", 190, 234), ("l", 300, 390), ("r", 390, 434), ("r", 434, 478)]
    draw(p, g, cols, 766, font=lambda r, c: "F2" if r == 0 else "F1")
    pages.append(p); truth.add(name, len(pages), "halves", g)
    # 3 columns one space apart: widest numbers nearly touch
    g = dense(rng)
    p = Page(measure=helv)
    p.text(40, 790, "Table 3. Resident population by age group, 1 January", 10, "F2")
    size = 7.5
    cw = width("99,999", size) + width(" ", size)
    cols = [("l", 40, 80)] + [("r", 80 + cw * k, 80 + cw * (k + 1)) for k in range(10)]
    top = 768
    p.line(40, top + 10, cols[-1][2], top + 10, 0.5); p.line(40, top - 3, cols[-1][2], top - 3, 0.5)
    y = draw(p, g, cols, top, leading=10, size=size)
    p.line(40, y - 3, cols[-1][2], y - 3, 0.5)
    pages.append(p); truth.add(name, len(pages), "narrow-gaps", g)
    # 4 row labels with leader dots up to the first column
    g = leaders(rng)
    p = Page(measure=helv)
    p.text(56, 790, "Table 4. Government current receipts and expenditures (billions of dollars)", 10, "F2")
    cols = [("l", 56, 300), ("r", 300, 380), ("r", 380, 450), ("r", 450, 520)]
    top = 760
    for c in range(1, 4): p.right(cols[c][2], top, g[0][c], 9, "F2")
    p.line(56, top - 4, 520, top - 4, 0.5)
    for r, row in enumerate(g[1:], 1):
        y = top - 14 * r
        ind = 12 if row[0].startswith("  ") else 0
        label = row[0].strip()
        x = 56 + ind + width(label, 9)
        dots = " ." * int((318 - x) / width(" .", 9))
        p.text(56 + ind, y, label + dots, 9)
        for c in range(1, 4): p.right(cols[c][2], y, row[c], 9)
    pages.append(p); truth.add(name, len(pages), "leader-dots", strip(g))
    # 5 leader dots drawn as a separate run of periods (no space), two levels, one column of figures
    g = [["Item", "Amount"]] + [[it, f"{rng.randrange(100, 99999):,}"] for it in
                                 ["Salaries and wages", "Pension contributions", "Rent and rates", "Energy", "Travel",
                                  "Consultancy", "Depreciation", "Interest", "Other operating costs"]]
    p = Page(measure=helv)
    p.text(56, 790, "Schedule of operating expenses", 10, "F2")
    p.text(56, 766, "Item", 9, "F2"); p.right(400, 766, "Amount", 9, "F2")
    for r, (label, amount) in enumerate(g[1:], 1):
        y = 766 - 15 * r
        p.text(56, y, label, 9)
        x = 56 + width(label, 9) + 3
        p.text(x, y, "." * int((350 - x) / width(".", 9)), 9)
        p.right(400, y, amount, 9)
    pages.append(p); truth.add(name, len(pages), "leader-dots", g)
    # 6 header set only in bold, no rules at all, left-aligned text columns
    g = staff(rng)
    p = Page(measure=helv)
    p.text(56, 790, "Staff list at 31 December", 11, "F2")
    cols = [("l", 56, 150), ("l", 150, 260), ("l", 260, 320), ("l", 320, 360), ("r", 360, 420), ("r", 420, 480)]
    draw(p, g, cols, 760, leading=13, font=lambda r, c: "F2" if r == 0 else "F1")
    pages.append(p); truth.add(name, len(pages), "bold-header", g)
    # 7 a bold header wrapped over two lines, no rules
    g = bold_wrapped(rng)
    p = Page(measure=helv)
    p.text(56, 790, "Service performance indicators", 11, "F2")
    cols = [("l", 56, 240), ("l", 240, 300), ("r", 300, 370), ("r", 370, 440), ("l", 460, 540)]
    top = 762
    for c, s in enumerate(g[0]):
        parts = s.split(" ") if c in (2, 3) else [s]
        for k, part in enumerate(parts):
            yy = top - 11 * (k + 2 - len(parts))
            p.right(cols[c][2], yy, part, 9, "F2") if cols[c][0] == "r" else p.text(cols[c][1], yy, part, 9, "F2")
    draw(p, g[1:], cols, top - 26, leading=13)
    pages.append(p); truth.add(name, len(pages), "bold-header", g)
    # 8 zebra-shaded rows, a darker header band, no rules
    g = zebra_grid(rng)
    p = Page(measure=helv)
    p.text(56, 790, "Households and income by region", 11, "F2")
    cols = [("l", 60, 170), ("r", 170, 240), ("r", 240, 310), ("r", 310, 370), ("r", 370, 450), ("r", 450, 530)]
    top = 760
    for r in range(len(g)):
        if r == 0 or r % 2 == 0: p.fill(56, top - 14 * r - 4, 478, 14, 0.75 if r == 0 else 0.92)
    draw(p, g, cols, top, leading=14, font=lambda r, c: "F2" if r == 0 else "F1")
    pages.append(p); truth.add(name, len(pages), "zebra", g)
    # 9 zebra bands with group headings in the stub
    g = zebra_groups(rng)
    p = Page(measure=helv)
    p.text(56, 790, "Enterprises by sector", 11, "F2")
    cols = [("l", 60, 250), ("r", 250, 330), ("r", 330, 410), ("r", 410, 500)]
    top = 760
    for r in range(len(g)):
        if r % 2 == 1: p.fill(56, top - 15 * r - 4.5, 448, 15, 0.9)
    draw(p, g, cols, top, leading=15, font=lambda r, c: "F2" if r == 0 or not g[r][1] else "F1")
    pages.append(p); truth.add(name, len(pages), "zebra", strip(g))
    # 10 group labels over year columns, no rules, amounts right-aligned under them
    y0 = rng.randrange(2015, 2022)
    g = [["Partner", "Exports", None, "Imports", None, "Balance", None], [None, str(y0), str(y0 + 1)] * 1 + [str(y0), str(y0 + 1), str(y0), str(y0 + 1)]]
    g[1] = [None, str(y0), str(y0 + 1), str(y0), str(y0 + 1), str(y0), str(y0 + 1)]
    for c in rng.sample(COUNTRIES, 10):
        e, i = [rng.randrange(500, 90000) for _ in range(2)], [rng.randrange(500, 90000) for _ in range(2)]
        g.append([c] + [f"{v:,}" for v in e + i] + [f"{e[k] - i[k]:,}" for k in range(2)])
    sp = {(0, 0): (2, 1), (0, 1): (1, 2), (0, 3): (1, 2), (0, 5): (1, 2)}
    p = Page(measure=helv)
    p.text(56, 790, "Table 5. Trade in goods by partner (EUR million)", 10, "F2")
    cols = [("l", 56, 170)] + [("r", 170 + 58 * k, 228 + 58 * k) for k in range(6)]
    draw(p, g, cols, 766, leading=13, spans=sp, multirow_centre=False, font=lambda r, c: "F2" if r < 2 else "F1")
    pages.append(p); truth.add(name, len(pages), "grouped-years", g, sp)
    # 11 estimates with margins of error (+/-), as census tables print them
    g = [["Characteristic", "Estimate", "Margin of error", "Percent", "Percent margin of error"]]
    for it in ["Total households", "  Family households", "    Married-couple family", "    Other family", "  Nonfamily households",
               "    Householder living alone", "Average household size", "Average family size"]:
        e = rng.randrange(1000, 900000)
        g.append([it, f"{e:,}", f"+/-{rng.randrange(50, 9000):,}", f"{rng.uniform(1, 99):.1f}%", f"+/-{rng.uniform(0.1, 3):.1f}"])
    p = Page(measure=helv)
    p.text(56, 790, "Households and families", 10, "F2")
    cols = [("l", 56, 200), ("r", 200, 260), ("r", 260, 340), ("r", 340, 390), ("r", 390, 530)]
    p.line(56, 778, 530, 778, 0.5)
    y = draw(p, g, cols, 766, leading=13, indent=10, font=lambda r, c: "F2" if r == 0 else "F1")
    p.line(56, 762, 530, 762, 0.3); p.line(56, y - 4, 530, y - 4, 0.5)
    pages.append(p); truth.add(name, len(pages), "plus-minus", strip(g))
    # 12 Courier columns one character apart (a printout)
    g = courier_grid(rng)
    p = Page(measure=courier_w)
    p.text(56, 790, "PURCHASE ORDER LINES", 10, "F3")
    cw = courier_w("X", 9)
    cols = [("l", 56, 56 + 5 * cw), ("l", 56 + 5 * cw, 56 + 21 * cw), ("r", 56 + 21 * cw, 56 + 24 * cw),
            ("r", 56 + 24 * cw, 56 + 31 * cw), ("r", 56 + 31 * cw, 56 + 41 * cw)]
    draw(p, g, cols, 766, leading=11, font=lambda r, c: "F3")
    pages.append(p); truth.add(name, len(pages), "narrow-gaps", g)
    fonts = [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
             b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>"]
    write_pdf(os.path.join(out, name), [("\n".join(q.ops).encode("latin-1"), (q.w, q.h), None) for q in pages], fonts)


# ---------------------------------------------------------------- forms.pdf (Chinese forms, Word exported by Writer)

INDICATORS = [
    ("产出指标", [("数量指标", ["热线受理话务总量", "工单派发数量（含转办、督办工单）", "知识库条目更新数量"]),
                 ("质量指标", ["诉求办结率", "工单按时办结率（按规定时限内办结的工单占比）"]),
                 ("时效指标", ["来电平均等待时长"]),
                 ("成本指标", ["单件工单处理成本"])]),
    ("效益指标", [("社会效益指标", ["市民诉求解决率较上年提升", "热点问题专报报送及时率"]),
                 ("可持续影响指标", ["热线服务长效机制建立健全情况"])]),
    ("满意度指标", [("服务对象满意度指标", ["来电市民满意度"])]),
]


def indicator_rows(rng, cols, first_col=None):
    """Rows of 一级 | 二级 | 三级 | 指标值 | 完成值 | 分值 | 得分 | 偏差原因 with the level cells merged down."""
    rows, spans = [], {}
    for lvl1, seconds in INDICATORS:
        r1 = len(rows)
        for lvl2, thirds in seconds:
            r2 = len(rows)
            for name in thirds:
                target = rng.choice([f"≥{rng.randrange(85, 99)}%", f"{rng.randrange(100, 999)}万件", "≤30秒", "健全", f"≤{rng.randrange(20, 80)}元"])
                row = [None, None, name, target, target if rng.random() < 0.6 else "基本完成", str(rng.randrange(5, 15)),
                       str(rng.randrange(4, 15)), "" if rng.random() < 0.6 else "受疫情影响略有延迟"]
                rows.append(row)
            rows[r2][1] = lvl2
            if len(thirds) > 1: spans[(r2, 1)] = (len(thirds), 1)
        rows[r1][0] = lvl1
        n = len(rows) - r1
        if n > 1: spans[(r1, 0)] = (n, 1)
    if first_col is not None:
        rows = [[None] + r for r in rows]
        spans = {(r, c + 1): v for (r, c), v in spans.items()}
        rows[0][0] = first_col
        spans[(0, 0)] = (len(rows), 1)
    return rows, spans


def shift(spans, dr):
    return {(r + dr, c): v for (r, c), v in spans.items()}


def centred_merges(xml):
    """Word's 绩效 forms centre merged level cells vertically."""
    return re.sub(r'(<w:vMerge w:val="restart"/>)', r'\1<w:vAlign w:val="center"/>', xml)


def forms(out, work, truth, rng):
    name, parts, page = "forms.pdf", [], 0
    full = {"top": 4, "left": 4, "bottom": 4, "right": 4, "insideH": 4, "insideV": 4}

    def add(layout, caption, xml, grid, spans):
        nonlocal page
        if page: parts.append(PAGE_BREAK_XML)
        page += 1
        parts.append(para(caption, jc="center", bold=True) + para("（2024年度）", jc="center") + xml + para("填表人：张三　　联系电话：12345678　　填报日期：2025年3月10日"))
        truth.add(name, page, layout, [[t.strip() if t else t for t in row] for row in grid], spans)

    # 1 项目支出绩效自评表: header block, budget block, goals, indicators (level cells merged, top-aligned)
    money = lambda: f"{rng.uniform(50, 900):.2f}"
    head = [["项目名称", "12345热线运营服务项目", None, None, None, None, None, None, None],
            ["主管部门", "市政务服务管理局", None, None, None, "实施单位", "市民热线服务中心", None, None],
            ["项目资金（万元）", "", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
            [None, "年度资金总额", None, money(), money(), money(), "10", f"{rng.uniform(85, 100):.2f}%", f"{rng.uniform(8, 10):.1f}"],
            [None, "其中：当年财政拨款", None, money(), money(), money(), "—", "—", "—"],
            [None, "上年结转资金", None, "0.00", "0.00", "0.00", "—", "—", "—"],
            [None, "其他资金", None, "0.00", "0.00", "0.00", "—", "—", "—"],
            ["年度总体目标", "预期目标", None, None, None, "实际完成情况", None, None, None],
            [None, "全年受理市民来电不少于300万件，工单按时办结率不低于95%，市民满意度不低于90%。", None, None, None,
             "全年受理市民来电312万件，工单按时办结率96.8%，市民满意度92.4%。", None, None, None]]
    hs = {(0, 1): (1, 8), (1, 1): (1, 4), (1, 6): (1, 3), (2, 0): (5, 1), (2, 1): (1, 2), (3, 1): (1, 2), (4, 1): (1, 2),
          (5, 1): (1, 2), (6, 1): (1, 2), (7, 0): (2, 1), (7, 1): (1, 4), (7, 5): (1, 4), (8, 1): (1, 4), (8, 5): (1, 4)}
    ind_head = [["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]]
    rows, sp = indicator_rows(rng, 8)
    rows = [[None] + r for r in rows]
    sp = {(r, c + 1): v for (r, c), v in sp.items()}
    g = head + ind_head + rows + [["总分", None, None, None, None, None, "100", f"{rng.uniform(85, 99):.1f}", ""]]
    spans = dict(hs)
    spans[(9, 0)] = (1 + len(rows), 1)
    spans.update(shift(sp, 10))
    spans[(len(g) - 1, 0)] = (1, 6)
    widths = [900, 900, 1100, 1900, 1000, 1000, 600, 600, 1600]
    add("self-eval", "项目支出绩效自评表", docx_table(g, widths, table_borders=full, spans=spans, indent=False), g, spans)
    # 2 绩效目标表 with centred merged level cells and wrapped names
    rows, sp = indicator_rows(rng, 8)
    g = [["一级指标", "二级指标", "三级指标", "指标值", "完成值", "分值", "得分", "备注"]] + [r[:7] + [r[7]] for r in rows]
    sp = shift(sp, 1)
    add("target", "部门项目绩效目标表", centred_merges(docx_table(g, [1100, 1300, 2400, 1100, 1100, 600, 600, 1500], table_borders=full, spans=sp, indent=False)), g, sp)
    # 3 监控表: 一级 over many rows, budget columns, every cell ruled, landscape-wide
    rows, sp = indicator_rows(rng, 8)
    g = [["一级指标", "二级指标", "三级指标", "年度指标值", "1-6月执行情况", "全年预计完成情况", "偏差原因", "完成目标可能性"]]
    for r in rows:
        g.append(r[:4] + [r[4], r[3] if rng.random() < 0.7 else "基本完成", r[7], rng.choice(["确定能", "有可能", "完全不可能"])])
    sp = shift(sp, 1)
    add("monitor", "项目绩效运行监控表", centred_merges(docx_table(g, [1100, 1300, 2400, 1000, 1100, 1200, 1500, 1000], table_borders=full, spans=sp, indent=False)), g, sp)
    # 4 部门整体支出绩效自评表: level cells merged down, top-aligned, long indicator names wrapped in narrow cells
    g = [["一级指标", "二级指标", "三级指标", "指标解释", "分值", "得分"]]
    sp = {}
    blocks = [("投入", [("预算配置", ["财政供养人员控制率", "“三公经费”变动率"]), ("预算执行", ["预算执行率", "预算调整率", "结转结余率", "政府采购执行率"])]),
              ("过程", [("预算管理", ["管理制度健全性", "资金使用合规性", "预决算信息公开性"]), ("资产管理", ["资产管理安全性", "固定资产利用率"])]),
              ("产出", [("职责履行", ["实际完成率", "质量达标率", "完成及时性", "重点工作办结率"])]),
              ("效果", [("履职效益", ["社会效益", "可持续影响"]), ("满意度", ["服务对象满意度"])])]
    explain = ["部门本年度实际在职人员数与编制数的比率，用以反映和考核部门对人员成本的控制程度。",
               "部门本年度预算执行数与预算数的比率，用以反映和考核部门预算执行情况。",
               "部门是否按照规定公开预决算信息，用以反映和考核部门预决算管理的公开透明情况。",
               "部门本年度实际完成工作数与计划工作数的比率。"]
    for lvl1, seconds in blocks:
        r1 = len(g)
        for lvl2, thirds in seconds:
            r2 = len(g)
            for t in thirds:
                g.append([None, None, t, rng.choice(explain), str(rng.randrange(2, 10)), f"{rng.uniform(1, 9):.1f}"])
            g[r2][1] = lvl2
            if len(thirds) > 1: sp[(r2, 1)] = (len(thirds), 1)
        g[r1][0] = lvl1
        sp[(r1, 0)] = (len(g) - r1, 1)
    add("self-eval", "部门整体支出绩效自评表", docx_table(g, [700, 1100, 1500, 4200, 600, 600], table_borders=full, spans=sp, indent=False), g, sp)
    # 5 a short 绩效目标申报表 header block: label / value pairs, values merged across columns
    g = [["项目名称", "政务服务“好差评”系统运维", None, None],
         ["主管部门及代码", "[101]市政务服务管理局", "实施单位", "市政务服务中心"],
         ["项目属性", "延续项目", "项目期", "1年"],
         ["项目资金（万元）", "年度资金总额", f"{rng.uniform(100, 500):.2f}", None],
         [None, "其中：财政拨款", f"{rng.uniform(100, 500):.2f}", None],
         [None, "其他资金", "0.00", None],
         ["年度绩效目标", "保障系统全年稳定运行，故障响应时间不超过2小时，评价数据按月汇总分析并报送。", None, None]]
    sp = {(0, 1): (1, 3), (3, 0): (3, 1), (3, 2): (1, 2), (4, 2): (1, 2), (5, 2): (1, 2), (6, 1): (1, 3)}
    add("form-block", "项目绩效目标申报表", docx_table(g, [2000, 3200, 1600, 2600], table_borders=full, spans=sp, indent=False), g, sp)
    # 6 a second 项目支出绩效自评表, indicators only, merged level cells centred vertically
    rows, sp = indicator_rows(rng, 8, first_col="绩效指标")
    g = [["", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]] + rows
    sp = shift(sp, 1)
    add("self-eval", "项目支出绩效自评表（续）", centred_merges(docx_table(g, [600, 900, 1100, 1900, 1000, 1000, 600, 600, 1600], table_borders=full, spans=sp, indent=False)), g, sp)
    docx_export(work, out, "forms", "".join(parts))


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-heldout4")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_4)
    truth = Truth()
    paper(out, truth, rng)
    abstract(out, truth, rng)
    with tempfile.TemporaryDirectory() as work:
        forms(out, work, truth, rng)
    truth.save(out)


main()
