"""nginx on loopback for the benchmark: installed from Debian if missing, run as a non-daemon
child on a free port with a config rendered from `nginx.conf.template`, stopped at the end."""

from __future__ import annotations

import contextlib
import shutil
import socket
import string
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


def free_port(preferred: int = 18080) -> int:
    """`preferred` when it is free on 127.0.0.1, else any free port."""
    for port in (preferred, 0):
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return s.getsockname()[1]
    raise OSError("no free port on 127.0.0.1")


def _which() -> str | None:
    # /usr/sbin is not on every PATH
    fallback = Path("/usr/sbin/nginx")
    return shutil.which("nginx") or (str(fallback) if fallback.exists() else None)


def nginx_binary() -> str:
    """The nginx executable, installing Debian's package when there is none.

    Raises RuntimeError when it cannot be installed."""
    found = _which()
    if found:
        return found
    env = {"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "nginx-light"], check=False, env=env)
    found = _which()
    if not found:
        raise RuntimeError("nginx could not be installed (apt-get install nginx-light)")
    return found


@contextlib.contextmanager
def serve(root: Path, port: int, run_dir: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1:`port` while the block runs; yields the base URL.

    Raises RuntimeError when nginx does not come up within 10 s."""
    run_dir.mkdir(parents=True, exist_ok=True)
    template = string.Template((HERE / "nginx.conf.template").read_text())
    conf = run_dir / "nginx.conf"
    run = str(run_dir.resolve())
    conf.write_text(template.substitute(ROOT=str(root.resolve()), PORT=port, RUN=run))
    proc = subprocess.Popen(
        [nginx_binary(), "-c", str(conf.resolve()), "-p", run],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            if proc.poll() is not None:
                why = proc.stderr.read().decode() if proc.stderr else ""
                raise RuntimeError(f"nginx exited: {why}")
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not start listening within 10 s")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()  # SIGTERM: nginx's fast shutdown
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
