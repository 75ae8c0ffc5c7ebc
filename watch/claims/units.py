"""The units a count or a measure is told in, each with its one canonical name and its spellings:
English words and symbols, Chinese counters ("employees", 名员工 -> people; 吨 -> tonnes;
stores, 家门店 -> stores). `measures` reads figures in them and maps a rule's `unit:` to its
canonical name."""

from __future__ import annotations

from watch.claims.tables import TABLE_UNITS

# canonical unit -> its spellings (English words and Chinese counters), longest written first
UNITS: dict[str, tuple[str, ...]] = {
    "percent": ("%", "per cent", "percent", "pct", "百分之"),
    "points": ("percentage points", "percentage point", "个百分点", "百分点"),
    "people": (
        "employees",
        "employee",
        "workers",
        "staff",
        "people",
        "jobs",
        "positions",
        # what layoff news counts people in: the roles, the cuts themselves
        "roles",
        "role reductions",
        "job reductions",
        "job cuts",
        "layoffs",
        "redundancies",
        "engineers",
        "staffers",
        "名员工",
        "名雇员",
        "名工人",
        "个岗位",
        "个职位",
        "个工作岗位",
        "工作岗位",
        "岗位",
        "职位",
        "人手",
        "人员",
        "名",
        "人",
    ),
    # tonnes a year is a capacity in tonnes: "3 million tonnes a year", 300万吨/年, 2 mtpa
    "tonnes": (
        "metric tons",
        "metric tonnes",
        "tonnes",
        "tonne",
        "tons",
        "ton",
        "tpa",
        "t/yr",
        "t/y",
        "mtpa",
        "kt",
        "ktpa",
        # emissions in tonnes of CO2 equivalent: "3.1 MtCO2e", "450,000 tCO2e", "3.1 Mt CO2e"
        "mtco2e",
        "mt co2e",
        "mtco2-e",
        "mtco₂e",
        "mt co₂e",
        "ktco2e",
        "kt co2e",
        "tco2e",
        "t co2e",
        "tco₂e",
        "mtco2",
        "tco2",
        "公吨",
        "吨",
    ),
    "bushels": ("bushels", "bushel", "蒲式耳"),
    # gold and silver reserves and output: "3.1 million ounces", "2.8Moz", "450koz", 300万盎司
    "ounces": (
        "troy ounces",
        "troy ounce",
        "ounces",
        "ounce",
        "moz",
        "koz",
        "oz",
        "金衡盎司",
        "盎司",
    ),
    # spectrum won or held: "110 MHz", 100兆赫 (a band's frequency, "3.5 GHz band", 700MHz频段,
    # is no amount: `_BAND`)
    "megahertz": ("megahertz", "mhz", "兆赫兹", "兆赫"),
    "barrels": ("barrels", "barrel", "桶"),
    "gigawatts": ("gigawatts", "gigawatt", "gw", "吉瓦", "千兆瓦"),
    "megawatts": ("megawatts", "megawatt", "mw", "兆瓦"),
    # energy: what a battery or storage plant's capacity is given in (45GWh, 60吉瓦时)
    "gigawatt-hours": (
        "gigawatt-hours",
        "gigawatt hours",
        "gigawatt-hour",
        "gigawatt hour",
        "gwh",
        "吉瓦时",
        "千兆瓦时",
    ),
    "megawatt-hours": (
        "megawatt-hours",
        "megawatt hours",
        "megawatt-hour",
        "megawatt hour",
        "mwh",
        "兆瓦时",
    ),
    # an airline's capacity and traffic: "about 110 million seats", 1.1亿个座位, 客运量6000万人次
    # ... and board seats: "two board seats", 两席, 两个董事席位 (`slates`: "both nominees were
    # elected")
    "seats": ("seats", "seat", "个座位", "座位", "个董事席位", "个席位", "席位", "席"),
    "passengers": ("passengers", "passenger", "名乘客", "名旅客", "人次"),
    # a customer base counted by its customers, subscribers, households, homes or accounts
    # (with describing words or the number in words: `counted`)
    "users": (
        "users",
        "user",
        "subscribers",
        "subscriber",
        "customers",
        "households",
        "homes",
        "accounts",
        "用户",
        "名用户",
        "名客户",
        "个客户",
        "客户",
        "户家庭",
        "个家庭",
        "户",
    ),
    # the size of a breach or a leak: records, entries, data subjects (a count of customers,
    # accounts or people an incident word governs is read as one too: `incidents`)
    "records": (
        "records",
        "data records",
        "entries",
        "data subjects",
        "条记录",
        "条数据",
        "条信息",
        "笔记录",
        "笔资料",
        "笔数据",
    ),
    # a fleet or an order counted by its ships: "12 ships", "ten vessels", 十二艘, 12条船
    "ships": ("ships", "ship", "vessels", "vessel", "boxships", "hulls", "艘", "条船"),
    # things made and sold by the piece: vehicles, devices, machines (台, 辆, 部 as counters)
    # (the kinds of vehicle a recall or a delivery counts: SUVs, pickups, aircraft, 架)
    "units": (
        "units",
        "unit",
        "vehicles",
        "vehicle",
        "cars",
        "suvs",
        "trucks",
        "pickup trucks",
        "pickups",
        "sedans",
        "motorcycles",
        "buses",
        "aircraft",
        "planes",
        "jets",
        "devices",
        *TABLE_UNITS,  # gaming tables: "800 tables", 800张赌台 (`tables`)
        "台",
        "辆",
        "部",
        "架",
    ),
    # places of business a closure or an opening counts: stores, branches, 家门店, 个网点
    "stores": (
        "stores",
        "store",
        "locations",
        "branches",
        "outlets",
        "restaurants",
        "shops",
        "家门店",
        "间门店",
        "个门店",
        "门店",
        "家分行",
        "家网点",
        "个网点",
        "家店",
        "间店",
        # Taiwan and HK write 門市 and a bare 店 (淨增250店, 7,200家門市; not 店员, 店长)
        "家门市",
        "间门市",
        "个门市",
        "门市",
        "店",
    ),
    # wafers and panels a fab or a packaging line makes, counted by the piece (片): 月产能1.5万片
    "wafers": ("wafers", "wafer starts", "wafer", "panels", "片"),
    # a length of time: a licence's term, an extension (read by `year_terms` alone)
    "years": ("years", "year", "年"),
}
