"""The CSV gradebook and its companion log: written atomically, nothing in them forgeable.

Every field is one line of bounded length. A field that a spreadsheet would read
as a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return) gets a leading ``'``. File names that are not valid UTF-8 are written
with backslash escapes, and control, zero-width and bidirectional characters
as visible escapes, so two different files never show as the same name.
"""

import csv
import datetime
import hashlib
import os
import tempfile
import unicodedata

from book.grading.notebook import clean
from book.grading.questions import points_possible

MAX_ERROR = 300
MAX_NAME = 200
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(field):
    return "'" + field if field.lstrip().startswith(FORMULA_STARTS) else field


def display_name(name):
    """A file name as one visible line that no other file name shows as.

    ``name`` is as ``os.listdir`` gives it. A backslash is doubled, so that escapes
    cannot be faked; bytes that are not UTF-8 become ``\\xNN``; control, format and
    zero-width characters become ``\\uNNNN``; a name that mixes Latin letters with
    lookalikes from other scripts (a Cyrillic ``а`` in ``аlice``), or that Unicode's
    compatibility normalisation (NFKC) would change (fullwidth letters, a separate
    combining accent), shows every non-ASCII character as an escape; a name too long to show whole ends with a hash of all of it.
    """
    raw = name.encode("utf-8", "surrogateescape")
    text = name.replace("\\", "\\\\")
    text = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    stem = text[:-6] if text.lower().endswith(".ipynb") else text
    if _mixed_scripts(stem) or unicodedata.normalize("NFKC", text) != text:
        text = text.encode("ascii", "backslashreplace").decode("ascii")
    shown = clean(text, 10**6, spaces=False)
    if len(shown) > MAX_NAME:
        shown = shown[: MAX_NAME - 12] + "…#" + hashlib.sha256(raw).hexdigest()[:10]
    return shown


LOOKALIKE_SCRIPTS = {"CYRILLIC", "GREEK", "ARMENIAN", "CHEROKEE", "COPTIC", "LISU", "?"}


def _mixed_scripts(text):
    """True when Latin letters stand beside letters of a script with Latin lookalikes."""
    scripts = set()
    for ch in text:
        if ch.isalpha():
            try:
                scripts.add(unicodedata.name(ch).split()[0])
            except ValueError:
                scripts.add("?")
    return "LATIN" in scripts and bool(scripts & LOOKALIKE_SCRIPTS)


def error_text(errors):
    return clean("; ".join(errors), MAX_ERROR)


def _atomic_write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", newline="", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError:
        pass


class _Lines:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


def write_gradebook(output, questions, rows):
    """Write every row (all of them exist by now) to ``output`` in one atomic step."""
    possible = points_possible(questions)      # a challenge's points are a bonus on top
    buffer = _Lines()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["file", *(q.name for q in questions), "total", "possible", "error"])
    for row in rows:
        total = sum(row.scores.values())
        fields = [display_name(row.file), *(_number(row.scores[q.name]) for q in questions),
                  _number(total), _number(possible), error_text(row.errors)]
        writer.writerow([neutralise(field) for field in fields])
    _atomic_write(output, "".join(buffer.parts))


def log_path(output):
    return output.with_name(output.stem + ".log")


def write_log(output, lines):
    stamp = datetime.datetime.now().astimezone().isoformat(timespec="seconds")
    _atomic_write(log_path(output), "".join(f"{stamp} {clean(line, 2000)}\n" for line in lines))


def _number(x):
    return f"{x:g}"
