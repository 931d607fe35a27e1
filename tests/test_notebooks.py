"""Notebook hygiene: committed notebooks carry no outputs and run on the python3 kernel."""

import json
import re
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]


def committed_notebooks():
    try:
        listed = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=ROOT, check=True,
                                capture_output=True, text=True).stdout.split()
        paths = [ROOT / p for p in listed]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout
        paths = [p for d in ("chapters", "exercises") for p in (ROOT / d).rglob("*.ipynb")]
    return sorted(p for p in paths if ".ipynb_checkpoints" not in p.parts)


NOTEBOOKS = committed_notebooks()


def test_there_are_notebooks():
    assert any(p.parent.name == "chapters" for p in NOTEBOOKS)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: str(p.relative_to(ROOT)))
def test_notebook_is_clean(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    assert nb["metadata"].get("kernelspec", {}).get("name") == "python3"
    for i, cell in enumerate(nb["cells"]):
        if cell["cell_type"] == "code":
            assert cell.get("outputs") == [], f"cell {i} has outputs"
            assert cell.get("execution_count") is None, f"cell {i} has an execution count"


def _normalise(term):
    term = re.sub(r"\(.*?\)", "", term).strip().lower()
    term = re.sub(r"^the ", "", term)
    return term[:-1] if term.endswith("s") else term


def test_glossary_covers_every_term_in_bold():
    """A bold phrase in a chapter defines a term (lead-in labels end in '.' or ':')."""
    glossary = (ROOT / "notation.md").read_text(encoding="utf-8").split("| English | 中文 | also seen elsewhere |")[1]
    known = {_normalise(line.split("|")[1]) for line in glossary.strip().splitlines()[1:]}
    missing = set()
    for path in sorted((ROOT / "chapters").glob("*.ipynb")):
        for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
            if cell["cell_type"] != "markdown":
                continue
            for phrase in re.findall(r"\*\*(.+?)\*\*", "".join(cell["source"])):
                if phrase.endswith((".", ":", ",")) or ":" in phrase or "$" in phrase:
                    continue
                if _normalise(phrase) not in known:
                    missing.add((path.name, phrase))
    assert not missing, f"bold terms missing from the glossary in notation.md: {sorted(missing)}"


def test_every_chapter_can_install_the_course_package():
    """Colab needs the package installed; the URL comes from _config.yml (one place)."""
    from book.launch import install_cell_source

    for path in sorted((ROOT / "chapters").glob("*.ipynb")):
        cells = [c for c in json.loads(path.read_text(encoding="utf-8"))["cells"] if c["cell_type"] == "code"]
        first = cells[0]
        assert "remove-cell" in first["metadata"].get("tags", []), path.name
        assert "".join(first["source"]) == install_cell_source(), \
            f"{path.name}: run `python -m book.launch` after changing repository.url in _config.yml"


def test_chapter_code_lines_fit_the_page():
    """No horizontal scrolling on the site: code lines within 88 characters."""
    long = []
    for path in sorted((ROOT / "chapters").glob("*.ipynb")):
        for i, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            if cell["cell_type"] == "code":
                long += [(path.name, i, line) for line in "".join(cell["source"]).splitlines()
                         if len(line) > 88]
    assert not long, long


def _chapter_cells():
    for path in sorted((ROOT / "chapters").glob("*.ipynb")):
        yield path, json.loads(path.read_text(encoding="utf-8"))["cells"]


def test_imports_sit_behind_a_toggle():
    """A cell that only imports is hidden on the site (``hide-input``): no chapter opens
    with a wall of imports before its first picture or paragraph."""
    import ast

    shown = []
    for path, cells in _chapter_cells():
        for i, cell in enumerate(cells):
            if cell["cell_type"] != "code":
                continue
            tags = cell["metadata"].get("tags", [])
            try:
                body = ast.parse("".join(cell["source"])).body
            except SyntaxError:          # IPython magics: not an import-only cell
                continue
            only_imports = body and all(isinstance(s, (ast.Import, ast.ImportFrom))
                                        for s in body)
            if only_imports and not {"hide-input", "remove-cell", "remove-input"} & set(tags):
                shown.append(f"{path.name} cell {i}")
    assert not shown, f"import-only cells shown on the site: {shown}"


def test_each_chapter_shows_a_figure_before_its_first_code():
    """The first code a reader of the site sees comes after the chapter's first figure."""
    late = []
    for path, cells in _chapter_cells():
        for i, cell in enumerate(cells):
            if cell["cell_type"] != "code":
                continue
            tags = set(cell["metadata"].get("tags", []))
            if "figure" in cell["metadata"].get("mystnb", {}) and (
                    tags & {"hide-input", "remove-input"}):
                break                                   # a figure, its code hidden: good
            if tags & {"hide-input", "remove-input", "remove-cell"}:
                continue
            late.append(f"{path.name} cell {i}")
            break
        else:
            late.append(f"{path.name}: no figure")
    assert not late, f"code shown before the chapter's first figure: {late}"
