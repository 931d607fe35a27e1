"""Keep every chapter's first cell able to install the course package where it is missing.

On Colab (and any fresh kernel), ``import book`` fails until the package is installed.
Each chapter therefore starts with a small cell, hidden in the book (tag
``remove-cell``) and harmless everywhere else, that installs it from the repository
named in ``_config.yml`` — the one place the repository URL is configured:

    python -m book.launch        # rewrite that cell in every chapter from _config.yml
"""

import json
import pathlib

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
TAGS = ["remove-cell", "install-course-package"]


def repository_url():
    return yaml.safe_load((ROOT / "_config.yml").read_text())["repository"]["url"]


def install_cell_source(url=None):
    url = url or repository_url()
    return (
        "# On Colab or a fresh Binder kernel: install the course's companion package.\n"
        "try:\n"
        "    import book\n"
        "except ImportError:\n"
        f'    url = "git+{url}"\n'
        '    %pip install --quiet "backprop-book @ {url}"\n'
        "    import book")


def update(path, url=None):
    """Make the first code cell of ``path`` the install cell; returns True if it changed."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    cell = {"cell_type": "code", "execution_count": None, "id": "install-course-package",
            "metadata": {"tags": TAGS}, "outputs": [], "source": install_cell_source(url)}
    first = next((i for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code"), None)
    cells = nb["cells"]
    if first is not None and "install-course-package" in cells[first].get("metadata", {}).get("tags", []):
        if cells[first] == cell:
            return False
        cells[first] = cell
    else:
        cells.insert(first if first is not None else len(cells), cell)
    path.write_text(json.dumps(nb, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return True


def main():
    for path in sorted((ROOT / "chapters").glob("*.ipynb")):
        if update(path):
            print(f"updated {path.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
