"""Chapters 6-8: every number glued into the text is glued by a code cell of the same
chapter, at or before the text that shows it, under a name of the chapter's own."""

import json
import pathlib
import re

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHAPTERS = ["06_sum_over_paths", "07_algorithm", "08_gradient_checking"]
ROLE = re.compile(r"\{glue(?::\w+)?\}`([^`:]+)")
CALL = re.compile(r"\bglue\(\s*(f?)\"([^\"]+)\"")


def _glued(cells):
    """(cell index, pattern) for every glue() call; an f-string's fields match a name."""
    found = []
    for i, cell in enumerate(cells):
        if cell["cell_type"] != "code":
            continue
        for is_f, name in CALL.findall("".join(cell["source"])):
            pattern = re.escape(name)
            if is_f:
                pattern = re.sub(r"\\\{[^}]*\\\}", "[a-z0-9-]+", pattern)
            found.append((i, re.compile(pattern + "$")))
    return found


def _used(cells):
    """(cell index, name) for every glue role in a markdown cell or a figure caption."""
    used = []
    for i, cell in enumerate(cells):
        texts = []
        if cell["cell_type"] == "markdown":
            texts.append("".join(cell["source"]))
        caption = cell["metadata"].get("mystnb", {}).get("figure", {}).get("caption")
        if caption:
            texts.append(caption)
        used += [(i, name) for text in texts for name in ROLE.findall(text)]
    return used


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_glued_number_is_computed_before_the_text(chapter):
    cells = json.loads((ROOT / "chapters" / f"{chapter}.ipynb").read_text("utf-8"))["cells"]
    glued, used = _glued(cells), _used(cells)
    assert used, f"{chapter}: no glued numbers in the text"
    prefix = f"ch{chapter[:2]}-"
    missing = [(i, name) for i, name in used
               if not name.startswith(prefix)
               or not any(j <= i and pattern.match(name) for j, pattern in glued)]
    assert not missing, f"{chapter}: glue roles with no glue() call at or before them: {missing}"
