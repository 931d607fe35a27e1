"""The Chinese exercise notebooks are graded by the same grader, with the same tests:
the Chinese master (every solution in place) earns full marks and the Chinese blank
student notebook earns 0, through the bubblewrap sandbox."""

import csv
import pathlib
import shutil

import pytest

from book.grading import sandbox as sandboxes
from book.grading.cli import grade_folder
from book.grading.questions import load_questions

ROOT = pathlib.Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.skipif(sandboxes.shutil.which("bwrap") is None,
                                reason="needs bubblewrap (apt-get install bubblewrap)")


@pytest.mark.parametrize("name", ["ex05"])
def test_the_chinese_master_earns_full_marks_and_the_blank_notebook_zero(name, tmp_path):
    folder = tmp_path / "submissions"
    folder.mkdir()
    zh = ROOT / "zh" / "exercises" / name
    shutil.copy(zh / "master" / f"{name}.ipynb", folder / "master-zh.ipynb")
    shutil.copy(zh / f"{name}.ipynb", folder / "blank-zh.ipynb")
    assert "习题" in (folder / "blank-zh.ipynb").read_text(encoding="utf-8")
    out = tmp_path / "grades.csv"
    grade_folder(name, folder, out, timeout=60, memory_mb=1024, jobs=2)
    with open(out, newline="") as f:
        rows = {row["file"]: row for row in csv.DictReader(f)}
    questions = load_questions(name)
    print({file: row["total"] for file, row in rows.items()})
    assert float(rows["master-zh.ipynb"]["total"]) == sum(q.points for q in questions), rows
    assert float(rows["master-zh.ipynb"]["possible"]) == sum(q.points for q in questions if not q.bonus)
    assert float(rows["blank-zh.ipynb"]["total"]) == 0, rows
