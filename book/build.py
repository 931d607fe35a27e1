"""Build both editions of the site: ``python -m book.build [jupyter-book build options]``.

1. The Chinese edition's sources are written into ``zh/`` from the English ones and the
   catalogues in ``locales/`` (``book.i18n``); a missing or stale translation stops the
   build here, naming the text.
2. ``jupyter-book build .`` builds the English site into ``_build/html``.
3. ``jupyter-book build zh`` builds the Chinese site; it shares the English build's
   execution cache (the two editions' notebooks have the same code cells, and the cache is
   keyed by code alone), so no notebook runs twice. Its pages are copied into
   ``_build/html/zh/``.

4. Headless Chromium prints a PDF of each edition (``book.pdf``), and the whole course —
   both sites, the PDFs, the notebooks, ``requirements.txt`` and ``OFFLINE.md`` — goes into
   one archive (``book.offline``), all in ``_build/html/downloads/``, linked from the home
   page. Chromium and a CJK font come from Debian; when they are missing they are
   installed with apt-get (through sudo unless you are root), as ``tests/run.sh`` does.

Options (``--warningiserror``, ``--keep-going``, ``--path-output DIR``…) are passed to
both builds; with ``--path-output DIR`` the site is in ``DIR/_build/html``.
"""

import os
import pathlib
import shutil
import subprocess
import sys
import time

from book import i18n, offline, pdf

ROOT = pathlib.Path(__file__).resolve().parents[1]


def jupyter_book():
    return shutil.which("jupyter-book") or str(pathlib.Path(sys.executable).parent / "jupyter-book")


def _path_output(options):
    """The --path-output of the options (default: the book's folder), and the other options."""
    rest, output = [], ROOT
    i = 0
    while i < len(options):
        if options[i] == "--path-output":
            if i + 1 == len(options):
                raise ValueError("--path-output needs a folder after it")
            output = pathlib.Path(options[i + 1]).resolve()
            i += 2
            continue
        if options[i].startswith("--path-output="):
            output = pathlib.Path(options[i].split("=", 1)[1]).resolve()
        else:
            rest.append(options[i])
        i += 1
    return output, rest


DEBIAN = {"chromium": "chromium", "fonts-noto-cjk": "fc-list :lang=zh"}   # package: its probe


def debian_packages():
    """Install the Debian packages the PDFs need (Chromium, a CJK font) when missing."""
    missing = []
    for package, probe in DEBIAN.items():
        command = probe.split()
        found = shutil.which(command[0]) and subprocess.run(
            command, capture_output=True, text=True).stdout.strip()
        if not found:
            missing.append(package)
    if not missing:
        return []
    print(f"book.build: installing Debian packages the PDFs need: {' '.join(missing)}", flush=True)
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in (["apt-get", "update", "-qq"], ["apt-get", "install", "-y", "-qq", *missing]):
        if subprocess.run(sudo + command, env=environment).returncode != 0:
            raise ValueError(f"could not install {' '.join(missing)} (apt-get failed); install "
                             "them and build again")
    return missing


def build(options=(), root=ROOT):
    """Build both editions; returns the seconds each step took."""
    output, options = _path_output(list(options))
    seconds = {}
    start = time.perf_counter()
    written = i18n.build(root)
    seconds["zh sources"] = time.perf_counter() - start
    print(f"book.build: zh/ in step with the English source ({len(written)} files rewritten)",
          flush=True)

    start = time.perf_counter()
    subprocess.run([jupyter_book(), "build", *options, "--path-output", str(output), str(root)],
                   check=True)
    seconds["English site"] = time.perf_counter() - start

    start = time.perf_counter()
    zh_output = output / "_build" / "zh-edition"
    cache = zh_output / "_build" / ".jupyter_cache"
    cache.parent.mkdir(parents=True, exist_ok=True)
    if not cache.is_symlink():
        shutil.rmtree(cache, ignore_errors=True)
        os.symlink(output / "_build" / ".jupyter_cache", cache, target_is_directory=True)
    subprocess.run([jupyter_book(), "build", *options, "--path-output", str(zh_output),
                    str(root / "zh")], check=True)
    site = output / "_build" / "html" / "zh"
    shutil.rmtree(site, ignore_errors=True)
    shutil.copytree(zh_output / "_build" / "html", site)
    seconds["Chinese site"] = time.perf_counter() - start

    start = time.perf_counter()
    debian_packages()
    html = output / "_build" / "html"
    for edition, spec in pdf.EDITIONS.items():
        made = pdf.build_pdf(html, edition, html / "downloads" / spec["file"], root)
        print(f"book.build: {spec['file']}: {made['pages']} pages, {made['bytes'] / 1e6:.1f} MB, "
              f"{made['shrunk']} wide equations, tables or code blocks set smaller to fit", flush=True)
    seconds["PDFs"] = time.perf_counter() - start
    start = time.perf_counter()
    path = offline.archive(html, root=root)
    seconds["archive"] = time.perf_counter() - start
    print(f"book.build: {path.name}: {path.stat().st_size / 1e6:.1f} MB", flush=True)
    print("book.build: " + ", ".join(f"{k} {v:.1f} s" for k, v in seconds.items())
          + f"; the site is {output / '_build' / 'html'}", flush=True)
    return seconds


def main(argv=None):
    options = sys.argv[1:] if argv is None else argv
    try:
        build(options)
    except ValueError as error:
        print(f"book.build: {error}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as error:
        print(f"book.build: {' '.join(map(str, error.cmd[:2]))} failed (exit {error.returncode})",
              file=sys.stderr)
        return error.returncode or 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
