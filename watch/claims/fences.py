"""The compounds inside which a vocabulary's phrases mean another thing (`vocab.NOT_INSIDE`):
延迟 is latency in 低延迟, a hiring freeze is no plan stalled. Kept apart from the vocabularies
themselves so that each module stays short; `vocab.not_inside` reads them."""

from __future__ import annotations

from watch.claims.text import phrase_list
from watch.claims.vocab_change import CHANGE_FENCES

# Compounds inside which a vocabulary's phrases mean another thing, for every claim that names
# the vocabulary (a rule's `exclude` does the same for all of one claim's phrases). In chip and
# network reporting 延迟 is latency, not a plan put off: 低延迟 (also 超低延迟, 降低延迟), 延迟敏感,
# 推理延迟. A gapped compound spans a few words: 对延迟极度敏感.
NOT_INSIDE: dict[str, tuple[str, ...]] = {
    "delay": phrase_list(
        "低延迟|高延迟|延迟低|延迟更低|延迟极低|延迟降低|延迟下降|延迟 ... 敏感|延迟要求|"
        "延迟瓶颈|延迟表现|延迟指标|延迟优化|优化延迟|减少延迟|缩短延迟|毫秒级延迟|"
        "毫秒延迟|微秒级延迟|推理延迟|网络延迟|通信延迟|传输延迟|响应延迟|访问延迟|内存延迟|"
        "输入延迟|端到端延迟|尾延迟|首token延迟|token延迟|首字延迟|延迟与吞吐|延迟和吞吐|"
        "吞吐与延迟|吞吐和延迟"
        # a price, a share or a figure pushed to a level (推至新高), no date pushed out
        "|推至 ... 新高|推至 ... 高位|推至 ... 高点|推至 ... 峰值|推至 ... 低点|推至 ... 水平|"
        "推至 ... 前列|推至 ... 高峰|推至 ... 顶峰"
        # a deadline kept: "no later than the June target"
        "|no later than|not later than"
        # an extension of a concession, lease, licence or contract, no postponement:
        # 特许经营延期协议 (a concession extension agreement), 租约延期, 牌照延期
        "|延期协议|延期合约|延期合同|延期协定|特许经营延期|特许经营权延期|特许权延期|经营权延期|"
        "租约延期|租期延期|租赁延期|牌照延期|执照延期|许可证延期|许可延期|合约延期|"
        "特许经营期延期"
        # deadlines gone by, no date put off: "past deadlines were met"
        "|past deadlines"
        # 递延 in accounts is deferral of revenue or tax (收入递延, 递延所得税), no date put off
        "|递延收入|收入递延|营收递延|递延所得|递延税|递延资产|递延负债|递延费用|递延收益|"
        "递延认列|递延确认|递延 ... 收入"
    ),
    # rockets and satellites sent up, not a service opened: "a shortfall in launches",
    # "launched 27 satellites", "launch vehicle"
    "launch": phrase_list(
        "rocket launches|satellite launches|in launches|of launches|launches of|more launches|"
        "fewer launches|few launches|launch vehicle|launch vehicles|launch pad|launch site|"
        "launched ... satellites|launches ... satellites|launching ... satellites|"
        "launched ... rocket|launches ... rocket|launching ... rocket"
    ),
    # a rumour of layoffs is no layoff: 裁员传闻 (裁員傳聞), "layoff rumours"
    "layoffs": phrase_list(
        # staff shed by leaving unfilled, no one laid off: "reduce headcount through attrition",
        # 通过自然流失精简人手
        "reduce headcount through attrition|reduce headcount by attrition|"
        "reduce headcount through natural attrition|reduce ... workforce through attrition|"
        "reduce ... workforce by attrition|trim ... workforce through attrition|"
        "trim ... workforce by attrition|cut ... jobs through attrition|cut ... jobs by attrition|"
        "自然流失 ... 精简人手|自然流失 ... 精简人力|自然流失 ... 削减人力|自然减员|"
        "裁员传闻|裁员传言|裁员谣言|裁员风波传闻|layoff rumours|layoff rumors|layoffs rumours|"
        "layoffs rumors|job cut rumours|job cut rumors|job-cut rumours|job-cut rumors|"
        "rumoured layoffs|rumored layoffs|rumoured job cuts|rumored job cuts|"
        "rumours of layoffs|rumors of layoffs|rumours of job cuts|rumors of job cuts"
    ),
    # hiring frozen is no plan stalled: 冻结招聘 (凍結招聘), "a hiring freeze"
    "stalled": phrase_list(
        "冻结招聘|招聘冻结|冻结 ... 招聘|暂停招聘|招聘暂停|hiring freeze|freeze hiring|"
        "froze hiring|freezes hiring|freezing hiring|hiring frozen|freeze on hiring|"
        "freeze on new hiring|freeze ... hiring|pause hiring|paused hiring|hiring pause"
    ),
    # 完全不符合 is "does not meet at all" (a standard, a rule), no denial; 并非事实上的 is "not
    # de facto", no report called untrue
    # 收回 is also recovering money or an asset, no statement taken back: 款项将分期收回,
    # 收回投资, 收回欠款, 收回成本, 收回土地
    "denial": phrase_list(
        "完全不符合|完全不符合标准|完全不符合要求|并非事实上|不是事实上|"
        "收回投资|收回成本|收回欠款|收回款项|收回资金|收回货款|收回账款|收回应收|收回借款|"
        "收回贷款|收回本金|收回本息|收回现金|收回全部款项|收回 ... 款|收回 ... 资金|收回 ... 投资|"
        "收回 ... 欠款|收回 ... 本金|收回 ... 土地|收回土地|收回资产|收回股权|收回 ... 资产|"
        "款项 ... 收回|资金 ... 收回|投资 ... 收回|欠款 ... 收回|本金 ... 收回|"
        "分期收回|全额收回|陆续收回|难以收回|无法收回|未能收回|"
        # a possibility left open denies nothing (`open_odds`): "has not ruled out a delay"
        "not ruled out|not rule out|not ruling out|never ruled out|not be ruled out|"
        "cannot rule out|cannot be ruled out|hasn't ruled out|haven't ruled out|hadn't ruled out|"
        "didn't rule out|won't rule out|wouldn't rule out|can't rule out|couldn't rule out|"
        "isn't ruling out|不排除|并未排除|未排除|没有排除|无法排除|不能排除"
    ),
    # "indicative of strong demand" says nothing of a commitment
    "no-commitment": phrase_list(
        "indicative of|is indicative of|was indicative of|are indicative of|were indicative of"
        # an MoU signed is a step taken (for a pledge: 签署谅解备忘录，重申投资计划); an MoU as a
        # status ("only an MoU", 只是一份谅解备忘录) and a non-binding one still count
        "|signed a memorandum of understanding|signs a memorandum of understanding|"
        "signed an mou|signs an mou|signing a memorandum of understanding|signing an mou|"
        "签署谅解备忘录|签署了谅解备忘录|签订谅解备忘录|签订了谅解备忘录|签署合作备忘录|"
        "签署了合作备忘录|签订合作备忘录|签订了合作备忘录|签署一份谅解备忘录|签署了一份谅解备忘录"
    ),
    # jobs cancelled are jobs cut (取消……岗位 is <layoffs>), not a plan dropped
    # an auditor's qualified opinion or a right reserved, nothing kept going
    "continued": phrase_list("保留意见|保留权利|保留追究|保留 ... 权利|保留 ... 意见"),
    "cancellation": phrase_list(
        "取消 ... 岗位|取消 ... 职位|取消 ... 工作岗位|never in doubt|not in doubt|"
        "no longer in doubt|不落空"
    ),
    # a partnership valued or praised is no deal announced
    "deal-signed": phrase_list(
        "values ... partnership|value ... partnership|valued ... partnership"
    ),
    # "on course to miss" and "never in doubt" say the opposite
    "on-track": phrase_list(
        "on course to miss|on track to miss|on course to fall short|on track to fall short"
    ),
    "undercount": phrase_list("被低估|价值低估|估值低估|低估值|低估 ... 价值|低估股份|低估股票"),
    **CHANGE_FENCES,
}
