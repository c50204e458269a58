#!/usr/bin/env python3
"""Scores table recovery against truth.json: cell accuracy per layout (a truth cell counts when its text is at its
row and column in the best-aligned table found on its page) and tables reported on pages without one.
Usage: score.py TABLE_DIR PARSED_DIR [--split dev|test] [--tables]
  PARSED_DIR holds `reportminer parse --format json` output, NAME.pdf.json; --split keeps the truth entries of one
  split (sets whose truth.json has one, like tools/tables/heldout); --tables also prints each table's score."""
import argparse, collections, json, os, sys


def norm(t):
    return "".join((t or "").split())


def grid_of(table):
    return {(c["row"], c["column"]): norm(c["text"]) for c in table["cells"]}


def matched(truth_cells, grid):
    best = 0
    for dr in range(-3, 4):
        for dc in range(-2, 3):
            n = sum(1 for c in truth_cells if grid.get((c["row"] + dr, c["col"] + dc)) == norm(c["text"]))
            best = max(best, n)
    return best


def main():
    args = argparse.ArgumentParser()
    args.add_argument("table_dir"); args.add_argument("parsed_dir")
    args.add_argument("--split"); args.add_argument("--tables", action="store_true")
    a = args.parse_args()
    table_dir, parsed_dir = a.table_dir, a.parsed_dir
    truth = json.load(open(os.path.join(table_dir, "truth.json"), encoding="utf-8"))
    if a.split: truth = [t for t in truth if t.get("split") == a.split]
    if not truth:
        print(f"no tables{' in the ' + a.split + ' half' if a.split else ''}")
        return
    docs = {}
    for name in {t["file"] for t in truth}:
        docs[name] = json.load(open(os.path.join(parsed_dir, name + ".json"), encoding="utf-8"))
    tables_by_page = collections.defaultdict(list)
    for name, doc in docs.items():
        for b in doc["blocks"]:
            if b["kind"] == "table":
                tables_by_page[(name, b["provenance"]["page"])].append(b)
    totals = collections.defaultdict(lambda: [0, 0, 0])  # matched cells, truth cells, tables
    for t in truth:
        if t["layout"] == "none": continue
        candidates = tables_by_page.get((t["file"], t["page"]), [])
        m = max((matched(t["cells"], grid_of(c)) for c in candidates), default=0)
        s = totals[t["layout"]]
        if a.tables: print(f"  {t.get('id', t['file'] + '#' + str(t['page'])):<28} {t['layout']:<15} {m:>4}/{len(t['cells']):<4} {m / len(t['cells']):.3f}")
        s[0] += m; s[1] += len(t["cells"]); s[2] += 1
    false_tables = sum(len(v) for (name, _), v in tables_by_page.items()
                       if all(t["layout"] == "none" for t in truth if t["file"] == name))
    empty_pages = sum(1 for t in truth if t["layout"] == "none")
    print(f"{'layout':<12} {'tables':>6} {'cells':>6} {'right':>6} {'accuracy':>8}")
    all_m = all_n = 0
    for layout, (m, n, k) in sorted(totals.items()):
        print(f"{layout:<12} {k:>6} {n:>6} {m:>6} {m / n:>8.3f}")
        all_m += m; all_n += n
    print(f"{'all':<12} {sum(v[2] for v in totals.values()):>6} {all_n:>6} {all_m:>6} {all_m / all_n:>8.3f}")
    print(f"tables reported on {empty_pages} pages without tables: {false_tables}")


main()
