"""The package installs anywhere: a wheel with its declared dependencies, in a fresh venv."""

import pathlib
import pkgutil
import shutil
import subprocess
import sys

import book

ROOT = pathlib.Path(__file__).resolve().parents[1]


def test_the_wheel_installs_and_every_module_imports(tmp_path):
    source = tmp_path / "source"            # built from a copy: nothing written to the clone
    shutil.copytree(ROOT / "book", source / "book",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", source)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w",
                    str(tmp_path / "dist"), str(source)], check=True, timeout=600)
    (wheel,) = (tmp_path / "dist").glob("backprop_book-*.whl")
    subprocess.run([sys.executable, "-m", "venv", str(tmp_path / "venv")], check=True)
    python = str(tmp_path / "venv" / "bin" / "python")
    result = subprocess.run([python, "-m", "pip", "install", "--quiet", str(wheel)],
                            capture_output=True, text=True, timeout=1200)
    assert result.returncode == 0, result.stderr[-3000:]
    modules = sorted(m.name for m in pkgutil.walk_packages(book.__path__, "book.")
                     if not m.name.endswith("__main__"))
    assert "book.grading.cli" in modules and "book.network" in modules
    script = ("import importlib, sys\n"
              f"for name in {modules!r}:\n"
              "    importlib.import_module(name)\n"
              "import book\n"
              "assert 'site-packages' in book.__file__, book.__file__\n"
              "print('imported', len(sys.argv), flush=True)\n")
    result = subprocess.run([python, "-I", "-c", script], capture_output=True, text=True,
                            timeout=300, cwd=tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
