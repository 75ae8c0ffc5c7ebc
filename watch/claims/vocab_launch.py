"""The `<launch>` vocabulary: a product reaching its users, in English and Chinese. Kept apart
from `vocab` so that each module stays short; `vocab.BUILTIN` names it.

Taiwan writes 释出 and 正式发表 where the mainland writes 发布; 全量 is the mainland's "to every
user". 上市 is also a company's shares reaching an exchange (港股上市, 计划第四季度上市): only the
shapes a product goes on sale in are listed (在……市场上市, 新品上市, 上市销售, 已于本月……上市),
and `listings` drops a hit of them that reads as a listing after all (a listing word in its
clause, or the company as its subject)."""

from __future__ import annotations

from watch.claims.text import phrase_list

LAUNCH: tuple[str, ...] = phrase_list(
    "launched|launches|launching|released|releases|releasing|roll out|rolls out|rolled out|"
    "rolling out|ships|shipped|shipping|"
    "general availability|generally available|now available|available now|available today|"
    "available to all|go live|goes live|went live|debuted|debuts|brings ... to|"
    "brought ... to|brings ... into|brought ... into|"
    "made available|makes ... available|made ... available|becomes available|"
    "became available|broadly available|widely available|out now|now live|is live|"
    "goes on sale|went on sale|now GA|is GA|reached GA|reaches GA|hits GA|hit GA|went GA|"
    "goes GA|"
    "上线|推出|正式发布|全面开放|正式上线|全面推送|开放使用|面世|正式登场|正式开放|"
    "问世|上架|开卖|开售|发售|正式发表|释出|全量上线|全量推送|全面上线|正式商用|全面商用|"
    "现已可用|开放下载|开始推送|陆续推送|"
    # general availability, the last step of a product's release
    "全面上市|正式上市|全面发布|全面可用|正式可用|普遍可用|全面供应|全面铺开"
    # a product shown and opened to users: "unveils", "makes its debut"
    "|unveiled|unveils|make its debut|makes its debut|made its debut|making its debut|debuting"
    # shown on stage or put in the shops: "introduced the iPhone Fold", "in stores on
    # September 19", "go on sale", 开放预购
    "|introduce|introducing|in stores|in shops|hit stores|hits stores|hit shelves|"
    "hits shelves|go on sale|on sale now|pre-orders open|preorders open|"
    "开放预购|开放预订|开启预售|上市开卖|正式开卖|正式开售"
    # open to customers, or in named markets: "available to customers", "is available in
    # Europe and Japan"
    "|available to customers|available to all customers|is available in|are available in|"
    "became available in|becomes available in|向客户开放|向用户开放"
    # on sale, in a market or from a date: "now on sale in China", "on sale across Europe",
    # "on sale from May 4" (bare "on sale" is also a discount: "the phone is on sale for $599")
    "|now on sale|on sale in|on sale across|on sale from|on sale throughout|"
    # in the showroom, or open to order: "hits showrooms", "orders opened on Monday",
    # "available to order", "order books open"
    "hit showrooms|hits showrooms|hitting showrooms|in showrooms|arrive in showrooms|"
    "arrives in showrooms|arrived in showrooms|reach showrooms|reaches showrooms|"
    "reached showrooms|in dealerships|orders open|orders opened|orders are open|"
    "orders now open|order books open|order books opened|order books are open|opened orders|"
    "opens orders|open for orders|opened for orders|available to order|available for order|"
    "available to buy|available for purchase|pre-orders opened|preorders opened|"
    # the first units in buyers' hands: "deliveries of the X began", "started deliveries"
    "deliveries began|deliveries have begun|deliveries started|deliveries have started|"
    "deliveries ... began|deliveries ... begun|deliveries ... started|"
    "began deliveries|started deliveries|began delivering|started delivering|"
    # a product's 上市: in a market (在欧洲市场上市), new in the shops (新品上市, 新车上市), on
    # sale (上市销售), done this month or week (已于本月……上市: 已于 alone recalls old news,
    # 已于2024年上市); orders open (开放订购), deliveries begun (开始交付). A listing is read
    # out by `listings`.
    "已于本月 ... 上市|已于本周 ... 上市|已于上周 ... 上市|已于上月 ... 上市|已于今日 ... 上市|"
    "已于今天 ... 上市|已于近日 ... 上市|已于日前 ... 上市|已于昨日 ... 上市|已于昨天 ... 上市|"
    "市场上市|新品上市|新车上市|新机上市|新款 ... 上市|"
    "上市销售|上市发售|上市开售|开放订购|开放下单|开启预订|接受预订|开始交付|正式交付|首批交付"
)
