"""book.glue: numbers from a run into the prose, and every glued number recorded by the
chapter before the text that shows it."""

import json
import pathlib
import re

import numpy as np
import pytest

from book.glue import glue, scientific


@pytest.mark.parametrize("value, text", [
    (3.7e-7, "3.7 × 10⁻⁷"), (1e-10, "1.0 × 10⁻¹⁰"), (-2.5e-5, "−2.5 × 10⁻⁵"),
    (0.042, "0.042"), (317, "317"), (2520, "2,520"), (123456, "1.2 × 10⁵"), (0.0, "0"),
    (np.float64(0.00813), "0.0081"),
])
def test_scientific(value, text):
    assert scientific(value) == text


def test_glue_refuses_a_bad_name():
    with pytest.raises(ValueError, match="glue name"):
        glue("two words", 1.0)


# ---------------------------------------------- every glue role has its glue() call
CHAPTERS = pathlib.Path(__file__).resolve().parents[1] / "chapters"
GLUING = sorted(p.stem for p in CHAPTERS.glob("*.ipynb")
                if "{glue:text}" in p.read_text(encoding="utf-8"))
ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)")
CALL = re.compile(r"""\bglue\(\s*(f?)(["'])(.+?)\2""")


def _pattern(is_fstring, name):
    """A glue() call's name; an f-string's fields match any name part."""
    parts = re.split(r"\{[^}]*\}", name) if is_fstring else [name]
    return re.compile(r"[\w-]+".join(re.escape(p) for p in parts) + r"\Z")


def test_the_chapters_glue_numbers():
    assert {"04_cost_and_error", "05_four_equations", "06_sum_over_paths",
            "07_algorithm", "08_gradient_checking"} <= set(GLUING)


@pytest.mark.parametrize("stem", GLUING)
def test_glued_numbers_are_recorded_at_or_before_the_text(stem):
    """A {glue:text}`name` role in a markdown cell or a figure caption names a value that a
    code cell at or before it records with glue("name", …), under the chapter's own prefix.
    Outside the book's build a missing glue is silent: this checks it without running."""
    cells = json.loads((CHAPTERS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    prefix = f"ch{stem[:2]}-"
    recorded, missing = [], []
    for i, cell in enumerate(cells):
        source = "".join(cell["source"])
        texts = [cell["metadata"].get("mystnb", {}).get("figure", {}).get("caption", "")]
        if cell["cell_type"] == "code":
            recorded += [_pattern(f == "f", name) for f, _, name in CALL.findall(source)]
        else:
            texts.append(source)
        for name in (n for text in texts for n in ROLE.findall(text)):
            if not name.startswith(prefix) or not any(p.match(name) for p in recorded):
                missing.append((i, name))
    assert not missing, f"{stem}: glue roles without a glue(...) call at or before: {missing}"
