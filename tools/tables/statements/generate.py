#!/usr/bin/env python3
"""Financial-statement fixtures (all dev: made to study and fix statements, built without reading any held-out
statement). Three producers: LibreOffice opening HTML, Word tables exported by Writer, raw content streams in
Times. Statements hold group/company year columns under spanning headers, note-number columns, subtotal
underlines, nil dashes, bracketed negatives, indented labels and a statement over two pages.
Usage: SCRIPT OUT_DIR; then score with tools/tables/score.py OUT_DIR PARSED_DIR (see bench.sh)."""
import html as _html, json, os, random, sys, tempfile
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import Truth, docx_export, docx_table, para, PAGE_BREAK_XML, run_soffice, write_pdf, pdf_line

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(23)
truth = Truth()
work = tempfile.mkdtemp()

ASSETS = ["Property, plant and equipment", "Intangible assets", "Investments in subsidiaries", "Deferred tax assets",
          "Inventories", "Trade and other receivables", "Prepayments", "Cash and cash equivalents"]
LIABS = ["Borrowings", "Lease liabilities", "Trade and other payables", "Provisions", "Current tax payable"]
INCOME = ["Revenue", "Cost of sales", "Other income", "Distribution costs", "Administrative expenses",
          "Impairment losses on receivables", "Finance income", "Finance costs", "Share of profit of associates"]


def amount(lo=100, hi=990_000, neg=False, nil=0.0, dash="–"):
    if rng.random() < nil: return dash
    v = f"{rng.randrange(lo, hi):,}"
    return f"({v})" if neg else v


def years(n):
    return ["2023", "2022"] * n


def balance_sheet(group_company, note_col, nil_dash="–"):
    """Rows of a statement of financial position; labels under a section heading are indented with two spaces.
    Returns (grid, spans, head_rows, subtotal rows)."""
    k = 4 if group_company else 2
    lead = ["", "Note"] if note_col else [""]
    if group_company:
        head = [lead + ["Group", None, "Company", None], lead[:1] + ([""] if note_col else []) + years(2)]
        spans = {(0, len(lead)): (1, 2), (0, len(lead) + 2): (1, 2)}
    else:
        head = [lead + years(1)]
        spans = {}
    rows, subtotals = [], []

    def line(label, note=""):
        return [label] + ([note] if note_col else []) + [amount(nil=0.15, dash=nil_dash) for _ in range(k)]

    def section(title, labels):
        rows.append([title] + [""] * (len(lead) - 1 + k))
        for lab in labels:
            rows.append(line("  " + lab, str(rng.randrange(3, 30)) if rng.random() < 0.7 else ""))
        subtotals.append(len(head) + len(rows))
        rows.append(["Total " + title[0].lower() + title[1:]] + ([""] if note_col else []) + [amount(1_000_000, 9_000_000) for _ in range(k)])

    section("Non-current assets", rng.sample(ASSETS[:4], 3))
    section("Current assets", rng.sample(ASSETS[4:], 3))
    section("Current liabilities", rng.sample(LIABS, 3))
    return head + rows, spans, len(head), subtotals


def income_statement(note_col, neg_style="bracket"):
    lead = ["", "Note"] if note_col else [""]
    head = [lead + years(1)]
    rows, subtotals = [], []
    for i, lab in enumerate(rng.sample(INCOME, 7)):
        neg = "cost" in lab.lower() or "expense" in lab.lower() or "loss" in lab.lower()
        vals = [amount(neg=neg, nil=0.1) for _ in range(2)]
        if neg_style == "minus": vals = [v.replace("(", "-").replace(")", "") for v in vals]
        rows.append([lab] + ([str(rng.randrange(3, 30))] if note_col else []) + vals)
    subtotals.append(len(head) + len(rows))
    rows.append(["Profit before tax"] + ([""] if note_col else []) + [amount(50_000, 900_000) for _ in range(2)])
    rows.append(["Income tax expense"] + ([str(rng.randrange(3, 30))] if note_col else []) + [amount(neg=True) for _ in range(2)])
    subtotals.append(len(head) + len(rows))
    rows.append(["Profit for the year"] + ([""] if note_col else []) + [amount(50_000, 900_000) for _ in range(2)])
    return head + rows, {}, len(head), subtotals


def strip(grid):
    return [[(t.strip() if isinstance(t, str) else t) for t in row] for row in grid]


def truth_grid(grid):
    """Spanning headers cover None cells, which the truth leaves out (as it does cells where nothing is printed)."""
    return strip(grid)


# ---------------------------------------------------------------- LibreOffice HTML

def html_statement(grid, spans, head_rows, subtotals, amounts):
    """amounts: how many amount columns end each row."""
    trs = []
    ncols = max(len(r) for r in grid)
    for r, row in enumerate(grid):
        tds = []
        for c, text in enumerate(row):
            if text is None: continue
            rs, cs = spans.get((r, c), (1, 1))
            style = []
            shown = text
            if c == 0 and text.startswith("  "):
                style.append("padding-left:14px"); shown = text.strip()
            numeric = c >= ncols - amounts
            if r < head_rows: style.append("text-align:center;font-weight:bold")
            elif numeric: style.append("text-align:right")
            elif c == 1: style.append("text-align:center")
            if r in subtotals and numeric: style.append("border-top:1px solid black")
            if r == len(grid) - 1 and numeric: style.append("border-bottom:3px double black")
            if r == head_rows - 1 and c > 0 and text: style.append("border-bottom:1px solid black")
            attrs = (f' colspan="{cs}"' if cs > 1 else "") + (f' style="{";".join(style)}"' if style else "")
            tds.append(f"<td{attrs}>{_html.escape(shown)}</td>")
        trs.append("<tr>" + "".join(tds) + "</tr>")
    return "<table cellpadding=2 cellspacing=0>" + "\n".join(trs) + "</table>"


body = []
page = 0
for t, (gc, note) in enumerate([(True, True), (False, True), (True, False)]):
    grid, spans, hr, sub = balance_sheet(gc, note)
    page += 1
    body.append(f"<p><b>Statement of financial position</b><br>as at 31 December 2023</p>{html_statement(grid, spans, hr, sub, 4 if gc else 2)}"
                f"<p style='page-break-after:always'>The notes on pages 12 to 40 form part of these financial statements.</p>")
    truth.add("lo-statements.pdf", page, "financial", truth_grid(grid), spans)
grid, spans, hr, sub = income_statement(True)
page += 1
body.append(f"<p><b>Statement of profit or loss</b><br>for the year ended 31 December 2023</p>{html_statement(grid, spans, hr, sub, 2)}"
            f"<p>All amounts are in thousands of pounds.</p>")
truth.add("lo-statements.pdf", page, "financial", truth_grid(grid), spans)
src = os.path.join(work, "lo-statements.html")
open(src, "w", encoding="utf-8").write("<html><head><meta charset='utf-8'></head><body style='font-size:9pt'>" + "".join(body) + "</body></html>")
run_soffice(work, ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src])

# ---------------------------------------------------------------- Word tables exported by Writer
body = []
page = 0
for t, (gc, note) in enumerate([(True, True), (False, False)]):
    grid, spans, hr, sub = balance_sheet(gc, note, nil_dash="-")
    ncols = max(len(r) for r in grid)
    widths = [3600, 700] + [1200] * (ncols - 2) if note else [3800] + [1300] * (ncols - 1)
    sub_set = set(sub)
    cell_style = lambda r, c, sub_set=sub_set, n=len(grid), ncols=ncols, note=note: (
        ({"top": 4} if r in sub_set and c >= (2 if note else 1) else {"bottom": 4} if r == hr - 1 and c > 0 else None), None)
    page += 1
    body.append(para("Statement of financial position at 31 December 2023", bold=True))
    body.append(docx_table([[x if x is not None else None for x in row] for row in grid], widths, cell_style=cell_style, spans=spans, right=True))
    body.append(para("Approved by the board and signed on its behalf."))
    body.append(PAGE_BREAK_XML)
    truth.add("docx-statements.pdf", page, "financial", truth_grid(grid), spans)
grid, spans, hr, sub = income_statement(True, neg_style="minus")
page += 1
body.append(para("Income statement for the year ended 31 December 2023", bold=True))
body.append(docx_table(grid, [3800, 700, 1400, 1400], cell_style=lambda r, c: (({"top": 4} if r in sub and c >= 2 else None), None), right=True))
truth.add("docx-statements.pdf", page, "financial", truth_grid(grid), {})
docx_export(work, out, "docx-statements", "".join(body))

# ---------------------------------------------------------------- raw content streams in Times
TIMES = {" ": 250, ",": 250, ".": 250, "(": 333, ")": 333, "-": 333, "/": 278}
for d in "0123456789": TIMES[d] = 500


def tw(s, size):
    return sum(TIMES.get(ch, 667 if ch.isupper() else 444) for ch in s) * size / 1000


def text(x, y, s, size=9, font="F1"):
    s = s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replace("–", "\x96")  # WinAnsi en dash
    return f"BT /{font} {size} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def raw_statement(ops, grid, head_rows, top, label_x, note_x, right_x, subtotals, spans, size=9, leading=12):
    """right_x: right edge of each amount column; note_x: centre of the note column or None."""
    y = top
    first_amount = 2 if note_x else 1
    for r, row in enumerate(grid):
        for c, s in enumerate(row):
            if not s: continue
            bold = r < head_rows
            ind = 10 if c == 0 and s.startswith("  ") else 0
            s = s.strip()
            w = tw(s, size)
            if c == 0: x = label_x + ind
            elif note_x and c == 1: x = note_x - w / 2
            else:
                k = c - first_amount
                rs, cs = spans.get((r, c), (1, 1))
                x = (right_x[k + cs - 1] - 50 + right_x[k] - 50) / 2 + 25 - w / 2 if cs > 1 else right_x[k] - w
            ops.append(text(x, y, s, size, "F2" if bold else "F1"))
        if r == head_rows - 1:
            for k in range(len(right_x)): ops.append(pdf_line(right_x[k] - 50, y - 3, right_x[k], y - 3))
        if r in subtotals:  # the subtotal line is drawn over the amounts it sums
            for k in range(len(right_x)): ops.append(pdf_line(right_x[k] - 50, y + size + 1, right_x[k], y + size + 1))
        y -= leading
    return y


pages = []
# 1 group/company balance sheet with notes
grid, spans, hr, sub = balance_sheet(True, True, nil_dash="-")
ops = [text(60, 800, "Statements of financial position", 12, "F2"), text(60, 786, "at 31 December 2023", 9)]
y = raw_statement(ops, grid, hr, 760, 60, 290, [360, 420, 490, 550], sub, spans)
for k, x in enumerate([360, 420, 490, 550]): ops += [pdf_line(x - 50, y + 9, x, y + 9), pdf_line(x - 50, y + 7, x, y + 7)]
pages.append(("\n".join(ops), (595, 842)))
truth.add("raw-statements.pdf", 1, "financial", truth_grid(grid), spans)
# 2 income statement, bracketed negatives, with notes
grid, spans, hr, sub = income_statement(True)
ops = [text(60, 800, "Consolidated income statement", 12, "F2"), text(60, 786, "for the year ended 31 December 2023", 9)]
raw_statement(ops, grid, hr, 760, 60, 330, [450, 530], sub, spans)
ops.append(text(60, 500, "The accompanying notes form an integral part of these statements.", 8))
pages.append(("\n".join(ops), (595, 842)))
truth.add("raw-statements.pdf", 2, "financial", truth_grid(grid), spans)
# 3-4 a long statement over a page break: header repeated, "(continued)" in the title; truth: each page's part
lead = [["", "Note", "2023", "2022"]]
labels = [lab for lab in ASSETS + LIABS + INCOME]
rng.shuffle(labels)
body_rows = [["  " + lab if i % 5 else lab, str(rng.randrange(3, 30)) if rng.random() < 0.5 else "", amount(nil=0.1, dash="-"), amount(neg=rng.random() < 0.3)] for i, lab in enumerate(labels[:16])]
part1, part2 = body_rows[:10], body_rows[10:]
for n, (title, part) in enumerate([("Notes to the cash flow statement", part1), ("Notes to the cash flow statement (continued)", part2)]):
    ops = [text(60, 800, title, 12, "F2")]
    g = lead + part
    raw_statement(ops, g, 1, 770, 60, 330, [450, 530], set(), {})
    ops.append(text(290, 40, str(20 + n), 9))
    pages.append(("\n".join(ops), (595, 842)))
    truth.add("raw-statements.pdf", 3 + n, "financial", truth_grid(g), {})
TIMES_WIN = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>"
TIMES_BOLD_WIN = b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>"
write_pdf(os.path.join(out, "raw-statements.pdf"), [(c, m, None) for c, m in pages], [TIMES_WIN, TIMES_BOLD_WIN])

for e in truth.entries: e["split"] = "dev"
json.dump(truth.entries, open(os.path.join(out, "truth.json"), "w"), ensure_ascii=False, indent=1)
