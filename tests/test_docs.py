"""Every command the documents give a reader is run, exactly as written.

The fenced ``bash`` blocks of README.md, intro.md and exercises/README.md are read;
each command in them must be one this file knows how to run, and is run as written
(in a copy of the repository where it would write into it). The README's test
command itself is what ``.ci/run`` runs; that is checked word for word.
"""

import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import time

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
DOCUMENTS = ["README.md", "intro.md", "exercises/README.md"]
BIN = pathlib.Path(sys.executable).parent
TEST_COMMAND = "pip install -r requirements.txt && bash tests/run.sh"


def documented_commands():
    commands = []
    for name in DOCUMENTS:
        text = (ROOT / name).read_text(encoding="utf-8")
        for block in re.findall(r"```bash\n(.*?)```", text, re.S):
            for line in block.splitlines():
                line = line.split("  #")[0].strip()
                if line and not line.startswith("#"):
                    commands.append(line)
    return commands


def environment():
    """This Python's environment first on PATH, as after `source .venv/bin/activate`."""
    return {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
            "BROWSER": "true"}   # `jupyter lab` must not try to open a browser here


def run(command, cwd, timeout=900):
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=environment(),
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def clone(tmp_path_factory):
    """A copy of the repository, as a reader's clone, for commands that write into it."""
    target = tmp_path_factory.mktemp("clone") / "backprop-book"
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(
        ".git", ".venv", "_build", ".ipynb_checkpoints", "__pycache__", ".pytest_cache"))
    return target


def test_every_documented_command_is_known():
    assert set(documented_commands()) <= set(RUNNERS), \
        f"add a runner for: {set(documented_commands()) - set(RUNNERS)}"
    assert TEST_COMMAND in documented_commands()


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text()
    assert ci.rstrip().splitlines()[-1] == TEST_COMMAND


# `pip install -r requirements.txt` installs this repository in editable mode (`-e .`):
# run in a copy, it would point the test environment's `book` at the copy. So commands
# that install run here, in the repository itself (the build then writes its _build/
# here, where the README says it goes).
def pip_install(command, clone):
    result = run(command, ROOT)
    assert result.returncode == 0, result.stderr[-3000:]


def build(command, clone):
    result = run(command, ROOT, timeout=1800)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert (ROOT / "_build" / "html" / "index.html").is_file()
    assert (ROOT / "_build" / "html" / "zh" / "index.html").is_file()   # the Chinese edition
    for name in ("backprop-derived-and-run-en.pdf", "backprop-derived-and-run-zh.pdf",
                 "backprop-derived-and-run.zip"):                     # and the downloads
        assert (ROOT / "_build" / "html" / "downloads" / name).is_file(), name
    noisy = [line for line in (result.stdout + result.stderr).splitlines()
             if "WARNING" in line or "ERROR" in line]
    assert noisy == []


def grade(command, clone, tmp_path):
    (tmp_path / "submissions").mkdir()
    shutil.copy(ROOT / "exercises" / "ex01" / "ex01.ipynb", tmp_path / "submissions")
    result = run(command, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "grades.csv").read_text().startswith("file,q1,q2,q3,q4,q5,total")


def assign(command, clone):
    before = {p: p.read_bytes() for p in (clone / "exercises").rglob("*") if p.is_file()}
    result = run(command, clone)
    assert result.returncode == 0, result.stderr[-3000:]
    after = {p: p.read_bytes() for p in (clone / "exercises").rglob("*") if p.is_file()}
    assert after == before          # the committed student notebooks are up to date


def jupyter_lab(command, clone):
    config = clone.parent / "jupyter-config"     # CI runs as root, which Jupyter refuses
    config.mkdir(exist_ok=True)                  # unless told it may
    (config / "jupyter_server_config.json").write_text('{"ServerApp": {"allow_root": true}}')
    process = subprocess.Popen(["bash", "-c", f"exec {command}"], cwd=clone,
                               env={**environment(), "JUPYTER_CONFIG_DIR": str(config)},
                               stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    lines = []
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if not line:
                break
            lines.append(line)
            if "http://127.0.0.1:" in line or "http://localhost:" in line:
                break
        assert any("http://" in line for line in lines), "".join(lines)[-3000:]
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)


def i18n(command, clone):
    """The translators' commands, in a clone whose translation is complete: they report
    that, and change nothing (``python -m`` imports the clone's own ``book``)."""
    def snapshot():
        return {p: p.read_bytes() for folder in ("locales", "zh") for p in (clone / folder).rglob("*")
                if p.is_file() and "_tests" not in p.parent.name}
    before = snapshot()
    if " take " in command:
        assert run("python -m book.i18n todo chapters/05_four_equations > sheet.txt", clone).returncode == 0
    result = run(command, clone)
    assert result.returncode == 0, (result.stdout + result.stderr)[-3000:]
    assert snapshot() == before
    if " todo " in command:
        assert (clone / "sheet.txt").read_text(encoding="utf-8").startswith(
            "# document: chapters/05_four_equations")
    if command.endswith(" check"):
        assert "every unit translated and in step" in result.stdout


RUNNERS = {
    "pip install -r requirements.txt": pip_install,
    "pip install -r requirements.txt && python -m book.build": build,
    "python -m book.i18n update": i18n,
    "python -m book.i18n todo chapters/05_four_equations > sheet.txt": i18n,
    "python -m book.i18n take sheet.txt": i18n,
    "python -m book.i18n check": i18n,
    "python -m book.i18n build": i18n,
    TEST_COMMAND: None,       # what .ci/run runs (see above)
    "python -m book.grading ex01 submissions/ -o grades.csv": grade,
    "python -m book.grading.assign": assign,
    "jupyter lab chapters/": jupyter_lab,
}


@pytest.mark.parametrize("command", sorted(set(documented_commands())))
def test_documented_command_runs(command, clone, tmp_path):
    runner = RUNNERS[command]
    if runner is None:
        pytest.skip("run by .ci/run, checked above")
    if runner is grade:
        runner(command, clone, tmp_path)
    else:
        runner(command, clone)
