"""The `<index-inclusion>` and `<index-removal>` vocabularies: a stock joining or leaving an index,
in English and Chinese. Kept apart from `vocab` so that each module stays short; `vocab.BUILTIN`
names them.

Index providers and the press say the same thing many ways: "joins", "added to", "becomes a
constituent", "became a member of"; 纳入, 获纳入, 成为成份股 (Hong Kong writes 成份股, the
mainland 成分股), 调入, 晋身 (Hong Kong: promoted into). Leaving: "removed from", "deleted from",
剔除, 调出, 剔出."""

from __future__ import annotations

from watch.claims.text import phrase_list

INDEX_INCLUSION: tuple[str, ...] = phrase_list(
    "join|joins|joined|joining|added to|adds ... to|added ... to|be added to|inclusion in|"
    "included in|include ... in|includes ... in|"
    "become a member|becomes a member|became a member|becoming a member|"
    "become a constituent|becomes a constituent|became a constituent|becoming a constituent|"
    "new constituent|new constituents|promoted to the|"
    "纳入|获纳入|被纳入|纳入 ... 成份股|纳入 ... 成分股|成为成份股|成为成分股|成为 ... 成份股|"
    "成为 ... 成分股|新增成份股|新增成分股|调入|获调入|加入|晋身|入选"
)
INDEX_REMOVAL: tuple[str, ...] = phrase_list(
    "removed from|remove ... from|removes ... from|deleted from|delete ... from|"
    "deletes ... from|dropped from|drop ... from|drops ... from|excluded from|"
    "no longer a constituent|no longer a member|"
    "剔除|被剔除|剔出|被剔出|调出|被调出|移出|被移出|不再是 ... 成份股|不再是 ... 成分股"
)
