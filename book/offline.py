"""The course in one file: ``python -m book.offline _build/html`` writes
``_build/html/downloads/backprop-derived-and-run.zip``.

The archive holds, under one folder ``backprop-derived-and-run/``: the built site of both
editions with its PDFs (``site/``), every chapter and student exercise notebook of both
editions, the package ``book/`` and ``pyproject.toml`` that ``requirements.txt`` installs
(``-e .``), ``requirements.txt`` and ``OFFLINE.md``. Not the exercise masters (solutions
and hidden tests are the instructor's) and not the archive itself.
"""

import pathlib
import sys
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
NAME = "backprop-derived-and-run"
ARCHIVE = NAME + ".zip"


def course_files(root=ROOT):
    """(path in the archive, file on disk) of everything but the site."""
    files = [root / "OFFLINE.md", root / "requirements.txt", root / "pyproject.toml",
             root / "exercises" / "README.md"]
    files += sorted((root / "book").rglob("*.py")) + sorted((root / "book" / "templates").glob("*"))
    for edition in (root, root / "zh"):
        files += sorted((edition / "chapters").glob("*.ipynb"))
        files += sorted(p for p in (edition / "exercises").rglob("*.ipynb")
                        if "master" not in p.parts and ".ipynb_checkpoints" not in p.parts)
    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise ValueError(f"the archive needs files that are missing: {missing[:5]}")
    return [(f.relative_to(root).as_posix(), f) for f in files]


def archive(site, output=None, root=ROOT):
    """Write the archive; returns its path. ``site`` is the built site (``_build/html``)."""
    site = pathlib.Path(site)
    if not (site / "index.html").is_file() or not (site / "zh" / "index.html").is_file():
        raise ValueError(f"{site}: expected the built site of both editions (python -m book.build)")
    output = pathlib.Path(output or site / "downloads" / ARCHIVE)
    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_suffix(".zip.part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as z:
        for name, path in course_files(root):
            z.write(path, f"{NAME}/{name}")
        for path in sorted(site.rglob("*")):
            if path.is_file() and path.resolve() not in (output.resolve(), partial.resolve()):
                z.write(path, f"{NAME}/site/{path.relative_to(site).as_posix()}")
    partial.replace(output)
    return output


if __name__ == "__main__":
    path = archive(sys.argv[1] if len(sys.argv) > 1 else ROOT / "_build" / "html")
    print(f"book.offline: {path} ({path.stat().st_size / 1e6:.1f} MB)")
