"""The student in a real JupyterLab: a chapter run from the browser, an exercise checked.

JupyterLab (pinned in requirements.txt) is started on 127.0.0.1 over a folder holding
a chapter and an exercise notebook; headless Chromium (Debian's, with every request
that is not to 127.0.0.1 blocked) opens each, runs all cells from the Run menu and
saves. The chapter must finish without an error output and with its figures rendered;
the exercise, with one answer filled in, must show the checker's verdicts on the page.
Screenshots go to the test's output folder.
"""

import json
import os
import pathlib
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
TOKEN = "course-test-token"
CHAPTERS = ["05_four_equations.ipynb", "10_saturation.ipynb"]   # its equations; figures


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lab")
    for chapter in CHAPTERS:
        shutil.copy(ROOT / "chapters" / chapter, folder / chapter)
    exercise = json.loads((ROOT / "exercises" / "ex01" / "ex01.ipynb").read_text())
    master = json.loads((ROOT / "exercises" / "ex01" / "master" / "ex01.ipynb").read_text())
    answer = next("".join(c["source"]) for c in master["cells"]
                  if "".join(c["source"]).startswith("def weight_shapes("))
    for cell in exercise["cells"]:
        if "".join(cell["source"]).startswith("def weight_shapes("):
            cell["source"] = answer                       # question 1 answered, the rest not
    (folder / "ex01.ipynb").write_text(json.dumps(exercise))
    config = tmp_path_factory.mktemp("jupyter-config")
    (config / "jupyter_server_config.json").write_text(json.dumps({"ServerApp": {
        "allow_root": True, "open_browser": False, "token": TOKEN, "ip": "127.0.0.1"}}))
    port = free_port()
    env = {**os.environ, "JUPYTER_CONFIG_DIR": str(config),
           "PATH": f"{pathlib.Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    log = open(folder.parent / "jupyterlab.log", "w")
    server = subprocess.Popen([sys.executable, "-m", "jupyterlab", f"--port={port}",
                               "--ServerApp.port_retries=0", f"--ServerApp.root_dir={folder}"],
                              env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    started = time.monotonic()
    while time.monotonic() - started < 120:
        try:
            urllib.request.urlopen(f"{base}/api/status?token={TOKEN}", timeout=2)
            break
        except OSError:
            time.sleep(0.5)
    else:
        server.kill()
        pytest.fail("JupyterLab did not start: " + (folder.parent / "jupyterlab.log").read_text()[-2000:])
    print(f"JupyterLab up in {time.monotonic() - started:.1f} s")
    yield {"base": base, "folder": folder}
    server.terminate()
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture(scope="module")
def page(lab, tmp_path_factory):
    from playwright.sync_api import sync_playwright

    assert pathlib.Path(CHROMIUM).exists(), "Chromium is required: apt-get install chromium"
    with sync_playwright() as p:
        # offline: every request that is not to this machine goes to a proxy that is not
        # there (Chromium never proxies loopback addresses); the attempts are counted
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--proxy-server=http://127.0.0.1:9"])
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        outside = []
        context.on("request", lambda r: None if r.url.startswith("http://127.0.0.1:")
                   else outside.append(r.url))
        yield context.new_page()
        browser.close()


def kernels_idle(base):
    with urllib.request.urlopen(f"{base}/api/kernels?token={TOKEN}", timeout=5) as reply:
        kernels = json.load(reply)
    return bool(kernels) and all(k["execution_state"] == "idle" for k in kernels)


def save(page):
    page.click(".lm-MenuBar-itemLabel:text-is('File')")
    page.click("li.lm-Menu-item[data-command='docmanager:save']")


def open_run_all_and_save(page, lab, name, shots):
    """Open ``name`` in JupyterLab, Run → Run All Cells, and save until the file on disk
    shows every code cell run; returns that saved notebook."""
    path = lab["folder"] / name
    start = time.monotonic()
    # a workspace of its own, reset, so that the notebook opened is the one that is run
    workspace = re.sub(r"\W", "", name)
    page.goto(f"{lab['base']}/lab/workspaces/{workspace}/tree/{name}?reset&token={TOKEN}")
    page.wait_for_selector(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-Cell", timeout=120_000)
    # this notebook's kernel, in the status bar, ready
    page.get_by_text(re.compile(r"Python 3 \(ipykernel\) \| Idle")).first.wait_for(timeout=120_000)
    opened = time.monotonic() - start
    page.click(".lm-MenuBar-itemLabel:text-is('Run')")
    page.click("li.lm-Menu-item[data-command='runmenu:run-all']")
    deadline = time.monotonic() + 300
    saved = None
    while time.monotonic() < deadline:
        time.sleep(2)
        if not kernels_idle(lab["base"]):
            continue
        save(page)
        time.sleep(1)
        saved = json.loads(path.read_text())
        if all(c["execution_count"] for c in saved["cells"] if c["cell_type"] == "code"):
            break
    ran = time.monotonic() - start - opened
    page.screenshot(path=str(shots / (name + ".png")), full_page=False)
    print(f"{name}: opened with an idle kernel in {opened:.1f} s, all cells ran and were "
          f"saved in {ran:.1f} s")
    return saved


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_chapter_runs_in_jupyterlab(lab, page, tmp_path, chapter):
    nb = open_run_all_and_save(page, lab, chapter, tmp_path)
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    errors = [o for c in code for o in c["outputs"] if o["output_type"] == "error"]
    assert errors == [], errors[:1]
    assert all(c["execution_count"] for c in code), \
        [c["source"][:60] for c in code if not c["execution_count"]]
    kinds = [kind for c in code for o in c["outputs"] for kind in o.get("data", {})]
    shown = page.evaluate("""() => ({
        figures: Array.from(document.querySelectorAll('.jp-RenderedImage img'))
                      .filter(i => i.complete && i.naturalWidth > 0).length,
        equations: document.querySelectorAll('.jp-OutputArea .jp-RenderedLatex mjx-container').length})""")
    if "image/png" in kinds:       # the figures, drawn by the run and shown on the page
        assert shown["figures"] >= 1, shown
    if "text/latex" in kinds:      # SymPy's results, typeset by MathJax on the page
        assert shown["equations"] >= 1, shown
    assert "image/png" in kinds or "text/latex" in kinds
    print(f"{chapter}: {len(code)} code cells, outputs {sorted(set(kinds))}, on the page "
          f"{shown}; screenshots in {tmp_path}")


def test_an_exercise_gives_feedback_in_jupyterlab(lab, page, tmp_path):
    nb = open_run_all_and_save(page, lab, "ex01.ipynb", tmp_path)
    checks = {}
    for cell in nb["cells"]:
        match = re.match(r'grader\.check\("(q\d)"\)', "".join(cell["source"]))
        if cell["cell_type"] == "code" and match:
            checks[match.group(1)] = json.dumps(cell["outputs"])
    passed = re.compile(r"q\d: (all \d+ public checks|the public check) passed")
    assert passed.search(checks["q1"]), checks["q1"]
    for q in ("q2", "q3", "q4", "q5"):      # blank: one sentence each, and no test code
        assert not passed.search(checks[q]) and f"{q}: " in checks[q] and ">>>" not in checks[q]
    line = page.get_by_text(passed).first
    line.wait_for(timeout=30_000)
    line.scroll_into_view_if_needed()
    page.screenshot(path=str(tmp_path / "ex01-feedback.png"))
    errors = [o for c in nb["cells"] if c["cell_type"] == "code" for o in c["outputs"]
              if o["output_type"] == "error"]
    assert errors == [], errors[:1]
