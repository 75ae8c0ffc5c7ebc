"""Place names, which own no news: in "Sales in Germany fell." or "Analysts at a Frankfurt
broker are cautious." a country or a city is where something happens or whose analysts speak,
never the company that a later "the group" points back to (`story.stranger`).

Two readings: a gazetteer of the places business news names most (countries, regions, the
cities of markets and head offices, the adjectives of the countries), and a structural one for
the places it lacks: a name that only locates a source ("a Bochum broker", "Bochum analysts")
or a company ("based in Marl"), or a field ("fields offshore Ghana", "off the coast of"). A
name written with a hyphen ("Munich-based") is no name to `story.stranger` already. Chinese
needs neither: a name written in Chinese characters is never a stranger (法兰克福一家券商 leaves
no one in scope), only a Latin one is. A rule's own rivals are never read here: a listed name is
an actor.
"""

from __future__ import annotations

import re

# Countries, regions and their adjectives (a name written capitalised in English).
_COUNTRIES = frozenset(
    {
        *("Germany", "France", "Britain", "England", "Scotland", "Ireland", "Italy", "Spain"),
        *("Portugal", "Netherlands", "Holland", "Belgium", "Switzerland", "Austria", "Poland"),
        *("Sweden", "Norway", "Denmark", "Finland", "Hungary", "Romania", "Greece", "Turkey"),
        *("Russia", "Ukraine", "China", "Japan", "Korea", "Taiwan", "India", "Vietnam"),
        *("Thailand", "Indonesia", "Malaysia", "Singapore", "Philippines", "Australia"),
        *("Canada", "Mexico", "Brazil", "Argentina", "Chile", "America", "Israel", "Egypt"),
        *("Africa", "Europe", "Asia", "Bavaria", "Saxony", "Texas", "California", "Ohio"),
        *("German", "French", "British", "English", "Irish", "Italian", "Spanish", "Dutch"),
        *("Belgian", "Swiss", "Austrian", "Polish", "Swedish", "Norwegian", "Danish"),
        *("Finnish", "Hungarian", "Greek", "Turkish", "Russian", "Ukrainian", "Chinese"),
        *("Japanese", "Korean", "Taiwanese", "Indian", "Vietnamese", "Thai", "Australian"),
        *("Canadian", "Mexican", "Brazilian", "American", "European", "Asian", "African"),
        *("Bavarian", "Portuguese", "Czech", "Slovak", "Israeli", "Saudi", "Emirati"),
        # Africa, the Middle East, the rest of Asia and the Americas, where fields, mines and
        # licences are: "fields offshore Ghana", "its Kenyan unit"
        *("Ghana", "Nigeria", "Kenya", "Ethiopia", "Tanzania", "Uganda", "Rwanda", "Senegal"),
        *("Angola", "Mozambique", "Namibia", "Botswana", "Zambia", "Zimbabwe", "Morocco"),
        *("Algeria", "Tunisia", "Libya", "Gabon", "Cameroon", "Congo", "Sudan", "Madagascar"),
        *("Mauritius", "Malawi", "Mali", "Niger", "Guinea", "Liberia", "Somalia"),
        *("Iraq", "Iran", "Kuwait", "Qatar", "Oman", "Bahrain", "Lebanon", "Syria"),
        *("Yemen", "Pakistan", "Bangladesh", "Sri Lanka", "Nepal", "Myanmar", "Cambodia", "Laos"),
        *("Mongolia", "Kazakhstan", "Uzbekistan", "Azerbaijan", "Armenia"),
        *("Colombia", "Peru", "Venezuela", "Ecuador", "Bolivia", "Paraguay", "Uruguay"),
        *("Guyana", "Suriname", "Panama", "Cuba", "Jamaica", "Trinidad", "New Zealand"),
        *("Ghanaian", "Nigerian", "Kenyan", "Ethiopian", "Tanzanian", "Ugandan", "Rwandan"),
        *("Angolan", "Mozambican", "Namibian", "Zambian", "Moroccan", "Egyptian", "Algerian"),
        *("Iraqi", "Iranian", "Kuwaiti", "Qatari", "Omani", "Pakistani", "Colombian"),
        *("Peruvian", "Venezuelan", "Argentine", "Argentinian", "Chilean", "Indonesian"),
    }
)
# Cities where markets, regulators and head offices are.
_CITIES = frozenset(
    {
        *("Frankfurt", "Munich", "Berlin", "Hamburg", "Stuttgart", "Cologne", "Düsseldorf"),
        *("Dusseldorf", "Leverkusen", "Wolfsburg", "Dresden", "Leipzig", "Hanover", "Bonn"),
        *("London", "Paris", "Amsterdam", "Brussels", "Zurich", "Geneva", "Vienna", "Milan"),
        *("Rome", "Madrid", "Barcelona", "Lisbon", "Dublin", "Stockholm", "Oslo"),
        *("Copenhagen", "Helsinki", "Warsaw", "Prague", "Budapest", "Luxembourg", "Basel"),
        *("Beijing", "Shanghai", "Shenzhen", "Guangzhou", "Hangzhou", "Tokyo", "Osaka"),
        *("Seoul", "Taipei", "Mumbai", "Delhi", "Bangalore", "Dubai", "Riyadh", "Sydney"),
        *("Melbourne", "Toronto", "Chicago", "Boston", "Seattle", "Houston", "Detroit"),
        *("Washington", "Strasbourg", "Toulouse", "Lyon", "Turin"),
    }
)
_PLACES = _COUNTRIES | _CITIES

# A name that only locates the source that speaks, or the company: "a Bochum broker", "another
# Bochum analyst", "based in Marl". (Not "a Globux investor", "Globux lawyers": those speak of,
# or for, the company named.)
_SOURCE_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+)?(?:analyst|broker|brokerage|bank|trader|economist|consultancy|court|"
    r"judge|prosecutor|newspaper|daily|paper|university|think tank|research house)(?![a-z])"
)
_ONE_OF_THEM = re.compile(r"(?<![A-Za-z])(?:an?|one|another)\s+$")
_BASED_IN = re.compile(
    r"(?<![a-z])(?:(?:based|headquartered|located) in|offshore|onshore|off the coast of|"
    r"fields in|blocks? in|mines? in)\s+$"
)


def place(raw: str, start: int, end: int) -> bool:
    """True when the capitalised name raw[start:end] is a place, not an actor: one of the
    gazetteer's, or written as a source's or a company's location (`_SOURCE_AFTER` after "a",
    `_BASED_IN`)."""
    if raw[start:end] in _PLACES:
        return True
    before = raw[max(0, start - 20) : start]
    if _BASED_IN.search(before):
        return True
    return _ONE_OF_THEM.search(before) is not None and _SOURCE_AFTER.match(raw, end) is not None
