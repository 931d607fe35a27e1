"""The batch grader: one trustworthy row per submission, whatever the submission does."""

import copy
import csv
import json
import pathlib
import shutil
import subprocess
import sys

import numpy as np
import pytest

from book import _grade_child as wire
from book.grade import choose_sandbox

ROOT = pathlib.Path(__file__).resolve().parents[1]
EXERCISE = ROOT / "exercises" / "ex01"
MASTER = json.loads((EXERCISE / "master" / "ex01.ipynb").read_text())
STUDENT = json.loads((EXERCISE / "ex01.ipynb").read_text())
POSSIBLE = 12
SANDBOX = choose_sandbox()


def code_cell(source, outputs=()):
    return {"cell_type": "code", "metadata": {}, "execution_count": None,
            "outputs": list(outputs), "source": source}


def with_cells(base, *sources, at=None):
    """``base`` with extra code cells appended (or inserted at index ``at``)."""
    nb = copy.deepcopy(base)
    cells = [code_cell(s) for s in sources]
    if at is None:
        nb["cells"].extend(cells)
    else:
        nb["cells"][at:at] = cells
    return nb


HALF_RIGHT = '''
def weight_shapes(sizes):
    return [(n, k) for k, n in zip(sizes[:-1], sizes[1:])]

def hadamard(s, t):
    return s * t          # right values, but no ValueError for unequal shapes

def layer_forward(w, A, b):
    return np.tanh(w @ A + b)   # the wrong activation
'''

TAMPER = '''
import builtins, numpy, numpy.testing
numpy.allclose = lambda *a, **k: True
numpy.isclose = lambda *a, **k: True
numpy.array_equal = lambda *a, **k: True
numpy.testing.assert_allclose = lambda *a, **k: None
builtins.abs = lambda x: 0
builtins.float = lambda *a: 0.0
class Grader:
    def check(self, *a, **k):
        print("All tests passed!")
    def __getattr__(self, name):
        return lambda *a, **k: print("All tests passed!")
grader = Grader()
print("All tests passed!")
'''

TRICK_OBJECTS = '''
class Anything:
    """Equal to everything, with any shape you ask for."""
    def __eq__(self, other): return True
    def __getattr__(self, name): return self
    def __call__(self, *a, **k): return self
    def __iter__(self): return iter([(3, 2), (1, 3)])
class Liar(np.ndarray):
    def __eq__(self, other): return np.ones(np.shape(other), bool)
def weight_shapes(sizes): return Anything()
def layer_forward(w, A, b): return np.zeros((w.shape[0], A.shape[1])).view(Liar)
def hadamard(s, t): return Anything()
def z_sender_first(W, A, b): return Anything()
def feedforward(weights, biases, X): return Anything()
'''


@pytest.fixture(scope="module")
def graded(tmp_path_factory):
    """Grade one folder holding every case below with the CLI, once; return rows by file."""
    base = tmp_path_factory.mktemp("grading")
    exercise = base / "exercise"                 # a copy, which one submission tries to destroy
    shutil.copytree(EXERCISE, exercise)
    folder = base / "submissions"
    folder.mkdir()
    gradebook = base / "out" / "grades.csv"
    gradebook.parent.mkdir()
    gradebook.write_text("an old gradebook that a submission will try to overwrite\n")

    def put(name, content):
        data = content if isinstance(content, bytes) else json.dumps(content).encode()
        (folder / name).write_bytes(data)

    put("master.ipynb", MASTER)
    put("blank.ipynb", STUDENT)
    put("half_right.ipynb", with_cells(STUDENT, HALF_RIGHT))
    renamed = with_cells(MASTER, "print('my own scratch work')", "x = np.arange(3)\nx", at=3)
    renamed["cells"].insert(1, {"cell_type": "markdown", "metadata": {}, "source": "My notes"})
    renamed["cells"][2]["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "hi\n"}]
    renamed["cells"][2]["execution_count"] = 7
    put("Copy of ex01 (final) v2.ipynb", renamed)
    put("not_json.ipynb", b"this is {not json")
    put("zero_bytes.ipynb", b"")
    put("not_a_notebook.ipynb", {"hello": "world"})
    put("empty.ipynb", {"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": []})
    put("nbformat3.ipynb", {"nbformat": 3, "nbformat_minor": 0, "metadata": {},
                            "worksheets": [{"cells": [{"cell_type": "code", "input": "1"}]}]})
    put("raises.ipynb", with_cells(STUDENT, "1 / 0"))
    put("raises_but_correct.ipynb", with_cells(MASTER, "raise RuntimeError('oops')", at=3))
    put("loops.ipynb", with_cells(STUDENT, "while True:\n    pass"))
    put("memory.ipynb", with_cells(STUDENT, "hog = np.ones((2**16, 2**16))  # 32 GB"))
    put("os_exit.ipynb", with_cells(MASTER, "import os\nos._exit(0)"))
    put("sys_exit.ipynb", with_cells(STUDENT, "import sys\nsys.exit(3)"))
    put("tamper.ipynb", with_cells(STUDENT, TAMPER))
    put("trick_objects.ipynb", with_cells(STUDENT, TRICK_OBJECTS))
    put("forges_protocol.ipynb", with_cells(STUDENT, (
        "import os\nfor fd in range(3, 20):\n    try:\n"
        "        os.write(fd, b'\\xff' * 64)\n    except OSError:\n        pass")))
    destroy = f"""
import os, shutil, pathlib
for path in pathlib.Path({str(folder)!r}).glob('*.ipynb'):
    try:
        path.write_text('{{"nbformat": 4, "cells": []}}')
    except OSError:
        pass
for target in [{str(exercise)!r}, {str(gradebook.parent)!r}]:
    shutil.rmtree(target, ignore_errors=True)
pathlib.Path({str(gradebook)!r}).write_text('file,total\\nme,1000\\n')
"""
    put("destroys_files.ipynb", with_cells(STUDENT, destroy))
    if SANDBOX:
        put("kills_grader.ipynb", with_cells(STUDENT, (
            "import os, signal\nfor pid in range(1, 50000):\n    try:\n"
            "        os.kill(pid, signal.SIGKILL) if pid != os.getpid() else None\n"
            "    except OSError:\n        pass")))

    result = subprocess.run(
        [sys.executable, "-m", "book.grade", str(exercise), str(folder), "-o", str(gradebook),
         "--timeout", "15", "--memory", "512"],
        capture_output=True, text=True, timeout=600)
    with open(gradebook, newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    return result, rows, folder


def total(rows, name):
    return float(rows[name]["total"])


def test_exit_status_and_one_row_per_submission(graded):
    result, rows, folder = graded
    assert result.returncode == 0, result.stderr
    print(result.stderr)
    expected = {"master.ipynb", "blank.ipynb", "half_right.ipynb", "Copy of ex01 (final) v2.ipynb",
                "not_json.ipynb", "zero_bytes.ipynb", "not_a_notebook.ipynb", "empty.ipynb",
                "nbformat3.ipynb", "raises.ipynb", "raises_but_correct.ipynb", "loops.ipynb",
                "memory.ipynb", "os_exit.ipynb", "sys_exit.ipynb", "tamper.ipynb",
                "trick_objects.ipynb", "forges_protocol.ipynb", "destroys_files.ipynb"}
    if SANDBOX:
        expected.add("kills_grader.ipynb")
    assert set(rows) == expected
    assert all(row["possible"] == str(POSSIBLE) for row in rows.values())
    for name, row in sorted(rows.items()):
        print(f"{name:32} {row['total']:>4}  {row['error']}")


def test_master_full_blank_zero_half_right_between(graded):
    _, rows, _ = graded
    assert total(rows, "master.ipynb") == POSSIBLE
    assert [rows["master.ipynb"][q] for q in ("q1", "q2", "q3", "q4", "q5")] == ["2", "3", "2", "2", "3"]
    assert total(rows, "blank.ipynb") == 0 and rows["blank.ipynb"]["error"] == ""
    row = rows["half_right.ipynb"]
    assert row["q1"] == "2" and row["q2"] == "0" and float(row["q3"]) == pytest.approx(4 / 3, abs=0.01)
    assert 0 < total(rows, "half_right.ipynb") < POSSIBLE


def test_renamed_with_extra_cells_and_outputs_gets_full_marks(graded):
    _, rows, _ = graded
    assert total(rows, "Copy of ex01 (final) v2.ipynb") == POSSIBLE


@pytest.mark.parametrize("name,message", [
    ("not_json.ipynb", "not a notebook: the file is not valid JSON"),
    ("zero_bytes.ipynb", "not a notebook: the file is not valid JSON"),
    ("not_a_notebook.ipynb", "not a notebook: expected a JSON object with 'nbformat'"),
    ("empty.ipynb", "the notebook has no code cells"),
    ("nbformat3.ipynb", "unsupported notebook format version 3 (expected 4"),
    ("raises.ipynb", "raised ZeroDivisionError: division by zero"),
    ("loops.ipynb", "time limit of 15 s exceeded while running cell"),
    ("memory.ipynb", "raised MemoryError"),
    ("os_exit.ipynb", "process ended with exit status 0 while running cell"),
    ("sys_exit.ipynb", "called sys.exit(3)"),
    ("forges_protocol.ipynb", "the submission's process sent a message of"),
])
def test_broken_and_hostile_submissions_score_zero_with_a_message(graded, name, message):
    _, rows, _ = graded
    assert total(rows, name) == 0
    assert message in rows[name]["error"]


def test_a_cell_that_raises_costs_only_what_it_breaks(graded):
    _, rows, _ = graded
    row = rows["raises_but_correct.ipynb"]
    assert total(rows, "raises_but_correct.ipynb") == POSSIBLE
    assert "raised RuntimeError: oops" in row["error"]


@pytest.mark.parametrize("name", ["tamper.ipynb", "trick_objects.ipynb"])
def test_tampering_earns_nothing(graded, name):
    _, rows, _ = graded
    assert total(rows, name) == 0


def test_destroying_files_changes_no_other_row(graded):
    result, rows, folder = graded
    assert total(rows, "destroys_files.ipynb") == 0
    assert total(rows, "master.ipynb") == POSSIBLE       # read before anything ran
    assert "me,1000" not in json.dumps(rows)              # the gradebook is the grader's
    if SANDBOX:  # and with the sandbox the files are not even touched
        assert "Read-only file system" in rows["destroys_files.ipynb"]["error"]
        assert json.loads((folder / "master.ipynb").read_text()) == MASTER


@pytest.mark.skipif(not SANDBOX, reason="needs the namespace sandbox")
def test_a_submission_cannot_kill_the_grader(graded):
    result, rows, _ = graded
    assert result.returncode == 0
    assert total(rows, "kills_grader.ipynb") == 0
    assert total(rows, "master.ipynb") == POSSIBLE


def test_bad_command_lines_exit_2_with_a_message(tmp_path):
    def run(*args):
        return subprocess.run([sys.executable, "-m", "book.grade", *args], capture_output=True,
                              text=True, timeout=120)
    result = run("ex99", str(tmp_path))
    assert result.returncode == 2 and "exercise 'ex99' not found" in result.stderr
    result = run("ex01", str(tmp_path / "missing"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_an_empty_folder_gives_a_header_only_gradebook(tmp_path):
    out = tmp_path / "g.csv"
    result = subprocess.run([sys.executable, "-m", "book.grade", "ex01", str(tmp_path), "-o", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0
    assert out.read_text().splitlines() == ["file,q1,q2,q3,q4,q5,total,possible,error"]


# ------------------------------------------------------------------- the wire
@pytest.mark.parametrize("value", [
    None, True, 3, -2.5, "text", 1 + 2j, [1, (2, 3)], {"a": [1.0]},
    np.arange(6.0).reshape(2, 3), np.array([True, False]), np.int64(7), np.float32(0.5),
    [np.ones((2, 1)), np.zeros(3, dtype=np.int32)], np.array(np.nan),
])
def test_wire_round_trip(value):
    back = wire.decode(json.loads(json.dumps(wire.encode(value))))
    if isinstance(value, np.ndarray):
        assert back.dtype == value.dtype and np.array_equal(back, value, equal_nan=True)
    elif isinstance(value, np.generic):
        assert back == value.item() and type(back) is type(value.item())
    elif isinstance(value, list) and value and isinstance(value[0], np.ndarray):
        assert all(np.array_equal(a, b) for a, b in zip(back, value))
    else:
        assert back == value and type(back) is type(value)


@pytest.mark.parametrize("value", [object(), np.array([object()]), {1: 2}, np.array(["a"]), print])
def test_wire_refuses_what_is_not_plain_data(value):
    with pytest.raises(TypeError):
        wire.encode(value)


def test_wire_decode_refuses_forgeries():
    import base64
    import io
    import pickle
    header = io.BytesIO()
    np.lib.format.write_array_header_1_0(header, {"descr": "<f8", "fortran_order": False,
                                                  "shape": (10**6, 10**6)})
    huge = base64.b64encode(header.getvalue() + b"\0" * 8).decode()   # claims 8 TB
    pickled = io.BytesIO()
    np.save(pickled, np.array([{}], dtype=object), allow_pickle=True)
    for forged in [{"ndarray": huge}, {"ndarray": base64.b64encode(pickled.getvalue()).decode()},
                   {"ndarray": base64.b64encode(pickle.dumps([1])).decode()},
                   {"ndarray": "not base64 !"}, {"set": [1]}, {"list": "x"}, {"a": 1, "b": 2}]:
        with pytest.raises(ValueError):
            wire.decode(forged)
