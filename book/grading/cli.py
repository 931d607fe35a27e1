"""Grade a folder of exercise notebooks into one CSV gradebook, without Docker.

    python -m book.grading ex01 submissions/ -o grades.csv

Every ``*.ipynb`` in the folder gets one row: a column per question, the total,
the points possible, and an ``error`` column that says what went wrong. A
companion log (``grades.log`` beside ``grades.csv``) records the isolation used,
the settings, and every submission that was graded again.

Each submission runs in a bubblewrap sandbox (see ``book.grading.sandbox``); the
tests run in the grader's process on plain data (see ``book.grading.runner``).
A submission that hits the time limit while others were graded beside it is
graded again alone at the end, so that a hostile neighbour cannot make an
honest, slow submission run out of time.
"""

import argparse
import math
import os
import pathlib
import platform
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from book.grading import gradebook, sandbox as sandboxes
from book.grading.notebook import read_file
from book.grading.questions import load_questions
from book.grading.runner import Row, Settings, grade_submission

MIN_MEMORY_MB = 128
MAX_TIMEOUT = 3600


def check_settings(timeout, memory_mb, jobs):
    """ValueError, before anything runs, for settings that cannot work."""
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) \
            or not math.isfinite(timeout) or not 0 < timeout <= MAX_TIMEOUT:
        raise ValueError(f"--timeout must be a number of seconds greater than 0 and at most "
                         f"{MAX_TIMEOUT}; got {timeout!r}")
    if isinstance(memory_mb, bool) or not isinstance(memory_mb, int) or memory_mb < MIN_MEMORY_MB:
        raise ValueError(f"--memory must be a whole number of MB, at least {MIN_MEMORY_MB} "
                         f"(NumPy needs that much to work); got {memory_mb!r}")
    if isinstance(jobs, bool) or not isinstance(jobs, int) or not 1 <= jobs <= 256:
        raise ValueError(f"--jobs must be a whole number from 1 to 256; got {jobs!r}")


def list_submissions(folder):
    """Names (as ``os.listdir`` gives them) of the ``.ipynb`` entries in ``folder``, sorted."""
    names = [name for name in os.listdir(folder) if name.lower().endswith(".ipynb")]
    return sorted(names, key=lambda n: n.encode("utf-8", "surrogateescape"))


def grade_folder(exercise, submissions, output, timeout=60.0, memory_mb=1024, jobs=None,
                 sandbox="bubblewrap", log=sys.stderr):
    """Grade every .ipynb in ``submissions`` into the CSV file ``output``; returns the rows."""
    if jobs is None:
        jobs = os.cpu_count() or 1
    check_settings(timeout, memory_mb, jobs)
    folder = pathlib.Path(submissions)
    if not folder.is_dir():
        raise ValueError(f"the submissions folder {str(folder)!r} does not exist")
    output = pathlib.Path(output).resolve()
    started = time.monotonic()
    questions = load_questions(exercise)
    try:
        chosen = sandboxes.choose(sandbox)
    except sandboxes.SandboxUnavailable as err:
        raise ValueError(f"cannot grade safely: {err}") from None
    if chosen.name == "none":
        print("WARNING: --sandbox none: submissions run as ordinary processes of this user; "
              "they can read and change this user's files and outlive the run.", file=log)
    settings = Settings(chosen, float(timeout), memory_mb)
    names = list_submissions(folder)
    notes = [f"exercise {exercise}; {len(names)} submission(s) in {folder.resolve()}",
             f"isolation: {chosen.describe()}",
             f"settings: timeout {timeout:g} s per run, memory {memory_mb} MB, {jobs} job(s); "
             f"python {platform.python_version()}"]

    def grade(name):
        try:
            data = read_file(folder / name)
        except ValueError as err:
            return Row(name, {q.name: 0.0 for q in questions}, [str(err)])
        return grade_submission(name, data, questions, settings)

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        rows = list(pool.map(grade, names))
    if jobs > 1 and len(names) > 1:
        possible = sum(q.points for q in questions)
        for i, row in enumerate(rows):
            if row.timed_out and sum(row.scores.values()) < possible:
                # it may have been starved by a neighbour: grade it again, alone
                first = rows[i]
                rows[i] = grade(names[i])
                notes.append(f"{gradebook.display_name(row.file)}: hit the time limit while "
                             f"others ran ({first.runs} run(s), total "
                             f"{sum(first.scores.values()):g}); graded again alone: total "
                             f"{sum(rows[i].scores.values()):g}")
    gradebook.write_gradebook(output, questions, rows)
    elapsed = time.monotonic() - started
    notes.append(f"graded {len(rows)} submission(s) in {elapsed:.1f} s; wrote {output}")
    gradebook.write_log(output, notes)
    print(f"graded {len(rows)} submission(s) of {exercise} in {elapsed:.1f} s, {jobs} at a "
          f"time, isolation: {chosen.describe()}; wrote {output} and "
          f"{gradebook.log_path(output).name}", file=log)
    return rows


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog="python -m book.grading",
        description="Grade every .ipynb in a folder into one CSV gradebook.")
    parser.add_argument("exercise", help="exercise set: a name under exercises/ (e.g. ex01) or its folder")
    parser.add_argument("submissions", help="folder of submitted .ipynb files")
    parser.add_argument("-o", "--output", default="grades.csv", help="CSV file to write (grades.csv)")
    parser.add_argument("--timeout", type=float, default=60.0,
                        help="seconds one run of a submission may take, its cells and tests (60)")
    parser.add_argument("--memory", type=int, default=1024,
                        help=f"MB a submission may allocate beyond the bare interpreter "
                             f"(1024; at least {MIN_MEMORY_MB})")
    parser.add_argument("--jobs", type=int, default=None,
                        help="submissions graded at once (default: the number of CPUs)")
    parser.add_argument("--sandbox", default="bubblewrap", choices=["bubblewrap", "none"],
                        help="isolation of each submission (bubblewrap; 'none' only for "
                             "submissions you trust)")
    args = parser.parse_args(argv)
    try:
        grade_folder(args.exercise, args.submissions, args.output, timeout=args.timeout,
                     memory_mb=args.memory, jobs=args.jobs, sandbox=args.sandbox)
    except ValueError as err:
        parser.exit(2, f"error: {err}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
