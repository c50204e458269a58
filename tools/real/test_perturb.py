#!/usr/bin/env python3
"""Invariants of perturb.py's indicator-table variants, on a small synthetic 自评表.

usage: python3 -m unittest tools/real/test_perturb.py   (from the repository root)
"""
import importlib.util
import json
import os
import random
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("perturb", os.path.join(HERE, "perturb.py"))
perturb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(perturb)

FORM = [
    "某县2023年农村危房改造项目绩效自评表",
    "绩效指标\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施",
    "产出指标\t数量指标\t改造农村危房\t≥120户\t126户\t20\t20\t",
    "新建村级公厕\t≥8座\t8座\t10\t9\t",
    "修缮文化广场\t≥3处\t3处\t10\t10\t",
    "质量指标\t工程验收合格率\t100%\t100%\t20\t20\t",
    "效益指标\t社会效益指标\t群众住房安全保障\t有效保障\t有效保障\t20\t18\t",
    "群众居住条件改善\t明显改善\t明显改善\t10\t10\t",
    "满意度指标\t服务对象满意度指标\t受益群众满意度\t≥90%\t95%\t10\t10\t",
    "合计\t100\t97\t",
]
GOLD = {"projects": [{"indicators": [
    {"level1": "产出指标", "level2": "数量指标", "name": "改造农村危房"},
    {"level1": "产出指标", "level2": "质量指标", "name": "工程验收合格率"},
    {"level1": "效益指标", "level2": "社会效益指标", "name": "群众住房安全保障"},
]}]}


def run(name, lines=FORM, gold=GOLD):
    ctx = {"roles": perturb.header_roles(), "tables": perturb.find_tables(lines, perturb.header_roles()),
           "rng": random.Random("7:%s:test" % name)}
    return perturb.TRANSFORMATIONS[name](list(lines), json.loads(json.dumps(gold)), ctx)


def cells(lines):
    return sorted(c.strip() for l in lines for c in l.split("\t") if c.strip())


def row_of(lines, name):
    return next(l.split("\t") for l in lines if name in l.split("\t"))


class IndicatorTableVariants(unittest.TestCase):
    def test_every_new_variant_changes_the_form_and_leaves_the_indicator_names_in_place(self):
        for name in ("header-letters", "level-repeated", "level-numbered", "points-swapped", "header-repeated"):
            out, _ = run(name)
            self.assertNotEqual(out, FORM, name)
            for indicator in ("改造农村危房", "新建村级公厕", "受益群众满意度"):
                self.assertIn(indicator, cells(out), name)

    def test_cell_lines_put_each_filled_cell_on_a_line_of_its_own_in_reading_order(self):
        out, gold = run("cell-lines")
        self.assertTrue(all("\t" not in l for l in out))
        self.assertEqual(out[:3], [FORM[0], "绩效指标", "一级指标"])
        at = out.index("新建村级公厕")
        self.assertEqual(out[at:at + 5], ["新建村级公厕", "≥8座", "8座", "10", "9"])
        self.assertEqual(out[at + 5], "修缮文化广场")
        self.assertEqual(gold, GOLD)

    def test_glued_runs_each_rows_cells_together_with_nothing_between(self):
        out, gold = run("glued")
        self.assertEqual(out[3], "新建村级公厕≥8座8座109")
        self.assertEqual(len(out), len(FORM))
        self.assertEqual(gold, GOLD)

    def test_header_letters_mark_only_the_target_and_actual_headers(self):
        out, gold = run("header-letters")
        self.assertIn("年度指标值(A)", out[1].split("\t"))
        self.assertIn("实际完成值(B)", out[1].split("\t"))
        self.assertEqual(out[2:], FORM[2:])
        self.assertEqual(gold, GOLD)

    def test_repeated_levels_fill_every_row_of_their_span_and_keep_its_values_under_their_headers(self):
        out, gold = run("level-repeated")
        self.assertEqual(row_of(out, "新建村级公厕")[:3], ["产出指标", "数量指标", "新建村级公厕"])
        self.assertEqual(row_of(out, "工程验收合格率")[:2], ["产出指标", "质量指标"])
        self.assertEqual(row_of(out, "群众居住条件改善")[:2], ["效益指标", "社会效益指标"])
        self.assertEqual(row_of(out, "新建村级公厕")[-3:], ["10", "9", ""])
        self.assertEqual(gold, GOLD)

    def test_numbered_levels_keep_the_bare_label_in_the_gold_with_the_numbered_one_accepted(self):
        out, gold = run("level-numbered")
        self.assertEqual(row_of(out, "改造农村危房")[:2], ["一、产出指标", "1.数量指标"])
        self.assertEqual(row_of(out, "工程验收合格率")[0], "2.质量指标")
        self.assertEqual(row_of(out, "群众住房安全保障")[0], "二、效益指标")
        quality = gold["projects"][0]["indicators"][1]
        self.assertEqual((quality["level1"], quality["level2"]), ("产出指标", "质量指标"))
        self.assertEqual((quality["level1_alternatives"], quality["level2_alternatives"]), (["一、产出指标"], ["2.质量指标"]))

    def test_swapped_points_trade_places_in_the_header_and_the_indicator_rows_only(self):
        out, _ = run("points-swapped")
        header = out[1].split("\t")
        self.assertLess(header.index("得分"), header.index("分值"))
        self.assertEqual(row_of(out, "新建村级公厕")[-3:], ["9", "10", ""])
        self.assertEqual(out[-1], FORM[-1])
        self.assertEqual(cells(out), cells(FORM))

    def test_a_repeated_header_adds_only_a_copy_of_the_header_line(self):
        out, gold = run("header-repeated")
        self.assertEqual(len(out), len(FORM) + 1)
        self.assertEqual(out.count(FORM[1]), 2)
        self.assertEqual([l for i, l in enumerate(out) if not (l == FORM[1] and i > 1)], FORM)
        self.assertEqual(gold, GOLD)

    def test_a_table_with_a_points_column_after_each_level_is_left_as_it_is_by_level_repeated(self):
        form = ["某项目绩效评价指标体系", "一级指标\t分值\t二级指标\t分值\t三级指标\t分值\t得分",
                "项目决策\t20\t项目立项\t10\t立项依据充分性\t5\t5", "立项程序规范性\t5\t4",
                "绩效目标\t10\t绩效目标合理性\t5\t5", "绩效指标明确性\t5\t5"]
        out, _ = run("level-repeated", form, {"projects": []})
        self.assertEqual(out, form)

    # A scoring table whose rows print their merged level cells as blanks and leave out their empty last cells.
    SCORED = ["某项目绩效评价指标体系", "序号\t一级指标\t二级指标\t三级指标\t指标分值\t评分标准\t备注\t自评",
              "1\t投入\t项目立项\t立项依据充分性\t2\t符合政策文件得2分\t\t2",
              "2\t\t\t绩效目标编制\t4\t目标明确得4分",
              "3\t\t\t资金到位率\t3\t全部到位得3分\t\t3"]

    def test_a_row_that_prints_its_merged_cells_as_blanks_gets_no_more_blanks_from_level_blank(self):
        out, _ = run("level-blank", self.SCORED, {"projects": []})
        self.assertEqual(row_of(out, "绩效目标编制")[:4], ["2", "", "", "绩效目标编制"])

    def test_no_points_takes_the_points_cell_of_a_row_short_at_its_end(self):
        out, _ = run("no-points", self.SCORED, {"projects": []})
        self.assertEqual(row_of(out, "绩效目标编制"), ["2", "", "", "绩效目标编制", "目标明确得4分"])

    def test_a_gold_name_without_the_cells_trailing_bracket_is_found_for_its_cell(self):
        gold = {"projects": [{"indicators": [{"name": "公猪舍", "score": 1}, {"name": "仓库", "score": 2}]}]}
        found = perturb.gold_indicators(gold, {"公猪舍(≥**平方米)"})
        self.assertEqual(["公猪舍"], [i["name"] for i in found])

    def test_a_second_form_adds_a_titled_form_and_its_project_with_the_reports_place_to_the_gold(self):
        gold = {"projects": [{"name": "农村危房改造", "province": "某省", "city": None, "district": "某县", "department": "某县住建局",
                              "year": 2023, "indicators": GOLD["projects"][0]["indicators"]}]}
        out, new_gold = run("second-form", FORM, gold)
        self.assertEqual(out[:len(FORM)], FORM)
        self.assertRegex(out[len(FORM) + 1], r"^2023年度.+项目支出绩效自评表$")
        self.assertFalse(any("项目名称" in line for line in out))
        self.assertEqual(len(new_gold["projects"]), 2)
        second = new_gold["projects"][1]
        self.assertIn(second["name"], out[len(FORM) + 1])
        self.assertEqual((second["district"], second["department"], second["year"]), ("某县", "某县住建局", 2023))
        self.assertEqual(len(second["indicators"]), len(out) - len(FORM) - 3)
        self.assertEqual(gold["projects"][0], new_gold["projects"][0])

    def test_a_second_form_names_no_project_sharing_a_four_character_run_with_the_reports(self):
        for own in ("农村公路养护", "森林防火能力提升", "城乡居民医疗救助"):
            for seed in range(20):
                gold = {"projects": [{"name": own, "indicators": []}]}
                _, new_gold = perturb.TRANSFORMATIONS["second-form"](list(FORM), gold, {"rng": random.Random(seed)})
                self.assertFalse(perturb.shares_run(new_gold["projects"][1]["name"], own), (own, seed))

    def test_a_second_named_form_names_its_project_in_a_row_under_a_title_naming_none(self):
        gold = {"projects": [{"name": "农村危房改造", "province": "某省", "city": None, "district": "某县", "department": "某县住建局",
                              "year": 2023, "indicators": GOLD["projects"][0]["indicators"]}]}
        out, new_gold = run("second-named-form", FORM, gold)
        self.assertEqual(out[:len(FORM)], FORM)
        self.assertEqual(out[len(FORM) + 1], "2023年度项目支出绩效自评表")
        second = new_gold["projects"][1]
        self.assertEqual(out[len(FORM) + 2], "项目名称\t" + second["name"])
        self.assertEqual(len(second["indicators"]), len(out) - len(FORM) - 4)

    def test_a_document_with_several_projects_gets_no_second_form(self):
        gold = {"projects": [{"name": "甲", "indicators": []}, {"name": "乙", "indicators": []}]}
        out, new_gold = run("second-form", FORM, gold)
        self.assertEqual((out, new_gold), (FORM, gold))

    def test_variants_are_the_same_for_the_same_seed(self):
        for name in perturb.TRANSFORMATIONS:
            self.assertEqual(run(name), run(name), name)


if __name__ == "__main__":
    unittest.main()
