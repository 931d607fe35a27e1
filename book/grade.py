"""Grade a folder of exercise notebooks into one CSV gradebook, without Docker.

    python -m book.grade ex01 submissions/ -o grades.csv

Every ``*.ipynb`` in the folder gets one row: a column per question, the
total, the points possible, and an ``error`` column that says what went wrong
(an unreadable file, a cell that raised, a time or memory limit, a process
that killed itself). A submission can cost only its own row.

How a submission is graded:

1. The exercise's tests, hidden ones included, come from its master notebook
   through ``otter assign`` (the same tests the student's notebook checks
   against) and are read into memory once, before any submission runs. So are
   all the submissions, and this module's child program.
2. Each submission runs in its own process (``book/_grade_child.py``) with a
   wall-clock limit, a CPU limit and an address-space limit, and — where the
   machine allows Linux namespaces — inside a sandbox: every file system
   read-only except a private scratch directory, no network, and no view of
   other processes.
3. The tests run HERE, in the grader's process. A name in a test that the
   submission defines becomes a proxy: calling it sends the arguments to the
   submission's process as plain data, runs the student's function there and
   brings back the result as plain data (JSON, arrays as .npy without pickle).
   The assertions then compare those numbers with this process's own NumPy,
   so no monkeypatching inside a submission can change a comparison.
"""

import argparse
import ast
import builtins
import csv
import dataclasses
import doctest
import json
import os
import pathlib
import re
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from book import _grade_child as wire

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHILD_SOURCE = pathlib.Path(wire.__file__).read_text(encoding="utf-8")
MAX_NOTEBOOK_BYTES = 32 * 2**20

# Run inside `unshare`: make every mount read-only, give the child a private tmpfs,
# and drop every capability so that it cannot undo any of it.
SANDBOX_SCRIPT = r"""
set -e
mount --make-rprivate /
for m in $(awk '{print $5}' /proc/self/mountinfo | sort -u); do
  mount -o remount,bind,ro "$m" 2>/dev/null || true
done
mount -t tmpfs -o size=64m,mode=1777 tmpfs "$SANDBOX_DIR"
cd "$SANDBOX_DIR"
exec setpriv --bounding-set=-all --inh-caps=-all --no-new-privs -- "$@"
"""
SANDBOXES = {
    "namespaces": ["unshare", "--mount", "--pid", "--net", "--fork", "--kill-child",
                   "--mount-proc"],
    "user-namespaces": ["unshare", "--user", "--map-root-user", "--mount", "--pid", "--net",
                        "--fork", "--kill-child", "--mount-proc"],
}


# ------------------------------------------------------------------ the tests
@dataclasses.dataclass
class Case:
    name: str
    examples: list          # compiled statements, run in order
    free_names: list        # names the submission must provide
    hidden: bool
    points: float


@dataclasses.dataclass
class Question:
    name: str
    cases: list

    @property
    def points(self):
        return sum(case.points for case in self.cases)


def find_exercise(exercise):
    """The folder of an exercise set: a path, or a name under exercises/."""
    path = pathlib.Path(exercise)
    if not path.is_dir():
        path = ROOT / "exercises" / exercise
    masters = sorted((path / "master").glob("*.ipynb")) if path.is_dir() else []
    if len(masters) != 1:
        known = sorted(p.parent.parent.name for p in (ROOT / "exercises").glob("*/master/*.ipynb"))
        raise ValueError(f"exercise {exercise!r} not found: expected a folder with one "
                         f"master/*.ipynb, or one of {known}")
    return path, masters[0]


def load_questions(exercise):
    """Every question with its public and hidden test cases, from the master notebook."""
    from otter.test_files.ok_test import OKTestFile

    from book.assign import otter_assign

    _, master = find_exercise(exercise)
    with tempfile.TemporaryDirectory() as out:
        otter_assign(master, out)
        files = sorted(pathlib.Path(out, "autograder", "tests").glob("*.py"),
                       key=lambda p: _natural_key(p.stem))
        questions = []
        for path in files:
            test_file = OKTestFile.from_file(str(path))
            cases = [_compile_case(tc) for tc in test_file.test_cases]
            questions.append(Question(test_file.name, cases))
    if not questions:
        raise ValueError(f"{master} defines no tests")
    return questions


def _compile_case(test_case):
    sources = [ex.source for ex in doctest.DocTestParser().get_examples(test_case.body)]
    examples = [compile(src, f"<test {test_case.name}>", "exec")
                for src in sources]
    assigned, loaded = set(), []
    for node in ast.walk(ast.parse("\n".join(sources))):
        if isinstance(node, ast.Name):
            if isinstance(node.ctx, ast.Store):
                assigned.add(node.id)
            elif node.id not in loaded:
                loaded.append(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            assigned.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            assigned.add(node.name)
        elif isinstance(node, ast.arg):
            assigned.add(node.arg)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            assigned.add(node.name)
    free = [n for n in loaded if n not in assigned and n != "np" and not hasattr(builtins, n)]
    return Case(test_case.name, examples, free, test_case.hidden, float(test_case.points or 0))


def _natural_key(text):
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text)]


# ------------------------------------------------------- a submission's process
class SubmissionEnded(BaseException):
    """The submission's process is gone (time limit, crash, or it ended itself).

    A BaseException, so that a test's own ``except Exception`` cannot swallow it.
    """


class StudentError(Exception):
    """A student's function raised an exception not among the builtin ones."""


class Child:
    """One submission's process, and the pipe to it."""

    def __init__(self, sandbox, timeout, memory_mb):
        self.deadline = time.monotonic() + timeout
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.workdir = tempfile.mkdtemp(prefix="grade-")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": self.workdir,
               "MPLBACKEND": "Agg", "MPLCONFIGDIR": os.path.join(self.workdir, ".mpl"),
               "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
               "PYTHONHASHSEED": "0", "LANG": "C.UTF-8", "SANDBOX_DIR": self.workdir}
        command = [sys.executable, "-I", "-c", CHILD_SOURCE]
        if sandbox:
            command = SANDBOXES[sandbox] + ["sh", "-c", SANDBOX_SCRIPT, "sandbox"] + command
        self.process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=self.workdir, env=env, start_new_session=True)
        os.set_blocking(self.process.stdin.fileno(), False)  # so a send can time out too
        self.buffer = b""

    def send(self, message):
        data = memoryview(wire.pack(message))
        fd = self.process.stdin.fileno()
        while data:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([], [fd], [], left)[1]:
                raise SubmissionEnded(f"time limit of {self.timeout:g} s exceeded")
            try:
                data = data[os.write(fd, data[:1 << 16]):]
            except BlockingIOError:
                continue
            except OSError:  # a broken pipe: the process is gone
                raise SubmissionEnded(self._ended()) from None

    def receive(self):
        header = self._read(8)
        (size,) = struct.unpack(">Q", header)
        if size > wire.MAX_MESSAGE:
            raise SubmissionEnded(f"the submission's process sent a message of {size} bytes")
        try:
            return json.loads(self._read(size))
        except ValueError:
            raise SubmissionEnded("the submission's process sent a malformed message") from None

    def _read(self, size):
        fd = self.process.stdout.fileno()
        while len(self.buffer) < size:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise SubmissionEnded(f"time limit of {self.timeout:g} s exceeded")
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                raise SubmissionEnded(self._ended())
            self.buffer += chunk
        data, self.buffer = self.buffer[:size], self.buffer[size:]
        return data

    def _ended(self):
        try:
            code = self.process.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return "the submission's process stopped answering"
        if code < 0:
            name = signal.Signals(-code).name
            why = {"SIGKILL": " (memory exhausted?)", "SIGXCPU": " (CPU time limit)"}.get(name, "")
            return f"the submission's process was killed by {name}{why}"
        return f"the submission's process ended with exit status {code}"

    def close(self):
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        shutil.rmtree(self.workdir, ignore_errors=True)


class StudentFunction:
    """Stands in, in the grader's process, for a function the submission defines."""

    def __init__(self, child, name):
        self.child, self.name = child, name

    def __call__(self, *args, **kwargs):
        self.child.send({"op": "call", "name": self.name,
                         "args": wire.encode(list(args)), "kwargs": wire.encode(kwargs)})
        reply = self.child.receive()
        if isinstance(reply, dict) and "ok" in reply:
            try:
                return wire.decode(reply["ok"])
            except (ValueError, TypeError) as err:
                raise StudentError(f"{self.name} returned something unreadable: {err}") from None
        if isinstance(reply, dict) and isinstance(reply.get("error"), list) and len(reply["error"]) == 2:
            kind, message = (str(part)[:300] for part in reply["error"])
            exception = getattr(builtins, kind, None)
            if isinstance(exception, type) and issubclass(exception, Exception):
                raise exception(message)  # so a test can expect, say, a ValueError
            raise StudentError(message)
        raise SubmissionEnded("the submission's process sent a malformed reply")

    def __repr__(self):
        return f"<the submission's function {self.name}>"


# -------------------------------------------------------------- one submission
@dataclasses.dataclass
class Row:
    file: str
    scores: dict
    errors: list


def read_cells(data):
    """The code cells of a notebook as (number, source) pairs, or ValueError saying why not."""
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"not graded: the file is {len(data)} bytes, over the "
                         f"{MAX_NOTEBOOK_BYTES} byte limit")
    try:
        nb = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as err:
        raise ValueError(f"not a notebook: the file is not valid JSON ({err})") from None
    if not isinstance(nb, dict) or "nbformat" not in nb:
        raise ValueError("not a notebook: expected a JSON object with 'nbformat' and 'cells'")
    if nb["nbformat"] != 4:
        raise ValueError(f"unsupported notebook format version {nb['nbformat']!r} "
                         f"(expected 4; re-save the notebook with a current Jupyter)")
    if not isinstance(nb.get("cells"), list):
        raise ValueError("not a notebook: 'cells' is missing or not a list")
    cells = []
    for number, cell in enumerate(nb["cells"], start=1):
        if not isinstance(cell, dict):
            raise ValueError(f"not a notebook: cell {number} is not an object")
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(s, str) for s in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise ValueError(f"not a notebook: the source of cell {number} is not text")
        cells.append([number, source])
    if not cells:
        raise ValueError("the notebook has no code cells")
    return cells


def grade_submission(name, data, questions, sandbox, timeout, memory_mb):
    """One row of the gradebook. Never raises: every problem becomes an error message."""
    scores = {q.name: 0.0 for q in questions}
    errors = []
    try:
        cells = read_cells(data)
    except ValueError as err:
        return Row(name, scores, [str(err)])
    child = None
    try:
        child = Child(sandbox, timeout, memory_mb)
        child.send({"cells": cells, "memory_mb": memory_mb, "cpu_seconds": int(timeout) + 1})
        running = None
        while True:
            try:
                message = child.receive()
            except SubmissionEnded as err:
                raise SubmissionEnded(f"{err} while running cell {running}" if running else str(err))
            if isinstance(message, dict) and "cell" in message:
                running = message["cell"]
            elif isinstance(message, dict) and isinstance(message.get("ready"), list):
                errors.extend(str(e)[:300] for e in message["ready"][:5])
                break
            else:
                raise SubmissionEnded("the submission's process sent a malformed message")
        names = {}
        for question in questions:
            for case in question.cases:
                if _run_case(case, child, names):
                    scores[question.name] += case.points
    except SubmissionEnded as err:
        errors.append(str(err))
    except Exception as err:  # a bug of ours must still leave a row
        errors.append(f"internal grader error: {type(err).__name__}: {err}")
    finally:
        if child is not None:
            child.close()
    return Row(name, scores, errors)


def _run_case(case, child, names):
    namespace = {"__builtins__": builtins, "np": np}
    for name in case.free_names:
        if name not in names:
            names[name] = _resolve(child, name)
        if names[name] is not _MISSING:
            namespace[name] = names[name]
    try:
        for example in case.examples:
            exec(example, namespace)
    except SubmissionEnded:
        raise
    except Exception:  # a failed assertion, a wrong type, a missing name: the case fails
        return False
    return True


_MISSING = object()


class _Unreadable:
    """A value the submission defines but that is not plain data: equal to nothing."""

    def __eq__(self, other):
        return False

    __hash__ = None


def _resolve(child, name):
    child.send({"op": "describe", "name": name})
    reply = child.receive()
    kind = reply.get("kind") if isinstance(reply, dict) else None
    if kind == "callable":
        return StudentFunction(child, name)
    if kind == "value":
        try:
            return wire.decode(reply.get("value"))
        except (ValueError, TypeError):
            return _Unreadable()
    if kind == "unreadable":
        return _Unreadable()
    return _MISSING


# ------------------------------------------------------------------ the folder
def choose_sandbox(requested="auto"):
    """The strongest isolation this machine supports: a namespace sandbox, or none."""
    if requested == "none":
        return None
    candidates = list(SANDBOXES) if requested == "auto" else [requested]
    for sandbox in candidates:
        if shutil.which("unshare") is None or shutil.which("setpriv") is None:
            break
        with tempfile.TemporaryDirectory() as workdir:
            probe = SANDBOXES[sandbox] + ["sh", "-c", SANDBOX_SCRIPT, "sandbox",
                                          sys.executable, "-I", "-c", "print('ok')"]
            try:
                out = subprocess.run(probe, capture_output=True, text=True, timeout=30,
                                     env={"PATH": os.environ.get("PATH", ""),
                                          "SANDBOX_DIR": workdir})
            except (OSError, subprocess.TimeoutExpired):
                continue
            if out.returncode == 0 and out.stdout.strip() == "ok":
                return sandbox
    if requested not in ("auto", None):
        raise ValueError(f"the sandbox {requested!r} does not work on this machine")
    return None


def grade_folder(exercise, submissions, output, timeout=60.0, memory_mb=1024, jobs=None,
                 sandbox="auto", log=sys.stderr):
    """Grade every .ipynb in ``submissions`` into the CSV file ``output``; returns the rows."""
    if not (timeout > 0):
        raise ValueError(f"timeout must be a positive number of seconds; got {timeout!r}")
    if not (isinstance(memory_mb, int) and memory_mb >= 64):
        raise ValueError(f"memory must be a whole number of MB, at least 64; got {memory_mb!r}")
    jobs = jobs or os.cpu_count() or 1
    if not (isinstance(jobs, int) and jobs >= 1):
        raise ValueError(f"jobs must be a positive integer; got {jobs!r}")
    folder = pathlib.Path(submissions)
    if not folder.is_dir():
        raise ValueError(f"the submissions folder {str(folder)!r} does not exist")
    output = pathlib.Path(output).resolve()
    started = time.monotonic()
    questions = load_questions(exercise)
    sandbox = choose_sandbox(sandbox)
    # read every submission before any of them runs, so none can touch another
    files = sorted((p for p in folder.iterdir() if p.suffix.lower() == ".ipynb" and p.is_file()),
                   key=lambda p: p.name)
    loaded = []
    for path in files:
        try:
            loaded.append((path.name, path.read_bytes()))
        except OSError as err:
            loaded.append((path.name, err))

    def grade(item):
        name, data = item
        if isinstance(data, OSError):
            return Row(name, {q.name: 0.0 for q in questions}, [f"could not read the file: {data}"])
        return grade_submission(name, data, questions, sandbox, timeout, memory_mb)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        rows = list(pool.map(grade, loaded))
    write_gradebook(output, questions, rows)
    elapsed = time.monotonic() - started
    print(f"graded {len(rows)} submission(s) of {exercise} in {elapsed:.1f} s, {jobs} at a "
          f"time, isolation: {sandbox or 'separate process only'}; wrote {output}", file=log)
    return rows


def write_gradebook(output, questions, rows):
    possible = sum(q.points for q in questions)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=output.parent, prefix=".grades-", suffix=".csv")
    with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["file", *(q.name for q in questions), "total", "possible", "error"])
        for row in rows:
            total = sum(row.scores.values())
            writer.writerow([row.file, *(_number(row.scores[q.name]) for q in questions),
                             _number(total), _number(possible), "; ".join(row.errors)])
    os.replace(tmp, output)


def _number(x):
    return f"{x:g}"


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m book.grade",
        description="Grade every .ipynb in a folder into one CSV gradebook.")
    parser.add_argument("exercise", help="exercise set: a name under exercises/ (e.g. ex01) or its folder")
    parser.add_argument("submissions", help="folder of submitted .ipynb files")
    parser.add_argument("-o", "--output", default="grades.csv", help="CSV file to write (grades.csv)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds a submission may take, its cells and all tests (60)")
    parser.add_argument("--memory", type=int, default=1024,
                        help="MB a submission may allocate beyond the bare interpreter (1024)")
    parser.add_argument("--jobs", type=int, default=None,
                        help="submissions graded at once (default: the number of CPUs)")
    parser.add_argument("--sandbox", default="auto", choices=["auto", "none", *SANDBOXES],
                        help="isolation of each submission (auto: the strongest that works)")
    args = parser.parse_args(argv)
    try:
        grade_folder(args.exercise, args.submissions, args.output, timeout=args.timeout,
                     memory_mb=args.memory, jobs=args.jobs, sandbox=args.sandbox)
    except ValueError as err:
        parser.exit(2, f"error: {err}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
