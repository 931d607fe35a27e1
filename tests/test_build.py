"""The site builds with every Sphinx warning treated as an error."""

import pathlib
import re
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_book_builds_without_warnings(tmp_path):
    jupyter_book = shutil.which("jupyter-book") or str(pathlib.Path(sys.executable).parent / "jupyter-book")
    result = subprocess.run(
        [jupyter_book, "build", "--warningiserror", "--nitpick", "--keep-going",
         "--path-output", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=900)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-5000:]
    assert "build succeeded" in log
    html = tmp_path / "_build" / "html"
    chapter = (html / "chapters" / "01_notation.html").read_text(encoding="utf-8")
    assert 'href="#equation-eq-neuron"' in chapter          # equation references resolved
    assert "Fig. 1.1" in chapter                             # the figure is numbered
    assert "<img" in chapter                                 # and was computed into an image
    text = re.sub(r"<[^>]+>", "", chapter)
    assert "def feedforward(self, X):" in text               # literalinclude found the code
    assert (html / "intro.html").exists() and (html / "notation.html").exists()
    exercise = (html / "exercises" / "ex01" / "ex01.html").read_text(encoding="utf-8")
    assert "grader.check" in re.sub(r"<[^>]+>", "", exercise)    # the student notebook is shown
    assert "results:" not in exercise                            # but not executed
    assert 'href="../exercises/ex01/ex01.html"' in chapter        # and chapter 1 links to it
    for page, figures in [("02_graphs", 1), ("03_matrix_calculus", 0), ("04_cost_and_error", 1),
                          ("05_four_equations", 0), ("06_sum_over_paths", 1), ("07_algorithm", 2),
                          ("08_gradient_checking", 1), ("09_why_fast", 1), ("10_saturation", 5),
                          ("11_vanishing_gradients", 3)]:
        text = (html / "chapters" / f"{page}.html").read_text(encoding="utf-8")
        assert text.count("<img") >= figures and "Traceback" not in text
    for name in [f"ex{i:02d}" for i in range(2, 12)]:
        assert (html / "exercises" / name / f"{name}.html").exists()
