#!/usr/bin/env python3
"""Writes column-roles.tsv and row-roles.tsv from the tables of real and held-out documents.

Sources (each document parsed with `reportminer parse FILE --format json`):
  corpus/generalization/docs/*.docx, the seed reports (corpus/fixtures/*.docx), and the TRAIN split of the
  real corpus only: the stems of REAL/gold/train/*.json, each from REAL/docs/STEM.docx, else STEM.txt.
  The test split is never read.

Each table's indicator region starts at its first indicator header row (a row of short label cells naming
指标/目标 and at least one other column) and runs to the table's end. Its rows get a role by the rules
below, its header cells a column role; table-label-overrides.tsv (reviewed by hand) corrects what the
rules get wrong. Lines are deduplicated. Groups: the document stem for rows (whole documents are held
out), the normalized header text for columns (held-out headers are wordings never trained on).

Run: python3 corpus/labels/generate_table_labels.py --cli src/ReportMiner.Cli/bin/Release/net10.0/reportminer \
       --real corpus/real   (deterministic; --review prints every labelled row for checking)
"""
import argparse, glob, json, os, re, subprocess, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEP = " | "

HEADER_WORD = re.compile(r"指标|指標|目标|目標|分值|分數|得分|权重|權重|完成|实际|實際|评分|評分|标准|標準|原因|偏差|说明|說明|备注|備註|序号|序號|单位|單位|性质|性質|情况|情況|执行|執行|预期|預期|计划|計劃|内容|內容|名称|名稱|达标|達標|改进|改進|措施|扣分|满分|滿分|权数|值")
TOTAL = re.compile(r"^(总分|總分|合计|合計|总计|總計|小计|小計|得分合计|综合得分|綜合得分|总得分|總得分|自评总分|自評總分)")
FOOTER = re.compile(r"填表人|填報人|填报人|联系电话|聯繫電話|聯系電話|填报日期|填報日期|填表日期|评价结论|評價結論|自评结论|自評結論|项目负责人|項目負責人|财务负责人|財務負責人|单位负责人|單位負責人|审核人|審核人|盖章|蓋章|签字|簽字|评价等级|評價等級|自评等级|自評等級")
NOTE = re.compile(r"^(注|註|说明|說明|备注|備註|存在问题|存在的主要问题|存在問題|改进|改進|监控报告|監控報告|偏差|问题|問題|其他需要说明|填表说明|填報說明|\*|……|…|\.\.\.)")
PLACEHOLDER = re.compile(r"^(指标\d+[:：]?|指標\d+[:：]?|……|…|\.+|—+|-+)$")
DIGIT = re.compile(r"[0-9０-９]")

# Column roles, first match wins; the order makes the more specific words win.
COLUMN_RULES = [
    (r"一级|一級", "level1"), (r"二级|二級", "level2"), (r"三级|三級", "level3"),
    (r"性质|性質|指标值类型|指標值類型", "target_op"),
    (r"度量单位|计量单位|度量單位|計量單位|^单位$|^單位$", "unit"),
    (r"原因|偏差|改进措施|改進措施|说明|說明", "reason"),
    (r"评分标准|評分標準|扣分|评分规则|計分|计分|评分方法|評分方法|评分细则|指标解释|指標解釋|评价标准|評價標準", "standard"),
    (r"得分|评分$|評分$", "score"),
    (r"分值|权重|權重|标准分|標準分|满分|滿分|权数|分數$", "weight"),
    (r"实际|實際|完成值|完成情况|完成情況|执行情况|執行情況|预计完成|預計完成|实现值|實現值|完成数|完成數", "actual"),
    (r"指标值|指標值|目标值|目標值|预期|預期|计划值|計劃值|年度目标|年度目標|期望值", "target"),
    (r"指标名称|指標名稱|指标内容|指標內容|目标内容|目標內容|具体指标|具體指標|绩效指标|績效指標|考核指标|評價指標|评价指标|考核内容|指标$|指標$", "name"),
]


def norm(text):
    """NFKC, no spaces, and no pinyin annotations such as 指標(biāo) that some web copies carry."""
    t = re.sub(r"\s+", "", unicodedata.normalize("NFKC", text or ""))
    return re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)", "", t)


def parse(cli, path):
    out = subprocess.run([cli, "parse", path, "--format", "json"], capture_output=True, timeout=300)
    if out.returncode != 0:
        print(f"skip {path}: {out.stderr.decode('utf-8', 'replace').strip()[:200]}", file=sys.stderr)
        return None
    return json.loads(out.stdout.decode("utf-8"))


def tables(doc):
    def walk(blocks):
        for b in blocks:
            if b.get("kind") == "table":
                yield b
    return list(walk(doc.get("blocks", [])))


def rows(table):
    """Each row: (anchored cells left to right, columns covered by cells from rows above)."""
    cells = table["cells"]
    grid = {}
    for c in cells:
        for r in range(c["row"], c["row"] + c["row_span"]):
            for k in range(c["column"], c["column"] + c["column_span"]):
                grid[(r, k)] = c
    result = []
    for r in range(table["row_count"]):
        anchored = sorted((c for c in cells if c["row"] == r), key=lambda c: c["column"])
        above = sum(1 for k in range(table["column_count"]) if (r, k) in grid and grid[(r, k)]["row"] < r)
        result.append((anchored, above))
    return result


def is_side_label(cell, header_rows_end):
    return cell["row_span"] > 1 and cell["row"] + cell["row_span"] > header_rows_end + 1


LEVEL_LABEL = re.compile(r"^.{0,8}(指标|指標|目标|目標)(\(\d+分\)|（\d+分）)?$")
GOAL_HEADER = re.compile(r"总体目标|總體目標|项目绩效目标|項目績效目標|长期目标|長期目標|绩效目标情况|績效目標情況")


def header_like(text):
    t = norm(text)
    return 0 < len(t) <= 16 and not PLACEHOLDER.match(t) and HEADER_WORD.search(t) is not None and not re.search(r"[%％≥≤>＞<＜]", t) \
        and not re.search(r"\d{2,}", re.sub(r"1-\d+月|1－\d+月", "", t))


def is_header(anchored, first_header_seen):
    filled = [c for c in anchored if norm(c["text"])]
    if len(filled) < 2 or all(LEVEL_LABEL.match(norm(c["text"])) and not re.search(r"级|級", norm(c["text"])) for c in filled[1:]):
        return False
    like = [c for c in filled if header_like(c["text"])]
    if len(like) < len(filled) * 0.75 or not like:
        return False
    if not first_header_seen:
        return len(like) >= 2 and any(re.search(r"指标|指標|目标|目標", norm(c["text"])) for c in like) \
            and any(not re.search(r"^(绩效指标|績效指標)$", norm(c["text"])) for c in like)
    return True


def row_role(anchored, first_header_seen, column_count, above, in_goal_block):
    texts = [norm(c["text"]) for c in anchored]
    filled = [t for t in texts if t]
    if not filled:
        return "note"
    if all(PLACEHOLDER.match(t) or LEVEL_LABEL.match(t) for t in filled) and any(PLACEHOLDER.match(t) for t in filled):
        return "note"
    if is_header(anchored, first_header_seen):
        return "header"
    first = filled[0]
    if TOTAL.search(first):
        return "total"
    if any(FOOTER.search(t) for t in filled):
        return "footer"
    if NOTE.search(first) or all(PLACEHOLDER.match(t) for t in filled):
        return "note"
    if in_goal_block:
        return "note"
    numeric = [t for t in filled if DIGIT.search(re.sub(r"[(（]\d+分[)）]", "", t))]
    whole = len(filled) == 1 and (len(anchored) == 1 or anchored[0]["column_span"] >= column_count - above - 1)
    if whole and len(first) > 40:
        return "note"
    if whole and not LEVEL_LABEL.match(first) and len(first) <= 40:
        return "section"
    if all(LEVEL_LABEL.match(t) for t in filled) and not numeric:
        return "section"
    if any(re.search(r"[:：]$", t) for t in texts) or re.search(r"^(项目名称|項目名稱|主管部门|主管部門|实施单位|實施單位|申报单位|申報單位)", first):
        return "section"
    return "indicator"


def column_role(text):
    t = norm(text)
    for pattern, role in COLUMN_RULES:
        if re.search(pattern, t):
            return role
    return "other"


def load_overrides():
    path = os.path.join(HERE, "table-label-overrides.tsv")
    rows_, cols = {}, {}
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.strip() or line.startswith("#"):
                continue
            kind, key, label = line.rstrip("\n").split("\t")[:3]
            (rows_ if kind == "row" else cols)[key] = label
    return rows_, cols


def documents(real):
    docs = sorted(glob.glob(os.path.join(ROOT, "corpus", "generalization", "docs", "*.docx")))
    docs += sorted(glob.glob(os.path.join(ROOT, "corpus", "fixtures", "*.docx")))
    if real:
        for gold in sorted(glob.glob(os.path.join(real, "gold", "train", "*.json"))):
            stem = os.path.basename(gold)[:-5]
            for ext in (".docx", ".txt"):
                candidate = os.path.join(real, "docs", stem + ext)
                if os.path.exists(candidate):
                    docs.append(candidate)
                    break
    return docs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", required=True)
    ap.add_argument("--real", default=os.path.join(ROOT, "corpus", "real"))
    ap.add_argument("--review", action="store_true")
    args = ap.parse_args()
    row_over, col_over = load_overrides()
    row_lines, col_lines = {}, {}
    for path in documents(args.real if os.path.isdir(args.real) else None):
        stem = os.path.basename(path).split(".")[0]
        doc = parse(args.cli, path)
        if doc is None:
            continue
        for table in tables(doc):
            seen_header = False
            header_end = -1
            in_goal_block = False
            for r, (anchored, above) in enumerate(rows(table)):
                if not seen_header and not is_header(anchored, False):
                    continue
                role = row_role(anchored, seen_header, table["column_count"], above, in_goal_block)
                texts = [c["text"].replace("\t", " ").replace("\n", " ").replace("|", "｜").strip() for c in anchored]
                key = SEP.join(texts)
                # Overrides name a row by its cells without trailing empty ones (exports differ in those).
                role = row_over.get(key.rstrip(" |"), role)
                if role == "header":
                    in_goal_block = GOAL_HEADER.search(norm(key)) is not None and not re.search(r"级|級|指标|指標", norm(key))
                    if not seen_header or header_end == r - 1:
                        header_end = r
                    seen_header = True
                    for c in anchored:
                        if is_side_label(c, header_end) or not norm(c["text"]):
                            continue
                        text = c["text"].replace("\t", " ").replace("\n", " ").strip()
                        label = col_over.get(text, column_role(text))
                        col_lines.setdefault(norm(text), (text, label, stem))
                spans = ",".join(str(c["column_span"]) for c in anchored) or "1"
                if not anchored:
                    key = ""
                line = (key, role, stem, spans, str(r), str(table["row_count"]), str(table["column_count"]), str(above))
                row_lines.setdefault((key, role, stem, spans, r == 0, r == table["row_count"] - 1), line)
                if args.review:
                    print(f"{stem}\t{table['index']}\t{r}\t{role}\t{key[:90]}")
    with open(os.path.join(HERE, "row-roles.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# cells (' | ' between cells)\trole\tgroup (document)\tcolumn spans\trow\trows\tcolumns\tcolumns covered from above\n")
        for line in sorted(row_lines.values(), key=lambda l: (l[2], int(l[4]), l[0])):
            f.write("\t".join(line) + "\n")
    with open(os.path.join(HERE, "column-roles.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# header cell text\trole\tgroup (normalized text)\tfirst document\n")
        for key, (text, label, stem) in sorted(col_lines.items()):
            f.write(f"{text}\t{label}\t{key}\t{stem}\n")
    print(f"{len(row_lines)} rows, {len(col_lines)} header cells", file=sys.stderr)


if __name__ == "__main__":
    main()
