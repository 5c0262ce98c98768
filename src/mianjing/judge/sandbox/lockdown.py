"""Per-process hardening applied in a freshly forked child before it accepts any submission.

Order matters: everything that needs privileges (new working directory, uid switch) happens
before the seccomp filter, and the filter is installed last so that it also covers the code
that runs after it. Limits set here are generous upper bounds; the runner lowers them to the
problem's own limits once the job arrives (lowering a limit needs no privilege).
"""

from __future__ import annotations

import contextlib
import errno
import os
import resource
import sys
from dataclasses import dataclass

NOBODY = 65534

# Syscalls a submission never needs and that could reach outside its process.
_DENIED_SYSCALLS = (
    "fork", "vfork", "execve", "execveat", "ptrace", "process_vm_readv", "process_vm_writev",
    "mount", "umount2", "pivot_root", "chroot", "unshare", "setns", "kexec_load",
    "kexec_file_load", "bpf", "perf_event_open", "keyctl", "add_key", "request_key",
    "userfaultfd", "socket", "socketpair", "connect", "bind", "listen", "accept", "accept4",
    "tkill", "pidfd_open", "pidfd_send_signal", "pidfd_getfd", "open_by_handle_at",
    "name_to_handle_at", "reboot", "swapon", "swapoff", "init_module", "finit_module",
    "delete_module", "acct", "quotactl", "setdomainname", "sethostname", "iopl", "ioperm",
)
_CLONE_THREAD = 0x00010000


@dataclass(frozen=True)
class LockdownPolicy:
    max_address_space_bytes: int
    max_cpu_seconds: int
    max_file_bytes: int = 1 << 20
    max_open_files: int = 256
    max_processes: int = 64
    drop_privileges: bool = True
    use_seccomp: bool = True


def _set_limit(which: int, value: int) -> None:
    soft, hard = resource.getrlimit(which)
    if hard != resource.RLIM_INFINITY:
        value = min(value, hard)
    resource.setrlimit(which, (value, value))


def close_other_fds(keep: int) -> None:
    """Close every descriptor but stdio and ``keep``; stdin/stdout/stderr go to /dev/null."""
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    os.close(devnull)
    os.closerange(3, keep)
    os.closerange(keep + 1, 1 << 16)


def enter_workdir(root: str) -> str:
    path = os.path.join(root, f"run-{os.getpid()}")
    os.mkdir(path, 0o700)
    os.chdir(path)
    return path


def world_traversable(paths: list[str]) -> bool:
    """Whether ``nobody`` could read these trees: every ancestor must be o+x.

    When the Python installation lives under a private home (e.g. /root/.pyenv), a child
    that became ``nobody`` could not import anything lazily, so it keeps the uid instead.
    """
    import stat

    for path in paths:
        current = os.path.abspath(path)
        while True:
            try:
                mode = os.stat(current).st_mode
            except OSError:
                return False
            if not mode & stat.S_IXOTH:
                return False
            parent = os.path.dirname(current)
            if parent == current:
                break
            current = parent
    return True


def drop_privileges(workdir: str) -> bool:
    """Become ``nobody`` when running as root; returns whether the uid changed."""
    if os.getuid() != 0:
        return False
    os.chown(workdir, NOBODY, NOBODY)
    os.setgroups([])
    os.setgid(NOBODY)
    os.setuid(NOBODY)
    return True


def apply_rlimits(policy: LockdownPolicy, *, own_uid: bool) -> None:
    """``own_uid``: the process runs under a uid of its own (nobody), so RLIMIT_NPROC, which
    counts every process of the uid, caps only sandboxed code and not the user's session."""
    _set_limit(resource.RLIMIT_CORE, 0)
    _set_limit(resource.RLIMIT_FSIZE, policy.max_file_bytes)
    _set_limit(resource.RLIMIT_NOFILE, policy.max_open_files)
    if own_uid:
        _set_limit(resource.RLIMIT_NPROC, policy.max_processes)
    _set_limit(resource.RLIMIT_CPU, policy.max_cpu_seconds)
    _set_limit(resource.RLIMIT_AS, policy.max_address_space_bytes)


def install_seccomp() -> None:
    """Deny process creation, exec, networking and cross-process syscalls.

    Threads stay allowed (clone with CLONE_THREAD) because some problems exercise
    concurrency; clone3 answers ENOSYS so glibc falls back to the inspectable clone.
    Signals may only target this process.
    """
    import pyseccomp as sc

    own_pid = os.getpid()
    filt = sc.SyscallFilter(defaction=sc.ALLOW)
    eperm = sc.ERRNO(errno.EPERM)
    for name in _DENIED_SYSCALLS:
        with contextlib.suppress(Exception):  # a name unknown on this architecture
            filt.add_rule(eperm, name)
    filt.add_rule(sc.ERRNO(errno.ENOSYS), "clone3")
    filt.add_rule(eperm, "clone", sc.Arg(0, sc.MASKED_EQ, _CLONE_THREAD, 0))
    filt.add_rule(eperm, "kill", sc.Arg(0, sc.NE, own_pid))
    filt.add_rule(eperm, "tgkill", sc.Arg(0, sc.NE, own_pid))
    filt.add_rule(eperm, "prlimit64", sc.Arg(0, sc.NE, 0))
    filt.load()


def seccomp_available() -> bool:
    try:
        import pyseccomp  # noqa: F401
    except Exception:
        return False
    return True


def lock_down(channel_fd: int, workdir_root: str, policy: LockdownPolicy) -> list[str]:
    """Harden the current (child) process. Returns the layers that could not be applied."""
    missing: list[str] = []
    close_other_fds(channel_fd)
    workdir = enter_workdir(workdir_root)
    dropped = policy.drop_privileges and drop_privileges(workdir)
    os.environ.clear()
    os.environ.update({"HOME": workdir, "TMPDIR": workdir, "LANG": "C.UTF-8",
                       "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
                       "OPENBLAS_NUM_THREADS": "1"})
    apply_rlimits(policy, own_uid=dropped)
    if policy.use_seccomp:
        try:
            install_seccomp()
        except Exception as exc:  # libseccomp missing or kernel without seccomp
            missing.append(f"seccomp ({exc})")
    sys.dont_write_bytecode = True
    return missing
