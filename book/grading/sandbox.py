"""Where a submission runs: a bubblewrap sandbox, torn down whole when its row is done.

What the submission's process sees (``bwrap``, Debian package ``bubblewrap``):

* the Python interpreter's own installation and the system libraries it links
  (``/usr/lib``), read-only, with the interpreter's ``site-packages`` hidden;
* the allowed packages (NumPy, SciPy, SymPy, matplotlib and what they import),
  read-only under ``/packages``; not ``book``, not the repository;
* a private scratch directory ``/scratch`` (tmpfs, size-limited), its home and cwd;
* ``/dev/null``, ``/dev/zero``, ``/dev/random``, ``/dev/urandom`` and nothing else
  of ``/dev``; a ``/proc`` of its own PID namespace.

It runs as uid 65534 with no capabilities, in new user, mount, PID, network, IPC,
UTS and (where possible) cgroup namespaces, in a new session with no terminal,
unable to create further user namespaces. When the grader runs as root, a first,
privileged bwrap builds that view (it can read the interpreter wherever it is
installed), ``setpriv`` then drops to an unprivileged host uid for good, and a
second bwrap adds the user namespace. Each sandbox running at the same time, in this
grader or another on the machine, gets its own host uid (from ``HOST_UIDS``, used by
no one else; a lock file per uid says which are taken), so the kernel's
per-user counters — processes (RLIMIT_NPROC really caps them), pipe buffers,
pending signals — are not shared between submissions either.

Where the machine lets the grader create cgroups (root, or a delegated cgroup v2
subtree), each submission also gets its own cgroup: a memory limit for its
whole process tree, a cap on its number of processes, and an equal CPU share,
so that a submission that forks busy loops slows only itself.

A seccomp filter (compiled by libseccomp, applied by bwrap) refuses the system calls
that would let two submissions running at the same time talk to each other through
the kernel — keyrings, file locks and notifications on the shared read-only files,
probes of their page cache, ``sysinfo`` — or read the host's kernel log, and a few
with a record of kernel bugs (io_uring, bpf, userfaultfd, perf_event_open). The
machine-wide counters in ``/proc`` (``/proc/sys``, ``stat``, ``loadavg``, ``meminfo``,
…) are hidden. What remains shared is timing: a submission can still measure how busy
the machine is, a slow, noisy channel.

The sandbox ends by SIGKILL to the init process of its PID namespace (found
through ``bwrap --info-fd`` and held by a pidfd); the kernel then kills every
process in that namespace, whatever it did to detach itself.
"""

import ctypes
import ctypes.util
import fcntl
import importlib.util
import itertools
import json
import os
import pathlib
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time

SANDBOX_UID = 65534          # the uid a submission sees inside its sandbox
HOST_UIDS = range(1_999_000_000, 1_999_004_096)   # as root: one per sandbox running at once
UID_LOCKS = pathlib.Path("/run/book-grading-uids")   # root's own folder for the uid locks
SCRATCH_BYTES = 64 * 2**20
MAX_PROCESSES = 32            # tasks (processes and threads) of one submission
MARKER = "book-grading-child"  # in the child's command line, for tests and for `ps`


def marker():
    """The word in every sandboxed command line (BOOK_GRADING_MARKER, for tests, may add to it)."""
    extra = os.environ.get("BOOK_GRADING_MARKER", "")
    return f"{MARKER}-{extra}" if extra else MARKER

# top-level modules a submission may import (besides the standard library)
ALLOWED_PACKAGES = ["numpy", "scipy", "sympy", "mpmath", "matplotlib", "mpl_toolkits", "PIL",
                    "contourpy", "cycler", "kiwisolver", "fontTools", "pyparsing", "dateutil",
                    "six", "packaging"]
INSTALL_HINT = ("install bubblewrap and libseccomp (Debian/Ubuntu: apt-get install bubblewrap "
                "libseccomp2), or pass --sandbox none to grade without isolation (only for "
                "submissions you trust)")
# machine-wide counters in /proc that a submission could move and a neighbour read (files
# created, processes forked, memory used): hidden behind an empty tmpfs or /dev/null
MASKED_PROC = ["sys", "pressure", "fs", "sysvipc", "irq", "stat", "loadavg", "meminfo", "vmstat",
               "diskstats", "interrupts", "softirqs", "schedstat", "sched_debug", "zoneinfo",
               "buddyinfo", "slabinfo", "pagetypeinfo", "vmallocinfo", "kallsyms", "timer_list",
               "locks", "swaps", "key-users", "keys", "partitions", "iomem", "ioports",
               "kpagecount", "kpageflags", "kpagecgroup", "latency_stats", "lock_stat"]
DENIED_SYSCALLS = ["sysinfo", "add_key", "request_key", "keyctl", "flock", "inotify_init", "inotify_init1",
                   "fanotify_init", "syslog", "perf_event_open", "bpf", "userfaultfd",
                   "io_uring_setup", "io_uring_enter", "io_uring_register", "kcmp",
                   # probes of the page cache of the shared read-only files
                   "fadvise64", "preadv2", "pwritev2", "mincore", "cachestat", "readahead"]
# F_GETLK, F_SETLK, F_SETLKW and their OFD forms; F_SETLEASE, F_NOTIFY (directory
# notification), F_SETPIPE_SZ (pipe sizes count against a per-user allowance)
DENIED_FCNTL = [5, 6, 7, 36, 37, 38, 1024, 1026, 1031]


class _ArgCmp(ctypes.Structure):
    _fields_ = [("arg", ctypes.c_uint), ("op", ctypes.c_int),
                ("datum_a", ctypes.c_uint64), ("datum_b", ctypes.c_uint64)]


def seccomp_program():
    """The BPF program of the sandbox's seccomp filter, compiled by libseccomp."""
    name = ctypes.util.find_library("seccomp")
    try:
        lib = ctypes.CDLL(name or "libseccomp.so.2", use_errno=True)
    except OSError:
        raise SandboxUnavailable(f"libseccomp was not found; {INSTALL_HINT}") from None
    lib.seccomp_init.restype = ctypes.c_void_p
    lib.seccomp_init.argtypes = [ctypes.c_uint32]
    lib.seccomp_syscall_resolve_name.argtypes = [ctypes.c_char_p]
    lib.seccomp_rule_add_array.argtypes = [ctypes.c_void_p, ctypes.c_uint32, ctypes.c_int,
                                           ctypes.c_uint, ctypes.POINTER(_ArgCmp)]
    lib.seccomp_export_bpf.argtypes = [ctypes.c_void_p, ctypes.c_int]
    lib.seccomp_release.argtypes = [ctypes.c_void_p]
    allow, refuse = 0x7FFF0000, 0x00050000 | 1   # SCMP_ACT_ALLOW, SCMP_ACT_ERRNO(EPERM)
    context = lib.seccomp_init(allow)
    if not context:
        raise SandboxUnavailable(f"libseccomp could not start a filter; {INSTALL_HINT}")
    try:
        for call in DENIED_SYSCALLS:
            number = lib.seccomp_syscall_resolve_name(call.encode())
            if number >= 0 and lib.seccomp_rule_add_array(context, refuse, number, 0, None):
                raise SandboxUnavailable(f"libseccomp refused a rule for {call}")
        fcntl = lib.seccomp_syscall_resolve_name(b"fcntl")
        for command in DENIED_FCNTL:
            compare = _ArgCmp(1, 4, command, 0)   # argument 1 == command (SCMP_CMP_EQ)
            if lib.seccomp_rule_add_array(context, refuse, fcntl, 1, ctypes.byref(compare)):
                raise SandboxUnavailable("libseccomp refused a rule for fcntl")
        fd = os.memfd_create("seccomp")
        try:
            if lib.seccomp_export_bpf(context, fd):
                raise SandboxUnavailable("libseccomp could not export the filter")
            os.lseek(fd, 0, os.SEEK_SET)
            program = b""
            while chunk := os.read(fd, 65536):
                program += chunk
        finally:
            os.close(fd)
    finally:
        lib.seccomp_release(context)
    return program


class SandboxUnavailable(Exception):
    """The sandbox cannot start on this machine; the message says why and what to do."""


def _python():
    """The real interpreter binary and the installation it belongs to."""
    executable = os.path.realpath(getattr(sys, "_base_executable", None) or sys.executable)
    prefix = os.path.realpath(sys.base_prefix)
    return executable, prefix


def _package_paths():
    """(host path, name) of every allowed package found, with vendored ``*.libs`` folders."""
    found, parents = [], set()
    for name in ALLOWED_PACKAGES:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
        if spec is None:
            continue
        if spec.submodule_search_locations:
            for location in spec.submodule_search_locations:
                path = os.path.realpath(location)
                found.append((path, os.path.basename(path)))
                parents.add(os.path.dirname(path))
        elif spec.origin and os.path.isfile(spec.origin):
            found.append((os.path.realpath(spec.origin), os.path.basename(spec.origin)))
    stems = {name.lower() for name in ALLOWED_PACKAGES} | {"pillow"}
    for parent in sorted(parents):
        for libs in sorted(pathlib.Path(parent).glob("*.libs")):
            if libs.name[:-5].lower() in stems:
                found.append((str(libs), libs.name))
    unique = {}
    for path, name in found:
        unique.setdefault(name, path)
    return [(path, name) for name, path in unique.items()]


def _system_mounts():
    """(host path, sandbox path) of the system directories the interpreter needs."""
    mounts, links = [], []
    for top in ("/usr/lib", "/usr/lib64", "/usr/lib32", "/lib", "/lib64", "/lib32", "/bin"):
        if os.path.islink(top):
            links.append((os.readlink(top), top))
        elif os.path.isdir(top) and top != "/bin":   # /bin itself: only as a link
            mounts.append((top, top))
    if os.path.isfile("/etc/ld.so.cache"):
        mounts.append(("/etc/ld.so.cache", "/etc/ld.so.cache"))
    return mounts, links


def child_environment():
    return {"HOME": "/scratch", "TMPDIR": "/scratch", "PATH": "/usr/bin:/bin",
            "MPLBACKEND": "Agg", "MPLCONFIGDIR": "/scratch/.matplotlib", "LANG": "C.UTF-8",
            "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
            "PYTHONHASHSEED": "0", "PYTHONDONTWRITEBYTECODE": "1"}


class Cgroup:
    """One submission's cgroup (v1 or v2): memory, process count and an equal CPU share."""

    def __init__(self, dirs, memory_bytes):
        self.dirs = dirs
        for path in dirs:
            os.mkdir(path)
        for path in dirs:
            for name, value in (("memory.limit_in_bytes", memory_bytes),
                                ("memory.max", memory_bytes), ("memory.swap.max", 0),
                                ("pids.max", MAX_PROCESSES + 8)):
                file = os.path.join(path, name)
                if os.path.exists(file):
                    with open(file, "w") as f:
                        f.write(str(value))

    def wrap(self, command):
        """``command`` run from a shell that first moves itself into the cgroup."""
        procs = [os.path.join(path, "cgroup.procs") for path in self.dirs]
        script = 'for f in ' + " ".join(f"'{p}'" for p in procs) + \
                 '; do echo $$ > "$f" || exit 111; done; exec "$@"'
        return ["/bin/sh", "-c", script, "sh", *command]

    def remove(self):
        for path in self.dirs:
            for _ in range(50):
                try:
                    os.rmdir(path)
                    break
                except FileNotFoundError:
                    break
                except OSError:
                    time.sleep(0.02)


class CgroupFactory:
    """Finds where this process may create cgroups; ``None`` from ``find`` where it may not."""

    def __init__(self, parents):
        self.parents = parents
        self.numbers = itertools.count(1)   # next() is atomic: threads never share a name

    @classmethod
    def find(cls):
        try:
            lines = pathlib.Path("/proc/self/cgroup").read_text().splitlines()
        except OSError:
            return None
        v1 = {}
        unified = None
        for line in lines:
            _, controllers, path = line.split(":", 2)
            if controllers == "":
                unified = path
            for controller in controllers.split(","):
                v1[controller] = path
        parents = []
        if all(c in v1 for c in ("memory", "pids")):
            for controller in ("memory", "pids", "cpu"):
                if controller in v1:
                    base = f"/sys/fs/cgroup/{controller}{v1[controller]}"
                    if not os.path.isdir(base):
                        base = f"/sys/fs/cgroup/cpu,cpuacct{v1[controller]}"
                    parents.append(base)
        elif unified is not None and os.path.exists("/sys/fs/cgroup/cgroup.controllers"):
            parents.append(f"/sys/fs/cgroup{unified}")
        factory = cls(parents) if parents else None
        if factory is not None:
            try:  # prove it works: create, limit and remove one
                factory.create(64 * 2**20).remove()
            except OSError:
                return None
        return factory

    def create(self, memory_bytes):
        name = f"book-grading-{os.getpid()}-{next(self.numbers)}"
        dirs = [os.path.join(parent, name) for parent in self.parents]
        try:
            return Cgroup(dirs, memory_bytes)
        except OSError:
            for path in dirs:
                try:
                    os.rmdir(path)
                except OSError:
                    pass
            raise


class Bubblewrap:
    """The bwrap command line for one submission; the same for every submission of a run."""

    name = "bubblewrap"

    def __init__(self):
        self.bwrap = shutil.which("bwrap")
        self.bwrap = self.bwrap and os.path.realpath(self.bwrap)
        if self.bwrap is None:
            raise SandboxUnavailable(f"bwrap was not found; {INSTALL_HINT}")
        self.as_root = os.geteuid() == 0
        self.setpriv = shutil.which("setpriv")
        if self.as_root and self.setpriv is None:
            raise SandboxUnavailable("setpriv (util-linux) was not found; it is needed to run "
                                     "the sandbox as an unprivileged user")
        self.executable, self.prefix = _python()
        self.packages = _package_paths()
        self.mounts, self.links = _system_mounts()
        version = subprocess.run([self.bwrap, "--version"], capture_output=True, text=True)
        self.version = version.stdout.strip() or "bwrap"
        # BOOK_GRADING_CGROUPS=0 turns cgroups off (to test the fallback, or on a shared host)
        use = os.environ.get("BOOK_GRADING_CGROUPS", "1") != "0"
        self.cgroups = CgroupFactory.find() if use else None
        self.seccomp = seccomp_program()
        self.held, self.uid_lock = {}, threading.Lock()
        if self.as_root:
            UID_LOCKS.mkdir(mode=0o700, exist_ok=True)
            info = os.lstat(UID_LOCKS)
            if info.st_uid != 0 or not stat.S_ISDIR(info.st_mode) or info.st_mode & 0o022:
                raise SandboxUnavailable(f"{UID_LOCKS} must be a folder of root's, writable "
                                         "by root only")

    def describe(self):
        extra = "a cgroup per submission (memory, processes, CPU share)" if self.cgroups \
            else "no cgroups (rlimits only)"
        user = (f"a uid of its own on the host ({HOST_UIDS.start}+)" if self.as_root
                else "the grader's uid on the host")
        return f"{self.version}, {user}, {extra}"

    def acquire_uid(self):
        """A host uid no other sandbox uses now, in this grader or another one on the machine:
        the first of HOST_UIDS whose lock file this process can lock."""
        if not self.as_root:
            return None
        with self.uid_lock:
            for uid in HOST_UIDS:
                if uid in self.held:
                    continue
                fd = os.open(UID_LOCKS / str(uid),
                             os.O_CREAT | os.O_RDWR | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    os.close(fd)
                    continue
                self.held[uid] = fd
                return uid
        raise SandboxUnavailable(f"all {len(HOST_UIDS)} sandbox uids are in use")

    def release_uid(self, uid):
        with self.uid_lock:
            fd = self.held.pop(uid, None)
        if fd is not None:
            os.close(fd)   # and with it the lock

    def command(self, source, host_uid=None):
        """(the sandbox's command up to its ``--``, the child's command inside it)."""
        made = {"/"}
        mounts = []

        def directories(path):   # bwrap would make missing parents 0700; make them 0755
            out = []
            parent = os.path.dirname(path)
            if parent not in made:
                out += directories(parent) + ["--perms", "0755", "--dir", parent]
                made.add(parent)
            return out

        def ro(host, dest):
            mounts.extend(directories(dest) + ["--ro-bind", host, dest])
            made.add(dest)

        for host, dest in self.mounts:
            ro(host, dest)
        for target, link in self.links:
            mounts += ["--symlink", target, link]
        ro(self.prefix, self.prefix)
        for key in ("purelib", "platlib"):  # the interpreter's own site-packages: hidden
            site = os.path.realpath(sysconfig.get_paths(vars={"base": self.prefix,
                                                              "platbase": self.prefix})[key])
            if site.startswith(self.prefix + os.sep) and os.path.isdir(site):
                mounts += ["--tmpfs", site]
        if not self.executable.startswith(self.prefix + os.sep):
            ro(self.executable, self.executable)
        for host, name in self.packages:
            ro(host, f"/packages/{name}")
        if self.as_root:  # the second stage runs inside the first
            for tool in (self.bwrap, self.setpriv):
                ro(tool, tool)
        for dev in ("null", "zero", "random", "urandom"):
            mounts += directories(f"/dev/{dev}") + ["--dev-bind", f"/dev/{dev}", f"/dev/{dev}"]
        mounts += ["--proc", "/proc", "--dir", "/tmp",
                   "--size", str(SCRATCH_BYTES), "--perms", "1777", "--tmpfs", "/scratch",
                   "--chdir", "/scratch", "--remount-ro", "/"]
        masks = []   # applied by the innermost bwrap: bwrap itself needs /proc/sys to start
        for name in MASKED_PROC:
            path = f"/proc/{name}"
            if os.path.isdir(path) and not os.path.islink(path):
                masks += ["--tmpfs", path]
            elif os.path.exists(path):
                masks += ["--ro-bind", "/dev/null", path]
        environment = []
        for key, value in child_environment().items():
            environment += ["--setenv", key, value]
        namespaces = ["--unshare-ipc", "--unshare-pid", "--unshare-net", "--unshare-uts",
                      "--unshare-cgroup-try", "--hostname", "sandbox", "--new-session",
                      "--die-with-parent", "--clearenv", *environment]
        user = ["--unshare-user", "--disable-userns", "--uid", str(SANDBOX_UID),
                "--gid", str(SANDBOX_UID)]
        python = [self.executable, "-I", "-S", "-c",
                  "import sys; sys.path.append('/packages')\n" + source, marker()]
        if not self.as_root:
            return [self.bwrap, *namespaces, *user, *mounts, *masks], python
        # As root: bwrap, privileged, builds the view (it can read the interpreter wherever it
        # is installed); then the command drops to a host uid of its own for good, and a
        # second, unprivileged bwrap adds the user namespace, with no further ones allowed.
        setpriv = [self.setpriv, f"--reuid={host_uid}", f"--regid={host_uid}",
                   "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--"]
        inner = [self.bwrap, *user, "--ro-bind", "/", "/", "--dev-bind", "/dev", "/dev",
                 "--bind", "/scratch", "/scratch", *masks,
                 "--die-with-parent", "--"]
        outer = [self.bwrap, *namespaces, "--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID",
                 *mounts]
        return outer, [*setpriv, *inner, *python]


class NoSandbox:
    """``--sandbox none``: a plain child process with rlimits and nothing else."""

    name = "none"
    cgroups = None

    def describe(self):
        return "none: submissions ran as ordinary processes of the grader's user"

    def acquire_uid(self):
        return None

    def release_uid(self, uid):
        pass

    def command(self, source, host_uid=None):
        return None, [sys.executable, "-I", "-c", source, marker()]


def choose(requested):
    """The sandbox to use: 'bubblewrap' (refuses to go on if it cannot start) or 'none'."""
    if requested == "none":
        return NoSandbox()
    if requested not in ("bubblewrap", "auto"):
        raise ValueError(f"unknown sandbox {requested!r}: expected 'bubblewrap' or 'none'")
    sandbox = Bubblewrap()
    probe = Process(sandbox, "import numpy, sys; sys.stdout.write('ok')", timeout=60,
                    memory_bytes=512 * 2**20)
    try:
        out, err = probe.communicate()
    finally:
        probe.kill()
    if out.strip() != b"ok":
        detail = err.decode("utf-8", "replace").strip().splitlines()[-3:]
        raise SandboxUnavailable("the bubblewrap sandbox did not start here ("
                                 f"{' / '.join(detail) or 'no output'}); {INSTALL_HINT}")
    return sandbox


class Process:
    """One submission's process tree: started in its sandbox, killed whole by ``kill``."""

    def __init__(self, sandbox, source, timeout, memory_bytes, stderr=subprocess.PIPE):
        self.sandbox = sandbox
        self.cgroup = None
        self.pidfd = None
        self.workdir = None
        fds = []
        self.host_uid = sandbox.acquire_uid()
        wrapper, child = sandbox.command(source, self.host_uid)
        info_read = None
        try:
            if wrapper is None:   # no sandbox: a private working directory at least
                self.workdir = tempfile.mkdtemp(prefix="grade-")
                env = {**child_environment(), "HOME": self.workdir, "TMPDIR": self.workdir,
                       "MPLCONFIGDIR": os.path.join(self.workdir, ".matplotlib"),
                       "PATH": os.environ.get("PATH", "/usr/bin:/bin")}
                command, cwd = child, self.workdir
            else:
                info_read, info_write = os.pipe()
                fds.append(info_write)
                seccomp = os.memfd_create("seccomp", 0)   # bwrap reads the filter from it
                fds.append(seccomp)
                os.write(seccomp, sandbox.seccomp)
                os.lseek(seccomp, 0, os.SEEK_SET)
                command = [*wrapper, "--seccomp", str(seccomp), "--info-fd", str(info_write),
                           "--", *child]
                env, cwd = {"PATH": "/usr/sbin:/usr/bin:/sbin:/bin"}, "/"
            if sandbox.cgroups is not None:
                self.cgroup = sandbox.cgroups.create(memory_bytes)
                command = self.cgroup.wrap(command)
            for fd in fds:
                os.set_inheritable(fd, True)
            self.process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr,
                cwd=cwd, env=env, start_new_session=True, pass_fds=fds)
        except BaseException:
            for fd in fds + ([info_read] if info_read is not None else []):
                os.close(fd)
            if self.cgroup is not None:
                self.cgroup.remove()
            sandbox.release_uid(self.host_uid)
            raise
        for fd in fds:
            os.close(fd)
        if info_read is not None:
            self._hold_init(info_read, timeout)

    def _hold_init(self, info_read, timeout):
        """Read bwrap's info (the PID of the namespace's init) and hold that process by a pidfd."""
        import select
        data = b""
        deadline = time.monotonic() + min(timeout, 30)
        try:
            while b"}" not in data and time.monotonic() < deadline:
                ready, _, _ = select.select([info_read], [], [], 0.5)
                if ready:
                    chunk = os.read(info_read, 4096)
                    if not chunk:
                        break
                    data += chunk
        finally:
            os.close(info_read)
        try:
            pid = int(json.loads(data.decode())["child-pid"])
        except (ValueError, KeyError, TypeError):
            return  # bwrap failed to start; the pipe will say so
        try:
            pidfd = os.pidfd_open(pid)
        except OSError:
            return
        # the pidfd holds whatever process has that PID now: make sure it is bwrap's child
        try:
            status = pathlib.Path(f"/proc/{pid}/status").read_text()
            ppid = int(next(line.split()[1] for line in status.splitlines()
                            if line.startswith("PPid:")))
        except (OSError, StopIteration, ValueError):
            ppid = None
        if ppid == self.process.pid:
            self.pidfd = pidfd
        else:
            os.close(pidfd)

    def communicate(self, timeout=60):
        return self.process.communicate(timeout=timeout)

    def kill(self):
        """End every process of the submission, then release the cgroup."""
        if self.pidfd is not None:
            try:
                signal.pidfd_send_signal(self.pidfd, signal.SIGKILL)
            except OSError:
                pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)   # bwrap itself, or the plain child
        except (ProcessLookupError, PermissionError):
            pass
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self.pidfd is not None:   # wait until the namespace's init is really gone
            import select
            select.select([self.pidfd], [], [], 5)
            os.close(self.pidfd)
            self.pidfd = None
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        if self.cgroup is not None:
            self.cgroup.remove()
            self.cgroup = None
        if self.workdir is not None:
            shutil.rmtree(self.workdir, ignore_errors=True)
            self.workdir = None
        if self.host_uid is not None:   # every process of that uid is gone: reuse it
            self.sandbox.release_uid(self.host_uid)
            self.host_uid = None
