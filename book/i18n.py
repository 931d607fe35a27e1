"""The Chinese edition: gettext catalogues beside the English source, and the Chinese
pages made from them.

    python -m book.i18n update      # catalogues follow the English source (new text: empty; changed: fuzzy)
    python -m book.i18n check       # every unit translated, none stale, math and labels as in English
    python -m book.i18n build       # check, then write the Chinese pages and notebooks into zh/
    python -m book.i18n todo DOC    # a worksheet of DOC's untranslated or fuzzy units, to fill in
    python -m book.i18n take FILE   # put a filled worksheet's translations into DOC's catalogue

The English notebooks and pages are the source. Their prose is cut into units — a
paragraph, a list, a table, a heading, the title line of a directive (a theorem's,
an admonition's), a figure's caption — and each unit is a message of a standard gettext catalogue,
``locales/zh_CN/LC_MESSAGES/<document>.po`` (msgid the English, msgstr the Chinese; any
gettext tool can edit it; we read and write it with ``polib``). Code cells, equations on
their own, labels and code blocks are not prose and are never copied into a catalogue:
the Chinese notebook is the English one with each prose unit replaced by its
translation, so both editions run the same code and show the same outputs.

When an English unit changes, ``update`` keeps the old translation but marks it fuzzy
(with the English it translated, ``#| msgid``); ``check`` fails on it, naming the file and
the text, until a translator has looked at it. ``check`` also fails when a translation's
equations, labels, cross-references, glue names, citations or code spans differ from its
source's, and ``build`` refuses to write a stale Chinese edition.
"""

import argparse
import collections
import copy
import difflib
import json
import os
import pathlib
import re
import sys

import polib
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
LOCALES = ROOT / "locales" / "zh_CN" / "LC_MESSAGES"
ZH = ROOT / "zh"
LANGUAGE = "zh_CN"
SITE = "_site"        # the catalogue of the book's title, author and the TOC's part captions


# ---------------------------------------------------------------------------------------
# The documents
# ---------------------------------------------------------------------------------------

def toc_pages(root=ROOT):
    """The pages of ``_toc.yml`` in order, e.g. ['intro', 'notation', 'chapters/01_notation', …]."""
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    pages = [toc["root"]]

    def walk(entries):
        for entry in entries:
            pages.append(entry["file"])
            walk(entry.get("sections", []))
    for part in toc["parts"]:
        walk(part["chapters"])
    return pages


def documents(root=ROOT):
    """Every translated document: its catalogue name and the English files it covers.

    The pages of the table of contents (chapters, front and back matter, the exercise
    pages) plus each exercise set's master notebook, whose prose is the student
    notebook's and more. ``{"chapters/01_notation": ["chapters/01_notation.ipynb"], ...}``
    """
    docs = {}
    for page in toc_pages(root):
        files = [p for p in (f"{page}.ipynb", f"{page}.md") if (root / p).is_file()]
        if len(files) != 1:
            raise ValueError(f"TOC entry {page!r}: expected one of {page}.ipynb or {page}.md, "
                             f"found {files}")
        master = pathlib.PurePosixPath(page)
        master = master.parent / "master" / (master.name + ".ipynb")
        if (root / master).is_file():
            files.insert(0, str(master))
        docs[page] = files
    return docs


def catalogue_path(doc):
    return LOCALES / f"{doc}.po"


# ---------------------------------------------------------------------------------------
# Cutting MyST markdown into units
# ---------------------------------------------------------------------------------------

FENCE = re.compile(r"^(\s*)(`{3,}|~{3,}|:{3,})\s*(\{([^}]*)\})?\s*(.*)$")
# directives whose body is code, data or a path: never translated
VERBATIM_DIRECTIVES = {"literalinclude", "code-cell", "code-block", "code", "math", "raw",
                       "bibliography", "glue:figure", "glue:math", "glue", "image", "toctree",
                       "tableofcontents", "eval-rst", "mermaid"}
# directives whose argument is a path or a label, not a title
PATH_ARGUMENT = {"figure", "image", "solution", "literalinclude", "glue:figure"}
OPTION = re.compile(r"^\s*:[\w-]+:")
# inline math: from a $ to the next, across a line break of its paragraph, not a $$
INLINE_MATH = r"(?<![\\$])\$(?!\$)[^$]+?(?<!\\)\$"


def _has_prose(text):
    """Whether the text has words to translate once math, code and link targets are gone."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$(\s*\([\w-]+\))?", " ", text, flags=re.S)   # with its label
    text = re.sub(INLINE_MATH, " ", text)
    text = re.sub(r"\{[\w:-]+\}`([^`<]*)<[^`>]*>`", r"\1", text)   # {doc}`text <target>`
    text = re.sub(r"\{[\w:-]+\}`[^`]*`", " ", text)                  # {eq}`label`
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)
    text = re.sub(r"^\s*\([\w-]+\)=\s*$", " ", text, flags=re.M)     # (label)=
    text = re.sub(r"https?://\S+", " ", text)
    return re.search(r"[A-Za-z]{3,}", text) is not None


def segments(text):
    """Cut markdown into ``(is_prose, text)`` pieces whose concatenation is ``text``.

    Prose pieces are paragraphs (runs of non-blank lines), lists and tables, and the
    title lines of directives; fenced blocks are entered (their options and fences kept
    verbatim) unless their body is code. Everything else — blank lines, display math on
    its own, labels — is verbatim."""
    lines = text.splitlines(keepends=True)
    out = []

    def emit(prose, chunk, probe=None):
        if not chunk:
            return
        prose = prose and _has_prose(chunk if probe is None else probe)
        if out and out[-1][0] is False and prose is False:
            out[-1] = (False, out[-1][1] + chunk)
        else:
            out.append((prose, chunk))

    def walk(lines):
        i, paragraph = 0, []

        def flush():
            if paragraph:
                emit(True, "".join(paragraph))
                paragraph.clear()
        while i < len(lines):
            line = lines[i]
            fence = FENCE.match(line)
            if fence and not line.strip().startswith("$"):
                flush()
                marker, name, argument = fence.group(2), fence.group(4), fence.group(5)
                close = re.compile(r"^\s*" + re.escape(marker[0]) + "{" + str(len(marker)) + r",}\s*$")
                j = i + 1
                while j < len(lines) and not close.match(lines[j]):
                    j += 1
                body, closing = lines[i + 1:j], lines[j:j + 1]
                if name is None or name in VERBATIM_DIRECTIVES:
                    emit(False, "".join(lines[i:j + 1]))
                else:
                    emit(name not in PATH_ARGUMENT, line, probe=argument)
                    k = 0
                    while k < len(body) and OPTION.match(body[k]):
                        k += 1
                    emit(False, "".join(body[:k]))
                    walk(body[k:])
                    emit(False, "".join(closing))
                i = j + 1
            elif not line.strip():
                flush()
                emit(False, line)
                i += 1
            else:
                paragraph.append(line)
                i += 1
        flush()
    walk(lines)
    return out


def units(text):
    """The prose units of a markdown text (each without its final newline)."""
    return [chunk.rstrip("\n") for prose, chunk in segments(text) if prose]


def translate_markdown(text, translations, where):
    """``text`` with each prose unit replaced by its translation; ``translations`` maps
    English to Chinese. A unit without one is a ValueError naming ``where``."""
    pieces = []
    for prose, chunk in segments(text):
        if prose:
            unit = chunk.rstrip("\n")
            if unit not in translations:
                raise ValueError(f"{where}: no Chinese translation for: {unit[:200]!r}")
            pieces.append(translations[unit] + chunk[len(unit):])
        else:
            pieces.append(chunk)
    return "".join(pieces)


# ---------------------------------------------------------------------------------------
# The English side: units of each document
# ---------------------------------------------------------------------------------------

def _caption(cell):
    """A code cell's figure caption (MyST-NB's ``mystnb.figure.caption`` metadata), or None."""
    return cell.get("metadata", {}).get("mystnb", {}).get("figure", {}).get("caption")


def _markdown_cells(path):
    """(cell id, markdown) of a notebook — its markdown cells and its figure captions — or
    ('', text) of a markdown page."""
    if path.suffix == ".ipynb":
        nb = json.loads(path.read_text(encoding="utf-8"))
        return [(cell.get("id", str(i)), "".join(cell["source"]) if cell["cell_type"] == "markdown"
                 else _caption(cell))
                for i, cell in enumerate(nb["cells"])
                if cell["cell_type"] == "markdown" or _caption(cell)]
    return [("", path.read_text(encoding="utf-8"))]


def site_units(root=ROOT):
    """The book's title and author, and the captions of the TOC's parts."""
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    found = [("_config.yml", "title", config["title"]), ("_config.yml", "author", config["author"])]
    found += [("_toc.yml", "caption", part["caption"]) for part in toc["parts"]]
    return found


def source_units(doc, root=ROOT):
    """``[(unit, occurrence)]`` of a document in order, an occurrence being (file, cell id)."""
    if doc == SITE:
        return [(text, (file, key)) for file, key, text in site_units(root)]
    found = []
    for file in documents(root)[doc]:
        for cell, markdown in _markdown_cells(root / file):
            found += [(unit, (file, cell)) for unit in units(markdown)]
    return found


def all_docs(root=ROOT):
    return [SITE] + list(documents(root))


# ---------------------------------------------------------------------------------------
# Catalogues
# ---------------------------------------------------------------------------------------

def load(doc, locales=None):
    path = (locales or LOCALES) / f"{doc}.po"
    if not path.is_file():
        return polib.POFile(wrapwidth=0)
    return polib.pofile(str(path), wrapwidth=0)


def save(catalogue, doc, locales=None):
    path = (locales or LOCALES) / f"{doc}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    catalogue.metadata = {
        "Project-Id-Version": "backprop-book",
        "Language": LANGUAGE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    catalogue.header = (f"Chinese (zh_CN) translation of {doc}.\n"
                        "Made and kept in step by `python -m book.i18n update`; msgid is the "
                        "English source,\nmsgstr its translation. A fuzzy entry's English "
                        "changed after it was translated.")
    text = catalogue.__unicode__()
    if not path.is_file() or path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


def _place(file, cell):
    return f"{file}:{cell}" if cell else file


def update(doc, root=ROOT, locales=None):
    """Bring a document's catalogue in step with its English source, as ``msgmerge`` does:
    a unit already translated keeps its translation; a changed unit takes the translation
    of the most similar unit of the same cell, marked fuzzy with the old
    English kept as ``previous_msgid``; a new unit gets an empty translation; a unit no
    longer in the source is dropped. Returns (new, fuzzy) counts."""
    old = load(doc, locales)
    known = {e.msgid: e for e in old if not e.obsolete}
    by_place = {}
    for e in known.values():
        for occurrence in e.occurrences:     # polib reads "file:cell" back as ("file:cell", "")
            by_place.setdefault(_place(*occurrence), []).append(e)
    fresh = polib.POFile(wrapwidth=0)
    seen, new, fuzzy = {}, 0, 0
    for unit, (file, cell) in source_units(doc, root):
        if unit in seen:
            if (file, cell) not in seen[unit].occurrences:
                seen[unit].occurrences.append((file, cell))
            continue
        if unit in known:
            entry = copy.copy(known[unit])
            entry.occurrences = [(file, cell)]
        else:
            entry = polib.POEntry(msgid=unit, msgstr="", occurrences=[(file, cell)])
            candidates = [e for e in by_place.get(_place(file, cell), []) if e.msgstr]
            best = max(candidates, default=None,
                       key=lambda e: difflib.SequenceMatcher(None, e.msgid, unit).ratio())
            if best is not None and difflib.SequenceMatcher(None, best.msgid, unit).ratio() > 0.5:
                entry.msgstr = best.msgstr
                entry.flags = ["fuzzy"]
                entry.previous_msgid = best.previous_msgid or best.msgid
                fuzzy += 1
            else:
                new += 1
        seen[unit] = entry
        fresh.append(entry)
    save(fresh, doc, locales)
    return new, fuzzy


# ---------------------------------------------------------------------------------------
# The agreement check
# ---------------------------------------------------------------------------------------

def _tokens(text):
    """What a translation must keep exactly as its source has it, as a multiset."""
    found = collections.Counter()
    for m in re.finditer(r"\$\$(.*?)\$\$(\s*\([\w-]+\))?", text, flags=re.S):
        found["math $$" + " ".join(m.group(1).split()) + (m.group(2) or "").strip()] += 1
    rest = re.sub(r"\$\$.*?\$\$|\{[\w:-]+\}`[^`]*`|`[^`]*`", " ", text, flags=re.S)
    for m in re.finditer(INLINE_MATH, rest):
        found["math " + " ".join(m.group(0).split())] += 1
    for m in re.finditer(r"\{([\w:-]+)\}`([^`]*)`", text):
        role, body = m.group(1), m.group(2)
        target = re.search(r"<([^<>]*)>\s*$", body)      # {doc}`text <target>`: the target
        found[f"role {role} {(target.group(1) if target else body).strip()}"] += 1
    for m in re.finditer(r"(?<![\w}])`([^`]+)`", re.sub(r"\{[\w:-]+\}`[^`]*`", " ", text)):
        found["code " + " ".join(m.group(1).split())] += 1
    for m in re.finditer(r"^\s*\(([\w-]+)\)=\s*$", text, flags=re.M):
        found["label " + m.group(1)] += 1
    for m in re.finditer(r"^\s*:(label|name|class):\s*(\S+)", text, flags=re.M):
        found[f"option {m.group(1)} {m.group(2)}"] += 1
    for m in re.finditer(r"\]\(([^)]*)\)", text):
        found["link " + m.group(1)] += 1
    for m in re.finditer(r"^\s*(`{3,}|~{3,}|:{3,})\s*\{([^}]*)\}", text, flags=re.M):
        found[f"directive {m.group(1)}{{{m.group(2)}}}"] += 1
    for m in re.finditer(r"<!--.*?-->", text, flags=re.S):
        found["comment " + m.group(0)] += 1
    return found


def _markers(text):
    """The list, heading, quote and table markers that begin lines: MyST's structure."""
    found = (re.match(r"^\s*([-*+]\s|\d+\.\s|#+\s|>\s?|\|)?", line).group(1)
             for line in text.splitlines())
    return [m.strip() for m in found if m]


def _stray_emphasis(text):
    """Whether markdown leaves an asterisk of emphasis unparsed (shown as a literal *)."""
    from markdown_it import MarkdownIt

    text = re.sub(r"\$\$.*?\$\$|" + INLINE_MATH + r"|`[^`]*`", " ", text, flags=re.S)
    rendered = MarkdownIt("commonmark").render(text)
    return re.search(r"\*\*|(?<![\w\\])\*(?=\S)", re.sub(r"<[^>]+>", " ", rendered)) is not None


def mismatch(source, translation):
    """How a translation departs from its source in what it must keep, or ''."""
    a, b = _tokens(source), _tokens(translation)
    problems = []
    if a - b:
        problems.append("missing " + "; ".join(sorted(a - b))[:300])
    if b - a:
        problems.append("extra " + "; ".join(sorted(b - a))[:300])
    if _stray_emphasis(translation) and not _stray_emphasis(source):
        problems.append("a ** or * is shown as text: CommonMark closes emphasis before Chinese "
                        "only after punctuation-free text; put a space after the closing ** "
                        "(`**第 1 题。** 补全`)")
    if _markers(source) != _markers(translation):
        problems.append(f"list/heading/table markers {_markers(source)[:6]} became "
                        f"{_markers(translation)[:6]}")
    return ", ".join(problems)


GLOSSARY_HEADER = "| English | 中文 | also seen elsewhere |"


def glossary(root=ROOT):
    """The glossary of notation.md: ``[(English term, Chinese name, [names not used])]``."""
    text = (root / "notation.md").read_text(encoding="utf-8")
    if GLOSSARY_HEADER not in text:
        raise ValueError(f"notation.md: expected a glossary table headed {GLOSSARY_HEADER!r}")
    rows = []
    for line in text.split(GLOSSARY_HEADER, 1)[1].strip().splitlines()[1:]:
        if not line.startswith("|"):
            break
        english, chinese, others = (c.strip() for c in line.strip().strip("|").split("|"))
        rows.append((english, chinese, [o.strip() for o in re.split(r"[、,，]", others) if o.strip()]))
    return rows


def _plain(text):
    """Prose only: no math, code, link targets, comments or addresses."""
    text = re.sub(r"<!--.*?-->", " ", text, flags=re.S)
    text = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    text = re.sub(INLINE_MATH, " ", text)
    text = re.sub(r"\{[\w:-]+\}`([^`<]*)<[^`>]*>`", r"\1", text)
    text = re.sub(r"\{[\w:-]+\}`[^`]*`|`[^`]*`|\]\([^)]*\)|https?://\S+", " ", text)
    return text


def term_problems(source, translation, rows):
    """Where a translation names a glossary term otherwise than the glossary does."""
    if GLOSSARY_HEADER.split(" |")[0] in source:      # the glossary itself
        return []
    plain, chinese_text, found = _plain(source).lower(), _plain(translation).lower(), []
    for english, chinese, _ in sorted(rows, key=lambda row: -len(row[0])):
        if "(" in english:
            continue
        pattern = r"(?<![\w-])" + re.escape(english.lower()) + r"(s|es)?(?![\w-])"
        if re.search(pattern, plain):
            plain = re.sub(pattern, " ", plain)
            if chinese.lower() not in chinese_text:
                found.append(f"'{english}' is {chinese} in this course")
    for english, chinese, others in rows:
        found += [f"{other} is not this course's name for '{english}' ({chinese})"
                  for other in others if other.lower() in chinese_text]
    return found


def problems(doc, root=ROOT, locales=None):
    """Every disagreement between a document and its catalogue, one sentence each."""
    catalogue = {e.msgid: e for e in load(doc, locales) if not e.obsolete}
    found, seen, rows = [], set(), glossary(root)
    for unit, (file, cell) in source_units(doc, root):
        if unit in seen:
            continue
        seen.add(unit)
        where = f"{file}" + (f" (cell {cell})" if cell else "")
        entry = catalogue.get(unit)
        short = " ".join(unit.split())[:160]
        if entry is None:
            found.append(f"{where}: not in the catalogue {doc}.po (run `python -m book.i18n "
                         f"update`): {short!r}")
        elif not entry.msgstr.strip():
            found.append(f"{where}: untranslated: {short!r}")
        elif "fuzzy" in entry.flags:
            found.append(f"{where}: stale translation (the English changed after it was "
                         f"translated): {short!r}")
        else:
            wrong = mismatch(unit, entry.msgstr)
            if wrong:
                found.append(f"{where}: translation does not match its source ({wrong}): {short!r}")
            found += [f"{where}: glossary: {t}: {short!r}" for t in term_problems(unit, entry.msgstr, rows)]
    return found


def check(root=ROOT, locales=None):
    return [p for doc in all_docs(root) for p in problems(doc, root, locales)]


# ---------------------------------------------------------------------------------------
# Writing the Chinese edition
# ---------------------------------------------------------------------------------------

def translations(doc, locales=None):
    return {e.msgid: e.msgstr for e in load(doc, locales)
            if not e.obsolete and e.msgstr and "fuzzy" not in e.flags}


def _relocate_paths(markdown, source, target):
    """Paths of literalinclude directives rewritten to reach the same file from ``target``."""
    def fix(m):
        path = (source.parent / m.group(2)).resolve()
        return m.group(1) + os.path.relpath(path, target.parent.resolve())
    return re.sub(r"^(\s*`{3,}\{literalinclude\}\s+)(\S+)", fix, markdown, flags=re.M)


def translated_file(file, table, root=ROOT, zh=None):
    """The Chinese text of one English file (a notebook or a markdown page)."""
    source, target = root / file, (zh or root / "zh") / file
    text = source.read_text(encoding="utf-8")
    if source.suffix != ".ipynb":
        return _relocate_paths(translate_markdown(text, table, file), source, target)
    nb = json.loads(text)
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            markdown = translate_markdown("".join(cell["source"]), table,
                                          f"{file} (cell {cell.get('id')})")
            markdown = _relocate_paths(markdown, source, target)
            cell["source"] = markdown.splitlines(keepends=True)
        elif _caption(cell):
            figure = cell["metadata"]["mystnb"]["figure"]
            figure["caption"] = translate_markdown(figure["caption"], table,
                                                   f"{file} (caption of cell {cell.get('id')})")
    return json.dumps(nb, ensure_ascii=False, indent=1) + "\n"


def site_files(root=ROOT, locales=None):
    """zh/_config.yml and zh/_toc.yml: the English ones with the title, author and captions
    translated, the language set, and the execution cache shared with the English build."""
    table = translations(SITE, locales)
    missing = [text for _, _, text in site_units(root) if text not in table]
    if missing:
        raise ValueError(f"{SITE}.po: no Chinese translation for {missing}")
    config = yaml.safe_load((root / "_config.yml").read_text(encoding="utf-8"))
    config["title"] = table[config["title"]]
    config["author"] = table[config["author"]]
    config["bibtex_bibfiles"] = ["../references.bib"]
    config["repository"]["path_to_book"] = "zh"
    sphinx = config.setdefault("sphinx", {}).setdefault("config", {})
    sphinx["language"] = LANGUAGE
    sphinx["html_search_language"] = "zh"
    sphinx["course_edition"] = "zh"
    sphinx["nb_code_prompt_show"] = "显示折叠的内容"     # MyST-NB's {type} would be English
    sphinx["nb_code_prompt_hide"] = "折叠"
    toc = yaml.safe_load((root / "_toc.yml").read_text(encoding="utf-8"))
    for part in toc["parts"]:
        part["caption"] = table[part["caption"]]
    header = ("# Generated by `python -m book.i18n build` from ../{name} and "
              "../locales/zh_CN/LC_MESSAGES/_site.po: do not edit.\n")
    dump = lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)  # noqa: E731
    return {"_config.yml": header.format(name="_config.yml") + dump(config),
            "_toc.yml": header.format(name="_toc.yml") + dump(toc)}


def edition(root=ROOT, locales=None, zh=None):
    """Every file of the Chinese edition, ``{path relative to zh/: text}``."""
    files = site_files(root, locales)
    for doc, sources in documents(root).items():
        table = translations(doc, locales)
        for file in sources:
            files[file] = translated_file(file, table, root, zh)
    return files


def build(root=ROOT, locales=None, zh=None):
    """Check the catalogues, then write the Chinese edition into zh/ (only files that
    changed, so the build's caches stay warm). Stale catalogues are a ValueError."""
    found = check(root, locales)
    if found:
        raise ValueError(f"the Chinese edition is not in step with the English source "
                         f"({len(found)} problems):\n" + "\n".join(found[:50]))
    zh = zh or root / "zh"
    written = []
    for name, text in edition(root, locales, zh).items():
        path = zh / name
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            written.append(name)
    return written


# ---------------------------------------------------------------------------------------
# Worksheets for translators
# ---------------------------------------------------------------------------------------

SHEET_UNIT = "=== {n} ===\n"
SHEET_ZH = "--- zh ---\n"


def todo(doc, everything=False, locales=None):
    """A worksheet of a document's untranslated and fuzzy units: each English unit, then a
    line ``--- zh ---`` under which the translator writes the Chinese (for a fuzzy unit the
    old translation is there to edit)."""
    parts = [f"# document: {doc}\n"]
    for n, entry in enumerate(load(doc, locales), start=1):
        if entry.obsolete or (entry.msgstr and "fuzzy" not in entry.flags and not everything):
            continue
        parts.append(SHEET_UNIT.format(n=n) + entry.msgid + "\n" + SHEET_ZH
                     + (entry.msgstr + "\n" if entry.msgstr else "\n"))
    return "\n".join(parts)


def take(sheet, locales=None):
    """Read a filled worksheet into its document's catalogue; returns the problems of the
    units it filled (mismatched math, labels…), which are still written."""
    text = pathlib.Path(sheet).read_text(encoding="utf-8")
    doc = re.match(r"# document: (\S+)\n", text).group(1)
    catalogue = load(doc, locales)
    entries = {e.msgid: e for e in catalogue if not e.obsolete}
    blocks = re.split(r"^=== (\d+) ===\n", text, flags=re.M)
    filled, found, rows = 0, [], glossary()
    for number, block in zip(blocks[1::2], blocks[2::2]):
        english, _, chinese = block.partition(SHEET_ZH)
        entry = entries.get(english.rstrip("\n"))
        if entry is None:
            raise ValueError(f"{sheet}: unit {number}'s English is not in {doc}.po (did the "
                             f"English change since the worksheet was made?): {english[:120]!r}")
        chinese = chinese.strip("\n")
        if not chinese.strip():
            continue
        entry.msgstr = chinese
        entry.flags = [f for f in entry.flags if f != "fuzzy"]
        entry.previous_msgid = None
        filled += 1
        wrong = mismatch(entry.msgid, chinese)
        if wrong:
            found.append(f"unit {number}: {wrong}")
        found += [f"unit {number}: glossary: {t}" for t in term_problems(entry.msgid, chinese, rows)]
    save(catalogue, doc, locales)
    return doc, filled, found


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m book.i18n", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("update", help="bring every catalogue in step with the English source")
    c = sub.add_parser("check", help="list every missing, stale or mismatched translation")
    c.add_argument("docs", nargs="*")
    sub.add_parser("build", help="check, then write the Chinese edition into zh/")
    t = sub.add_parser("todo", help="print a worksheet of a document's units to translate")
    t.add_argument("doc")
    t.add_argument("--all", action="store_true", help="every unit, translated or not")
    k = sub.add_parser("take", help="read a filled worksheet into its catalogue")
    k.add_argument("sheet")
    args = parser.parse_args(argv)
    if args.command == "update":
        for doc in all_docs():
            new, fuzzy = update(doc)
            if new or fuzzy:
                print(f"{doc}.po: {new} new, {fuzzy} fuzzy")
    elif args.command == "check":
        found = [p for doc in (args.docs or all_docs()) for p in problems(doc)]
        print("\n".join(found) or "every unit translated and in step")
        return 1 if found else 0
    elif args.command == "build":
        try:
            written = build()
        except ValueError as error:
            print(error, file=sys.stderr)
            return 1
        print(f"zh/: {len(written)} files written")
    elif args.command == "todo":
        print(todo(args.doc, args.all))
    elif args.command == "take":
        doc, filled, found = take(args.sheet)
        print(f"{doc}.po: {filled} units filled")
        print("\n".join(found))
        return 1 if found else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
