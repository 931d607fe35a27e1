"""Regenerate every exercise set's student notebook and public tests from its master.

    python -m book.grading.assign    # all sets under exercises/
    python -m book.grading.assign ex01   # one set

For a set ``exercises/ex01`` the source is ``exercises/ex01/master/ex01.ipynb``, an
otter-grader master notebook (solutions and tests, hidden ones marked ``# HIDDEN``).
``otter assign`` turns it into the student notebook ``exercises/ex01/ex01.ipynb``
and its public tests ``exercises/ex01/tests/*.py``; hidden tests and solutions
stay in the master. Cell ids are numbered so that regenerating an unchanged
master changes no file.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile

import nbformat

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"


def exercise_sets():
    """Names of the sets that have a master notebook, e.g. ['ex01']."""
    return sorted(p.parent.parent.name for p in EXERCISES.glob("*/master/*.ipynb"))


def otter_assign(master, out):
    """Run ``otter assign`` on a master notebook into the folder ``out`` (student/ and autograder/)."""
    result = subprocess.run(
        [sys.executable, "-m", "otter", "assign", "--no-run-tests", "--no-pdfs", str(master), str(out)],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise ValueError(f"otter assign failed on {master}:\n{result.stderr[-3000:]}")


def generate(name, destination):
    """Write the student notebook and public tests of set ``name`` into ``destination``."""
    masters = sorted((EXERCISES / name / "master").glob("*.ipynb"))
    if len(masters) != 1:
        raise ValueError(f"exercise set {name!r} must have exactly one master notebook in "
                         f"exercises/{name}/master/; found {len(masters)} (sets: {exercise_sets()})")
    master = masters[0]
    destination = pathlib.Path(destination)
    with tempfile.TemporaryDirectory() as out:
        otter_assign(master, out)
        student = pathlib.Path(out, "student")
        nb = nbformat.read(student / master.name, as_version=4)
        for i, cell in enumerate(nb.cells, start=1):
            cell["id"] = f"{name}-{i:02d}"
            if cell.cell_type == "code":
                cell.outputs, cell.execution_count = [], None
        destination.mkdir(parents=True, exist_ok=True)
        nbformat.write(nb, destination / master.name)
        if (destination / "tests").exists():
            shutil.rmtree(destination / "tests")
        shutil.copytree(student / "tests", destination / "tests")
    return destination / master.name


def main(argv=None):
    names = (argv if argv is not None else sys.argv[1:]) or exercise_sets()
    for name in names:
        path = generate(name, EXERCISES / name)
        print(f"{name}: wrote {path.relative_to(ROOT)} and its tests/")


if __name__ == "__main__":
    main()
