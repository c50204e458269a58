#!/usr/bin/env python3
"""Writes indicator-rows.tsv: every table row of real documents' tab-joined text, labelled from their gold.

Each --source GOLD_DIR:DOCS_DIR:SUFFIX names gold records (GOLD_DIR/STEM.json) and their documents
(DOCS_DIR/STEM + SUFFIX). Each document is parsed with `reportminer parse --format json`, and every table row
with a filled cell gets one label, decided from the gold record alone (no hand labels):
  indicator  a cell holds a gold indicator's name, and where the gold states a target (or else points) the row's
             other cells hold it too;
  header     a row of short column labels (the header test of generate_table_labels.py);
  other      anything else: prose, project fields, money rows, totals, level labels on their own.
Columns as row-roles.tsv: cells (' | ' between them), label, group (the stem), column spans, row, rows,
columns, columns covered from above. Rows are sorted by stem, table and row, so the output is deterministic.

Run (the committed file: the seeds, the generalization set and the dev half of the real corpus's train split):
  python3 corpus/labels/generate_indicator_rows.py --cli src/ReportMiner.Cli/bin/Release/net10.0/reportminer \
    --source corpus/gold:corpus/fixtures:.docx --source corpus/generalization/gold:corpus/generalization/docs:.docx \
    --source EVEN_GOLD_DIR:corpus/real/docs:.txt [--out corpus/labels/indicator-rows.tsv]
Only counts are printed, never rows, so the script can label a held-out half for an aggregate measurement.
"""
import argparse, glob, json, os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from generate_table_labels import is_header, norm, parse, rows, tables, SEP  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# Numbering before a name (1、 （2） 指标3： ①) and points after it (（10分）).
LEADING = re.compile(r"^(?:指标\d+[:：]|指標\d+[:：]|[(（]?\d{1,2}[)）、.．]|[①-⑳]|[一二三四五六七八九十]{1,2}[、.．])+")
TRAILING = re.compile(r"[(（]\d+(?:\.\d+)?分[)）]$")
LONGEST_EXTRA = 8
SHORTEST_PREFIX = 4


def clean(text):
    return TRAILING.sub("", LEADING.sub("", norm(text)))


def number_text(value):
    if value is None:
        return None
    return ("%f" % value).rstrip("0").rstrip(".")


def holds_name(cell, name):
    """The cell is the name, the name with a few more characters, or the start of a name wrapped onto the next row."""
    if not name or not cell:
        return False
    if cell == name:
        return True
    if name in cell and len(cell) <= len(name) + LONGEST_EXTRA:
        return True
    return len(cell) >= SHORTEST_PREFIX and name.startswith(cell) and len(cell) * 5 >= len(name) * 3


def holds_values(others, indicator):
    """Where the gold states a target the other cells hold its figure or text; else its points, if stated."""
    joined = "|".join(others)
    target = indicator.get("target") or {}
    if target.get("text"):
        figure = number_text(target.get("value"))
        return (figure is not None and figure in joined) or norm(target["text"]) in joined
    weight = number_text(indicator.get("weight"))
    if weight is not None:
        return any(re.sub(r"分$", "", o) == weight for o in others)
    return True


def label(anchored, indicators):
    texts = [clean(c["text"]) for c in anchored]
    filled = [t for t in texts if t]
    if not filled:
        return None
    for i, text in enumerate(texts):
        others = [t for j, t in enumerate(texts) if j != i and t]
        for indicator in indicators:
            if holds_name(text, clean(indicator.get("name") or "")) and holds_values(others, indicator):
                return "indicator"
    if is_header(anchored, False):
        return "header"
    return "other"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--source", action="append", required=True, help="GOLD_DIR:DOCS_DIR:SUFFIX")
    ap.add_argument("--out", default=os.path.join(HERE, "indicator-rows.tsv"))
    args = ap.parse_args()
    lines = []
    counts = {}
    sources = [s.split(":") for s in args.source]
    for gold_path, docs, suffix in ((g, d, x) for gold, d, x in sources for g in sorted(glob.glob(os.path.join(gold, "*.json")))):
        stem = os.path.basename(gold_path)[:-5]
        with open(gold_path, encoding="utf-8") as f:
            gold = json.load(f)
        indicators = [i for p in gold.get("projects") or [] for i in p.get("indicators") or []]
        doc = parse(args.cli, os.path.join(docs, stem + suffix))
        if doc is None:
            continue
        for table in tables(doc):
            for r, (anchored, above) in enumerate(rows(table)):
                role = label(anchored, indicators)
                if role is None:
                    continue
                counts[role] = counts.get(role, 0) + 1
                key = SEP.join(c["text"].replace("\t", " ").replace("\n", " ").replace("|", "｜").strip() for c in anchored)
                spans = ",".join(str(c["column_span"]) for c in anchored)
                lines.append(((stem, table["index"], r), (key, role, stem, spans, str(r), str(table["row_count"]), str(table["column_count"]), str(above))))
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write("# cells (' | ' between cells)\trole\tgroup (document)\tcolumn spans\trow\trows\tcolumns\tcolumns covered from above\n")
        for _, line in sorted(lines):
            f.write("\t".join(line) + "\n")
    print(f"{len(lines)} rows: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
