"""A PDF of each edition: the built site's pages, printed by headless Chromium into one book.

    python -m book.pdf _build/html            # both editions, into _build/html/downloads/
    python -m book.pdf _build/html --edition zh

Why this route: the site is already what readers see, typeset offline with the local
MathJax, with the figures of the run, code cells with their outputs, the theorem boxes and
the references; the tests already drive the Chromium from Debian that prints it. Jupyter
Book's ``pdfhtml`` builder does the same through pyppeteer, which is unmaintained and
downloads a browser of its own (impossible offline); its LaTeX builder needs a TeX
installation of several GB and CJK packages, and renders the notebooks' HTML outputs
and MyST directives less faithfully than the site itself.

How: every page of the table of contents is cut out of its HTML file (its ``<article>``)
and put, in order, into one HTML document at the site's root, with ids made unique per
page and links between pages turned into links inside the document. Chromium prints it
once (page numbers in the footer, one PDF bookmark per heading: each chapter and its
sections), the page of every chapter and section is read back from the bookmarks, and a
title page and a table of contents with those page numbers are printed and put in front.
"""

import argparse
import pathlib
import posixpath
import re
import sys
import tempfile
import time
import urllib.parse

import yaml

ROOT = pathlib.Path(__file__).resolve().parents[1]
EDITIONS = {
    "en": {"folder": "", "lang": "en", "contents": "Contents", "edition": "English edition",
           "file": "backprop-derived-and-run-en.pdf"},
    "zh": {"folder": "zh", "lang": "zh-CN", "contents": "目录", "edition": "中文版",
           "file": "backprop-derived-and-run-zh.pdf"},
}
PRINT_CSS = """
@page { size: A4; margin: 16mm 15mm 18mm 15mm; }
@media screen { .pdf-book { width: 180mm; } }   /* the printed text width, to measure in */
html, body { background: white !important; }
body { font-size: 10.5pt; font-family: system-ui, -apple-system, "Segoe UI", "Helvetica Neue",
       Arial, "Noto Sans", "Liberation Sans", "Noto Sans CJK SC", sans-serif; }
.pdf-book { max-width: none; padding: 0; margin: 0; }
.pdf-page { break-before: page; }
.pdf-page:first-child { break-before: auto; }
.headerlink, .copybtn, .toggle-details__summary .fa-chevron-down, .prev-next-area,
.course-language-switch, .dropdown-download-buttons, .sd-tab-set > label { display: none !important; }
details > summary { list-style: none; }
.pdf-folded { font-size: 9pt; font-style: italic; color: #555; margin: 0.3em 0 0.6em; }
pre { white-space: pre; }
.pst-scrollable-table-container, mjx-container[display] { overflow: visible !important; }
figure, img, .math { break-inside: avoid; }
div.highlight, .cell_output { break-inside: auto !important; }
figure img { max-height: 165mm; width: auto !important; }
figcaption, figcaption p { font-weight: 400 !important; color: #333 !important; }
h1, h2, h3 { break-after: avoid; }
img { max-width: 100% !important; height: auto; }
a { color: inherit; text-decoration: none; }
"""
# Wide things (a long display equation, a table of many columns, a long code line) scroll on
# the web but would be cut off in print: each is set in a smaller size until it fits the
# printed width (not below half); code that still does not fit wraps.
FIT = """() => {
  const overflows = el => el.scrollWidth > el.clientWidth + 1;
  const fit = (el, target, floor) => {
    for (let size = 95; overflows(el) && size >= floor; size -= 5) { target.style.fontSize = size + '%'; }
    return !overflows(el);
  };
  let shrunk = 0; const left = [];
  for (const el of document.querySelectorAll('mjx-container[display], .pst-scrollable-table-container, pre')) {
    if (!overflows(el)) continue;
    shrunk += 1;
    const target = el.matches('.pst-scrollable-table-container') ? el.querySelector('table') || el : el;
    if (fit(el, target, 50)) continue;
    if (el.matches('pre')) { el.style.whiteSpace = 'pre-wrap'; continue; }
    left.push(el.textContent.slice(0, 80));
  }
  return {shrunk: shrunk, left: left};
}"""
FOLDED = {"en": "(a code cell folded on the web page: it is in the notebook)",
          "zh": "（此处的代码单元格在网页上是折叠的，可在笔记本中查看）"}
FRONT_CSS = """
@page { size: A4; margin: 25mm 22mm; }
body { font-family: var(--pst-font-family-base, sans-serif); }
.title-page { height: 230mm; display: flex; flex-direction: column; justify-content: center;
              text-align: center; break-after: page; }
.title-page h1 { font-size: 30pt; margin-bottom: 8mm; }
.title-page p { font-size: 13pt; color: #444; }
.title-page p.url { font-size: 10pt; margin-top: 20mm; }
.contents h2 { font-size: 20pt; margin-bottom: 6mm; }
.contents ol { list-style: none; padding: 0; margin: 0; }
.contents li { display: flex; align-items: baseline; margin: 1.2mm 0; }
.contents li.chapter { font-weight: 600; margin-top: 3mm; }
.contents li.section { padding-left: 8mm; font-size: 10pt; }
.contents .title { flex: 0 1 auto; }
.contents .dots { flex: 1 1 auto; border-bottom: 1px dotted #999; margin: 0 2mm; }
.contents .page { flex: 0 0 auto; }
"""
FOOTER = ('<div style="font-size:8pt;width:100%;text-align:center;color:#555;">'
          '<span class="pageNumber"></span></div>')


def toc_pages(root=ROOT):
    """The site's pages in the order of ``_toc.yml``, as paths like 'chapters/01_notation.html'."""
    from book.i18n import toc_pages as pages

    return [page + ".html" for page in pages(root)]


def _slug(page):
    return page[:-len(".html")].replace("/", "--")


TEX = {r"\delta": "δ", r"\sigma": "σ", r"\odot": "⊙", r"\nabla": "∇", r"\partial": "∂",
       r"\eta": "η", r"\Sigma": "Σ", r"\mathsf": "", r"\,": " ", r"\cdot": "·", r"\prime": "′"}


def heading_text(heading):
    """A heading's text for a PDF bookmark: no "#" link, inline TeX made plain."""
    text = "".join(str(s) for s in heading.find_all(string=True)
                   if not s.find_parent(class_="headerlink"))

    def plain(m):
        tex = m.group(1)
        for command, char in TEX.items():
            tex = tex.replace(command, char)
        return re.sub(r"[{}\\]", "", tex)
    text = re.sub(r"\\\((.*?)\\\)", plain, text)
    return " ".join(text.split())


def combined_html(site, pages, lang):
    """One HTML document at the site's root holding the article of every page, in order,
    and its headings ``[(level, text)]`` in document order."""
    from bs4 import BeautifulSoup

    known = set(pages)
    first = BeautifulSoup((site / pages[0]).read_text(encoding="utf-8"), "html.parser")
    head = ['<meta charset="utf-8">']
    for link in first.select('link[rel="stylesheet"]'):
        head.append(f'<link rel="stylesheet" href="{_from_root(pages[0], link["href"])}">')
    for script in first.find_all("script"):
        source = script.get("src", "")
        if "mathjax" in source.lower():
            head.append(f'<script defer src="{_from_root(pages[0], source)}"></script>')
        elif not source and "MathJax" in script.text:
            head.append(f"<script>{script.text}</script>")
    head.append(f"<style>{PRINT_CSS}</style>")
    body, headings = [], []
    for page in pages:
        soup = BeautifulSoup((site / page).read_text(encoding="utf-8"), "html.parser")
        article = soup.select_one("article.bd-article")
        if article is None:
            raise ValueError(f"{page}: expected an <article class='bd-article'> in the built page")
        slug = _slug(page)
        for element in article.find_all(id=True):
            element["id"] = f"{slug}--{element['id']}"
        for link in article.find_all("a", href=True):
            href = _link(page, link["href"], known)
            if href is None:
                link.unwrap()               # a file of the site (a download): no use in print
            else:
                link["href"] = href
        for element in article.find_all(src=True):
            element["src"] = _from_root(page, element["src"])
        for details in article.find_all("details"):
            if "above-input" in details.get("class", []):   # a folded code cell: its output only
                note = soup.new_tag("p", attrs={"class": "pdf-folded"})
                note.string = FOLDED["zh" if lang.startswith("zh") else "en"]
                details.replace_with(note)
            else:
                details["open"] = ""
        headings += [(int(h.name[1]), heading_text(h))
                     for h in article.find_all(re.compile(r"^h[1-6]$"))]
        body.append(f'<section class="pdf-page" id="{slug}">{article.decode_contents()}</section>')
    return (f'<!DOCTYPE html><html lang="{lang}" data-theme="light" data-mode="light"><head>'
            + "\n".join(head) + '</head><body><div class="bd-article-container pdf-book">'
            '<article class="bd-article">' + "\n".join(body) + "</article></div></body></html>"), headings


def _from_root(page, url):
    """A URL relative to ``page`` made relative to the site's root."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme or url.startswith(("/", "#", "data:")):
        return url
    path = posixpath.normpath(posixpath.join(posixpath.dirname(page), parts.path))
    return urllib.parse.urlunsplit(("", "", path, parts.query, parts.fragment))


def _link(page, href, known):
    """A link of ``page`` in the one document: to a page of the book, an anchor in it; to the
    web, unchanged; to any other file of the site (a download, a source), None."""
    parts = urllib.parse.urlsplit(href)
    if parts.scheme or href.startswith("mailto:"):
        return href
    if not parts.path:
        return f"#{_slug(page)}--{parts.fragment}" if parts.fragment else "#" + _slug(page)
    target = posixpath.normpath(posixpath.join(posixpath.dirname(page), urllib.parse.unquote(parts.path)))
    if target in known:
        return f"#{_slug(target)}--{parts.fragment}" if parts.fragment else "#" + _slug(target)
    return None


def _typeset_and_print(browser, url, path, footer):
    page = browser.new_page()
    try:
        page.goto(url, wait_until="load")
        page.evaluate("""async () => {
            if (window.MathJax && MathJax.startup && MathJax.startup.promise) { await MathJax.startup.promise; }
            for (const img of document.images) { img.loading = 'eager'; }
            await Promise.all(Array.from(document.images).map(img => img.complete ? null :
                new Promise(resolve => { img.onload = img.onerror = resolve; })));
            await document.fonts.ready;
        }""")
        fitted = page.evaluate(FIT)
        if fitted["left"]:
            raise ValueError(f"{len(fitted['left'])} equations or tables are too wide for the "
                             f"page even at half size: {fitted['left'][:3]}")
        page.pdf(path=str(path), print_background=True, prefer_css_page_size=True,
                 display_header_footer=footer, header_template="<span></span>",
                 footer_template=FOOTER if footer else "<span></span>",
                 outline=True, tagged=True)
    finally:
        page.close()
    return fitted["shrunk"]


def _pages_of_headings(reader, headings):
    """The page index of each heading, from the bookmarks Chromium made (one per heading, in
    document order; their titles are Chromium's, sometimes doubled, so ours are kept)."""
    pages = []

    def walk(items):
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                pages.append(reader.get_destination_page_number(item))
    walk(reader.outline)
    if len(pages) != len(headings):
        raise ValueError(f"Chromium made {len(pages)} bookmarks for {len(headings)} headings")
    return [(level, text, page) for (level, text), page in zip(headings, pages)]


def front_matter(title, author, edition, url, contents):
    """The title page and the table of contents (chapters and their sections, with pages)."""
    import html

    rows = []
    for level, text, page in contents:
        kind = "chapter" if level == 1 else "section"
        rows.append(f'<li class="{kind}"><span class="title">{html.escape(text)}</span>'
                    f'<span class="dots"></span><span class="page">{page}</span></li>')
    return rows, (f'<div class="title-page"><h1>{html.escape(title)}</h1>'
                  f'<p>{html.escape(edition)}</p><p>{html.escape(author)}</p>'
                  f'<p class="url">{html.escape(url)}</p></div>')


def build_pdf(site, edition, output, root=ROOT):
    """Print one edition of the built site (``site`` is the English site's html folder)."""
    from playwright.sync_api import sync_playwright
    from pypdf import PdfReader, PdfWriter

    if edition not in EDITIONS:
        raise ValueError(f"edition must be one of {sorted(EDITIONS)}; got {edition!r}")
    spec = EDITIONS[edition]
    folder = pathlib.Path(site) / spec["folder"]
    pages = toc_pages(root)
    missing = [p for p in pages if not (folder / p).is_file()]
    if missing:
        raise ValueError(f"{folder}: the built site lacks {missing[:5]}; build it first "
                         "(python -m book.build)")
    config = yaml.safe_load(((root / "zh") if edition == "zh" else root).joinpath("_config.yml")
                            .read_text(encoding="utf-8"))
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(dir=folder) as scratch, sync_playwright() as p:
        scratch = pathlib.Path(scratch)
        book = folder / f"_pdf-{edition}.html"
        document, headings = combined_html(folder, pages, spec["lang"])
        book.write_text(document, encoding="utf-8")
        browser = p.chromium.launch(executable_path=_chromium(), args=[
            "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        try:
            shrunk = _typeset_and_print(browser, book.resolve().as_uri(), scratch / "body.pdf", footer=True)
            body = PdfReader(scratch / "body.pdf")
            placed = [(level, text, page) for level, text, page in _pages_of_headings(body, headings)
                      if level <= 2]
            contents = [(level, text, page + 1) for level, text, page in placed]
            rows, title_page = front_matter(config["title"], config["author"], spec["edition"],
                                            config["repository"]["url"], contents)
            front = folder / f"_pdf-{edition}-front.html"
            first = book.read_text(encoding="utf-8")
            links = "".join(re.findall(r'<link rel="stylesheet"[^>]*>', first))
            front.write_text(
                f'<!DOCTYPE html><html lang="{spec["lang"]}" data-theme="light"><head><meta charset="utf-8">'
                f'{links}<style>{FRONT_CSS}</style></head><body>{title_page}'
                f'<div class="contents"><h2>{spec["contents"]}</h2><ol>{"".join(rows)}</ol></div>'
                "</body></html>", encoding="utf-8")
            _typeset_and_print(browser, front.resolve().as_uri(), scratch / "front.pdf", footer=False)
        finally:
            browser.close()
            book.unlink(missing_ok=True)
            (folder / f"_pdf-{edition}-front.html").unlink(missing_ok=True)
        writer = PdfWriter()
        writer.append(scratch / "front.pdf", import_outline=False)
        offset = len(writer.pages)
        writer.append(scratch / "body.pdf", import_outline=False)
        writer.add_outline_item(title=spec["contents"], page_number=1)
        chapter = None
        for level, text, page in placed:        # one bookmark per chapter and per section
            item = writer.add_outline_item(title=text, page_number=offset + page,
                                          parent=None if level == 1 else chapter)
            if level == 1:
                chapter = item
        writer.add_metadata({"/Title": config["title"], "/Author": config["author"]})
        # the viewer's page numbers are the printed ones: i, ii… in front, then 1, 2…
        writer.set_page_label(0, offset - 1, style="/r")
        writer.set_page_label(offset, len(writer.pages) - 1, style="/D", start=1)
        writer.page_mode = "/UseOutlines"
        output = pathlib.Path(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        with open(output, "wb") as f:
            writer.write(f)
    return {"pages": len(PdfReader(output).pages), "bytes": output.stat().st_size,
            "seconds": time.perf_counter() - start, "shrunk": shrunk}


def _chromium():
    import shutil

    found = shutil.which("chromium") or "/usr/bin/chromium"
    if not pathlib.Path(found).exists():
        raise ValueError("printing the PDF needs Chromium: apt-get install chromium")
    return found


def main(argv=None):
    parser = argparse.ArgumentParser(prog="python -m book.pdf", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", help="the built site, e.g. _build/html")
    parser.add_argument("--edition", choices=sorted(EDITIONS), action="append")
    parser.add_argument("-o", "--output", help="folder for the PDFs (default SITE/downloads)")
    args = parser.parse_args(argv)
    site = pathlib.Path(args.site)
    out = pathlib.Path(args.output) if args.output else site / "downloads"
    for edition in args.edition or sorted(EDITIONS):
        try:
            made = build_pdf(site, edition, out / EDITIONS[edition]["file"])
        except ValueError as error:
            print(f"book.pdf: {error}", file=sys.stderr)
            return 1
        print(f"book.pdf: {out / EDITIONS[edition]['file']}: {made['pages']} pages, "
              f"{made['bytes'] / 1e6:.1f} MB, {made['seconds']:.1f} s, {made['shrunk']} wide "
              "equations, tables or code blocks set smaller to fit")
    return 0


if __name__ == "__main__":
    sys.exit(main())
