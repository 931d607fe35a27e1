"""The site as readers get it: built with warnings as errors, links resolving, and rendered
offline in a real browser (headless Chromium) with every non-local request blocked."""

import html.parser
import http.server
import pathlib
import re
import shutil
import subprocess
import sys
import threading
import time
import urllib.parse

import pytest
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def build(output):
    jupyter_book = shutil.which("jupyter-book") or str(pathlib.Path(sys.executable).parent / "jupyter-book")
    start = time.perf_counter()
    result = subprocess.run(
        [jupyter_book, "build", "--warningiserror", "--nitpick", "--keep-going",
         "--path-output", str(output), str(ROOT)], capture_output=True, text=True, timeout=1800)
    return result, time.perf_counter() - start


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("site")
    result, seconds = build(output)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-5000:]
    print(f"cold build: {seconds:.1f} s")
    return {"output": output, "html": output / "_build" / "html", "log": log, "seconds": seconds}


def toc_pages():
    """Every page of the table of contents, as paths of HTML files relative to the site."""
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text())
    pages = [toc["root"]]

    def walk(entries):
        for entry in entries:
            pages.append(entry["file"])
            walk(entry.get("sections", []))
    for part in toc["parts"]:
        walk(part["chapters"])
    return [p + ".html" for p in pages]


def test_book_builds_without_warnings(site):
    assert "build succeeded" in site["log"]
    noisy = [line for line in site["log"].splitlines() if "WARNING" in line or "ERROR" in line]
    assert noisy == [], noisy          # kernels' log lines included
    html = site["html"]
    chapter = (html / "chapters" / "01_notation.html").read_text(encoding="utf-8")
    assert 'href="#equation-eq-neuron"' in chapter          # equation references resolved
    assert "Fig. 1.1" in chapter                             # the figure is numbered
    text = re.sub(r"<[^>]+>", "", chapter)
    assert "def feedforward(self, X):" in text               # literalinclude found the code
    assert 'src="../_static/mathjax/tex-chtml.js"' in chapter  # MathJax served with the site
    assert chapter.count("const THEBE_JS_URL") <= 1                # no duplicated inline scripts
    assert (html / "_static" / "mathjax" / "tex-chtml.js").is_file()
    exercise = (html / "exercises" / "ex01" / "ex01.html").read_text(encoding="utf-8")
    assert "grader.check" in re.sub(r"<[^>]+>", "", exercise)    # the student notebook is shown
    assert "results:" not in exercise                            # but not executed
    for page in toc_pages():
        assert (html / page).is_file(), page
        assert "Traceback" not in (html / page).read_text(encoding="utf-8"), page


def test_a_rebuild_reuses_the_execution_cache(site):
    result, seconds = build(site["output"])
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-3000:]
    executed = re.findall(r"Executing notebook", log)
    print(f"cold build {site['seconds']:.1f} s, rebuild with no changes {seconds:.1f} s, "
          f"notebooks re-executed: {len(executed)}")
    assert not executed


class _Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.hrefs.append(attrs["href"])
        for key in ("id", "name"):
            if attrs.get(key):
                self.ids.add(attrs[key])


def test_every_internal_link_and_anchor_resolves(site):
    html = site["html"]
    parsed = {}

    def page(path):
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            parsed[path] = parser
        return parsed[path]

    broken, external = [], set()
    files = [p for p in html.rglob("*.html") if "_static" not in p.parts]
    for source in files:
        for href in page(source).hrefs:
            parts = urllib.parse.urlsplit(href)
            if parts.scheme in ("http", "https", "mailto"):
                external.add(href)
                continue
            if parts.scheme or href.startswith("javascript:"):
                continue
            target = source if not parts.path else (source.parent / urllib.parse.unquote(parts.path)).resolve()
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{source.relative_to(html)} -> {href}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in page(target).ids:
                broken.append(f"{source.relative_to(html)} -> {href} (no such anchor)")
    report = site["output"] / "external-links.txt"
    report.write_text("\n".join(sorted(external)) + "\n")
    print(f"{len(files)} pages checked; {len(external)} external links listed in {report}, not fetched")
    assert not broken, broken[:20]


# ------------------------------------------------------------------ the browser
@pytest.fixture(scope="module")
def server(site):
    handler = lambda *args, **kwargs: http.server.SimpleHTTPRequestHandler(  # noqa: E731
        *args, directory=str(site["html"]), **kwargs)
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *a: None
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    assert pathlib.Path(CHROMIUM).exists(), "Chromium is required: apt-get install chromium"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


CHECK_PAGE = """async () => {
  if (window.MathJax && MathJax.startup && MathJax.startup.promise) { await MathJax.startup.promise; }
  for (const img of document.images) { img.loading = 'eager'; }
  await Promise.all(Array.from(document.images).map(img => img.complete ? null :
      new Promise(resolve => { img.onload = img.onerror = resolve; })));
  const maths = Array.from(document.querySelectorAll('.math'));
  const untypeset = maths.filter(m => !m.querySelector('mjx-container')).map(m => m.textContent.slice(0, 80));
  const article = (document.querySelector('article') || document.body).cloneNode(true);
  article.querySelectorAll('pre, code, .highlight, mjx-container, script, style').forEach(e => e.remove());
  const text = article.textContent;
  return {
    maths: maths.length,
    untypeset: untypeset,
    rawTex: ['$$', '\\\\(', '\\\\['].filter(d => text.includes(d)),
    images: document.images.length,
    brokenImages: Array.from(document.images).filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.src),
    ids: Array.from(document.querySelectorAll('[id]')).map(e => e.id),
  };
}"""


def test_every_page_renders_offline_in_chromium(site, server, browser):
    shots = site["output"] / "screenshots"
    shots.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    blocked = []

    def only_local(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()
    context.route("**/*", only_local)
    problems, typeset = [], 0
    for name in toc_pages():
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e, errors=errors: errors.append(f"page error: {e}"))
        page.on("console", lambda m, errors=errors: errors.append(f"console: {m.text}")
                if m.type == "error" else None)
        page.goto(server + name, wait_until="load")
        result = page.evaluate(CHECK_PAGE)
        page.screenshot(path=str(shots / (name.replace("/", "_") + ".png")), full_page=True)
        typeset += result["maths"]
        for kind in ("untypeset", "rawTex", "brokenImages"):
            if result[kind]:
                problems.append(f"{name}: {kind} {result[kind][:3]}")
        problems += [f"{name}: {e}" for e in errors]
        if name == "chapters/05_four_equations.html":
            assert {"thm-bp1", "thm-bp2", "thm-bp3", "thm-bp4"} <= set(result["ids"])
        if name == "chapters/07_algorithm.html":
            links = page.eval_on_selector_all("a[href*='#thm-bp']", "els => els.map(e => e.getAttribute('href'))")
            assert {h.split("#")[1] for h in links} == {"thm-bp1", "thm-bp2", "thm-bp3", "thm-bp4"}
        page.close()

    search = context.new_page()
    search.goto(server + "search.html?q=Hadamard", wait_until="load")
    search.wait_for_selector("#search-results li", timeout=30000)
    hits = search.eval_on_selector_all("#search-results li a", "els => els.map(e => e.textContent)")
    search.screenshot(path=str(shots / "search.png"))
    context.close()
    print(f"{len(toc_pages())} pages, {typeset} math elements typeset, search found {len(hits)} pages "
          f"for 'Hadamard'; {len(set(blocked))} non-local requests blocked; screenshots in {shots}")
    distinct = sorted({p.split(": ", 1)[1] for p in problems})
    assert not problems, distinct[:20]
    assert typeset > 300 and hits
