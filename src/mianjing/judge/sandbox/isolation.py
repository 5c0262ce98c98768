"""Choosing the isolation mode and building the command that starts a sandboxed zygote.

Two modes, strongest first:

* ``bwrap``: the zygote runs under bubblewrap in fresh PID/net/IPC/UTS namespaces with a
  whitelisted, read-only filesystem (system libraries, the Python installation, the mianjing
  code) on which the problem content and the user's data directory are hidden behind empty
  tmpfs mounts; ``/tmp`` is a private tmpfs.
* ``process``: no namespaces; each child still gets rlimits, seccomp and (as root) the
  ``nobody`` uid, but it can read any world-readable file. Used only when bubblewrap is
  missing or cannot create namespaces, and announced with a loud warning.

``MIANJING_SANDBOX`` (``auto`` | ``bwrap`` | ``process``) overrides the choice.
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("mianjing.judge.sandbox")

_THP_DIR = "/sys/kernel/mm/transparent_hugepage"
_SYSTEM_DIRS = ("usr", "bin", "sbin", "lib", "lib32", "lib64", "libx32", "etc")
_SANDBOX_ENV = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "HOME": "/tmp",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "PYTHONDONTWRITEBYTECODE": "1",
    "PYTHONUNBUFFERED": "1",
    "MALLOC_ARENA_MAX": "2",
    # Buffers up to 64 MB come from the heap, which malloc backs with transparent huge pages:
    # a fresh child's first touch of a 2 MB array is one page fault instead of 512, and page
    # faults are most of what a fresh child pays over a warm process. Freed heap is kept.
    "GLIBC_TUNABLES": "glibc.malloc.hugetlb=1:glibc.malloc.mmap_threshold=67108864:"
                      "glibc.malloc.trim_threshold=268435456",
}


class SandboxUnavailable(RuntimeError):
    """The requested isolation mode cannot be provided on this machine."""


@dataclass(frozen=True)
class SandboxMode:
    name: str  # "bwrap" or "process"
    workdir_root: str
    warnings: tuple[str, ...] = ()


def package_root() -> Path:
    """The directory that contains the ``mianjing`` package."""
    return Path(__file__).resolve().parents[3]


def content_root() -> Path:
    return Path(__file__).resolve().parents[2] / "content"


def _python_dirs() -> list[str]:
    paths = {sys.prefix, sys.base_prefix, sys.exec_prefix, sys.base_exec_prefix,
             str(package_root())}
    for key in ("stdlib", "platstdlib", "purelib", "platlib"):
        value = sysconfig.get_paths().get(key)
        if value:
            paths.add(value)
    resolved = set()
    for p in paths:
        if os.path.isdir(p):
            resolved.add(os.path.abspath(p))
            resolved.add(os.path.realpath(p))
    return sorted(resolved)


def _is_under(path: str, roots: list[str]) -> bool:
    return any(path == r or path.startswith(r.rstrip("/") + "/") for r in roots)


def bwrap_command(argv: list[str], hidden: list[Path], *, as_root: bool) -> list[str]:
    """The bubblewrap command line that runs ``argv`` in the sandbox."""
    cmd = ["bwrap", "--die-with-parent", "--new-session",
           "--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
           "--unshare-cgroup-try"]
    if not as_root:
        cmd.append("--unshare-user")
    # /tmp, /proc and /dev first: a later bind below /tmp (a checkout in /tmp) must land on
    # top of the private tmpfs, not be hidden by it.
    cmd += ["--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp"]
    bound: list[str] = []
    for name in _SYSTEM_DIRS:
        path = f"/{name}"
        if os.path.islink(path):
            cmd += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            cmd += ["--ro-bind", path, path]
            bound.append(path)
    created: set[str] = set()
    for path in _python_dirs():
        if _is_under(path, bound):
            continue
        for ancestor in reversed(Path(path).parents):
            a = str(ancestor)
            if a == "/" or a in created or _is_under(a, bound):
                continue
            cmd += ["--perms", "0755", "--dir", a]
            created.add(a)
        cmd += ["--ro-bind", path, path]
        bound.append(path)
    for path in hidden:
        p = str(path)
        if os.path.isdir(p) and _is_under(p, bound):
            cmd += ["--tmpfs", p]
    # glibc learns the huge page size here; without it malloc.hugetlb silently does nothing.
    if os.path.isdir(_THP_DIR):
        cmd += ["--ro-bind", _THP_DIR, _THP_DIR]
    cmd += ["--clearenv"]
    for key, value in _SANDBOX_ENV.items():
        cmd += ["--setenv", key, value]
    cmd += ["--chdir", "/tmp", "--"]
    return cmd + argv


def sandbox_env() -> dict[str, str]:
    return dict(_SANDBOX_ENV)


def hidden_paths() -> list[Path]:
    from mianjing.paths import data_dir

    return [content_root(), data_dir()]


_lock = threading.Lock()
_cached: SandboxMode | None = None


def _probe_bwrap() -> str | None:
    """None when bubblewrap can start Python here, else the reason it cannot."""
    if shutil.which("bwrap") is None:
        return "bubblewrap (bwrap) is not installed; install the Debian package 'bubblewrap'"
    argv = [sys.executable, "-I", "-c", "import socket; socket.socket()"]
    cmd = bwrap_command(argv, hidden_paths(), as_root=os.getuid() == 0)
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"bwrap failed to start: {exc}"
    if proc.returncode != 0:
        return f"bwrap cannot create namespaces here: {proc.stderr.strip()[-300:]}"
    return None


def select_mode() -> SandboxMode:
    """The strongest available mode (cached for the life of the process)."""
    global _cached
    with _lock:
        if _cached is not None:
            return _cached
        wanted = os.environ.get("MIANJING_SANDBOX", "auto").strip().lower()
        if wanted not in ("auto", "bwrap", "process"):
            raise SandboxUnavailable(
                f"MIANJING_SANDBOX={wanted!r}: expected 'auto', 'bwrap' or 'process'"
            )
        problem = None if wanted == "process" else _probe_bwrap()
        if wanted == "bwrap" and problem:
            raise SandboxUnavailable(problem)
        if problem is None and wanted != "process":
            _cached = SandboxMode("bwrap", "/tmp")
        else:
            root = tempfile.mkdtemp(prefix="mianjing-sandbox-")
            os.chmod(root, 0o711)
            warnings = ["filesystem isolation is off: submissions can read world-readable "
                        "files, including reference solutions"]
            if problem:
                warnings.insert(0, problem)
            for w in warnings:
                log.warning("sandbox degraded: %s", w)
            _cached = SandboxMode("process", root, tuple(warnings))
        return _cached


def zygote_command(mode: SandboxMode, runtime: str, control_fd: int) -> list[str]:
    # -S: no site processing, so no .pth hooks (an editable install of another checkout
    # cannot shadow this one); the import path is exactly this package and the judge's own
    # site-packages.
    paths = [str(package_root())]
    for key in ("purelib", "platlib"):
        value = sysconfig.get_paths().get(key)
        if value and value not in paths:
            paths.append(value)
    bootstrap = (
        "import sys; sys.path[:0] = sys.argv[1].split(':'); "
        "from mianjing.judge.sandbox.zygote import main; main(sys.argv[2:])"
    )
    argv = [sys.executable, "-I", "-S", "-c", bootstrap, ":".join(paths), runtime,
            str(control_fd), mode.workdir_root]
    if mode.name == "bwrap":
        return bwrap_command(argv, hidden_paths(), as_root=os.getuid() == 0)
    return argv
