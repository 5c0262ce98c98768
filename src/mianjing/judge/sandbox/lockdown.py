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


# Stands for the child's own pid in the compiled filter until a child patches in its own:
# above any pid the kernel hands out (pid_max <= 2^22), and unlike any syscall number or flag.
_PID_PLACEHOLDER = 0x5EC00D1D
_PR_SET_NO_NEW_PRIVS = 38
_PR_SET_SECCOMP = 22
_SECCOMP_MODE_FILTER = 2


def _build_filter(own_pid: int):
    """Deny process creation, exec, networking and cross-process syscalls.

    Threads stay allowed (clone with CLONE_THREAD) because some problems exercise
    concurrency; clone3 answers ENOSYS so glibc falls back to the inspectable clone.
    Signals may only target this process.
    """
    import pyseccomp as sc

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
    return filt


def install_seccomp() -> None:
    """Build the filter for this process and load it (libseccomp does both: ~1.5 ms)."""
    _build_filter(os.getpid()).load()


class CompiledSeccomp:
    """The filter compiled once (in the zygote) with a placeholder for the pid; a child
    patches in its own pid and loads the BPF program with two prctl calls, instead of
    having libseccomp build it again in every child."""

    def __init__(self) -> None:
        import ctypes
        import struct
        import tempfile

        class SockFprog(ctypes.Structure):
            _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]

        self._fprog = SockFprog
        self._libc = ctypes.CDLL(None, use_errno=True)

        with tempfile.TemporaryFile() as fh:
            _build_filter(_PID_PLACEHOLDER).export_bpf(fh)
            fh.seek(0)
            program = fh.read()
        self._program = program
        # Offsets of the 32-bit constant (k) of each instruction comparing with the pid.
        self._pid_offsets = [i + 4 for i in range(0, len(program) - 7, 8)
                             if struct.unpack_from("<I", program, i + 4)[0] == _PID_PLACEHOLDER]
        if len(program) % 8 or not self._pid_offsets:
            raise RuntimeError("unexpected seccomp program layout")

    def program(self, pid: int) -> bytes:
        import struct

        out = bytearray(self._program)
        for offset in self._pid_offsets:
            struct.pack_into("<I", out, offset, pid)
        return bytes(out)

    def install(self) -> None:
        import ctypes

        program = self.program(os.getpid())
        libc = self._libc
        buffer = ctypes.create_string_buffer(program, len(program))
        prog = self._fprog(len(program) // 8, ctypes.addressof(buffer))
        if libc.prctl(_PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or libc.prctl(
                _PR_SET_SECCOMP, _SECCOMP_MODE_FILTER, ctypes.byref(prog), 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_SET_SECCOMP) failed")


def seccomp_available() -> bool:
    try:
        import pyseccomp  # noqa: F401
    except Exception:
        return False
    return True


def lock_down(channel_fd: int, workdir_root: str, policy: LockdownPolicy,
              compiled: CompiledSeccomp | None = None) -> list[str]:
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
            if compiled is not None:
                try:
                    compiled.install()
                except OSError:
                    install_seccomp()  # nothing was loaded: build it the slow way
            else:
                install_seccomp()
        except Exception as exc:  # libseccomp missing or kernel without seccomp
            missing.append(f"seccomp ({exc})")
    sys.dont_write_bytecode = True
    return missing
