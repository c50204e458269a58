#!/usr/bin/env python3
"""Writes indicator-names.tsv and amount-contexts.tsv: hand-written phrase lists combined with a fixed seed.

Columns: text, label, group. The group is the core phrase an example was built from; evaluation holds
out whole groups (FNV-1a of the group mod 5 == 0), so held-out names use wording never trained on.
Traditional-script variants come from OpenCC (npm opencc-js): set OPENCC_JS to its node_modules folder.
Run: OPENCC_JS=/path/node_modules python3 corpus/labels/generate_labels.py  (deterministic).
"""
import json, os, random, subprocess

HERE = os.path.dirname(os.path.abspath(__file__))

CORES = {
 "answer_rate": "接通率 话务接通率 电话接通率 呼入接通率 综合接通率 人工接通率 转接接通率 人工服务接通率 坐席接通率 来电接听率 电话接听率 15秒接通率 20秒内接通率 呼叫应答率 接起率 人工话务接通率 有效接通率 来电接通率 热线电话接通率 月度话务接通率 高峰时段接通率 呼损率控制 人工应答率 电话接起率 服务热线接通率 来电及时接听率",
 "satisfaction": "满意度 满意率 群众满意度 市民满意度 服务对象满意度 话务服务市民满意度 综合满意度 企业满意度 办事群众满意率 工单办理满意率 社会公众满意度 服务满意度 来电群众满意度 好评率 诉求人满意率 政务服务好评率 办理结果满意度 受益群众满意度 市民满意率 服务评价满意率 群众评价满意度 来电人满意率 参保人满意度 用人单位满意度",
 "callback_rate": "回访率 工单回访率 不满意工单回访率 对群众办理结果不满意的回访率 电话回访率 办结工单回访率 回访完成率 回访覆盖率 回拨率 漏话回拨率 未接来电回拨率 回访及时率 满意度回访率 投诉件回访率 诉求回访比例 重点工单回访率 二次回访率 随机回访率",
 "dispatch_timeliness": "工单转派及时率 派单及时率 转办及时率 工单办理及时率 办理及时率 转派准确率 派单准确率 工单分派及时率 交办及时率 工单流转及时率 转派时限 工单办理及时情况 诉求转办及时性 工单派发及时率 按时转派率 转办时效 工单转办准确率 派单精准率 紧急工单转派时效 工单签收及时率 分拨及时率 工单处置及时率",
 "completion_rate": "办结率 按时办结率 工单办结率 诉求办结率 领导接电交办重点事项完成率 交办事项完成率 工单完成率 结案率 事项办结率 按期办结率 督办件办结率 重点诉求办结率 按时办理率 承办单位办结率 当月办结率 投诉举报办结率 工单按期办结率 政务服务事项办结率 来信办结率 咨询件办理率 案件结案率 督办事项完成率",
 "resolution_rate": "解决率 诉求解决率 问题解决率 实际解决率 群众诉求解决率 投诉问题解决率 工单解决率 事项解决率 咨询问题解决率 难点问题解决率 办理解决率 问题化解率 矛盾纠纷化解率 诉求实际解决率 市民诉求解决率 投诉解决率 企业诉求解决率",
 "first_contact_resolution": "一次性解答率 群众咨询事项一次性解答率 一次性解决率 首问解决率 直接解答率 当场解答率 话务一次性办结率 咨询类一次解答率 即时解答率 一次办结率 话务员直接答复率 首次来电解决率 咨询电话一次性答复率 即时办结率 当场答复率 一次性告知率",
 "platform_availability": "话务平台可用率 系统可用率 平台可用率 系统正常运行率 平台运行率 系统在线率 设备完好率 网络可用率 知识库系统可用性 热线系统稳定运行率 服务器正常运行率 平台运行稳定性 系统运行稳定率 呼叫中心系统可用率 设备正常运行率 软硬件完好率 网络通畅率 系统无故障运行率",
 "budget_execution": "预算执行率 预算完成率 支出实现率 资金执行率 预算资金执行率 项目预算执行率 资金支付进度 支出进度 资金支出率 年度预算执行率 项目资金执行率 财政资金支付率 预算支出完成率 资金拨付率 预算执行进度 资金使用率 预算支出进度 年度资金支出率",
 "complaint_rate": "投诉率 公众投诉率 有效投诉率 服务投诉率 被投诉率 群众投诉率 客户投诉率 服务质量投诉率 有责投诉率 话务员被投诉次数 有效投诉数量 投诉发生率 服务态度投诉率 二次投诉率 重复投诉率",
 "staff_turnover": "人员流失率 话务员流失率 坐席人员流失率 员工离职率 人员流动率 年度人员流失率 骨干人员流失率 核心人员离职率 人员稳定性 话务人员月流失率 团队人员流失比例 员工流失率 一线人员离职率 人员变动率",
 "training": "培训准确性 培训及时性 培训次数 岗前培训覆盖率 业务培训场次 培训合格率 话务员培训率 培训考核通过率 培训覆盖率 参加培训人次 培训完成率 知识培训频次 业务知识培训 岗位技能培训 新员工岗前培训 政策业务培训 在岗培训时长 培训考核合格率 培训课时",
 "fault_response": "一级故障 二级故障 三级故障 故障响应时间 故障处理时间 故障修复时间 系统故障响应时长 故障恢复时间 重大故障响应 设备故障修复及时率 故障处理及时率 紧急故障响应时效 故障抢修及时率 一般故障处理时限 故障到场时间 严重故障恢复时长 故障排除时限 系统故障响应",
 "other": "受理事件总量 接件率 回复率 资产管理制度健全 预算编制合理性 预算资金到位率 财务管理制度健全性 财务监控有效性 资金使用规范性 项目管理制度健全性 政府采购规范性 合同管理完备性 项目质量可控性 先行联系率 长效管理制度建设 专款专用率 系统建设完成率 校验合格率 不满意电话当月抽检率 绩效考核次数 话务量 受理来电数量 年受理量 工单总量 服务时长 人工坐席数量 坐席数 话务员人数 知识库条目数 成本节约率 单位成本 人均话务量 社会效益 经济效益 可持续影响 信息公开及时性 档案管理规范性 项目实施进度 政策知晓率 数据准确率 录音保存率 质检合格率 质检覆盖率 服务规范性 文明用语使用率 项目验收合格率 设备购置数量 宣传覆盖率 办公场地面积 合同履约率 资金到位及时率 项目按期完成率 工程完工率 目标设定合理性 绩效目标明确性 资金分配合理性 制度执行有效性 人员配备到位率 服务时间 运行维护费用 信息化建设 知识库更新及时率 数据上报准确率 会议召开次数 督查检查次数 考核结果应用 群众知晓度 营商环境改善 社会影响力 服务窗口数量 热线号码整合数量 覆盖人口数量 工作日志完整率 值班安排到位率 安全事故发生率 保密制度落实",
}

EXTRA = {'answer_rate': '人工呼入接通率 政务热线接通率 12333电话接通率 热线话务接通率 来电呼入应答率 坐席应答率 人工客服接通率 热线呼入接通率 工作时间接通率 人工座席接听率', 'satisfaction': '办事满意度 窗口服务满意度 政务服务满意度 参保群众满意度 企业群众满意度 群众对处理结果满意率 热线服务满意率 城市管理满意度 服务质量满意度 网上办事满意度 考评满意率 诉求办理满意度', 'callback_rate': '回访比例 电话回访覆盖率 群众诉求回访率 办结件回访率 工单满意度回访比例 回访工单占比 已办结工单回访率', 'dispatch_timeliness': '工单转派时效 工单派发准确率 案件派遣及时率 城管案件派遣及时率 诉求分办及时率 工单转办及时性 事项派单准确率 工单交办及时率', 'completion_rate': '案件按期结案率 城管案件结案率 政务服务事项按时办结率 诉求按期办结率 事项按期办结率 信访事项办结率 工单按时办结率 交办件办结率', 'resolution_rate': '群众反映问题解决率 诉求问题实际解决率 市民反映问题解决率 企业反映问题解决率 合理诉求解决率 投诉举报解决率', 'first_contact_resolution': '一次性办结率 一次性解答成功率 首次接触解决率 咨询事项当场办结率 政策咨询一次性答复率 即问即答率', 'platform_availability': '系统平台可用率 热线平台运行稳定率 话务系统可用率 信息系统正常运行率 网络系统可用率 政务服务平台可用率 系统运行可靠性 服务器在线率', 'budget_execution': '年度预算资金执行率 部门预算执行率 项目支出执行率 资金预算执行率 财政资金执行率 项目资金支出进度 预算资金支出率 全年预算执行率', 'complaint_rate': '服务对象投诉率 市民投诉率 来电投诉率 有效投诉发生率 服务差错投诉率 被有效投诉次数', 'staff_turnover': '座席员流失率 员工年流失率 人员离职率 话务团队流失率 坐席员离职率 服务人员流动率', 'training': '业务培训次数 岗前培训合格率 培训参训率 年度培训场次 话务员业务培训 培训覆盖人次 培训考试合格率 专题培训次数', 'fault_response': '系统故障响应时间 故障修复时限 重大故障处理时间 设备故障响应时长 网络故障恢复时间 系统故障处置时限', 'other': '网办率 全程网办率 即办件比例 审批时限压缩率 材料精简率 跑动次数 好差评覆盖率 政务服务事项数量 进驻事项数量 服务群众人次 参保人数 就业人数 发放补贴人数 城镇新增就业人数 培训补贴发放金额 市容环境达标率 道路清扫保洁面积 垃圾清运量 违法建设查处率 案件立案数 数字城管覆盖面积 资金拨付及时性 会计核算规范性 财务制度执行情况 项目档案完整性 绩效自评质量 信息报送及时率 政策宣传次数 接待来访人次 话务员配置数量 坐席利用率 平均通话时长 平均等待时长 呼入总量 工单受理量 知识库条目更新数 数据共享率 热线归并数量 事项覆盖率 公众知晓率 社会关注度 项目完成时间 项目成本控制 合同签订及时性 采购程序合规性 验收及时性 整改落实率 审计问题整改率'}
for _k, _v in EXTRA.items():
    CORES[_k] += " " + _v

PREFIXES = ["", "", "", "12345热线", "12345政务服务便民热线", "市长热线", "12333热线", "人社咨询热线", "政务服务中心", "热线", "话务", "人工坐席", "城管热线", "12319城管热线", "12328交通运输服务热线", "12315热线", "月度", "年度", "全年", "季度", "高峰时段", "节假日", "市民热线", "服务热线", "便民服务中心", "项目", "中心", "12345", "人社局", "城市管理", "数字城管", "政务服务", "行政审批", "社保经办", "就业服务", "网上办事大厅"]
SUFFIXES = ["", "", "", "", "", "(%)", "（%）", "指标", "情况", "目标"]

AMOUNT_CUES = {
 "budget": "年初预算安排 年初预算数为 预算安排资金 全年预算数 批复预算 财政预算安排 下达预算资金 本年度预算 项目预算金额为 年度预算总额 调整后预算为 全年预算为 预算批复金额 安排项目资金 申请预算资金 核定预算 财政拨款预算 年度资金总额 下达资金 年初部门预算安排 追加预算 预算资金共计",
 "actual": "实际支出 实际支出金额为 已支出 累计支出 实际执行 执行数为 已支付 实际使用资金 完成支出 全年支出 本年支出 截至年底共支出 实际发放 已拨付 支付服务费 共计使用资金 决算数为 实际完成投资 实际支付 全年实际使用 累计拨付",
 "contract": "合同金额 合同金额为 签订合同，合同总价 中标金额 中标价 合同价款 合同总额 服务合同价格为 采购合同金额 成交金额 合同约定金额 政府采购中标价为 签订服务外包合同，金额 合同标的额 采购成交价",
 "prior_year": "上年结转 上年结转资金 以前年度结转 上年度结转 结转上年资金 上年结余结转 上一年度结转资金 历年结转 年初结转结余 上年度未使用资金 以前年度结余 上年度结余资金",
 "balance": "结余资金 资金结余 剩余资金 尚未支付 未支出 年末结余 剩余未使用资金 未使用资金 待支付资金 结转下年 执行结余 年末结转结余 形成结余 余额为 资金余额",
 "other": "人均月工资 单价 每座席年服务费单价 罚款 扣减服务费 绩效奖励 固定资产原值 注册资本 营业收入 社保缴费 人均成本 每通电话成本 违约金 补贴标准为每人每月 平均每单成本 办公租金每月 话务员月薪 税金 利息收入",
}
AMOUNT_EXTRA = {'budget': '本项目资金 项目资金 预算资金为 年初预算数 全年预算数为 实际到位资金 到位资金 财政拨款 项目资金来源为财政拨款 资金总额 项目总预算 计划投入资金 项目立项金额 预算数', 'actual': '年度预算执行资金为 执行资金 实际总投入 全年执行数 年度执行数 执行数 支付合同款 实际完成支出 共支出 本年度累计支出 实际使用 已使用资金 实际结算金额', 'contract': '合同约定服务费总额 签订合同金额 中标合同价 服务外包合同金额为 合同价为 政府采购合同金额', 'prior_year': '上年度结转结余资金 以前年度结转结余 上年结余 上年度结余结转资金', 'balance': '成本节约 节约资金 年末结余资金 结余 剩余 结转至下年度 结余资金为 尚有结余', 'other': '每人每月服务费 话务员人均年收入 人均管理费 运营成本 每小时单价 奖励资金 平均单价 工资标准为'}
for _k, _v in AMOUNT_EXTRA.items():
    AMOUNT_CUES[_k] += " " + _v

LEADS = ["", "", "", "2021年", "2020年度", "该项目", "本项目", "经核实，", "根据财政批复，", "截至2021年12月31日，", "项目", "全年", "中心", "其中", "按照合同约定，", "本年度", "经审核，", "该项目2021年", "2019年度项目", "我局", "中心本年度", "本次评价项目"]
TAILS = ["", "", "", "。", "，占全年预算的95.2%", "，执行率100%", "，主要用于话务员工资", "，用于购买服务", "；", "，较上年增长12%"]


def amount(rng):
    kind = rng.randrange(6)
    if kind == 0: return f"{rng.uniform(10, 20000):.2f}万元"
    if kind == 1: return f"{rng.randrange(5, 900)}万元"
    if kind == 2: return f"{rng.uniform(10000, 9999999):.2f}元"
    if kind == 3: return f"{rng.uniform(1, 9):.1f}亿元"
    if kind == 4: return f"{rng.randrange(1000, 9999999):,}元"
    return f"{rng.uniform(1, 500):.3f}万元"


def to_traditional(texts):
    script = "const o=require('opencc-js');const c=o.Converter({from:'cn',to:'tw'});" \
             "let d='';process.stdin.on('data',x=>d+=x).on('end',()=>console.log(JSON.stringify(JSON.parse(d).map(c))));"
    env = dict(os.environ, NODE_PATH=os.environ["OPENCC_JS"])
    out = subprocess.run(["node", "-e", script], input=json.dumps(texts), capture_output=True, text=True, env=env, check=True)
    return dict(zip(texts, json.loads(out.stdout)))


def write(path, rows, converted):
    seen, out = set(), []
    for text, label, group in rows:
        if text.startswith("\0"): text = converted[text[1:]]
        if text in seen: continue
        seen.add(text)
        out.append(f"{text}\t{label}\t{group}")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("# text\tlabel\tgroup\n" + "\n".join(out) + "\n")
    return len(out)


def main():
    rng = random.Random(20211231)
    wanted = []
    trad = lambda s: wanted.append(s) or ("\0" + s)
    names = []
    for label, cores in CORES.items():
        for core in cores.split():
            names.append((core, label, core))
            for _ in range(4):
                text = rng.choice(PREFIXES) + core + rng.choice(SUFFIXES)
                if rng.random() < 0.2: text = trad(text)
                names.append((text, label, core))

    contexts = []
    roles = list(AMOUNT_CUES)
    for role, cues in AMOUNT_CUES.items():
        for cue in cues.split():
            for _ in range(4):
                lead = ""
                if rng.random() < 0.35:
                    other = rng.choice([r for r in roles if r != role])
                    lead = rng.choice(AMOUNT_CUES[other].split()) + amount(rng) + "，"
                text = lead + rng.choice(LEADS) + cue + amount(rng) + rng.choice(TAILS)
                if rng.random() < 0.15: text = trad(text)
                contexts.append((text, role, cue))
    converted = to_traditional(wanted)
    n_names = write(os.path.join(HERE, "indicator-names.tsv"), names, converted)
    n_ctx = write(os.path.join(HERE, "amount-contexts.tsv"), contexts, converted)
    print(n_names, "indicator names;", n_ctx, "amount contexts")


main()
