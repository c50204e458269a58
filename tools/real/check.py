#!/usr/bin/env python3
"""Consistency check of corpus/real (no extraction, no network):
- every stem has .raw.txt, .txt, .docx, .pdf, .scanned.pdf and exactly one gold file (train or test);
- STEM.txt differs from STEM.raw.txt only in layout (equal once whitespace and '|' cell separators are removed);
- no 11-digit mobile number is left unmasked in STEM.raw.txt or STEM.txt (README: middle four digits -> ****);
- the gold file names its stem, uses the schema's document kinds, report kinds, comparators and category keys;
- the SOURCES*.md files together (SOURCES.md, SOURCES-C.md, ...) list every stem once, and its split column matches
  both the hash rule and the gold directory.
Prints one line per problem and exits 1 if there is any."""
import glob
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", "corpus", "real"))
REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
SEEN = os.path.join(ROOT, "seen-by-rule-writers.txt")
DOC_KINDS = {"performance_report", "ranking", "news", "procurement", "policy", "other"}
REPORT_KINDS = {"self_evaluation", "evaluation", "target", "monitoring"}
OPS = {">=", "<=", ">", "<", "=", None}
# A mainland mobile number standing alone (not part of a longer figure or a decimal). Office landlines
# (area code + 7/8 digits) do not match and stay as printed.
MOBILE = re.compile(r"(?<![\d.])1[3-9]\d{9}(?![\d.])")


def split_of(address, seen):
    if address in seen:
        return "train"
    return "test" if int(hashlib.sha1(address.encode()).hexdigest()[:8], 16) % 3 == 0 else "train"


def layout_key(text):
    return re.sub(r"[\s|]+", "", text)


def source_rows():
    files = sorted(glob.glob(os.path.join(ROOT, "SOURCES*.md")))
    rows = {}
    for path in files:
        for line in open(path, encoding="utf-8"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if len(cells) >= 7 and re.match(r"R\d{3}_", cells[0]):
                rows.setdefault(cells[0], []).append(cells)
    return rows


def check_gold(stem, path, categories, problems):
    gold = json.load(open(path, encoding="utf-8"))
    if gold.get("file") != stem:
        problems.append(f"{stem}: gold 'file' is {gold.get('file')!r}")
    kind = gold.get("document_kind")
    if kind not in DOC_KINDS:
        problems.append(f"{stem}: document_kind {kind!r}")
    projects = gold.get("projects", [])
    if kind == "performance_report" and not projects:
        problems.append(f"{stem}: performance_report without a project")
    if kind != "performance_report" and projects:
        problems.append(f"{stem}: negative document ({kind}) with projects")
    for project in projects:
        if project.get("report_kind") not in REPORT_KINDS:
            problems.append(f"{stem}: report_kind {project.get('report_kind')!r}")
        for indicator in project.get("indicators", []):
            name = indicator.get("name")
            if indicator.get("category") not in categories | {None}:
                problems.append(f"{stem}: {name}: category {indicator.get('category')!r}")
            for side in ("target", "actual"):
                quantity = indicator.get(side)
                if quantity is None:
                    continue
                if set(quantity) != {"text", "op", "value", "unit"}:
                    problems.append(f"{stem}: {name}: {side} keys {sorted(quantity)}")
                elif quantity["op"] not in OPS:
                    problems.append(f"{stem}: {name}: {side} op {quantity['op']!r}")


def main():
    problems = []
    seen = {line.strip() for line in open(SEEN, encoding="utf-8")} if os.path.exists(SEEN) else set()
    categories_path = os.path.join(REPO, "src", "ReportMiner.Extraction", "Taxonomy", "Data", "indicator-categories.json")
    categories = {c["key"] for c in json.load(open(categories_path, encoding="utf-8"))}
    stems = sorted(os.path.basename(p)[: -len(".raw.txt")] for p in glob.glob(os.path.join(ROOT, "docs", "*.raw.txt")))
    sources = source_rows()
    for stem in stems:
        docs = os.path.join(ROOT, "docs", stem)
        for ext in (".txt", ".docx", ".pdf", ".scanned.pdf"):
            if not os.path.exists(docs + ext):
                problems.append(f"{stem}: missing {ext}")
        if os.path.exists(docs + ".txt"):
            raw = open(docs + ".raw.txt", encoding="utf-8").read()
            txt = open(docs + ".txt", encoding="utf-8").read()
            if layout_key(raw) != layout_key(txt):
                problems.append(f"{stem}: .txt differs from .raw.txt beyond layout")
            for ext, text in ((".raw.txt", raw), (".txt", txt)):
                for number in MOBILE.findall(text):
                    problems.append(f"{stem}{ext}: unmasked mobile number {number[:3]}…{number[-4:]} (mask the middle four digits)")
        golds = [s for s in ("train", "test") if os.path.exists(os.path.join(ROOT, "gold", s, stem + ".json"))]
        if len(golds) != 1:
            problems.append(f"{stem}: {len(golds)} gold files")
        else:
            check_gold(stem, os.path.join(ROOT, "gold", golds[0], stem + ".json"), categories, problems)
        rows = sources.get(stem, [])
        if len(rows) != 1:
            problems.append(f"{stem}: {len(rows)} rows in SOURCES")
        elif golds:
            address, split = rows[0][1], rows[0][6]
            expected = split_of(address, seen)
            if split != expected or golds[0] != expected:
                problems.append(f"{stem}: split column {split}, gold in {golds[0]}, hash rule says {expected}")
    for stem in sorted(set(sources) - set(stems)):
        problems.append(f"{stem}: in SOURCES but has no document")
    for problem in problems:
        print(problem)
    print(f"{len(stems)} stems, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
