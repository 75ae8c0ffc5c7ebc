"""Who may open the state directory: by default only the user who runs `watch`.

Anyone who can open `watch.lock` can hold a shared `flock` on it for as long as they like, and
every check then exits 3; anyone who can read `watch.db` reads all that is stored. So, unless
the rules say `state_mode: shared`, the state directory is 0700 and every file `watch` creates
in it 0600, whatever the umask (SQLite gives the -wal and -shm files the database's own mode),
and a state directory found open to group or others (a fresh clone's `state/` is 0755) is
tightened by the next command that writes, with one warning. `state_mode: shared` leaves modes
to the umask and the directory (a setgid group directory, default ACLs) for a group that runs
`watch` together.
"""

from __future__ import annotations

import contextlib
import logging
import os
import stat
from pathlib import Path

log = logging.getLogger(__name__)

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
SHARED_FILE = 0o666  # less the umask
_OTHERS = 0o077  # the group's and everyone else's bits
_OURS = ("watch.db", "watch.db-wal", "watch.db-shm", "watch.db-journal", "watch.lock")


def prepare(state_dir: str | Path, *, private: bool) -> Path:
    """The state directory, created if missing: 0700 when `private`, and an existing one open
    to others made private, with a warning. Raises OSError when it cannot be created."""
    path = Path(state_dir)
    try:
        path.mkdir(PRIVATE_DIR if private else 0o777, parents=True)
    except FileExistsError:
        if private:
            _tighten(path)
    else:
        if private:  # the umask can only take bits away, but make it exact all the same
            os.chmod(path, PRIVATE_DIR)
    return path


def open_file(path: Path, flags: int, *, private: bool) -> int:
    """os.open with O_CREAT: a file created now is 0600 when `private` (the umask's say
    otherwise). Raises OSError."""
    fd = os.open(path, flags | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE if private else SHARED_FILE)
    if private:
        with contextlib.suppress(OSError):  # not ours to change: the directory still guards it
            if stat.S_IMODE(os.fstat(fd).st_mode) & _OTHERS:
                os.fchmod(fd, PRIVATE_FILE)
    return fd


def create_database(path: Path, *, private: bool) -> None:
    """An empty database file with the right mode, before SQLite creates it with its own
    (0644 less the umask); SQLite takes an empty file for a new database. Raises OSError."""
    if path.exists():
        return
    try:
        fd = open_file(path, os.O_WRONLY | os.O_EXCL, private=private)
    except FileExistsError:  # another process made it meanwhile
        return
    os.close(fd)


def _tighten(path: Path) -> None:
    info = path.stat()
    mode = stat.S_IMODE(info.st_mode)
    if not stat.S_ISDIR(info.st_mode) or not mode & _OTHERS:
        return  # (a file in its place: opening the lock or the database in it says so)
    try:
        os.chmod(path, mode & ~_OTHERS)
        for name in _OURS:
            with contextlib.suppress(FileNotFoundError):
                info = (path / name).lstat()
                if stat.S_ISREG(info.st_mode) and info.st_mode & _OTHERS:
                    os.chmod(path / name, stat.S_IMODE(info.st_mode) & ~_OTHERS)
    except OSError as exc:
        log.warning(
            "state directory %s is open to other users (mode %03o) and could not be made "
            "private: %s",
            path,
            mode,
            exc.strerror or exc,
        )
        return
    log.warning(
        "state directory %s was open to other users (mode %03o): made it %03o "
        "(`state_mode: shared` in rules.yaml keeps a shared set-up as it is)",
        path,
        mode,
        mode & ~_OTHERS,
    )
