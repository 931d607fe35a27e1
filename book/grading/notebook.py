"""A submitted file, read with care: size checked first, code cells as Jupyter runs them."""

import dataclasses
import json
import os
import re
import stat
import unicodedata
import warnings

MAX_NOTEBOOK_BYTES = 32 * 2**20   # the file, outputs included
MAX_CODE_BYTES = 2 * 2**20        # all code cells together
MAX_CODE_CELLS = 1000
MAX_MAGIC_LINES = 100             # lines IPython must transform, in one cell
# IPython re-reads a whole cell for each line it transforms: the work of a cell is its
# length times its number of such lines, and a notebook may ask for this much in all
# (about two seconds of the grader's time; an honest notebook needs a few thousand)
MAX_TRANSFORM_WORK = 1_000_000
PASS_THROUGH_CELL_MAGICS = ("time", "capture", "timeit")   # Jupyter runs their body as Python


@dataclasses.dataclass
class Cell:
    position: int    # among code cells, from 1, as a student counts them
    source: str      # plain Python, as IPython would run it
    excerpt: str     # the start of its first line, for messages

    @property
    def label(self):
        return f"code cell {self.position} (starting `{self.excerpt}`)"


def clean(text, limit, spaces=True):
    """``text`` as one visible line of at most ``limit`` characters: control and format
    characters (zero-width and bidirectional marks, and newlines and tabs unless ``spaces``,
    which turns them into spaces) written as escapes."""
    out = []
    for ch in str(text):
        if ch == " " or not unicodedata.category(ch).startswith(("C", "Z")):
            out.append(ch)
        elif spaces and ch in "\n\r\t":
            out.append(" ")
        else:
            out.append(ch.encode("unicode_escape").decode("ascii"))
    line = "".join(out)
    return line if len(line) <= limit else line[: limit - 1] + "…"


def read_file(path):
    """The bytes of a submitted file, or ValueError saying why it cannot be graded.

    Its size and kind are checked before anything is read: a symbolic link, a device,
    a FIFO or an oversized file is refused without being opened for reading."""
    try:
        info = os.lstat(path)
    except OSError as err:
        raise ValueError(f"could not read the file ({err.strerror})") from None
    if stat.S_ISLNK(info.st_mode):
        raise ValueError("not graded: a symbolic link, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not graded: not a regular file")
    if info.st_size > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"not graded: the file is {info.st_size / 2**20:.0f} MB, over the "
                         f"{MAX_NOTEBOOK_BYTES // 2**20} MB limit (clear the outputs and save again)")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError as err:
        raise ValueError(f"could not read the file ({err.strerror})") from None
    with os.fdopen(fd, "rb") as f:
        if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
            raise ValueError("not graded: not a regular file")
        data = f.read(MAX_NOTEBOOK_BYTES + 1)
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"not graded: the file is over the {MAX_NOTEBOOK_BYTES // 2**20} MB limit")
    return data


def read_cells(data):
    """The code cells of a notebook, turned into Python; ValueError saying why not."""
    if len(data) > MAX_NOTEBOOK_BYTES:
        raise ValueError(f"not graded: the file is over the {MAX_NOTEBOOK_BYTES // 2**20} MB limit")
    try:
        nb = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ValueError("not a notebook: the file is not valid JSON") from None
    if not isinstance(nb, dict) or "nbformat" not in nb:
        raise ValueError("not a notebook: expected a JSON object with 'nbformat' and 'cells'")
    if nb["nbformat"] != 4:
        version = clean(repr(nb["nbformat"]), 20)
        raise ValueError(f"unsupported notebook format version {version} "
                         f"(expected 4; re-save the notebook with a current Jupyter)")
    if not isinstance(nb.get("cells"), list):
        raise ValueError("not a notebook: 'cells' is missing or not a list")
    cells, size, budget = [], 0, [MAX_TRANSFORM_WORK]
    for number, cell in enumerate(nb["cells"], start=1):
        if not isinstance(cell, dict):
            raise ValueError(f"not a notebook: cell {number} (counting all cells) is not an object")
        if cell.get("cell_type") != "code":
            continue
        source = cell.get("source", "")
        if isinstance(source, list) and all(isinstance(s, str) for s in source):
            source = "".join(source)
        if not isinstance(source, str):
            raise ValueError(f"not a notebook: the source of code cell {len(cells) + 1} "
                             f"is not text")
        size += len(source)
        if len(cells) == MAX_CODE_CELLS:
            raise ValueError(f"not graded: more than {MAX_CODE_CELLS} code cells")
        if size > MAX_CODE_BYTES:
            raise ValueError(f"not graded: over {MAX_CODE_BYTES // 2**20} MB of code")
        first = next((line.strip() for line in source.splitlines() if line.strip()), "")
        cells.append(Cell(len(cells) + 1, to_python(source, budget),
                          clean(first, 32).replace("`", "'")))
    if not cells:
        raise ValueError("the notebook has no code cells")
    return cells


_transformer = None
# a line that IPython's transformer may change: a magic, a shell escape (also after
# `x =`), a help request
_SPECIAL = re.compile(r"^\s*[%!?]|=\s*[%!]|\?\s*(#.*)?$")


def to_python(source, budget=None):
    """A cell's source as IPython runs it: magics and shell escapes become calls of
    ``get_ipython()`` (which the grader's child notes but never runs), ``obj?`` becomes a
    help request; the body of ``%%time``, ``%%capture`` and ``%%timeit`` runs as Python."""
    global _transformer
    if _transformer is None:
        from IPython.core.inputtransformer2 import TransformerManager
        _transformer = TransformerManager()
    stripped = source.lstrip()
    if stripped.startswith("%%"):
        head, _, body = stripped.partition("\n")
        if head[2:].split(" ")[0] in PASS_THROUGH_CELL_MAGICS:
            source = body
    if not source.endswith("\n"):
        source += "\n"
    special = [line for line in source.splitlines() if _SPECIAL.search(line)]
    if not special:
        return source   # plain Python: nothing for IPython to do
    if len(special) > MAX_MAGIC_LINES:
        # IPython re-reads the cell once for each; do not let a cell keep the grader busy
        return f"raise SyntaxError('over {MAX_MAGIC_LINES} lines of IPython syntax in one cell')\n"
    if budget is not None:
        work = len(source) * len(special)
        if work > budget[0]:
            return ("raise SyntaxError('too much IPython syntax in long cells: the grader "
                    "does not translate this cell')\n")
        budget[0] -= work
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _transformer.transform_cell(source)
    except Exception:  # noqa: BLE001 — let Python report the syntax error when the cell runs
        return source
