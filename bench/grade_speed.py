"""How long does grading a class take, sandbox on? 30 and 300 submissions of ex01.

A class is a third correct notebooks (the student notebook with the answers filled
in), a third blank ones and a third half-right ones. Each class is graded with
``book.grading`` at its defaults (bubblewrap sandbox, one job per CPU). Then the cost
of the sandbox itself: starting a submission's process that only imports NumPy,
inside the sandbox and as a plain process, interleaved, 15 times each; the medians
and their difference are the sandbox's start-up cost per run. Prints what this run
measured. Run:

    python bench/grade_speed.py
"""

import json
import os
import pathlib
import re
import statistics
import tempfile
import time

from book.grading import sandbox as sandboxes
from book.grading.cli import grade_folder

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "exercises" / "ex01"
HALF_RIGHT = ("def weight_shapes(sizes):\n"
              "    return [(n, k) for k, n in zip(sizes[:-1], sizes[1:])]\n"
              "def hadamard(s, t):\n"
              "    return s * t\n")


def cell(source):
    return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
            "source": source}


def make_class(folder, size):
    master = json.loads((EXERCISE / "master" / "ex01.ipynb").read_text())
    blank = json.loads((EXERCISE / "ex01.ipynb").read_text())
    answers = {}
    for c in master["cells"]:
        source = "".join(c["source"])
        match = re.match(r"def (\w+)\(", source)
        if c["cell_type"] == "code" and match:
            answers[match.group(1)] = source
    correct = json.loads(json.dumps(blank))
    for c in correct["cells"]:
        match = re.match(r"def (\w+)\(", "".join(c["source"]))
        if c["cell_type"] == "code" and match:
            c["source"] = answers[match.group(1)]
    half = dict(blank, cells=blank["cells"] + [cell(HALF_RIGHT)])
    kinds = [("correct", correct), ("blank", blank), ("half", half)]
    for i in range(size):
        kind, nb = kinds[i % 3]
        (folder / f"student{i:03d}_{kind}.ipynb").write_text(json.dumps(nb))


def start_once(sandbox):
    start = time.perf_counter()
    process = sandboxes.Process(sandbox, "import numpy", timeout=60, memory_bytes=2**30)
    try:
        process.communicate()
    finally:
        process.kill()
    return time.perf_counter() - start


def main():
    jobs = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        for size in (30, 300):
            folder = pathlib.Path(tmp, f"class{size}")
            folder.mkdir()
            make_class(folder, size)
            start = time.perf_counter()
            rows = grade_folder("ex01", folder, pathlib.Path(tmp, f"grades{size}.csv"),
                                jobs=jobs, log=open(os.devnull, "w"))
            seconds = time.perf_counter() - start
            totals = sorted({sum(r.scores.values()) for r in rows})
            print(f"{size} submissions, {jobs} jobs, sandbox on: {seconds:.1f} s "
                  f"({seconds / size:.3f} s each); distinct totals {totals}")
    bwrap, plain = sandboxes.choose("bubblewrap"), sandboxes.choose("none")
    times = {"bubblewrap": [], "none": []}
    for _ in range(15):   # interleaved, so that a disturbance hits both alike
        times["bubblewrap"].append(start_once(bwrap))
        times["none"].append(start_once(plain))
    for name, values in times.items():
        q = statistics.quantiles(values, n=4)
        print(f"start a process that imports NumPy, {name:10}: median {statistics.median(values):.3f} s "
              f"(quartiles {q[0]:.3f}-{q[2]:.3f})")
    cost = statistics.median(times["bubblewrap"]) - statistics.median(times["none"])
    print(f"sandbox start-up cost per run (difference of medians): {cost * 1000:.0f} ms; "
          f"isolation: {bwrap.describe()}")


if __name__ == "__main__":
    main()
