"""The lifecycle vocabularies: `<ended>` (a product's making or a service ended: the last unit
off the line, 最后一台……下线, "no longer makes", 全面切换为), `<continued>` (a thing kept going:
"stays", "remains available", 继续生产, 延续, 保留) and `<undercount>` (a count found larger
than the one disclosed: "far more than disclosed", 远多于此前, 超出此前披露).

`<retired>` (`vocab_schedule`) is equipment leaving service; `<ended>` is a product line or a
service stopped, as manufacturing and telecom news tell it. `<continued>` is what a claim that
something ends is contradicted by, and a claim that something holds (a freeze, a price) is
confirmed by. A negation inside a listed phrase ("no longer makes", 不再生产) is part of it and
negates nothing. Kept apart from `vocab` so that each module stays short; `vocab.BUILTIN` names
them."""

from __future__ import annotations

from watch.claims.text import phrase_list

# A product's making or a service ended, for good. Manufacturing news tells it by the last unit
# made (最后一台/最后一辆……下线, "the final unit rolled off the line"), the switch to the successor
# (全面切换为, "switched entirely to") or what the maker no longer does.
ENDED: tuple[str, ...] = phrase_list(
    "last ... rolled off|final ... rolled off|last ... came off the line|"
    "final ... came off the line|"
    "final batch|last batch|no longer makes|no longer make|no longer produces|"
    "no longer produce|no longer offers|no longer offer|no longer sells|no longer sell|"
    "no longer available|ended production|ends production|end production|"
    "production ended|production has ended|stopped production|stops production|"
    "ceased production|ceases production|end of production|discontinued|discontinue|"
    "switched entirely to|switched fully to|fully switched to|shut down for good|"
    "最后一台 ... 下线|最后一辆 ... 下线|最后一批|全面切换为|全部切换为|"
    "全面切换至|全部切换至|全面转为|全部转为|全部改为|不再生产|不再销售|不再提供|"
    "不再供应|停产|全面停产|停止生产|停售|停止销售|停止供货|停止供应|停止服务|终止服务|"
    "正式停运|画上句号"
)

# A thing kept going: made, sold, offered or applied as before.
CONTINUED: tuple[str, ...] = phrase_list(
    "stay|stays|here to stay|remains available|remain available|"
    "remains on sale|remain on sale|remains in production|remain in production|"
    "remains in service|remain in service|remains in place|remain in place|"
    "keep ... alive|keeps ... alive|kept ... alive|keep ... running|keeps ... running|"
    "keep making|keeps making|continue to make|continues to make|continue to produce|"
    "continues to produce|continue to offer|continues to offer|continue to sell|"
    "continues to sell|continue production|continues production|continued production|"
    "not going away|unchanged|retain|"
    "延续|继续生产|继续供货|继续供应|继续销售|继续提供|继续执行|继续运营|继续沿用|照常|"
    "保留|维持不变|维持现状|保持不变|不会停产|不会取消"
)

# A count found larger than the one disclosed before: a breach, a recall, a loss undercounted.
UNDERCOUNT: tuple[str, ...] = phrase_list(
    "far more than disclosed|more than previously disclosed|more than previously reported|"
    "more than initially disclosed|more than initially reported|more than first reported|"
    "more than first disclosed|higher than previously disclosed|higher than disclosed|"
    "larger than previously disclosed|larger than disclosed|more than it disclosed|"
    "more than the company disclosed|understated|undercounted|more ... than previously disclosed|"
    "more ... than previously reported|more ... than disclosed|more ... than first reported|"
    "more ... than initially disclosed|"
    "远多于此前|远多于之前|多于此前|远超此前|超出此前披露|超过此前披露|高于此前披露|"
    "多于此前披露|超出此前公布|超过此前公布|高于此前公布|超出此前|此前低估|低估了"
    # bigger than disclosed, the count revised up: "revised the number up", "underestimated",
    # 上修, 低估 (低估 of a share's value is fenced)
    "|bigger than disclosed|bigger than previously disclosed|bigger than ... disclosed|"
    "higher than ... disclosed|larger than ... disclosed|revised ... up|revised up|"
    "revised upward|revised upwards|revise ... upward|underestimated|underreported|"
    "under-reported|raised ... count|raised ... tally|"
    "上修|低估|远超早前|早前低估|多于早前|超出早前|高于早前"
)


# The vocabularies above by name, for `vocab.BUILTIN`.
LIFECYCLE: dict[str, tuple[str, ...]] = {
    "ended": ENDED,
    "continued": CONTINUED,
    "undercount": UNDERCOUNT,
}
