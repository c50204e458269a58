#!/usr/bin/env python3
"""Where .raw.txt loses what .txt reads: per document of a split, the facts in the .txt output minus the facts in the
.raw.txt output (both written by tools/real/eval-splits.sh into OUT), ranked, with each output's indicator count and
gold's. A fact is a scored field the output fills (a project's name, money …; an indicator's levels, name, values,
points, met). It needs no gold to rank, so it shows losses even where gold has no indicators.

  python3 tools/real/raw-gap.py SPLIT_DIR OUT [--totals]

Per-document lines only for splits rule writers may read (readall, even, the read batches); for test and the unread
splits use --totals, which prints the summed gap and how many documents differ, nothing per document.
"""
import json
import os
import sys

PROJECT_FIELDS = ('name', 'province', 'city', 'district', 'year', 'department', 'report_kind', 'budget_wan',
                  'budget_initial_wan', 'budget_adjusted_wan', 'actual_wan', 'execution_rate_pct', 'score', 'grade')
INDICATOR_FIELDS = ('level1', 'level2', 'name', 'category', 'target', 'actual', 'weight', 'score', 'met')


def load(path):
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def counts(record):
    """(facts, indicators) an output or gold record fills."""
    facts = indicators = 0
    for project in (record or {}).get('projects', []):
        facts += sum(project.get(k) is not None for k in PROJECT_FIELDS)
        for indicator in project.get('indicators', []):
            indicators += 1
            facts += sum(indicator.get(k) is not None for k in INDICATOR_FIELDS)
    return facts, indicators


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    split, out, totals = argv[1], argv[2], '--totals' in argv[3:]
    rows = []
    for name in sorted(os.listdir(split)):
        if not name.endswith('.json'):
            continue
        stem = name[:-len('.json')]
        txt = counts(load(os.path.join(out, '.txt', stem + '.txt.json')))
        raw = counts(load(os.path.join(out, '.raw.txt', stem + '.raw.txt.json')))
        gold = counts(load(os.path.join(split, name)))
        rows.append((txt[0] - raw[0], stem, txt, raw, gold))
    rows.sort(key=lambda r: (-r[0], r[1]))
    if not totals:
        for gap, stem, txt, raw, gold in rows:
            if gap:
                print(f'{gap:5d} {stem}  facts .txt {txt[0]} .raw.txt {raw[0]}  indicators .txt {txt[1]} .raw.txt {raw[1]} gold {gold[1]}')
    print(f'gap {sum(r[0] for r in rows)} facts; {sum(1 for r in rows if r[0] > 0)} documents lose, '
          f'{sum(1 for r in rows if r[0] < 0)} gain, of {len(rows)}')


if __name__ == '__main__':
    main(sys.argv)
