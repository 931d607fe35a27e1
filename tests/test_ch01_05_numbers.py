"""Chapters 1, 3, 4 and 5: every number glued into the text is glued before it.

A ``{glue:text}`name:fmt``` role in a markdown cell or a figure caption must name a value
that a code cell *before* it records with ``glue("name", ...)`` (or with an f-string name
such as ``glue(f"ch04-demon-{name}-{layer}{neuron}", ...)``, matched as a pattern), and
the name must start with the chapter's number. Outside the book's build a missing glue is
silent, so this is checked here without running the notebooks.
"""

import json
import pathlib
import re

import pytest

CHAPTERS = pathlib.Path(__file__).resolve().parents[1] / "chapters"
NOTEBOOKS = ["01_notation", "03_matrix_calculus", "04_cost_and_error", "05_four_equations"]

ROLE = re.compile(r"\{glue:text\}`([^`:]+)(?::[^`]*)?`")
CALL = re.compile(r"""glue\(\s*(f?)(["'])(.+?)\2""")


def _pattern(is_fstring, name):
    if not is_fstring:
        return re.compile(re.escape(name) + r"\Z")
    parts = re.split(r"\{[^}]*\}", name)
    return re.compile(r"[\w-]+".join(re.escape(p) for p in parts) + r"\Z")


@pytest.mark.parametrize("stem", NOTEBOOKS)
def test_glued_numbers_are_recorded_before_the_text(stem):
    cells = json.loads((CHAPTERS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
    prefix = f"ch{stem[:2]}-"
    recorded, missing = [], []
    for i, cell in enumerate(cells):
        source = "".join(cell["source"])
        if cell["cell_type"] == "code":
            recorded += [_pattern(f == "f", name) for f, _, name in CALL.findall(source)]
            text = cell["metadata"].get("mystnb", {}).get("figure", {}).get("caption", "")
        else:
            text = source
        for name in ROLE.findall(text):
            if not name.startswith(prefix) or not any(p.match(name) for p in recorded):
                missing.append((i, name))
    assert not missing, f"{stem}: glue roles without an earlier glue(...) call: {missing}"


def test_the_check_sees_the_glued_numbers():
    """The regexes are not blind: chapters 4 and 5 glue numbers, and both are found."""
    for stem in ("04_cost_and_error", "05_four_equations"):
        cells = json.loads((CHAPTERS / f"{stem}.ipynb").read_text(encoding="utf-8"))["cells"]
        sources = ["".join(c["source"]) for c in cells]
        assert any(ROLE.search(s) for s in sources), stem
        assert any(CALL.search(s) for s in sources), stem
