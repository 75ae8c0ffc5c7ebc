"""Reading your own files (seeds, articles for `watch match` and `watch eval`): regular files
only, and no larger than a fetched page may be (`fetch.max_bytes`).

A FIFO would block the read (a check holding the run lock would wait for ever), a device such
as /dev/zero never ends, so neither is opened for reading: the path is looked at first, and the
open descriptor checked again (the path may have changed in between). A symbolic link is
followed: the files are yours, and so is where a link of yours points.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from watch.errors import LocalFileError

PAGE_MAX_BYTES = 10_000_000  # fetch.max_bytes unless the rules say otherwise

_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_regular(path: str | Path, max_bytes: int) -> bytes:
    """The bytes of the regular file at `path` (links followed).

    Raises LocalFileError when it is anything else or holds more than `max_bytes`, OSError when
    it cannot be read."""
    _check(path, os.stat(path), max_bytes)
    # O_NONBLOCK: should a FIFO have taken the file's place, opening it must not wait for a writer
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    try:
        _check(path, os.fstat(fd), max_bytes)
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(max_bytes + 1)
    finally:
        os.close(fd)
    if len(data) > max_bytes:  # it grew since fstat
        raise LocalFileError(str(path), _too_large(max_bytes))
    return data


def read_stdin(max_bytes: int) -> str:
    """Standard input as text (UTF-8, bad bytes replaced), at most `max_bytes` of it.

    Raises LocalFileError when there is more."""
    stream = getattr(sys.stdin, "buffer", None)
    data = stream.read(max_bytes + 1) if stream is not None else sys.stdin.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise LocalFileError("-", _too_large(max_bytes))
    return data if isinstance(data, str) else data.decode("utf-8", errors="replace")


def _check(path: str | Path, info: os.stat_result, max_bytes: int) -> None:
    if not stat.S_ISREG(info.st_mode):
        kind = next((name for test, name in _KINDS if test(info.st_mode)), "not a file")
        raise LocalFileError(str(path), f"not a regular file ({kind})")
    if info.st_size > max_bytes:
        raise LocalFileError(str(path), _too_large(max_bytes))


def _too_large(max_bytes: int) -> str:
    return f"larger than {max_bytes:,} bytes (fetch.max_bytes)"
