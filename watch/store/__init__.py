"""State storage: the only package that talks SQL."""

from watch.store.db import FeedHealth, Store, iso, parse_time
from watch.store.search import SearchHit

__all__ = ["FeedHealth", "SearchHit", "Store", "iso", "parse_time"]
