"""Every question of every set refuses degenerate answers: empty, 0-d, NaN, the wrong type.

An answer that returns a zero-size array can make ``np.allclose`` true (it broadcasts to
an empty comparison), and an empty list makes ``all(...)`` over ``zip`` true; a strict
test checks shapes and lengths first. Each set is graded with one submission per kind of
degenerate answer, every answer function returning it, and each must score 0.
"""

import csv
import json
import pathlib
import resource

import pytest

from book.grading import sandbox as sandboxes
from book.grading.assign import exercise_sets
from book.grading.cli import grade_folder
from masters import answers, value_answers

ROOT = pathlib.Path(__file__).resolve().parents[1]
DEGENERATE = {
    "zero_size": "np.zeros((0, 1, 1))",
    "zero_size_2d": "np.zeros((0, 0))",
    "empty_list": "[]",
    "empty_tuple": "()",
    "zero_d": "np.array(0.123456789)",
    "nan": "float('nan')",
    "nan_array": "np.full((3, 3), np.nan)",
    "wrong_type": "'a string'",
    "none": "None",
    "dict": "{}",
    "raises": "raise ValueError('no answer')",   # earns nothing, even where a test expects an error
    # lists of empty arrays, of the lengths a list of layers has, alone and in pairs
    **{f"empty_list_of_{n}": f"[np.zeros((0, 1, 1))] * {n}" for n in (1, 2, 3, 4)},
    **{f"empty_pair_{m}_{n}": f"([np.zeros((0, 1, 1))] * {m}, [np.zeros((0, 1, 1))] * {n})"
       for m, n in ((2, 2), (2, 3), (3, 3), (3, 4))},
    # arrays that would broadcast to 2**30 entries if a test combined them
    "broadcast_bomb": "(np.zeros((1024, 1, 1024), dtype=np.int8), "
                      "np.zeros((1, 1024, 1), dtype=np.int8))",
}
pytestmark = pytest.mark.skipif(sandboxes.shutil.which("bwrap") is None,
                                reason="needs bubblewrap (apt-get install bubblewrap)")


def code_cell(source):
    return {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [],
            "source": source}


@pytest.mark.parametrize("name", exercise_sets())
def test_degenerate_answers_score_zero(name, tmp_path):
    student = json.loads((ROOT / "exercises" / name / f"{name}.ipynb").read_text())
    folder = tmp_path / "submissions"
    folder.mkdir()
    solutions = answers(name)
    for kind, value in DEGENERATE.items():
        values = value_answers(name)
        returned = "None" if value.startswith("raise") else value
        source = "import numpy as np\n" + "\n".join(
            f"{fn} = {returned}" if fn in values else
            f"def {fn}(*args, **kwargs):\n    {value if value.startswith('raise') else 'return ' + value}"
            for fn in solutions)
        nb = dict(student, cells=student["cells"] + [code_cell(source)])
        (folder / f"{kind}.ipynb").write_text(json.dumps(nb))
    # and the right answers, pasted into the student's notebook, still earn every point
    solved = dict(student, cells=student["cells"] + [code_cell(s) for s in dict.fromkeys(solutions.values())])
    (folder / "solved.ipynb").write_text(json.dumps(solved))
    out = tmp_path / "grades.csv"
    peak_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    grade_folder(name, folder, out, timeout=60, memory_mb=512, jobs=2)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before) / 1024
    assert grown_mb < 512, f"the grader's memory grew by {grown_mb:.0f} MB"
    with open(out, newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    assert len(rows) == len(DEGENERATE) + 1
    solved_row = rows.pop("solved.ipynb")
    from book.grading.questions import load_questions
    questions = load_questions(name)
    everything = sum(q.points for q in questions)          # the challenge's bonus too
    assert float(solved_row["total"]) == everything, solved_row
    assert float(solved_row["possible"]) == sum(q.points for q in questions if not q.bonus)
    earned = {file: {q: row[q] for q in row if q.startswith("q") and row[q] != "0"}
              for file, row in rows.items() if float(row["total"]) != 0}
    assert earned == {}, earned
