"""Regenerate every exercise set's student notebook and public tests from its master.

    python -m book.grading.assign    # all sets under exercises/
    python -m book.grading.assign ex01   # one set

For a set ``exercises/ex01`` the source is ``exercises/ex01/master/ex01.ipynb``, an
otter-grader master notebook (solutions and tests, hidden ones marked ``# HIDDEN``).
``otter assign`` turns it into the student notebook ``exercises/ex01/ex01.ipynb``
and its public tests ``exercises/ex01/tests/*.py``; hidden tests and solutions
stay in the master. Cell ids are numbered so that regenerating an unchanged
master changes no file.

The student notebook is self-contained: its set-up cell, right after the title,
installs the course package where it is missing (Colab, a fresh environment),
writes the public tests into ``ex01_tests/`` next to the notebook, and starts the
course's checker (``book.grading.local``). A student who downloads the ``.ipynb`` alone
can work and check it anywhere.
"""

import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

import nbformat
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
EXERCISES = ROOT / "exercises"


def exercise_sets():
    """Names of the sets that have a master notebook, e.g. ['ex01']."""
    return sorted(p.parent.parent.name for p in EXERCISES.glob("*/master/*.ipynb"))


SETUP_TAGS = ["hide-input", "install-course-package", "exercise-setup"]   # shown folded on the site
SETUP_MARKER = "# Set-up: run this cell first."   # the grader skips the cell that starts so


def setup_cell_source(name, tests):
    """The first code cell of set ``name``'s student notebook; ``tests`` maps file names to
    contents. The tests go to a folder of the set's own (``ex01_tests``), so that sets
    downloaded into one folder do not overwrite each other's. The checker it starts is the
    course's own (``book.grading.local``): it prints one sentence per failed check, never a
    test's code."""
    url = yaml.safe_load((ROOT / "_config.yml").read_text())["repository"]["url"]
    entries = "".join(f"    {json.dumps(file)}: {json.dumps(text)},\n"
                      for file, text in sorted(tests.items()))
    folder = f"{name}_tests"
    return (
        f"{SETUP_MARKER} Where it is missing (Colab, a fresh environment)\n"
        "# it installs the course package; then it writes this set's public tests into\n"
        f"# {folder}/ next to the notebook and starts the checker.\n"
        "try:\n"
        "    import book\n"
        "except ImportError:\n"
        f'    url = "git+{url}"\n'
        f'    %pip install --quiet "backprop-book @ {{url}}"\n'
        "    try:\n"
        "        import book\n"
        "    except ImportError:\n"
        '        raise RuntimeError("could not install the course package: this needs Python "\n'
        '                           "3.11 or newer, git, and a Python where pip may install "\n'
        '                           "packages (a virtual environment)") from None\n'
        "import pathlib\n"
        "PUBLIC_TESTS = {\n" + entries + "}\n"
        f'folder = pathlib.Path("{folder}")\n'
        "folder.mkdir(exist_ok=True)\n"
        'for old in folder.glob("*.py"):\n'
        "    old.unlink()\n"
        "for file, text in PUBLIC_TESTS.items():\n"
        '    (folder / file).write_text(text, encoding="utf-8", newline="\\n")\n'
        "from book.grading.local import Checker\n"
        f'grader = Checker("{folder}")')


def make_self_contained(nb, name, tests):
    """Put the set-up cell right after the title, in place of otter's start-up cell."""
    cells = [c for c in nb.cells if not (c.cell_type == "code"
                                         and c.source.lstrip().startswith("# Initialize Otter"))]
    setup = nbformat.v4.new_code_cell(setup_cell_source(name, tests))
    setup.metadata = {"tags": SETUP_TAGS, "jupyter": {"source_hidden": True},
                      "editable": False, "deletable": False}
    title = next(i for i, c in enumerate(cells) if c.cell_type == "markdown")
    cells.insert(title + 1, setup)
    nb.cells = cells
    return nb


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
        tests = {p.name: p.read_text(encoding="utf-8") for p in (student / "tests").glob("*.py")}
        nb = make_self_contained(nb, name, tests)
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
