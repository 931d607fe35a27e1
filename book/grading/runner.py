"""Grading one submission: its cells run in the sandbox, the tests run here.

A name in a test that the submission defines becomes a proxy: calling it sends
the arguments to the submission's process as plain data, runs the student's
function there and brings back the result as plain data. The assertions then
compare those numbers with this process's own NumPy, so nothing a submission
does inside its own process can change a comparison.

Time limits and crashes cost only what they break. If a cell runs past the
limit (or ends its process), the submission is run again without that cell:
the questions whose functions that cell defines get nothing, the others are
graded as usual. If a test hangs, that question keeps the cases it passed and
the remaining questions are graded in a fresh run.
"""

import builtins
import dataclasses
import json
import os
import pathlib
import select
import signal
import struct
import subprocess
import time

import numpy as np

from book.grading import child as wire
from book.grading.assign import SETUP_MARKER
from book.grading import sandbox as sandboxes
from book.grading.notebook import clean, read_cells
from book.grading.rules import RuleBroken, definition_in

CHILD_SOURCE = pathlib.Path(wire.__file__).read_text(encoding="utf-8")
MAX_RUNS = 4              # a submission's process is started at most this often
MAX_SETUP = 64 * 2**20    # bytes of the first message (the cells)


@dataclasses.dataclass
class Settings:
    sandbox: object        # sandboxes.Bubblewrap or sandboxes.NoSandbox
    timeout: float         # seconds for one run: its cells and its tests
    memory_mb: int


@dataclasses.dataclass
class Row:
    file: str
    scores: dict
    errors: list
    timed_out: bool = False
    runs: int = 0


class SubmissionEnded(BaseException):
    """The submission's process is gone or out of time.

    A BaseException, so that a test's own ``except Exception`` cannot swallow it.
    """

    def __init__(self, why, timed_out=False):
        super().__init__(why)
        self.timed_out = timed_out


class StudentError(Exception):
    """A student's function raised an exception that is not a builtin one."""


class Run:
    """One start of a submission's process, and the pipe to it."""

    def __init__(self, settings):
        self.timeout = settings.timeout
        self.deadline = time.monotonic() + settings.timeout
        self.process = sandboxes.Process(settings.sandbox, CHILD_SOURCE, settings.timeout,
                                         settings.memory_mb * 2**20 + 256 * 2**20,
                                         stderr=subprocess.DEVNULL)
        self.stdin = self.process.process.stdin.fileno()
        self.stdout = self.process.process.stdout.fileno()
        os.set_blocking(self.stdin, False)  # so that a send can time out too
        self.buffer = bytearray()

    def send(self, message, limit=wire.MAX_MESSAGE):
        data = json.dumps(message).encode()
        if len(data) > limit:
            raise ValueError(f"a message of {len(data)} bytes")
        data = memoryview(struct.pack(">Q", len(data)) + data)
        while data:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([], [self.stdin], [], left)[1]:
                raise self._time_up()
            try:
                data = data[os.write(self.stdin, data[:1 << 16]):]
            except BlockingIOError:
                continue
            except OSError:  # a broken pipe: the process is gone
                raise SubmissionEnded(self._ended()) from None

    def receive(self):
        (size,) = struct.unpack(">Q", self._read(8))
        if size > wire.MAX_MESSAGE:
            raise SubmissionEnded(f"the submission's process sent a message of {size} bytes "
                                  f"(at most {wire.MAX_MESSAGE})")
        try:
            return json.loads(self._read(size))
        except (ValueError, RecursionError):
            raise SubmissionEnded("the submission's process sent a malformed message") from None

    def _read(self, size):
        while len(self.buffer) < size:
            left = self.deadline - time.monotonic()
            if left <= 0 or not select.select([self.stdout], [], [], left)[0]:
                raise self._time_up()
            chunk = os.read(self.stdout, min(1 << 20, size - len(self.buffer)))
            if not chunk:
                raise SubmissionEnded(self._ended())
            self.buffer += chunk
        data = bytes(self.buffer[:size])
        del self.buffer[:size]
        return data

    def _time_up(self):
        return SubmissionEnded(f"time limit of {self.timeout:g} s exceeded", timed_out=True)

    def _ended(self):
        try:
            code = self.process.process.wait(timeout=2)
        except Exception:  # noqa: BLE001
            return "the submission's process stopped answering"
        if code is not None and code < 0:
            name = signal.Signals(-code).name
            why = {"SIGKILL": " (memory exhausted?)", "SIGXCPU": " (CPU time limit)"}.get(name, "")
            return f"the submission's process was killed by {name}{why}"
        return f"the submission's process ended (exit status {code})"

    def close(self):
        self.process.kill()


class StudentFunction:
    """Stands in, in the grader's process, for a function the submission defines."""

    def __init__(self, run, name):
        self.run, self.name = run, name

    @property
    def source(self):
        """The source of the submission's ``def`` of this function, read from its cells
        (for ``book.grading.rules``: a question's rule is checked on it, never by running it)."""
        return definition_in(getattr(self.run, "sources", []), self.name)

    def __call__(self, *args, **kwargs):
        self.run.send({"op": "call", "name": self.name,
                       "args": wire.encode(list(args)), "kwargs": wire.encode(kwargs)})
        reply = self.run.receive()
        if isinstance(reply, dict) and "ok" in reply:
            try:
                return wire.decode(reply["ok"])
            except (ValueError, TypeError, RecursionError) as err:
                raise StudentError(f"{self.name} returned something unreadable: {err}") from None
        error = reply.get("error") if isinstance(reply, dict) else None
        if isinstance(error, list) and len(error) == 2:
            kind, message = (str(part)[:300] for part in error)
            exception = getattr(builtins, kind, None)
            if isinstance(exception, type) and issubclass(exception, Exception):
                raise exception(message)  # so that a test can expect, say, a ValueError
            raise StudentError(message)
        raise SubmissionEnded("the submission's process sent a malformed reply")

    def __repr__(self):
        return f"<the submission's function {self.name}>"


class _Unreadable:
    """A value the submission defines but that is not plain data: equal to nothing."""

    def __eq__(self, other):
        return False

    __hash__ = None


_MISSING = object()


def _resolve(run, name):
    run.send({"op": "describe", "name": name})
    reply = run.receive()
    kind = reply.get("kind") if isinstance(reply, dict) else None
    if kind == "callable":
        return StudentFunction(run, name)
    if kind == "value":
        try:
            return wire.decode(reply.get("value"))
        except (ValueError, TypeError, RecursionError):
            return _Unreadable()
    if kind == "unreadable":
        return _Unreadable()
    return _MISSING


def _run_case(case, run, names, notes):
    namespace = {"__builtins__": builtins, "np": np}
    for name in case.free_names:
        if name not in names:
            names[name] = _resolve(run, name)
        if names[name] is not _MISSING:
            namespace[name] = names[name]
    try:
        for example in case.examples:
            exec(example, namespace)
    except SubmissionEnded:
        raise
    except RuleBroken as broken:   # a rule of the question: the gradebook says which
        notes.append(clean(str(broken), 200))
        return False
    except Exception:  # a failed assertion, a wrong type, a missing name: the case fails
        return False
    return True


class _CellEnded(Exception):
    def __init__(self, position, ended):
        super().__init__(str(ended))
        self.position, self.ended = position, ended


def _start(settings, cells, skip):
    """A run with every cell not in ``skip`` executed; returns (run, cell errors)."""
    run = Run(settings)
    run.sources = [c.source for c in cells if c.position not in skip]
    try:
        run.send({"cells": [[c.position, c.source] for c in cells],
                  "skip": sorted(skip),
                  "limits": {"memory_mb": settings.memory_mb,
                             "cpu_seconds": int(settings.timeout) + 1,
                             "processes": sandboxes.MAX_PROCESSES
                             if settings.sandbox.name != "none" else 0}},
                 limit=MAX_SETUP)
        running = None
        while True:
            try:
                message = run.receive()
            except SubmissionEnded as ended:
                if running is None:
                    raise
                raise _CellEnded(running, ended) from None
            if isinstance(message, dict) and type(message.get("cell")) is int:
                running = message["cell"]
            elif isinstance(message, dict) and isinstance(message.get("ready"), list):
                return run, message["ready"]
            else:
                raise SubmissionEnded("the submission's process sent a malformed message")
    except BaseException:
        run.close()
        raise


def grade_submission(name, data, questions, settings):
    """One row of the gradebook. Never raises: every problem becomes an error message."""
    row = Row(name, {q.name: 0.0 for q in questions}, [])
    try:
        cells = read_cells(data)
    except ValueError as err:
        row.errors.append(str(err))
        return row
    by_position = {c.position: c for c in cells}
    # the set-up cell installs and starts the student's checker: nothing to grade there
    skip = {c.position for c in cells if c.source.startswith(SETUP_MARKER)}
    todo, cell_errors = list(questions), {}
    try:
        while todo:
            if row.runs == MAX_RUNS:
                row.errors.append(f"not graded: {', '.join(q.name for q in todo)} "
                                  f"(the submission was started {MAX_RUNS} times)")
                break
            row.runs += 1
            try:
                run, reported = _start(settings, cells, skip)
            except _CellEnded as err:
                row.timed_out |= err.ended.timed_out
                cell = by_position.get(err.position)
                label = cell.label if cell else f"code cell {err.position}"
                row.errors.append(f"{label}: {err.ended}; graded without it")
                skip.add(err.position)
                continue
            try:
                for item in reported[:20]:
                    if isinstance(item, list) and len(item) == 2 and item[0] in by_position \
                            and item[0] not in cell_errors:
                        cell_errors[item[0]] = f"{by_position[item[0]].label}: {clean(item[1], 160)}"
                names, notes = {}, []
                while todo:
                    question = todo[0]
                    try:
                        for case in question.cases:
                            if _run_case(case, run, names, notes):
                                row.scores[question.name] += case.points
                    except SubmissionEnded as ended:
                        row.timed_out |= ended.timed_out
                        row.errors.append(f"{question.name}: {ended} while testing "
                                          f"{', '.join(question.names) or 'it'}")
                        todo.pop(0)
                        raise
                    todo.pop(0)
                    for note in dict.fromkeys(notes):
                        row.errors.append(f"{question.name}: rule broken: {note}")
                    notes.clear()
            except SubmissionEnded:
                continue
            finally:
                run.close()
    except SubmissionEnded as ended:   # the process ended before running any cell
        row.timed_out |= ended.timed_out
        row.errors.append(str(ended))
    except Exception as err:  # noqa: BLE001 — a bug of ours must still leave a row
        row.errors.append(f"internal grader error: {type(err).__name__}: {clean(err, 120)}")
    row.errors += [cell_errors[p] for p in sorted(cell_errors)]  # after what cost more
    return row
