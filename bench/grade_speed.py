"""How long does grading a class take? 30 submissions of ex01, sequential and in parallel.

The folder holds 10 correct notebooks (copies of the master), 10 blank student
notebooks and 10 half-right ones. It is graded twice with ``book.grade``: one
submission at a time, then one per CPU. Prints the wall-clock seconds of each run,
the seconds per submission, and the speed-up measured in this run. Run:

    python bench/grade_speed.py
"""

import json
import os
import pathlib
import tempfile
import time

from book.grade import grade_folder

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "exercises" / "ex01"
HALF_RIGHT = ("def weight_shapes(sizes):\n"
              "    return [(n, k) for k, n in zip(sizes[:-1], sizes[1:])]\n"
              "def hadamard(s, t):\n"
              "    return s * t\n")


def make_class(folder):
    master = json.loads((EXERCISE / "master" / "ex01.ipynb").read_text())
    blank = json.loads((EXERCISE / "ex01.ipynb").read_text())
    half = json.loads((EXERCISE / "ex01.ipynb").read_text())
    half["cells"].append({"cell_type": "code", "metadata": {}, "execution_count": None,
                          "outputs": [], "source": HALF_RIGHT})
    for i in range(10):
        for kind, nb in (("correct", master), ("blank", blank), ("half", half)):
            (folder / f"student{i:02d}_{kind}.ipynb").write_text(json.dumps(nb))


def main():
    cpus = os.cpu_count() or 1
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp, "submissions")
        folder.mkdir()
        make_class(folder)
        times = {}
        for jobs in sorted({1, cpus}):
            start = time.perf_counter()
            rows = grade_folder("ex01", folder, pathlib.Path(tmp, f"grades{jobs}.csv"), jobs=jobs)
            times[jobs] = time.perf_counter() - start
            totals = sorted({sum(r.scores.values()) for r in rows})
            print(f"jobs={jobs}: {len(rows)} submissions in {times[jobs]:.1f} s "
                  f"({times[jobs] / len(rows):.2f} s each); distinct totals {totals}")
        if len(times) > 1:
            print(f"parallel speed-up with {cpus} jobs: {times[1] / times[cpus]:.2f}x")


if __name__ == "__main__":
    main()
