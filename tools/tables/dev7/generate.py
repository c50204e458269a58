#!/usr/bin/env python3
"""Builds the dev7 table set: a development set (every table is dev; failures are studied here, never on the
held-out halves) of the layout classes still open on the held-out test halves, in my own instances:
Chinese government bulletins and notices with borderless or partially ruled tables, article pages with a table over
both text columns and one inside a column, empty columns and empty rows, two or three tables side by side with and
without rules, lists split into side-by-side halves (gold: one table, the halves' columns side by side, as
ICDAR 2013 marks them). Gold is the grid each table was drawn from (truth.json for tools/tables/score.py; a spanning
cell counts at its first row and column).

Producers:
  raw-*.pdf    content streams as written here (Helvetica, Times, STSong-Light not embedded)
  cairo-*.pdf  the same kind of pages rewritten by cairo's PDF surface (`pdftocairo -pdf`: flipped page matrix,
               glyph-by-glyph TJ, embedded subsets)
  lo-*.pdf     HTML opened by LibreOffice Writer/Web and exported (Noto CJK, its own table layout)
Content is deterministic (seeded). Usage: generate.py OUT_DIR
"""
import html, os, random, subprocess, sys, tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from pdfkit import Truth, run_soffice, width as helv_w, write_pdf, TIMES, times_w, cjk_w, STANDARD_FONTS as FONTS, STSONG_EXTRA as EXTRA

MEASURE = {"F1": helv_w, "F2": lambda s, z: helv_w(s, z) * 1.05, "F3": times_w, "F4": lambda s, z: times_w(s, z) * 1.04}


class Page:
    def __init__(self, font="F1", w=595, h=842):
        self.w, self.h, self.ops, self.font = w, h, [], font

    def wid(self, s, size, font=None):
        cjk = (font or self.font) == "F5" or any(ord(ch) > 0xff for ch in s)
        return cjk_w(s, size) if cjk else MEASURE[font or self.font](s, size)

    def text(self, x, y, s, size=9, font=None):
        if (font or self.font) == "F5" or any(ord(ch) > 0xff for ch in s):
            self.ops.append(f"BT /F5 {size} Tf {x:.2f} {y:.2f} Td <{s.encode('utf-16-be').hex().upper()}> Tj ET")
        else:
            t = s.encode("cp1252").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            self.ops.append(f"BT /{font or self.font} {size} Tf {x:.2f} {y:.2f} Td ({t}) Tj ET")

    def place(self, align, x0, x1, y, s, size=9, font=None):
        w = self.wid(s, size, font)
        self.text(x0 if align == "l" else x1 - w if align == "r" else (x0 + x1 - w) / 2, y, s, size, font)

    def line(self, x0, y0, x1, y1, w=0.5):
        self.ops.append(f"{w} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")

    def para(self, x, y, text, width_pt, size=9, leading=11.5, font=None):
        for ln in wrap(text, width_pt, lambda s: self.wid(s, size, font)):
            self.text(x, y, ln, size, font)
            y -= leading
        return y


def wrap(text, width_pt, measure):
    cjk = any(ord(ch) > 0xff for ch in text)
    pieces = list(text) if cjk else text.split(" ")
    lines, cur = [], ""
    for p in pieces:
        t = cur + p if cjk else (cur + " " + p).strip()
        if cur and measure(t) > width_pt:
            lines.append(cur); cur = p
        else:
            cur = t
    return lines + ([cur] if cur else [])


def draw(p, grid, cols, top, size=8.5, pitch=12, rules=(), vrules=False, pad=2.5, bold_rows=(0,), indent=10):
    """Rows one line each at baselines `pitch` apart from `top` (the first row's top edge). cols: (align, x0, x1).
    rules: row indexes with a rule above them (len(grid) for below the last); vrules: a rule at every column edge
    from the first rule to the last. Returns the y of the bottom edge."""
    for r, row in enumerate(grid):
        y = top - r * pitch - pitch + (pitch - size) / 2 + 1.5
        for c, s in enumerate(row):
            if not s: continue
            a, x0, x1 = cols[c]
            ind = indent if s.startswith("  ") else 0
            bold = r in bold_rows
            font = None if not bold or p.font == "F5" else ("F2" if p.font == "F1" else "F4")
            p.place(a, x0 + pad + ind, x1 - pad, y, s.strip(), size, font)
    ys = [top - r * pitch for r in sorted(rules)]
    for y in ys: p.line(cols[0][1], y, cols[-1][2], y, 0.8 if y in (ys[0], ys[-1]) else 0.4)
    if vrules and ys:
        for x in sorted({c[1] for c in cols} | {cols[-1][2]}): p.line(x, ys[0], x, ys[-1], 0.4)
    return top - len(grid) * pitch


def strip(grid):
    return [[(t.strip() if isinstance(t, str) else t) for t in row] for row in grid]


def f1(rng, a, b):
    return f"{rng.uniform(a, b):.1f}"


CN_PARA = ("为深入贯彻落实全面实施预算绩效管理的决策部署，进一步提高财政资金使用效益，现将有关事项通知如下。各单位要高度重视，"
           "认真组织开展绩效自评工作，按照规定时间报送自评材料，确保数据真实准确、佐证材料齐全完整。")
CN_BULLETIN = ("全年全市地区生产总值比上年增长，其中第一产业增加值、第二产业增加值和第三产业增加值均保持增长，"
               "三次产业结构进一步优化。全年居民消费价格比上年上涨，工业生产者出厂价格有所回落。")
EN_TEXT = ("We report results on three held-out corpora and compare against the strongest published systems under the "
           "same evaluation protocol. Each configuration was run five times and we report the mean; the variance "
           "across runs was small relative to the differences between systems. Ablations isolate the contribution of "
           "each component and show that the alignment features matter most on documents without ruling lines.")


# ------------------------------------------------------------------ Chinese bulletins and notices

def bulletin_income(rng, truth, pages, name, ruled):
    """A statistical bulletin table: caption centred, 单位 line, indented 其中 rows; borderless or top/head/bottom
    rules only."""
    p = Page("F5")
    p.para(60, 800, CN_BULLETIN, 475, 10.5, 16)
    p.place("c", 60, 535, 745, "表2  2024年居民收支主要指标", 11)
    p.place("r", 60, 535, 728, "单位：元", 9)
    g = [["指标", "绝对数", "比上年增长（%）"]]
    for label in ["全体居民人均可支配收入", "  其中：工资性收入", "  经营净收入", "城镇居民人均可支配收入",
                  "农村居民人均可支配收入", "全体居民人均消费支出", "  其中：食品烟酒", "  居住", "  交通通信",
                  "  教育文化娱乐", "城镇居民人均消费支出", "农村居民人均消费支出"]:
        g.append([label, f"{rng.randrange(3000, 68000)}", f1(rng, -3, 12)])
    cols = [("l", 60, 300), ("r", 300, 420), ("r", 420, 535)]
    draw(p, g, cols, 722, 9.5, 17 if not ruled else 15, rules=(0, 1, len(g)) if ruled else (), indent=19)
    pages.append(p); truth.add(name, len(pages), "cn-bulletin", strip(g))


def bulletin_growth(rng, truth, pages, name):
    """Bulletin table with a two-level header (a group label over two columns) and no rules at all."""
    p = Page("F5")
    p.place("c", 50, 545, 790, "表5  2024年分行业规模以上工业增加值增长速度", 11)
    p.place("r", 50, 545, 772, "单位：%", 9)
    g = [["行业", "12月", "", "1-12月", ""], ["", "增速", "拉动", "增速", "拉动"]]
    for ind in ["采矿业", "制造业", "  农副食品加工业", "  化学原料和化学制品制造业", "  非金属矿物制品业",
                "  通用设备制造业", "  汽车制造业", "  计算机、通信和其他电子设备制造业",
                "电力、热力、燃气及水生产和供应业"]:
        g.append([ind, f1(rng, -8, 20), f1(rng, -1, 3), f1(rng, -8, 20), f1(rng, -1, 3)])
    cols = [("l", 50, 290), ("r", 290, 350), ("r", 350, 415), ("r", 415, 480), ("r", 480, 545)]
    y = 760
    draw(p, g[2:], cols, y - 34, 9, 16, indent=18)
    p.place("c", 290, 415, y - 12, "12月", 9); p.place("c", 415, 545, y - 12, "1-12月", 9)
    for c, s in enumerate(g[1]):
        if s: p.place("r", cols[c][1], cols[c][2] - 2.5, y - 28, s, 9)
    p.text(52.5, y - 20, "行业", 9)
    p.text(50, y - 34 - 16 * (len(g) - 2) - 16, "注：增速按可比价格计算。", 8.5)
    pages.append(p)
    truth.add(name, len(pages), "cn-bulletin", strip(g), {(0, 1): (1, 2), (0, 3): (1, 2), (0, 0): (2, 1)})


def notice_annex(rng, truth, pages, name):
    """A notice with an annex table ruled only at top, under the header and at the bottom; a 备注 column
    with no entries."""
    p = Page("F5")
    p.place("c", 60, 535, 790, "关于开展2024年度项目支出绩效自评工作的通知", 13)
    y = p.para(60, 762, "各有关单位：", 475, 10.5, 18)
    y = p.para(81, y, CN_PARA, 454, 10.5, 18)
    y = p.para(81, y, "附件：2024年度绩效自评项目清单", 454, 10.5, 18) - 10
    g = [["序号", "项目名称", "主管部门", "预算金额（万元）", "备注"]]
    for k, (proj, dept) in enumerate([("城乡义务教育公用经费保障", "县教育局"), ("基层医疗卫生机构运行补助", "县卫生健康局"),
                                      ("农村饮水安全巩固提升工程", "县水利局"), ("高标准农田建设", "县农业农村局"),
                                      ("城市道路维修养护", "县住房和城乡建设局"), ("公共图书馆免费开放", "县文化和旅游局"),
                                      ("困难群众救助补助", "县民政局"), ("森林防火能力建设", "县林业局")]):
        g.append([str(k + 1), proj, dept, f"{rng.uniform(20, 3000):.2f}", ""])
    cols = [("c", 60, 95), ("l", 95, 285), ("l", 285, 390), ("r", 390, 480), ("c", 480, 535)]
    bottom = draw(p, g, cols, y, 9.5, 19, rules=(0, 1, len(g)))
    p.para(60, bottom - 30, "联系人：办公室  联系电话：0731-84112233", 475, 10.5, 18)
    pages.append(p); truth.add(name, len(pages), "cn-empty-col", strip(g))


def notice_text(rng, truth, pages, name):
    """A notice with numbered items and a signature block: no table."""
    p = Page("F5")
    p.place("c", 60, 535, 790, "关于做好2025年预算编制工作的通知", 13)
    y = 760
    for k, head in enumerate(["一、总体要求", "二、主要任务", "三、时间安排", "四、工作要求"]):
        y = p.para(81, y, head, 454, 10.5, 18)
        y = p.para(81, y, CN_PARA + CN_BULLETIN[:40], 454, 10.5, 18) - 6
    p.place("r", 60, 500, y - 30, "县财政局", 10.5); p.place("r", 60, 500, y - 50, "2024年10月8日", 10.5)
    pages.append(p); truth.none(name, len(pages))


# ------------------------------------------------------------------ side by side

def side_by_side_cn(rng, truth, pages, name, ruled, three=False):
    p = Page("F5")
    p.place("c", 40, 555, 795, "2025年部门预算收支总表" if not three else "2024年主要经济指标", 12)
    if three:
        sets = [("人口", ["常住人口", "城镇人口", "乡村人口", "出生人口", "死亡人口"], "万人"),
                ("农业", ["粮食产量", "蔬菜产量", "水果产量", "肉类产量", "水产品产量"], "万吨"),
                ("财政", ["一般公共预算收入", "税收收入", "非税收入", "一般公共预算支出", "民生支出"], "亿元")]
        xs, w0, w1 = [40, 215, 390], 105, 60
    else:
        sets = [("收入", ["一般公共预算拨款收入", "政府性基金预算拨款收入", "国有资本经营预算拨款收入", "事业收入", "事业单位经营收入",
                         "其他收入", "上年结转结余"], "万元"),
                ("支出", ["一般公共服务支出", "公共安全支出", "教育支出", "科学技术支出", "社会保障和就业支出", "卫生健康支出",
                         "节能环保支出"], "万元")]
        xs, w0, w1 = [40, 305], 160, 85
    for x, (head, items, unit) in zip(xs, sets):
        g = [[head, f"金额（{unit}）" if not three else unit]]
        for it in items: g.append([it, f"{rng.uniform(1, 9000):,.2f}"])
        if not three: g.append(["合计", f"{rng.uniform(9000, 30000):,.2f}"])
        cols = [("l", x, x + w0), ("r", x + w0, x + w0 + w1)]
        draw(p, g, cols, 770, 9, 16, rules=(0, 1, len(g)) if ruled else (), vrules=ruled)
        truth.add(name, len(pages) + 1, "side-by-side", strip(g))
    pages.append(p)


def side_by_side_en(rng, truth, pages, name, ruled):
    p = Page("F1")
    p.text(50, 790, "Table 7. Hospital admissions (left) and waiting times (right), 2024", 10, "F2")
    regions = ["North East", "North West", "Yorkshire", "East Midlands", "West Midlands", "East", "London", "South East",
               "South West"]
    for x, head in ((50, ["Region", "Admissions", "Per 1,000"]), (310, ["Region", "Median weeks", "Over 18 wks (%)"])):
        g = [head]
        for reg in regions:
            g.append([reg, f"{rng.randrange(20000, 900000):,}", f1(rng, 40, 160)] if x == 50 else
                     [reg, f1(rng, 8, 22), f1(rng, 20, 60)])
        cols = [("l", x, x + 90), ("r", x + 90, x + 160), ("r", x + 160, x + 235)]
        draw(p, g, cols, 772, 8.5, 12.5, rules=(0, 1, len(g)) if ruled else ())
        truth.add(name, len(pages) + 1, "side-by-side", g)
    p.text(50, 772 - 12.5 * 10 - 14, "Source: hospital episode statistics. Waiting times for incomplete pathways.", 7.5)
    pages.append(p)


# ------------------------------------------------------------------ lists in halves

def halves_list(rng, truth, pages, name, rule_between, cn):
    p = Page("F5" if cn else "F1")
    if cn:
        names = ["东城区", "西城区", "朝阳区", "丰台区", "石景山区", "海淀区", "门头沟区", "房山区", "通州区", "顺义区", "昌平区",
                 "大兴区", "怀柔区", "平谷区", "密云区", "延庆区", "经开区", "新区", "高新区", "港区"]
        head = ["地区", "户数", "人口（人）"]
        p.place("c", 50, 545, 790, "表4  各区户籍户数和人口", 11)
    else:
        names = ["Aberdeen", "Bath", "Belfast", "Bristol", "Cambridge", "Cardiff", "Chester", "Derby", "Dundee",
                 "Durham", "Exeter", "Glasgow", "Hull", "Leeds", "Leicester", "Lincoln", "Norwich", "Oxford", "Perth",
                 "York"]
        head = ["City", "Stations", "Passengers"]
        p.text(50, 790, "Table 12. Rail stations and annual passengers by city, 2023-24", 10, "F2")
    half = len(names) // 2
    rows = [[n, str(rng.randrange(2, 40) if not cn else rng.randrange(10000, 400000)),
             f"{rng.randrange(100000, 9000000):,}"] for n in names]
    g = [head + head] + [rows[k] + rows[k + half] for k in range(half)]
    cols = [("l", 50, 140), ("r", 140, 210), ("r", 210, 290), ("l", 305, 395), ("r", 395, 465), ("r", 465, 545)]
    bottom = draw(p, g, cols, 772, 9, 14, rules=(0, 1, len(g)))
    if rule_between: p.line(297.5, 772, 297.5, bottom, 0.4)
    pages.append(p); truth.add(name, len(pages), "halves", strip(g))


# ------------------------------------------------------------------ article pages (Times, two columns)

def article_pages(rng, truth, pages, name):
    # a table over both columns between two-column text, and a table inside the left column
    p = Page("F3")
    lx, rx, cw = 56, 311, 228
    p.text(56, 800, "4 Experiments", 11, "F4")
    yl = p.para(lx, 784, EN_TEXT, cw, 9.5, 11.5)
    yr = p.para(rx, 784, EN_TEXT, cw, 9.5, 11.5)
    top = min(yl, yr) - 10
    p.text(56, top, "Table 2: Accuracy (%) on the three test corpora; best in bold.", 9)
    g = [["Method", "Params", "News", "Forms", "Papers", "Mean"]]
    for m in ["Baseline CRF", "BiLSTM", "LayoutLM", "DocFormer", "GraphTab", "Ours (small)", "Ours (large)"]:
        v = [rng.uniform(60, 95) for _ in range(3)]
        g.append([m, f"{rng.randrange(5, 400)}M", *(f"{x:.1f}" for x in v), f"{sum(v) / 3:.1f}"])
    cols = [("l", 56, 196), ("r", 196, 256), ("r", 256, 326), ("r", 326, 396), ("r", 396, 466), ("r", 466, 539)]
    bottom = draw(p, g, cols, top - 6, 9, 12, rules=(0, 1, len(g)))
    truth.add(name, len(pages) + 1, "article", g)
    y = bottom - 16
    yl = p.para(lx, y, EN_TEXT, cw, 9.5, 11.5)
    g2 = [["Split", "Docs", "Tables"], ["Train", "1,204", "3,871"], ["Dev", "150", "466"], ["Test", "151", "502"]]
    cols2 = [("l", lx, lx + 100), ("r", lx + 100, lx + 160), ("r", lx + 160, lx + cw)]
    p.text(lx, yl - 8, "Table 3: Corpus sizes.", 9)
    b2 = draw(p, g2, cols2, yl - 14, 9, 12, rules=(0, 1, len(g2)))
    p.para(lx, b2 - 14, EN_TEXT[:180], cw, 9.5, 11.5)
    p.para(rx, y, EN_TEXT + " " + EN_TEXT, cw, 9.5, 11.5)
    truth.add(name, len(pages) + 1, "article", g2)
    pages.append(p)
    # a table inside the right column beside running text on the left, unruled except a head rule
    p = Page("F3")
    y = p.para(lx, 800, EN_TEXT + " " + EN_TEXT + " " + EN_TEXT, cw, 9.5, 11.5)
    p.text(rx, 800, "Table 4: Error analysis by cause.", 9)
    g3 = [["Cause", "Count", "Share"]]
    for cause in ["Merged cells", "Missing rules", "Wrapped header", "Footnote marks", "Rotated text", "Other"]:
        g3.append([cause, str(rng.randrange(3, 90)), f1(rng, 1, 40)])
    cols3 = [("l", rx, rx + 110), ("r", rx + 110, rx + 170), ("r", rx + 170, rx + cw)]
    b3 = draw(p, g3, cols3, 792, 9, 12, rules=(1,))
    p.para(rx, b3 - 16, EN_TEXT + " " + EN_TEXT, cw, 9.5, 11.5)
    truth.add(name, len(pages) + 1, "article", g3)
    pages.append(p)
    # two-column text, no table
    p = Page("F3")
    p.text(56, 800, "5 Discussion", 11, "F4")
    p.para(lx, 784, " ".join([EN_TEXT] * 5), cw, 9.5, 11.5)
    p.para(rx, 784, " ".join([EN_TEXT] * 5), cw, 9.5, 11.5)
    pages.append(p); truth.none(name, len(pages))


# ------------------------------------------------------------------ empty columns and rows

def empty_cells(rng, truth, pages, name):
    """A ruled grid with a header-only column and an empty spacer row between two groups."""
    p = Page("F1")
    p.text(50, 790, "Table 9. Inspections by premises type", 10, "F2")
    g = [["Premises", "Inspected", "Compliant", "Notices", "Follow-up due"]]
    for k, t in enumerate(["Restaurants", "Takeaways", "Cafes", "", "Schools", "Hospitals", "Care homes"]):
        g.append(["", "", "", "", ""] if not t else [t, str(rng.randrange(40, 900)), str(rng.randrange(20, 400)),
                                                    str(rng.randrange(0, 40)), ""])
    cols = [("l", 50, 170), ("r", 170, 250), ("r", 250, 330), ("r", 330, 410), ("c", 410, 500)]
    draw(p, g, cols, 772, 9, 15, rules=range(len(g) + 1), vrules=True)
    pages.append(p); truth.add(name, len(pages), "empty", g)


# ------------------------------------------------------------------ LibreOffice HTML

def lo_pages(rng, truth):
    name, parts = "lo-mixed.pdf", []
    # a bulletin table without borders
    g = [["地区", "地区生产总值（亿元）", "比上年增长（%）", "人均（元）"]]
    for reg in ["全市", "  城区", "  高新区", "  经开区", "北山县", "南河县", "东湖县", "西岭县"]:
        g.append([reg, f"{rng.uniform(50, 9000):.1f}", f1(rng, -2, 9), f"{rng.randrange(30000, 160000)}"])
    body = "".join("<tr>" + "".join(f'<td{" align=right" if c else ""}>{"&#12288;&#12288;" if s.startswith("  ") else ""}{html.escape(s.strip())}</td>'
                                    for c, s in enumerate(row)) + "</tr>" for row in g)
    parts.append(f"<p>{CN_BULLETIN}</p><p align=center><b>表1  2024年各地区生产总值</b></p>"
                 f'<table cellspacing="0" cellpadding="4" width="85%">{body}</table><p>注：按现价计算。</p>')
    truth.add(name, 1, "cn-bulletin", strip(g))
    # two tables side by side (one outer row), ruled
    inner = []
    for head, items in (("项目", ["基本支出", "项目支出", "上缴上级支出", "对附属单位补助支出"]), ("科目", ["人员经费", "公用经费", "专项业务费", "设备购置费"])):
        gg = [[head, "金额（万元）"]] + [[it, f"{rng.uniform(10, 900):.2f}"] for it in items]
        inner.append(f'<table border="1" cellspacing="0" cellpadding="3" width="290">' + "".join(
            "<tr>" + "".join(f'<td{" align=right" if c else ""}>{html.escape(s)}</td>' for c, s in enumerate(row)) + "</tr>"
            for row in gg) + "</table>")
        truth.add(name, 2, "side-by-side", gg)
    parts.append('<p><b>支出预算表</b></p><table cellspacing="0" cellpadding="0" width="640"><tr>'
                 f'<td valign="top" width="300">{inner[0]}</td><td width="40">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</td><td valign="top" width="300">{inner[1]}</td></tr></table>')
    # a ruled table with an empty column and an empty row
    g = [["序号", "单位", "应到人数", "实到人数", "缺席原因"]]
    for k, u in enumerate(["财务科", "办公室", "", "规划科", "审计科", "人事科"]):
        g.append(["", "", "", "", ""] if not u else [str(k + 1), u, str(rng.randrange(5, 30)), str(rng.randrange(3, 5)), ""])
    body = "".join("<tr>" + "".join(f"<td>{html.escape(s) or '&nbsp;'}</td>" for s in row) + "</tr>" for row in g)
    parts.append(f'<p><b>会议签到统计表</b></p><table border="1" cellspacing="0" cellpadding="4" width="80%">{body}</table>')
    truth.add(name, 3, "empty", g)
    # a list in halves without rules
    names = ["粮食", "油料", "棉花", "糖料", "蔬菜", "水果", "茶叶", "猪肉", "牛肉", "羊肉", "禽蛋", "牛奶"]
    rows = [[n, f"{rng.uniform(1, 900):.1f}", f1(rng, -5, 10)] for n in names]
    gh = [["产品", "产量（万吨）", "增长（%）"] * 2] + [rows[k] + rows[k + 6] for k in range(6)]
    body = "".join("<tr>" + "".join(f'<td{" align=right" if c % 3 else ""}>{html.escape(s)}</td>' for c, s in enumerate(row)) + "</tr>" for row in gh)
    parts.append(f'<p><b>表6  主要农产品产量</b></p><table cellspacing="0" cellpadding="3" width="95%">{body}</table>')
    truth.add(name, 4, "halves", gh)
    return name, parts


def main():
    out = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "out/tables-dev7")
    os.makedirs(out, exist_ok=True)
    rng = random.Random(20261201_7)
    truth = Truth()
    with tempfile.TemporaryDirectory() as work:
        name, pages = "raw-mixed.pdf", []
        bulletin_income(rng, truth, pages, name, ruled=False)
        notice_annex(rng, truth, pages, name)
        side_by_side_en(rng, truth, pages, name, ruled=False)
        side_by_side_cn(rng, truth, pages, name, ruled=False, three=True)
        halves_list(rng, truth, pages, name, rule_between=True, cn=False)
        empty_cells(rng, truth, pages, name)
        notice_text(rng, truth, pages, name)
        write_pdf(os.path.join(out, name), [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
        name, pages = "raw-article.pdf", []
        article_pages(rng, truth, pages, name)
        write_pdf(os.path.join(out, name), [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
        name, pages = "cairo-mixed.pdf", []
        bulletin_income(rng, truth, pages, name, ruled=True)
        bulletin_growth(rng, truth, pages, name)
        side_by_side_cn(rng, truth, pages, name, ruled=True)
        side_by_side_en(rng, truth, pages, name, ruled=True)
        halves_list(rng, truth, pages, name, rule_between=False, cn=True)
        src = os.path.join(work, "cairo.raw.pdf")
        write_pdf(src, [("\n".join(p.ops), (p.w, p.h), None) for p in pages], FONTS, EXTRA)
        subprocess.run(["pdftocairo", "-pdf", src, os.path.join(out, name)], check=True, timeout=120)
        name, parts = lo_pages(rng, truth)
        doc = '<p style="page-break-before: always"></p>'.join(parts)
        src = os.path.join(work, "lo-mixed.html")
        open(src, "w", encoding="utf-8").write(
            '<html><head><meta charset="utf-8"><style>body{font-family:"Noto Sans CJK SC";font-size:10pt}</style></head>'
            f"<body>{doc}</body></html>")
        run_soffice(work, ["--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out, src])
    for e in truth.entries: e["split"] = "dev"  # the whole set is for development
    truth.save(out)


if __name__ == "__main__":
    main()
