"""State storage: the only package that talks SQL."""

from watch.store.connection import iso, parse_time
from watch.store.db import FeedHealth, Store
from watch.store.search import SearchHit

__all__ = ["FeedHealth", "SearchHit", "Store", "iso", "parse_time"]
