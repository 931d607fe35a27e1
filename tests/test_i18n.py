"""The Chinese edition agrees with the English one (``book.i18n``).

Every unit of English prose has a Chinese translation that is not stale, keeps the same
equations, labels, cross-references, glue names and code, and names the glossary's terms
as the glossary does; the committed ``zh/`` is exactly what the catalogues make; the
Chinese notebooks have the English code cells; and a change to one English sentence is
caught and named.
"""

import json
import pathlib
import shutil

import pytest

from book import i18n

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_every_unit_of_english_prose_has_a_chinese_translation_in_step():
    found = i18n.check()
    assert not found, f"{len(found)} problems; run `python -m book.i18n check`:\n" + "\n".join(found[:40])


def test_the_committed_chinese_edition_is_what_the_catalogues_make():
    stale = [name for name, text in i18n.edition().items()
             if not (i18n.ZH / name).is_file() or (i18n.ZH / name).read_text(encoding="utf-8") != text]
    assert not stale, f"zh/ is out of step (run `python -m book.i18n build`): {stale}"


def _without_caption(metadata):
    metadata = json.loads(json.dumps(metadata))
    metadata.get("mystnb", {}).get("figure", {}).pop("caption", None)
    return metadata


def test_the_chinese_notebooks_run_the_english_code():
    pairs = [(file, i18n.ZH / file) for files in i18n.documents().values() for file in files
             if file.endswith(".ipynb")]
    assert len(pairs) >= 11 + 11 + 11 + 1        # chapters, student and master notebooks
    for english, chinese in pairs:
        cells = [json.loads(path.read_text(encoding="utf-8"))["cells"] for path in (ROOT / english, chinese)]
        assert [c["cell_type"] for c in cells[0]] == [c["cell_type"] for c in cells[1]], english
        code = [[(c.get("id"), c["source"], _without_caption(c["metadata"])) for c in nb
                 if c["cell_type"] != "markdown"] for nb in cells]
        assert code[0] == code[1], f"{chinese}: its code cells differ from {english}'s"
        text = " ".join("".join(c["source"]) for c in cells[1] if c["cell_type"] == "markdown")
        assert sum("\u4e00" <= ch <= "\u9fff" for ch in text) > 100, f"{chinese} has little Chinese"


# --- the machinery --------------------------------------------------------------------

def test_cutting_into_units_and_putting_back_gives_the_source():
    count = 0
    for files in i18n.documents().values():
        for file in files:
            for cell, markdown in i18n._markdown_cells(ROOT / file):
                units = i18n.units(markdown)
                count += len(units)
                assert i18n.translate_markdown(markdown, {u: u for u in units}, file) == markdown
                assert all(i18n.mismatch(u, u) == "" for u in units), (file, cell)
    assert count > 500


def test_code_labels_and_equations_are_not_prose():
    text = ("(sec-x)=\n## A heading\n\n$$\na = b\n$$ (eq-ab)\n\n```{literalinclude} ../book/x.py\n"
            ":pyobject: f\n```\n\n:::{prf:theorem} BP1\n:label: thm-bp1\n\nFor every $j$,\n:::\n\n"
            ":::{admonition} Learning goals\n:class: tip\n- one\n- two\n:::\n")
    assert i18n.units(text) == ["(sec-x)=\n## A heading", "For every $j$,",
                                ":::{admonition} Learning goals", "- one\n- two"]


@pytest.mark.parametrize("source, translation, problem", [
    ("Here $a^l = \\sigma(z^l)$ holds.", "此处 $a^l = \\sigma(z^l)$ 成立。", ""),
    ("Here $a^l = \\sigma(z^l)$ holds.", "此处 $a^l = \\sigma(z)$ 成立。", "missing math"),
    ("See {doc}`chapter 4 <04_cost_and_error>`.", "见{doc}`第 4 章 <04_cost_and_error>`。", ""),
    ("See {doc}`chapter 4 <04_cost_and_error>`.", "见{doc}`第 4 章 <05_four_equations>`。", "missing role doc"),
    ("By {eq}`eq-bp1`, `net.weights` and {glue:text}`ch05-c`.", "由 {eq}`eq-bp1`、`net.weights` 得。",
     "missing role glue:text ch05-c"),
    ("Call `backprop`.", "调用 `backprop()`。", "missing code backprop"),
    ("(sec-a)=\n## Title", "## 标题", "missing label sec-a"),
    ("- one\n- two", "- 一；二", "list/heading/table markers"),
    ("**Question 1 (2 points).** <!-- x -->", "**第 1 题（2 分）。**", "missing comment <!-- x -->"),
])
def test_a_translation_must_keep_what_its_source_has(source, translation, problem):
    found = i18n.mismatch(source, translation)
    assert (problem in found) if problem else found == "", found


def test_glossary_terms_are_named_as_the_glossary_names_them():
    rows = i18n.glossary()
    assert len(rows) > 30 and ("weighted input", "带权输入", ["加权输入"]) in rows
    assert i18n.term_problems("The weighted input of a neuron.", "神经元的带权输入。", rows) == []
    assert i18n.term_problems("The weighted inputs $z^l$.", "加权输入 $z^l$。", rows) == [
        "'weighted input' is 带权输入 in this course",
        "加权输入 is not this course's name for 'weighted input' (带权输入)"]
    # the longer term wins: "output layer" is 输出层, which needs no separate 层 check
    assert i18n.term_problems("the output layer", "输出层", rows) == []
    # terms inside code or math are not prose
    assert i18n.term_problems("`bias` is $b$", "`bias` 即 $b$", rows) == []


# --- a change to the English is caught ------------------------------------------------

@pytest.fixture
def copy_of_the_course(tmp_path):
    root = tmp_path / "course"
    for name in ("_toc.yml", "_config.yml", "intro.md", "notation.md", "references.md"):
        root.mkdir(exist_ok=True)
        shutil.copy(ROOT / name, root / name)
    for folder in ("chapters", "exercises"):
        shutil.copytree(ROOT / folder, root / folder,
                        ignore=shutil.ignore_patterns("*.py", "__pycache__", "*_tests", "tests"))
    locales = tmp_path / "locales"
    shutil.copytree(i18n.LOCALES, locales)
    return root, locales


def test_changing_one_english_sentence_fails_the_check_and_names_it(copy_of_the_course):
    root, locales = copy_of_the_course
    doc = "chapters/05_four_equations"
    assert i18n.problems(doc, root, locales) == []
    path = root / f"{doc}.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    old = "BP1 is easy to compute"
    new = "BP1 is cheap to compute"
    cell = next(c for c in nb["cells"] if old in "".join(c["source"]))
    cell["source"] = "".join(cell["source"]).replace(old, new)
    path.write_text(json.dumps(nb), encoding="utf-8")

    found = i18n.problems(doc, root, locales)             # before the catalogue is updated
    assert len(found) == 1 and new in found[0] and "not in the catalogue" in found[0], found
    assert "chapters/05_four_equations.ipynb" in found[0]

    assert i18n.update(doc, root, locales) == (0, 1)      # msgmerge's way: fuzzy, old msgid kept
    entry = next(e for e in i18n.load(doc, locales) if new in e.msgid)
    assert "fuzzy" in entry.flags and old in entry.previous_msgid and entry.msgstr
    found = i18n.problems(doc, root, locales)
    assert len(found) == 1 and "stale translation" in found[0] and new in found[0], found
    with pytest.raises(ValueError, match="cheap to compute"):
        i18n.build(root, locales, zh=root / "zh")
    assert not (root / "zh").exists()                     # nothing stale is written


def test_a_new_english_paragraph_is_untranslated_until_translated(copy_of_the_course):
    root, locales = copy_of_the_course
    doc = "chapters/10_saturation"
    path = root / f"{doc}.ipynb"
    nb = json.loads(path.read_text(encoding="utf-8"))
    nb["cells"].append({"cell_type": "markdown", "id": "new-cell", "metadata": {},
                        "source": "A paragraph about nothing in particular, quite new."})
    path.write_text(json.dumps(nb), encoding="utf-8")
    assert i18n.update(doc, root, locales) == (1, 0)
    found = i18n.problems(doc, root, locales)
    assert len(found) == 1 and "untranslated" in found[0] and "new-cell" in found[0], found
    sheet = root / "sheet.txt"
    sheet.write_text(i18n.todo(doc, locales=locales).replace(
        "--- zh ---\n", "--- zh ---\n一段并无特别内容的新段落。\n"), encoding="utf-8")
    assert i18n.take(sheet, locales)[1:] == (1, [])
    assert i18n.problems(doc, root, locales) == []
