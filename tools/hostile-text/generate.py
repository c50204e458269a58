#!/usr/bin/env python3
"""Writes scalable hostile texts for the extractor's line and paragraph scanners (tools/bench-hostile.sh):
   generate.py OUT_DIR SCALE [CASE...]   -> OUT_DIR/CASE.txt, each about SCALE repetitions of its unit.
Each case is one worst shape a scanner may meet: one line without sentence breaks, thousands of rows, one huge cell.
Doubling SCALE should at most double the work; a case whose time grows faster has a super-linear path."""
import os
import sys

TITLE = "某县2022年道路养护项目绩效自评报告\n"
HEADER_WORDS = "一级指标二级指标三级指标指标值实际完成值分值得分偏差原因"
NAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉"


def name(i):
    # Distinct four-character Chinese names, so rows and rates are not merged as one indicator.
    return "".join(NAMES[(i // 20 ** k) % 20] for k in range(4))


CASES = {
    # ~60,000 of these took ~60 s at the thirty-first session's start.
    "money-clauses": lambda n: "".join("项目资金共计12.5万元，其中：人员经费3万元，公用经费9.5万元。" for _ in range(n)),
    "money-clause-lines": lambda n: "".join("项目资金共计12.5万元，其中：人员经费3万元，公用经费9.5万元。\n" for _ in range(n)),
    # ~80,000 glued header words on one line took over 160 s then.
    "glued-headers": lambda n: HEADER_WORDS * max(1, n // 10),
    "glued-headers-numbers": lambda n: "".join(f"一级指标二级指标三级指标指标值{i}实际完成值{i % 97}%分值10得分9.5偏差原因" for i in range(max(1, n // 10))),
    "glued-headers-spaced": lambda n: "一级指标 二级指标 三级指标 指标值 实际完成值 分值 得分 偏差原因 " * max(1, n // 8),
    "amount-line": lambda n: "".join(f"{i % 1000 + 1}.5万元 " for i in range(n)),
    "table-rows": lambda n: "一级指标\t二级指标\t三级指标\t指标值\t实际完成值\t分值\t得分\n"
    + "".join(f"产出指标\t数量指标\t{name(i)}数量\t≥{i}个\t{i}个\t10\t10\n" for i in range(n)),
    "percents": lambda n: "预算执行率为" + "、".join(f"{i % 100}.{i % 10}%" for i in range(n)) + "。",
    "stated-rates": lambda n: "".join(f"{name(i)}合格率{i % 100}%，" for i in range(n)) + "。",
    "qizhong-chain": lambda n: "项目资金100万元" + "，其中其他资金1万元" * n + "。",
    "qita-chain": lambda n: "".join(f"其中：其他{i}万元，其他" for i in range(n)),
    "big-cell": lambda n: "项目名称：道路养护\n" + "热" * (n * 50),
    "goal-result-lines": lambda n: "".join(f"绩效目标：{name(i)}数量不少于{i}个。\n" for i in range(n))
    + "".join(f"实际完成：{name(i)}数量{i}个。\n" for i in range(n)),
    # A glued indicator table followed by one page chunk ("2、…") of unbounded length.
    "glued-table-long-chunk": lambda n: "一级指标二级指标三级指标年度指标值实际完成值产出指标数量指标甲乙数量10个10个\n"
    + "2、" + "".join(f"{name(i)}数量{i % 90 + 1}个{i % 90 + 1}个" for i in range(n * 5)),
    "place-repeats": lambda n: "按照北京市朝阳区财政局要求，" * n,
    "introduced-office": lambda n: "北京市朝阳区交通局（以下简称" * n,
    # An already-paid clause before each amount (DisbursedAmount), and one clause of 已 that never reaches its 拨付.
    "disbursed-clauses": lambda n: "".join(f"已按合同约定和施工进度及时足额拨付资金{i % 90 + 1}.5万元，" for i in range(n)) + "。",
    "already-run": lambda n: "已" * (n * 10) + "拨付资金12.5万元。",
    # A place-named layout word over and over (the prose office pattern's non-office words), and an overview heading run
    # on with one sentence that never ends.
    "layout-repeats": lambda n: "云南省共布局" * n,
    "inline-overview": lambda n: "（一）项目概况。" + "".join(f"{name(i)}资金" for i in range(n)),
}


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: generate.py OUT_DIR SCALE [CASE...]")
    out, scale = sys.argv[1], int(sys.argv[2])
    os.makedirs(out, exist_ok=True)
    for case in sys.argv[3:] or CASES:
        with open(os.path.join(out, case + ".txt"), "w", encoding="utf-8") as f:
            f.write(TITLE + CASES[case](scale) + "\n")
        print(case)


main()
