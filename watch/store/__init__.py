"""State storage: the only package that imports sqlite-utils."""

from watch.store.db import FeedHealth, SearchHit, Store, iso, parse_time

__all__ = ["FeedHealth", "SearchHit", "Store", "iso", "parse_time"]
