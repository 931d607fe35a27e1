"""Sphinx extension for the site as readers get it (enabled in ``_config.yml``).

1. **MathJax served with the site**, so equations render with no network access: the
   MathJax 3 build shipped by the PyPI package ``django-static-mathjax`` (pinned in
   requirements.txt) is copied into ``_static/mathjax`` and ``mathjax_path`` points at it.
2. **No duplicated inline scripts.** Jupyter Book 1.0.4 registers sphinx-thebe's and
   sphinx-togglebutton's inline configuration twice; the second ``const THEBE_JS_URL``
   is a JavaScript error on every page. Identical scripts are kept once.
3. **A valid theme mode on a first visit.** The theme's head script sets the colour mode
   from ``localStorage`` or to the empty string, which pydata-sphinx-theme then reports
   as an error; an empty mode is set to "auto", which is what the theme falls back to.
4. **Kernels over Unix sockets.** The kernels that execute the chapters talk to the build
   over IPC instead of TCP, so ipykernel has no reason to print its warning about
   unencrypted TCP once per chapter; the kernels' own log goes to ``kernels.log`` beside
   the doctrees. A clean build prints no WARNING or ERROR line at all.
5. **Two editions.** ``course_edition`` is "en" for the English site and "zh" for the
   Chinese one (built from ``zh/`` into the English site's ``zh/`` folder by
   ``python -m book.build``). Every page of each gets a button in its header leading to
   the same page of the other. The Chinese site's search splits words with ``jieba``,
   which is given the Chinese names of the glossary (``notation.md``) as words, so that
   "反向传播" or "带权输入" is one search term.
6. **One execution for both editions.** The execution cache's key leaves out figure
   captions (MyST-NB's ``mystnb`` cell metadata), which the Chinese notebooks translate;
   so the Chinese build finds the English build's outputs.
"""

import pathlib
import shutil

MODE_FIX = 'if (!document.documentElement.dataset.mode) { document.documentElement.dataset.mode = "auto"; }'


def mathjax_es5():
    """The folder of MathJax's ready-to-serve es5 build inside the installed package."""
    import mathjax  # the module django-static-mathjax installs

    folder = pathlib.Path(mathjax.__file__).parent / "static" / "mathjax" / "es5"
    if not (folder / "tex-chtml.js").is_file():
        raise RuntimeError(f"MathJax's tex-chtml.js is missing from {folder}: "
                           "reinstall django-static-mathjax (see requirements.txt)")
    return folder


def _point_at_local_mathjax(app, config):
    config.mathjax_path = "mathjax/tex-chtml.js"    # relative to _static


TEMPLATES = pathlib.Path(__file__).parent / "templates"
SWITCH = {"en": {"label": "中文", "lang": "zh-CN", "title": "中文版：本页", "prefix": "zh/"},
          "zh": {"label": "English", "lang": "en", "title": "This page in English", "prefix": "../"}}


def _two_editions(app, config):
    if config.course_edition not in SWITCH:
        raise ValueError(f"course_edition must be one of {sorted(SWITCH)}; got {config.course_edition!r}")
    config.templates_path = list(config.templates_path) + [str(TEMPLATES)]
    options = dict(config.html_theme_options or {})
    options["article_header_end"] = ["language-switch.html", "article-header-buttons.html"]
    if config.course_edition == "zh":
        from book.i18n import glossary

        options["search_bar_text"] = "搜索本书……"
        words = pathlib.Path(app.doctreedir) / "jieba_words.txt"
        words.parent.mkdir(parents=True, exist_ok=True)
        names = sorted({name.replace(" ", "") for _, chinese, _ in glossary()
                        for name in [chinese.split("（")[0]] if len(name) > 1})
        words.write_text("".join(f"{name} 1000 n\n" for name in names), encoding="utf-8")
        config.html_search_options = {**(config.html_search_options or {}), "dict": str(words)}
    config.html_theme_options = options


def _chinese_proof_heading(app, doctree, docname):
    """sphinx-proof writes "Proof. " before a proof's first word, in English whatever the
    language; the Chinese edition reads "证明：" there."""
    if app.config.course_edition != "zh":
        return
    from docutils import nodes

    for node in doctree.findall(nodes.admonition):
        if "proof" in node["classes"]:
            for text in node.findall(nodes.Text):
                if text.astext().startswith("Proof. "):
                    text.parent.replace(text, nodes.Text("证明：" + text.astext()[len("Proof. "):]))
                break


def _language_switch(app, pagename, templatename, context, doctree):
    switch = SWITCH[app.config.course_edition]
    href = "../" * pagename.count("/") + switch["prefix"] + pagename + ".html"
    context["course_language_switch"] = {**switch, "href": href}


def _copy_mathjax(app, exception):
    if exception is None and app.builder.format == "html":
        shutil.copytree(mathjax_es5(), pathlib.Path(app.outdir) / "_static" / "mathjax",
                        dirs_exist_ok=True)


def _drop_duplicate_scripts(app, pagename, templatename, context, doctree):
    scripts = context.get("script_files")
    if not scripts:
        return
    seen, unique = set(), []
    for script in scripts:
        # the same file or inline body (an inline script's filename is None or "")
        key = (getattr(script, "filename", str(script)) or "",
               tuple(sorted((k, str(v)) for k, v in getattr(script, "attributes", {}).items())))
        if key not in seen:
            seen.add(key)
            unique.append(script)
    scripts[:] = unique


def _kernels_over_ipc(log_path=None):
    """Make the notebook executor start its kernels with IPC transport (Unix sockets in
    Jupyter's runtime folder) instead of TCP.

    nbclient takes its kernel manager class from ``jupyter_client.AsyncKernelManager``
    when it needs one, so the subclass is put there, for this build process only."""
    import uuid

    import jupyter_client
    from jupyter_core.paths import jupyter_runtime_dir
    from traitlets import default

    base = jupyter_client.AsyncKernelManager
    if getattr(base, "uses_ipc", False):
        return

    class IPCKernelManager(base):
        uses_ipc = True

        @default("transport")
        def _transport_default(self):
            return "ipc"

        async def _async_launch_kernel(self, kernel_cmd, **kw):
            # the kernel's own log (not the notebook's output, which comes over ZMQ) goes
            # to a file beside the doctrees: a shutdown race in ipykernel sometimes logs an
            # "Uncaught exception in ZMQStream callback" there, harmless but alarming
            if log_path is None or "stderr" in kw:
                return await super()._async_launch_kernel(kernel_cmd, **kw)
            with open(log_path, "ab") as log:
                return await super()._async_launch_kernel(kernel_cmd, stderr=log, **kw)

        @default("ip")
        def _ip_default(self):   # an absolute path: the kernel runs in another folder
            folder = pathlib.Path(jupyter_runtime_dir())
            folder.mkdir(parents=True, exist_ok=True)
            return str(folder / f"kernel-{uuid.uuid4().hex}-ipc")

    jupyter_client.AsyncKernelManager = IPCKernelManager


def _cache_key_without_captions():
    """jupyter-cache keys an executed notebook by its code cells and, by default, all their
    metadata — which includes MyST-NB's figure captions (``mystnb.figure.caption``), so
    the Chinese notebook, whose code is the English one's but whose captions are Chinese,
    would miss the cache and run again. Captions do not change what the code computes:
    the key leaves MyST-NB's display metadata out, for this build process only."""
    from jupyter_cache.cache.main import JupyterCacheBase

    original = JupyterCacheBase.create_hashed_notebook
    if getattr(original, "without_captions", False):
        return

    def create_hashed_notebook(self, nb, nb_metadata=("kernelspec",), cell_metadata=None):
        if cell_metadata is None:
            cell_metadata = sorted({key for cell in nb.cells for key in cell.get("metadata", {})}
                                   - {"mystnb"})
        return original(self, nb, nb_metadata=nb_metadata, cell_metadata=cell_metadata)
    create_hashed_notebook.without_captions = True
    JupyterCacheBase.create_hashed_notebook = create_hashed_notebook


def setup(app):
    mathjax_es5()                                   # fail early, with a clear message
    pathlib.Path(app.doctreedir).mkdir(parents=True, exist_ok=True)
    _kernels_over_ipc(pathlib.Path(app.doctreedir) / "kernels.log")
    _cache_key_without_captions()
    app.add_config_value("course_edition", "en", "html")
    app.connect("config-inited", _point_at_local_mathjax)
    app.connect("config-inited", _two_editions)
    app.connect("html-page-context", _language_switch)
    app.connect("doctree-resolved", _chinese_proof_heading)
    app.connect("build-finished", _copy_mathjax)
    app.connect("html-page-context", _drop_duplicate_scripts, priority=900)
    app.add_js_file(None, body=MODE_FIX, priority=0)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
