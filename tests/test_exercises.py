"""Exercise sets: student notebooks are generated from their masters and check answers in place."""

import json
import pathlib
import subprocess
import sys

import numpy as np
import pytest

from book.grading.assign import exercise_sets, generate
from masters import answers

ROOT = pathlib.Path(__file__).resolve().parents[1]
SETS = exercise_sets()


def normalised(path):
    """A notebook without its volatile fields (cell ids), for comparison."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        cell.pop("id", None)
    return nb


def test_there_is_an_exercise_set():
    assert "ex01" in SETS


@pytest.mark.parametrize("name", SETS)
def test_student_files_are_what_the_master_generates(name, tmp_path):
    notebook = generate(name, tmp_path)
    committed = ROOT / "exercises" / name
    assert normalised(committed / notebook.name) == normalised(notebook), \
        f"exercises/{name} is stale: run `python -m book.grading.assign {name}`"
    fresh = {p.name: p.read_text() for p in (tmp_path / "tests").glob("*.py")}
    kept = {p.name: p.read_text() for p in (committed / "tests").glob("*.py")}
    assert kept == fresh, f"exercises/{name}/tests is stale: run `python -m book.grading.assign {name}`"


@pytest.mark.parametrize("name", SETS)
def test_student_notebook_hides_solutions_and_hidden_tests(name):
    folder = ROOT / "exercises" / name
    student = (folder / f"{name}.ipynb").read_text()
    master = (folder / "master" / f"{name}.ipynb").read_text()
    assert "BEGIN SOLUTION" in master and "BEGIN SOLUTION" not in student
    assert "# HIDDEN" in master
    for test in (folder / "tests").glob("*.py"):
        assert "'hidden': True" not in test.read_text()


CHECK = """
import json, linecache, pathlib, sys
import numpy as np
from book.grading.local import Checker
name, state = sys.argv[1], sys.argv[2]
grader = Checker("tests")
master = json.load(open(f"master/{name}.ipynb"))
if state == "solved":
    for cell in master["cells"]:
        source = "".join(cell["source"])
        if cell["cell_type"] == "code" and (source.lstrip().startswith("def ")
                                            or "# SOLUTION" in source):
            # as IPython does: keep the source, so that rules can read it (inspect)
            label = f"<master cell {len(linecache.cache)}>"
            linecache.cache[label] = (len(source), None, source.splitlines(True), label)
            exec(compile(source, label, "exec"))
questions = sorted(p.stem for p in pathlib.Path("tests").glob("*.py"))
print(json.dumps({q: grader.check(q).passed_all_public for q in questions}))
"""


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("state,expected", [("blank", False), ("solved", True)])
def test_grader_check_gives_feedback_in_the_notebook(name, state, expected):
    """What a student sees: grader.check passes for right answers and fails for blank ones."""
    result = subprocess.run([sys.executable, "-c", CHECK, name, state], cwd=ROOT / "exercises" / name,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    verdicts = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(verdicts) >= 4 and set(verdicts.values()) == {expected}


@pytest.mark.parametrize("name", SETS)
def test_tests_use_only_the_functions_students_write(name):
    """A test that took a reference value from the notebook would let the student set it."""
    from book.grading.questions import load_questions
    names = set(answers(name))
    questions = load_questions(name)
    assert questions and all(q.cases for q in questions)
    for question in questions:
        for case in question.cases:
            assert set(case.free_names) <= names, (case.name, case.free_names)
            assert case.points > 0
    assert any(case.hidden for q in questions for case in q.cases)


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("state", ["solved", "blank"])
def test_a_downloaded_notebook_works_alone(name, state, tmp_path):
    """The .ipynb alone in an empty folder, as the site's download button hands it out:
    it sets itself up, and its checks pass once the answers are filled in."""
    import re

    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(ROOT / "exercises" / name / f"{name}.ipynb", as_version=4)
    solutions = answers(name)
    questions = []
    for cell in nb.cells:
        match = (re.match(r"def (\w+)\(", cell.source)
                 or re.search(r"^(\w+) = \.\.\.$", cell.source, re.M)) \
            if cell.cell_type == "code" else None
        if match and state == "solved" and match.group(1) in solutions:
            cell.source = solutions[match.group(1)]
        questions += re.findall(r'grader\.check\("(\w+)"\)', cell.source)
    assert questions
    nb.cells.append(nbformat.v4.new_code_cell(
        "import json\n"
        f"print('VERDICTS', json.dumps({{q: grader.check(q).passed_all_public for q in {questions!r}}}))"))
    path = tmp_path / "downloaded.ipynb"   # renamed, as a browser may do
    nbformat.write(nb, path)
    NotebookClient(nb, timeout=300, kernel_name="python3",
                   resources={"metadata": {"path": str(tmp_path)}}).execute()
    text = "".join(o.get("text", "") for o in nb.cells[-1].outputs)
    verdicts = json.loads(text.split("VERDICTS", 1)[1])
    assert set(verdicts) == set(questions)
    assert set(verdicts.values()) == {state == "solved"}, verdicts
    assert sorted(p.name for p in (tmp_path / f"{name}_tests").iterdir()) == \
        sorted(p.name for p in (ROOT / "exercises" / name / "tests").glob("*.py"))


def test_sets_downloaded_into_one_folder_keep_their_own_tests(tmp_path):
    """Browsers save every download into one folder: each set's tests stay its own."""
    import nbformat
    from nbclient import NotebookClient

    for name in ("ex01", "ex05"):
        nb = nbformat.read(ROOT / "exercises" / name / f"{name}.ipynb", as_version=4)
        nb.cells = nb.cells[:2]          # the title and the set-up cell
        NotebookClient(nb, timeout=300, kernel_name="python3",
                       resources={"metadata": {"path": str(tmp_path)}}).execute()
    for name in ("ex01", "ex05"):
        kept = {p.name: p.read_text() for p in (tmp_path / f"{name}_tests").glob("*.py")}
        assert kept == {p.name: p.read_text()
                        for p in (ROOT / "exercises" / name / "tests").glob("*.py")}


def _worked_values():
    from book.worked import worked_network
    w = worked_network()
    return {"x": w.x, "y": w.y, "w^2": w.net.weights[0], "w^3": w.net.weights[1],
            "b^2": w.net.biases[0], "b^3": w.net.biases[1], "z^2": w.z[0], "z^3": w.z[1],
            "a^2": w.activations[1], "a^3": w.activations[2], "a^3 - y": w.activations[2] - w.y,
            "\\sigma'(z^2)": w.sigma_prime[0], "\\sigma'(z^3)": w.sigma_prime[1],
            "\\delta^2": w.delta[0], "\\delta^3": w.delta[1]}


@pytest.mark.parametrize("name", SETS)
def test_the_running_example_is_quoted_right(name):
    """A by-hand question quotes the running example's numbers: each must be book.worked's,
    rounded as written (no typed number may drift from the run)."""
    import re
    master = json.loads((ROOT / "exercises" / name / "master" / f"{name}.ipynb").read_text())
    values = _worked_values()
    pattern = re.compile(r"([^$=,]+?)\s*=\s*\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}", re.S)
    for cell in master["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] != "markdown" or "running example" not in text:
            continue
        for label, body in pattern.findall(text):
            label = label.replace("\\quad", "").strip().lstrip("$").strip()
            assert label in values, f"{name}: unknown quantity {label!r} of the running example"
            rows = [[float(v) for v in row.split("&")] for row in body.split("\\\\")]
            quoted, true = np.array(rows), values[label]
            assert quoted.shape == true.shape, (name, label)
            for q, t, text_value in zip(quoted.ravel(), true.ravel(),
                                        re.findall(r"-?\d+(?:\.\d+)?", body)):
                decimals = len(text_value.split(".")[1]) if "." in text_value else 0
                assert abs(q - t) <= 0.5 * 10.0 ** -decimals + 1e-12, (name, label, q, t)


def test_the_readme_table_counts_questions_and_points():
    import re

    from book.grading.questions import load_questions
    table = (ROOT / "exercises" / "README.md").read_text(encoding="utf-8")
    for name in SETS:
        row = re.search(rf"\]\({name}/{name}\.ipynb\).*?\| (\d+) questions, (\d+) points"
                        rf"(?: \+ (\d+) for the challenge)? \|", table)
        assert row, f"exercises/README.md has no row for {name}"
        questions = load_questions(name)
        possible = sum(q.points for q in questions if not q.bonus)
        bonus = sum(q.points for q in questions if q.bonus)
        quoted = (int(row.group(1)), int(row.group(2)), int(row.group(3) or 0))
        assert quoted == (len(questions), possible, bonus), name
