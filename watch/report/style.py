"""The report's visual language, shared with the HTML digest: a colour per status and per
stance (for a light and a dark page), and the shapes and words that carry the same meaning
without colour (a badge always says its status; a confirming story points up, a
contradicting one down).

Colours are chosen so white text on a badge and the stance colours on the page's background
keep a contrast ratio of at least 4.5:1.
"""

from __future__ import annotations

from watch.models import ClaimStatus, Stance

# status -> (badge background, badge text) for light pages; dark pages use DARK_BADGE
BADGE = {
    ClaimStatus.REPORTED: ("#3f5873", "#ffffff"),
    ClaimStatus.CONFIRMED: ("#1f6f3f", "#ffffff"),
    ClaimStatus.CONTRADICTED: ("#a4262c", "#ffffff"),
    ClaimStatus.DISPUTED: ("#8a4b00", "#ffffff"),
    ClaimStatus.EXPIRED: ("#5c5c5c", "#ffffff"),
}
DARK_BADGE = {
    ClaimStatus.REPORTED: ("#9db7d6", "#0e1620"),
    ClaimStatus.CONFIRMED: ("#7fd19c", "#0b1a10"),
    ClaimStatus.CONTRADICTED: ("#f2a0a4", "#220a0b"),
    ClaimStatus.DISPUTED: ("#f2c27a", "#241500"),
    ClaimStatus.EXPIRED: ("#c2c2c2", "#161616"),
}

# stance -> (colour on a light page, colour on a dark page)
STANCE = {
    Stance.CONFIRMS: ("#1f6f3f", "#7fd19c"),
    Stance.CONTRADICTS: ("#a4262c", "#f2a0a4"),
    Stance.MENTIONS: ("#5c5c5c", "#c2c2c2"),
}
GLYPH = {Stance.CONFIRMS: "▲", Stance.CONTRADICTS: "▼", Stance.MENTIONS: "●"}

MARK_BG = ("#fff0a8", "#5a4a00")  # highlighted deciding words: background (light, dark)
MARK_FG = ("#1a1a1a", "#fff6cc")

# System fonts only (nothing is loaded): Latin first, then the CJK faces of each platform.
FONTS = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, '
    '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", '
    '"Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif'
)


def status_class(status: ClaimStatus | str) -> str:
    return f"status-{ClaimStatus(status).value}"
