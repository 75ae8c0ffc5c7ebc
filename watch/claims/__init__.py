"""The claim engine (`engine.Matcher` is its entry point).

The package, from the ground up (a module imports only from those listed before it):

    vocab_index, payouts                 a stock joining or leaving an index (for `vocab`); a
                                         payout to shareholders, a dividend group's alias
    vocab_lifecycle                      a product ended or kept going, a count undercounted
    vocab_change                         a thing restarted, a price raised, a permit
                                         approved, a target missed (for `vocab`)
    text, numerals, vocab, limits,       normalising, sentences, word boundaries; numbers as
    roles, trends, places, records       written (digits, Chinese numerals); the shared
                                         vocabularies; the caps; the role words of an amount;
                                         a metric moving; place names (they own no news);
                                         consecutive `Field: value` lines read as one sentence
    false_markers                        words that look like markers and are not ("in May",
                                         2030年前, 预期 named as a yardstick: 超出预期; a
                                         forecast raised or kept: 上调全年预期)
    denied_odds                          a likelihood denied after its date (机会不高, "are
                                         slim"); a negated obstacle (没有障碍), no negation
    open_odds                            a possibility left open ("has not ruled out",
                                         不排除): a hedge, its "ruled out" no denial
    hypotheticals                        a cue in the indefinite subject of a "would"
                                         ("a fresh warning letter would put"): a condition
    stopped_figure                       the figure of a thing stopped ("suspended the 4.9%
                                         increase", 暂停了6%的水价上调): no new state
    reported                             a bare 传 before a verb (华凌机型传保留): "reportedly"
    background_words                     the background marker words (before, after or over a
                                         clause what they date, a whole sentence set in the
                                         past) and the whole a news figure is part of ("as part
                                         of", 的一部分), for `markers`
    markers, openings, qualifiers,       negation/hedge/background words and their scope (an
    currencies,                          opening one governs its sentence);
    quantities, percent_ranges,          the qualifiers that make a figure a range ("more
    portions, incidents, model_counts,   than", 逾, 不少于); the currencies known (signs, codes,
    model_plurals, tables, units,
    counted, slates, subunits,           names); money; a part of a whole in words (两成, "a
    store_roles, told_change,            fifth"); counts that size an event (records, and the
    year_terms, measures, periods,       customers a breach reached: 约118万条, 受影响户口
    terms, holidays, far_years,          约340万); customer and ship counts ("110m cellular
    day_first, numeric_dates,            customers", "ten vessels") and a customer count's
    bare_months, dates, recency,         role; a model number or size class before a unit
    now_figure                           noun ("737 MAX jets", "13,000 TEU vessels") and a
                                         part "of the" whole (`model_counts`); a count
                                         told by a model's plural, "40 F-35s", or a long
                                         model name, "forty (40) F-35A Lightning II
                                         aircraft" (`model_plurals`); tables as units,
                                         张 only in a clause naming them (`tables`); a store
                                         count's kind, closures, openings or the network
                                         (`store_roles`); board seats won per person of a
                                         slate ("two of its three nominees were elected",
                                         两人当选); prices in satang, sen, pence, 仙, and a
                                         market's close beside an offer; counts,
                                         percentages, comparisons; "from 8 to 6 vessels"
                                         told as a change, the old figure and the new,
                                         "from Rs 640 to 490" the new in the old's currency
                                         (`told_change`); "30% to 40%", 三到四成 as one
                                         range, "rose 0.5% to 4.2%" as two
                                         (`percent_ranges`); a length in years, "a 10-year
                                         licence", 为期十年, "3 to 5 years" as one range
                                         (`year_terms`), "a 3-5 year term" too; a pair
                                         told as old and new, "previously EUR 9bn, now
                                         10.2", 此前为…，现为…: the new one is the figure
                                         now (`now_figure`); the units counts are told in,
                                         each with its spellings (`units`);
                                         calendar arithmetic and period forms (4Q26, 10至12月);
                                         labels that are no dates (FY2025, 2025年度, a deal
                                         "for 2026-2027") and a month's end as its day;
                                         holidays as deadlines ("by Christmas", 春节前); a far
                                         year after a bound word ("until 2091", 延至2096年); a
                                         day written before its month ("20 March", "the
                                         20th of March", "by 30 June": `day_first`); a date
                                         in figures ("07/01/2026", "2026-07-01":
                                         `numeric_dates`); a month's year when none is
                                         written (延至3月: `bare_months`); dates;
                                         which month is the news (the month just ended)
    comparisons, at_bound                figures given only by comparison (a share of another);
                                         a figure said to be about a claim's threshold
    rules                                the rule language (ClaimRule)
    exact_case                           `case_sensitive` aliases, checked as written (PLUS)
    agreement_terms                      an agreement's terms ("Under the agreement,"): the
                                         deal's, unless the claim's event is another thing
    buyers, coverbs                      a sale told from the buyer's side (a rival buying the
                                         asset); a Chinese two-verb cue split by a coverb and
                                         its party (完成向X出售)
    named_lateness                       a lateness bound said of the thing the claim names ("no
                                         MI450 until next year", 明年之前不会有MI450)
    signals                              Term/Hit/Item, and the cue, choice, date and move items
    own_period                           the year a figure claim's statement names (a figure
                                         told "in 2025" is for it, no recall) and a baseline
                                         year after a comparison word ("below 2020 levels")
    rates                                a utilisation told by its own words ("83% of design",
                                         产能利用率达83%): near a `near` list naming capacity
    de_noun, not_the_figure              a Chinese figure's noun after 的 (8000万美元的首付);
                                         a figure in range that is still no evidence (a
                                         customer count added or now, a store count of
                                         another kind, a market close, a rough value at a
                                         threshold)
    idioms                               word readings a marker gets wrong: "IF Metall" is a name,
                                         不降反升 negates 降 only, a cue complained of (对削减股息
                                         表示不满) is proposed, not done, 希望 in a matched
                                         name (希望教育) is part of the name
    delistings                           a listing status withdrawn (撤销……上市地位): a delisting
                                         claim's event itself, not its cancellation
    on_terms                             a figure as the terms of a cue's act (以26.80港元方案
                                         获通过, "approved at HK$26.80"): the cue's own figure
    estimated_at                         the noun an estimate verb sizes ("the charge has been
                                         modelled by management at", 减值经测算约为)
    listings, change_by                  a launch word that tells a listing (港股上市, "launched
                                         its IPO"), not a product reaching buyers; a figure
                                         joined to its verb by "by" (幅度) after a long object
    sent_dates, firm_bounds              a date that times a memo's sending ("a memo sent this
                                         week"); a negated future with a bound ("will not be
                                         signed before July"), no plan
    change_values, negotiation,          the old and the new value of a change "from" one figure
    doubted_dates                        "to" another (由100亿美元缩减至60亿美元); talks as the
                                         subject of a stall (谈判已经停滞) or a deal still being
                                         negotiated (仍在谈判中); a target date only an aim in
                                         doubt ("that timeline may not hold", 未必能实现)
    cues, amounts, owners, certainty,    a rule's phrases for the automaton and gapped cues; the
    timing, kickers, story, past_dates,  evidence a figure gives; whose news it is; conditions,
    segment, clauses                     plans, recalled figures; dates as bounds; headline labels
                                         that name no source ("FLASH:", a newsletter's own
                                         name over its issue); the headline
                                         and lead; the dates that recall old news (the claim's
                                         own week, month or early-year period retold: 年初宣布;
                                         a fronted past month, 年初表示);
                                         one title or body with its
                                         sentence caches; a clause that changes what a cue
                                         asserts (a stop lifted, a condition of what follows)
    date_negation                        which negation a date's event takes: none sealed in a
                                         quotation that closes before it; one right after it
                                         negating the event word (上半年不会发布)
    headline_doubt, part_of_recap        a headline that questions what it names (质疑, "questions
                                         over"), unless it answers the doubt; a sentence that
                                         takes a part (其中, "of which") of a sentence before it
                                         telling of old announcements: background too
    recap_reach                          how far a recap reaches: a clause after a semicolon
                                         whose subject "then" acted goes on with it, as does
                                         ", with no strike" after a dated recap; a deal
                                         struck then (3月续签的租约) told by a fresh 证实 is news
    lookback, first_report               a column's or newsletter's rubric (周报｜, "Week in
                                         X:"): a past season or month in it is a recap, after
                                         the verb too; "First came the report that", 最先传出
    saga                                 a saga's aside, "the saga — paused, then terminated —
                                         is now about money": its cues are a recap
    weekday_report                       an outlet's report dated by a weekday before the day
                                         of publication ("Reuters reported on Tuesday" in a
                                         Thursday story, 路透社周二报道): a recap
    entitled                             what a party can do under the rules ("under the
                                         contract, it can terminate", 根据合同可以终止): a hedge
    omnibus                              a cue whose object is a meeting's whole agenda ("approved
                                         every item"): not the claim's item
    long_running, until_clause           a delay told of years (延宕多年, "delayed for years"): the
                                         project's history, background; a cue inside an "until"
                                         or "before" clause (在暂扣令撤销前): a bound, not the event
    speech                               the shared verbs of telling by role (SAY_EN/SAY_ZH,
                                         SAY_PAST_EN, PLEDGE_*, REPORT_*, an outlet OUTLET_ZH and
                                         its OUTLET_REPORT_ZH), read by background, record,
                                         retold, told_*, certainty, guidance, speakers, ...
    told_undated, refusals               a telling recalled by an undated word before its verb
                                         (previously said, 此前表示): what it told is a recap; a
                                         refusal (declined to, 拒绝) negates the verb after it
    requested                            a party's request to undo ("moves to set aside",
                                         申请撤销裁决): a mention, only a ruling undoes
    old_figure, overlapped               a cue holding a change's old figure ("from 800
                                         tables to 770", 由800张调整为770张): a mention; a cue
                                         over a background cue's words of its sign: background
    figure_nouns                         a near/not_near word between two figures is the
                                         nearer one's ("a R295m penalty plus R150m for a fund")
    coordinated                          a negation reaches every member of an "or" list
                                         it reaches the first of ("no extension or exchange")
    departed                             a pledge the news moves away from ("a shift from its
                                         pledge to", 改变了……的承诺): what it said is background
    metric_moves, undecided_timing,      a verb of slipping whose subject is a financial figure
    told_dates                           ("revenue slips", 营收下滑): the figure moves, no schedule;
                                         a launch word that is the subject of "timing undecided"
                                         (全面开放时间未定): named, not reported; the past date of a
                                         telling ("said in January", 1月宣布): what was told after
                                         it is a recap (`told_then`)
    negation, objects, background,       negated subjects and tellings, a suggestion waved
    time_ago, rumours, underway,         away, a contrast denying the claim's thing, a choice
    secondhand,                          in a negated description, open doubt; what a
                                         contradicting verb acts on (another thing, or a cue
                                         as its object) and the date a delay moves to; what a
                                         background word dates (a baseline, a noun; a fronted
                                         "months ago," also through a telling and its comma:
                                         `time_ago`); a rumour quoted and called false; an
                                         expectation sizing an event under way; news told
    groups, partial, told_market         second-hand (a dated report, an analyst's or the
                                         writer's view, a leader's move a rival follows); a
                                         cue whose subject is a count of unnamed plants, or a
                                         counted part of what the claim says all of ("the
                                         other four", 其中4架); a plan told to the market
                                         before ("has told the City")
    answer_topic, labelled               the thing a Q&A question asks about, lent to its answer;
                                         an answer labelled with the name its headline gives
    interviewer, recipients              an outlet-labelled interviewer's question (每经：……？)
                                         under an interview headline: the headline's company,
                                         a mention; a name inside a gapped cue is its object
                                         (取消X的中标), an award "to"/授予 a rival is the rival's
    pointers, fronted, deal_named,       the words that point back to parties or a deal named
    own_filing, asked_about,             before (a pronoun, "the chip giant", 这家公司, "this
    fell_through                         plan"); a pointing word after a fronted clause ("In
                                         Europe, where ..., the company"); a deal, case, stake or
                                         facility named by its kind ("clear the transaction",
                                         "its stake", "the plant"): the headline's; 公司 in a
                                         company's own filing (under its legal name, in every
                                         sentence); a Q&A answer's pronoun (the
                                         company asked about); a cue in the subject of a
                                         collapse ("the sale ... collapsed")
    paragraphs, lists, past_figures,     a sentence's neighbours across paragraph breaks; list
    dated_nouns, former, weeks_ago,      items and the lines that introduce them; dates that
    inherited, tallies, act_dates,       belong to another figure (recalled, a target, a
    price_clause                         yardstick); a figure's label clause after a dated
                                         recap (今年2月中标，中标价……); a past date
                                         inside an act's noun phrase ("last month's
                                         increase") or after a past verb
                                         ("agreed in March to settle"); a former state in a
                                         ", then $3.1 billion," aside; a telling dated "a
                                         fortnight ago" (两周前) that retells the claim; a
                                         sentence pointing back to a recap closed by its
                                         past month ("... settled in March. We have ..."); a
                                         roundup's tally so far (今年以来已有……), whose 其中
                                         items are recaps; a meeting's date, a telling's
                                         "this month", an operating figure's period
                                         (上半年客运量); a date right before a recall word
                                         (年初曾提出); a ", which ...," aside a past date
                                         recalls, its figures included
    deadline_met                         a date bounding an act by the claim's deadline
                                         ("back by the end of June", 已于6月底前) in the
                                         cycle after it: the deadline checked, news
    results_label                        a results label in a headline ("Acme Q1:", 艾克美
                                         一季度：): the report's period, no event's time
    retold                               the claim's own statement retold: the date of its
                                         day fronting a telling or a promise (今年1月，X在大会
                                         上承诺……; 上周四发表声明，指……), or a statement's
                                         noun ("The April 9 statement, which quoted"); a day
                                         on or before `made` does so too (4月9日发表声明称),
                                         up to a clause that keeps the promise now
    quoted_status                        a verb inside a status quoted whole (仍处"暂停进口"
                                         状态): the quoted word after it is no other object
    said_of                              what a cue is said of: only a condition's outcome
                                         (须待……方可生效); another metric's guidance restated;
                                         another owner's thing kept on track; a group of
                                         other things; a denial of something
                                         against the claim (否认……将削减……的报道)
    early_rates, noun_timing,            a rate read for a month before the deadline's month
    predicated                           (progress); an event noun dated by its own predicate
                                         ("is likely to be completed in", 迁址预计……完成), or
                                         judged possible by it ("signing ... was possible
                                         but tight", 签约或在月底前: a hedge)
    background_scene, pending_plan       the background family of `context._not_news`: a scene
                                         marker (a recalled date, a setting, a long-running
                                         state, an "until" bound, a plan told again) that makes
                                         an item background; its plan family: a plan word that
                                         governs the item (only planned, unless it is a firm
                                         bound or a delay)
    failed_goals, figures, metrics,      a goal declared failed (目标落空, "no longer
    order_flows, part_figures,           realistic", a figure 「做不到」); goals and deals only
    running_totals, others_acts,         sought (a goal said to stand is held); a percent of
    aggregates, modals, guidance,        another metric (utilisation 85%); orders taken, not a
                                         backlog; a running total the news brings to a figure
                                         ("brings its intake to 14 ships", 累计接单增至); a
                                         cue in a clause describing several other things
    restated, hedges, context,           (多款拿到版号的韩国大作: others_acts); a
    candidates, weighing, surveyed       part of the year's figure (first quarter, so far);
                                         a market-wide figure; what a survey's people
                                         say (受访上班族, "workers surveyed"): no
                                         company's (`surveyed`); whether a modal hedges an
                                         item (a cue's own modal after it, the claim's own
                                         party expecting; its guidance on its own event, or
                                         one restated, a lighter hedge; its own "no longer
                                         expects", firm); how
                                         sure an item is (hedges, attribution); how the
                                         sentence changes an item; which sentences are
                                         judged; the verdict
    own_dollars, sentence_items          a bare dollar the claim's company speaks, in the rule's
                                         own dollar currency; a sentence's signals, as a rule
                                         asks for them
    planned, supposed                    a date in the window that a plan verb or a wish
                                         governs (the schedule restated), and the cue it
                                         times; an on-track
                                         word that says what the plan asks (按计划应)
    own_figure, topic_cues, bare_days,   the claim's own figure tying a sentence to the headline;
    late, story_figures, trades,         a bare cue restating a topic its figure decided; a day
    case_filing, incident_dates          without its month (24日); an event done, but late
                                         (dated after the window); a figure in the paragraph
                                         right after a lead naming the parties, or a count an
                                         incident word governs anywhere in the story; a company
                                         described by its trade ("the airline"); a filer's
                                         case notice keeping its case's parties; an incident's
                                         own month beside a count told now
    state_start                          a past date opening a state still in force
                                         (自1月21日起征收): no recap
    headline_dates                       a headline's undated event word the lead dates
                                         (the lead's word yielded to its own date)
    rescheduled, told_done,              a schedule verb dating its sentence's event at any
    revised_timing                       distance; a turn or clause telling what became of a plan; a
                                         completion dated by the day it is told done on; "now
                                         seen/expected in" after the subject, 牌照现预计于下半年:
                                         its event's schedule, revised
    subjects                             the subject pass: which rules an article names
    hints, kind_nouns                    what `watch validate` warns of: phrases that load but
                                         will not do what they seem to; a confirming cue that
                                         is the bare noun of the claim's event or document
                                         kind (order, award, 订单, 合同)
    cue_traps                            `watch validate` on a cue's wording: one opening
                                         with "not", which never inflects; a bare figure of
                                         the statement ("800张", "16 jets")
    scanning                             one automaton pass over a segment, its occurrences kept
                                         at word boundaries, then sorted out per active rule
    engine                               the Matcher
    loading, evaluate                    articles from files, and scoring a labelled corpus
"""
