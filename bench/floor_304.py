"""The steady-state floor: Python start-up plus a bare httpx loop of conditional GETs.

    python bench/floor_304.py VALIDATORS.json [THREADS]

VALIDATORS.json is a list of [url, etag, last_modified]. One sync `httpx.Client` shared by a
few threads sends each URL with If-None-Match/If-Modified-Since and counts the answers. Prints
one JSON line {"requests", "not_modified", "other"}. Exit 1 when any answer is not a 304, so a
floor that did not measure what it claims never gets quoted.
"""

from __future__ import annotations

import json
import sys
from concurrent.futures import ThreadPoolExecutor

import httpx


def main() -> None:
    with open(sys.argv[1]) as f:
        jobs = json.load(f)
    threads = int(sys.argv[2]) if len(sys.argv) > 2 else 4
    limits = httpx.Limits(max_connections=threads, max_keepalive_connections=threads)
    with httpx.Client(limits=limits, timeout=20) as client:

        def get(job: list[str]) -> int:
            url, etag, modified = job
            headers = {}
            if etag:
                headers["If-None-Match"] = etag
            if modified:
                headers["If-Modified-Since"] = modified
            return client.get(url, headers=headers).status_code

        with ThreadPoolExecutor(threads) as pool:
            codes = list(pool.map(get, jobs))
    not_modified = codes.count(304)
    print(
        json.dumps(
            {
                "requests": len(codes),
                "not_modified": not_modified,
                "other": len(codes) - not_modified,
            }
        )
    )
    sys.exit(0 if not_modified == len(codes) else 1)


if __name__ == "__main__":
    main()
