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

ROOT = pathlib.Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"


def build(output):
    """The README's build (both editions: ``python -m book.build``), warnings as errors."""
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "book.build", "--warningiserror", "--nitpick", "--keep-going",
         "--path-output", str(output)], capture_output=True, text=True, timeout=1800, cwd=ROOT)
    return result, time.perf_counter() - start


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    output = tmp_path_factory.mktemp("site")
    result, seconds = build(output)
    log = result.stdout + result.stderr
    assert result.returncode == 0, log[-5000:]
    steps = re.findall(r"book.build: (zh sources .*?); the site", log)
    print(f"cold build of both editions: {seconds:.1f} s ({steps[0] if steps else '?'})")
    return {"output": output, "html": output / "_build" / "html", "log": log, "seconds": seconds}


def toc_pages():
    """Every page of the table of contents, as paths of HTML files relative to the site."""
    from book.pdf import toc_pages as pages

    return pages(ROOT)


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
    for page in toc_pages() + ["zh/" + page for page in toc_pages()]:
        assert (html / page).is_file(), page
        assert "Traceback" not in (html / page).read_text(encoding="utf-8"), page


def test_the_chinese_edition_is_built_into_the_site(site):
    # the Chinese notebooks are not run again: they have the English code, whose outputs
    # the Chinese build finds in the shared execution cache
    executed = re.findall(r"(\S+\.ipynb): Executing notebook", site["log"])
    cached = re.findall(r"(\S+\.ipynb): Using cached notebook", site["log"])
    assert executed and not any("/zh/" in path for path in executed), executed
    assert sorted(path.replace(f"{ROOT}/zh/", "") for path in cached) == \
        sorted(path.replace(f"{ROOT}/", "") for path in executed)
    html = site["html"]
    chapter = (html / "zh" / "chapters" / "05_four_equations.html").read_text(encoding="utf-8")
    assert '<html lang="zh-CN"' in chapter
    text = re.sub(r"<[^>]+>", "", chapter)
    assert "反向传播" in text and "定理 5.1" in text and "证明：" in text and "Proof." not in text
    assert 'href="#equation-eq-bp1-quadratic"' in chapter                 # equation references
    assert 'src="../_static/mathjax/tex-chtml.js"' in chapter             # its own local MathJax
    assert (html / "zh" / "_static" / "mathjax" / "tex-chtml.js").is_file()
    notation = re.sub(r"<[^>]+>", "", (html / "zh" / "chapters" / "01_notation.html").read_text(encoding="utf-8"))
    assert "def feedforward(self, X):" in notation and "图 1.1" in notation   # literalinclude, numbering
    # the same figures: the Chinese pages embed the English build's images, byte for byte
    images = lambda page: sorted(re.findall(r'src="(?:\.\./)*_images/([^"]+\.png)"', page))  # noqa: E731
    english = (html / "chapters" / "05_four_equations.html").read_text(encoding="utf-8")
    assert images(chapter) and images(chapter) == images(english)
    for name in images(chapter):
        assert (html / "zh" / "_images" / name).read_bytes() == (html / "_images" / name).read_bytes()
    # the language switch on every page of both editions leads to the same page of the other
    for page in toc_pages():
        for edition, other in ((page, "zh/" + page), ("zh/" + page, page)):
            hrefs = re.findall(r'class="btn btn-sm course-language-switch" href="([^"]+)"',
                               (html / edition).read_text(encoding="utf-8"))
            assert len(hrefs) == 1, edition
            assert ((html / edition).parent / hrefs[0]).resolve() == (html / other).resolve(), edition


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
    chinese_shots = {"zh/intro.html", "zh/chapters/05_four_equations.html", "zh/chapters/10_saturation.html"}
    for name in toc_pages() + ["zh/" + page for page in toc_pages()]:
        page = context.new_page()
        errors = []
        page.on("pageerror", lambda e, errors=errors: errors.append(f"page error: {e}"))
        page.on("console", lambda m, errors=errors: errors.append(f"console: {m.text}")
                if m.type == "error" else None)
        page.goto(server + name, wait_until="load")
        result = page.evaluate(CHECK_PAGE)
        if not name.startswith("zh/") or name in chinese_shots:
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

    # the language switch, clicked as a reader would, in both directions
    page = context.new_page()
    page.goto(server + "chapters/05_four_equations.html", wait_until="load")
    page.click("a.course-language-switch")
    page.wait_for_load_state("load")
    assert page.url == server + "zh/chapters/05_four_equations.html"
    assert page.evaluate("document.documentElement.lang") == "zh-CN"
    page.click("a.course-language-switch")
    page.wait_for_load_state("load")
    assert page.url == server + "chapters/05_four_equations.html"
    page.close()

    def search(site, query):
        found = context.new_page()
        found.goto(server + site + "search.html?q=" + urllib.parse.quote(query), wait_until="load")
        found.wait_for_function("() => document.querySelectorAll('#search-results li').length > 0 "
                                "&& Search._pulse_status === -1", timeout=30000)   # all listed
        hits = found.eval_on_selector_all("#search-results li a", "els => els.map(e => e.getAttribute('href'))")
        found.screenshot(path=str(shots / f"search-{site.strip('/') or 'en'}-{len(hits)}.png"))
        found.close()
        return hits
    hits = search("", "Hadamard")
    zh_hits = {query: search("zh/", query) for query in ("反向传播", "带权输入", "Hadamard")}
    context.close()
    pages = 2 * len(toc_pages())
    print(f"{pages} pages (both editions), {typeset} math elements typeset; search found {len(hits)} "
          f"pages for 'Hadamard' (English), " + ", ".join(f"{len(v)} for {k!r}" for k, v in zh_hits.items())
          + f" (Chinese); {len(set(blocked))} non-local requests blocked; screenshots in {shots}")
    distinct = sorted({p.split(": ", 1)[1] for p in problems})
    assert not problems, distinct[:20]
    assert typeset > 600 and hits
    chapters = {h.split("?")[0].split("#")[0] for h in zh_hits["反向传播"] if "chapters/" in h}
    assert len(chapters) >= 8, zh_hits["反向传播"]
    assert all(zh_hits.values()), zh_hits


# ------------------------------------------------------------------ the PDFs and the archive
def _pdf_pages_text(path):
    """The text of each page (poppler's pdftotext, layout kept)."""
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def _ink(png):
    """The fraction of a rendered page's pixels that are not white."""
    from PIL import Image

    image = Image.open(png).convert("L")
    histogram = image.histogram()
    return 1 - sum(histogram[240:]) / sum(histogram)


def _outline(reader):
    """[(title, [child titles])] of the PDF's bookmarks."""
    tree, items = [], list(reader.outline)
    for i, item in enumerate(items):
        if isinstance(item, list):
            continue
        children = items[i + 1] if i + 1 < len(items) and isinstance(items[i + 1], list) else []
        tree.append((item.title, [c.title for c in children if not isinstance(c, list)]))
    return tree


@pytest.mark.parametrize("edition", ["en", "zh"])
def test_each_edition_has_a_pdf_with_every_chapter_typeset(site, edition):
    from bs4 import BeautifulSoup
    from pypdf import PdfReader

    from book import pdf

    assert shutil.which("pdftoppm"), "poppler-utils is required: apt-get install poppler-utils"
    spec = pdf.EDITIONS[edition]
    path = site["html"] / "downloads" / spec["file"]
    reader = PdfReader(path)
    pages = _pdf_pages_text(path)
    flat = " ".join(" ".join(pages).split())
    folder = site["html"] / spec["folder"]

    # every chapter title, BP1-BP4, and (Chinese) 反向传播, as text of the PDF
    expected, tex_in_code = [], 0
    for page in toc_pages():
        soup = BeautifulSoup((folder / page).read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.bd-article")
        expected.append((pdf.heading_text(article.find("h1")),
                         [pdf.heading_text(h) for h in article.find_all("h2")]))
        tex_in_code += sum(pre.get_text().count("\\frac") for pre in article.find_all("pre"))
    missing = [title for title, _ in expected if title not in flat]
    assert not missing, missing
    assert all(name in flat for name in ("BP1", "BP2", "BP3", "BP4"))
    if edition == "zh":
        assert flat.count("反向传播") > 100
    # no raw TeX: every equation was typeset (code cells may spell TeX out)
    assert "$$" not in flat and "\\(" not in flat and "\\[" not in flat
    assert flat.count("\\frac") <= tex_in_code

    # one bookmark per page of the book (chapters, front and back matter), one per section
    outline = _outline(reader)
    assert outline[0][0] == spec["contents"]
    assert outline[1:] == expected, [t for t, _ in outline[1:]]

    # three pages rendered: the title page, a theorem with its equations, a figure
    theorem = "定理 5.1" if edition == "zh" else "Theorem 5.1"
    number_of = lambda needle: next(i for i, text in enumerate(pages) if needle in text) + 1  # noqa: E731
    equations = number_of(theorem)
    figure = next(i + 1 for i in range(equations - 1, len(reader.pages)) if reader.pages[i].images)
    shots = site["output"] / "pdf-pages"
    shots.mkdir(exist_ok=True)
    inks = {}
    for name, number in (("title", 1), ("equations", equations), ("figure", figure)):
        stem = shots / f"{edition}-{name}-page{number}"
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                        str(path), str(stem)], check=True)
        inks[name] = _ink(f"{stem}.png")
    math_glyphs = sum(pages[equations - 1].count(c) for c in "δσ∂∇⊙")
    assert math_glyphs >= 5, pages[equations - 1][:500]        # typeset, not TeX
    assert inks["equations"] > 0.02 and inks["figure"] > 0.03, inks
    images = sum(len(p.images) for p in reader.pages)
    figures = sum((folder / page).read_text(encoding="utf-8").count('src="../_images/') for page in toc_pages())
    assert images >= figures > 20, (images, figures)

    # code copied out of the PDF keeps its indentation (the spaces are characters of the PDF)
    code = next(p.extract_text() for p in reader.pages if "def feedforward(self, X):" in p.extract_text())
    lines = code[code.index("def feedforward(self, X):"):].splitlines()
    assert lines[1].startswith(" " * 8) and lines[4].startswith(" " * 12 + "a = self._sigma(l)"), lines[:6]
    print(f"{spec['file']}: {len(reader.pages)} pages, {path.stat().st_size / 1e6:.1f} MB, {images} images, "
          f"{len(outline)} top-level bookmarks; pages {equations} and {figure} rendered into {shots}")


def test_the_course_in_one_archive_opens_offline(site, browser, tmp_path):
    import zipfile

    from book import offline

    path = site["html"] / "downloads" / offline.ARCHIVE
    with zipfile.ZipFile(path) as z:
        z.extractall(tmp_path)
    course = tmp_path / offline.NAME
    for name in ("OFFLINE.md", "requirements.txt", "pyproject.toml", "book/network.py",
                 "chapters/05_four_equations.ipynb", "zh/chapters/05_four_equations.ipynb",
                 "exercises/ex05/ex05.ipynb", "zh/exercises/ex05/ex05.ipynb",
                 "site/index.html", "site/zh/index.html",
                 "site/downloads/backprop-derived-and-run-en.pdf",
                 "site/downloads/backprop-derived-and-run-zh.pdf"):
        assert (course / name).is_file(), name
    assert not list(course.rglob("master")), "the archive must not hold the exercise masters"
    assert not (course / "site" / "downloads" / offline.ARCHIVE).exists()
    # opened as OFFLINE.md says: site/index.html from the disk, with the network blocked
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    context.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                  else route.abort())
    problems = []
    for name in ("index.html", "chapters/05_four_equations.html", "zh/chapters/05_four_equations.html"):
        page = context.new_page()
        page.on("pageerror", lambda e: problems.append(f"{name}: {e}"))
        page.goto((course / "site" / name).as_uri(), wait_until="load")
        if name == "index.html":                   # Jupyter Book's index redirects to the intro
            page.wait_for_url("**/intro.html")
            page.wait_for_load_state("load")
        result = page.evaluate(CHECK_PAGE)
        assert result["maths"] and not result["untypeset"] and not result["brokenImages"], (name, result)
        page.close()
    context.close()
    assert not problems, problems
    print(f"{offline.ARCHIVE}: {path.stat().st_size / 1e6:.1f} MB, "
          f"{sum(1 for p in course.rglob('*') if p.is_file())} files")
