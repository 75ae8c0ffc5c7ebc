"""Run a command and write its peak resident size (KiB) to a file: `peak_rss.py OUT CMD...`.

A child's `ru_maxrss` starts at its parent's high-water mark, because Linux records the old
address space's peak when the child execs (with vfork the old one *is* the parent's). Measured
straight from a pytest process that has grown to 300 MiB, a 60 MiB check reads as 300 MiB. This
launcher is small, so the command it starts inherits a small mark and reports its own peak.
The exit code is the command's.
"""

import os
import subprocess
import sys
from pathlib import Path


def main() -> int:
    out, command = Path(sys.argv[1]), sys.argv[2:]
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    out.write_text(str(usage.ru_maxrss))
    return os.waitstatus_to_exitcode(status)


if __name__ == "__main__":
    sys.exit(main())
