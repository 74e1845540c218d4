"""Export: an executed notebook to one safe, reproducible HTML page, then moved into place.

nbconvert's ``HTMLExporter(sanitize_html=True)`` renders through the kit's ``safe`` template (no ``<script>``,
no external resource, a Content-Security-Policy, no MathJax so "$5 to $10" stays literal), with the kit's
bleach allowlist (``clean_html``), without code cells unless asked and without the injected-parameters cell.
Cell ids and metadata are normalised so that two runs give byte-identical HTML. The kit's own paths (the
checkout, Python, the output folder, the corpus) are replaced only where the kit and Python write them:
tracebacks, stderr, the provenance block and the logs; what cells display (article text, tables) is never
touched, so "example.org/root/index.html" and "/tmp/files" in an article stay as written.
The page opens with the parameters the report was asked for and closes with the provenance block (added
when the notebook did not display one). Each page is audited and only then written with ``os.replace``: a
failed run never replaces a good report.
"""

from __future__ import annotations

import html
import os
import re
import sys
import tempfile
from pathlib import Path

from analysis.reports.audit import audit_html
from analysis.reports.index import Outcome
from analysis.reports.messages import escape_value
from analysis.reports.plan import Job, code_path, report_path
from analysis.reports.provenance import HTML_CLASS, KIT_DIR, closing_block
from analysis.store import write_atomic

__all__ = ["TEMPLATES", "ALLOWED_TAGS", "ALLOWED_ATTRIBUTES", "clean_html", "scrub_pairs", "scrub", "normalize",
           "parameters_cell", "has_provenance", "with_provenance", "export_html", "promote"]

TEMPLATES = KIT_DIR / "templates"
ALLOWED_TAGS = frozenset("""a abbr b blockquote br caption code col colgroup dd del details div dl dt em
    figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub
    summary sup table tbody td tfoot th thead tr u ul var""".split())
ALLOWED_ATTRIBUTES = frozenset("class id title lang dir alt width height colspan rowspan scope start span "
                               "name open".split())
PROVENANCE_HEADING = ("## Provenance\n\nThe input files with their sha256, the kit and library versions and "
                      "the parameters of this report.")
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*$")
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_INERT_BLOCKS = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_STYLER_UUID = re.compile(r"\bT_([0-9a-f]{5})(?=[_\"' ])")


def _allowed_attribute(tag: str, name: str, value: str) -> bool:
    if name == "href":
        squashed = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
        return tag == "a" and (squashed.startswith(("#", "http://", "https://", "mailto:"))
                               or not re.match(r"^[a-z][a-z0-9+.-]*:", squashed))
    if name == "src":
        return tag == "img" and bool(_DATA_IMAGE.match(value))
    return name in ALLOWED_ATTRIBUTES


def clean_html(element) -> str:
    """Sanitise HTML from notebooks (markdown, outputs) with bleach and the kit's allowlist.

    Replaces nbconvert's ``clean_html`` filter, whose allowlist escapes headings, paragraphs and table
    headers: here they are kept, while scripts, styles, event handlers, external images and script URLs
    are removed (the contents of ``script`` and ``style`` elements too, so no CSS shows as text).

    >>> clean_html('<h2 onclick="x()">Title</h2><script>alert(1)</script><a href="javascript:x">a</a>')
    '<h2>Title</h2><a>a</a>'
    """
    import bleach

    text = element.decode() if isinstance(element, bytes) else str(element)
    text = _INERT_BLOCKS.sub("", text)
    cleaned = bleach.clean(text, tags=ALLOWED_TAGS, attributes=_allowed_attribute,
                           protocols=["http", "https", "mailto", "data"], strip=True, strip_comments=True)
    return _IMAGE_WITHOUT_SOURCE.sub("", cleaned)  # an image whose source was refused would show as broken


def scrub_pairs(job: Job, *, machine: bool = False) -> list[tuple[str, str]]:
    """The kit's own absolute paths that must not reach the HTML, longest first, with their replacements.

    Args:
        job: the report's job (its output folder, working directory and corpus).
        machine: also the home and temporary folders of this machine (for logs, never for pages).

    Returns:
        ``(path, replacement)`` pairs: Python's prefix, the kit's checkout, the output folder, the working
        directory and the corpus.
    """
    pairs = {sys.prefix: "[python]", str(KIT_DIR.parent): ".", str(Path(job.out).resolve()): "[reports]",
             job.cwd: "."}
    if machine:
        pairs.update({str(Path.home()): "~", tempfile.gettempdir(): "[tmp]"})
    if "corpus" in job.params:
        corpus = Path(job.variant.notebook).parent / job.params["corpus"]
        pairs[str(corpus)] = job.shown.get("corpus", "corpus")
        pairs[os.path.normpath(corpus)] = job.shown.get("corpus", "corpus")
    return sorted(((k, v) for k, v in pairs.items() if k and len(k) > 1), key=lambda kv: -len(kv[0]))


def scrub(text: str, pairs) -> str:
    """``text`` with each ``(old, new)`` of ``pairs`` replaced, in order, where ``old`` is a whole path.

    A path is replaced only where it starts a path (not inside a URL or a longer path) and ends at a path
    boundary, so ``/root`` is not replaced in ``example.org/root`` nor in ``/rooted``.

    >>> scrub("/home/me/x.py and /home/me", [("/home/me", "~")])
    '~/x.py and ~'
    >>> scrub("example.org/home/me/x and /home/mel", [("/home/me", "~")])
    'example.org/home/me/x and /home/mel'
    """
    return _replace_paths(text, pairs)


def _replace_paths(text: str, pairs) -> str:
    for old, new in pairs:
        text = re.sub(rf"(?<![\w./~-]){re.escape(old)}(?![\w-])", lambda _match, new=new: new, text)
    return text


def normalize(nb, *, scrub: list[tuple[str, str]] = ()):
    """Deterministic notebook: fixed cell ids, no timings or run paths, stable Styler ids.

    The ``scrub`` paths are replaced in tracebacks and stderr only (what Python and the kit write); displayed
    data and printed text are the report's content and stay exactly as the kernel produced them.
    """
    nb.metadata.pop("widgets", None)
    papermill_meta = nb.metadata.get("papermill", {})
    for field in ("start_time", "end_time", "duration", "input_path", "output_path", "environment_variables"):
        papermill_meta.pop(field, None)
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index}"
        cell.metadata.pop("execution", None)
        cell.metadata.pop("collapsed", None)
        for field in ("start_time", "end_time", "duration"):
            cell.metadata.get("papermill", {}).pop(field, None)
        for number, output in enumerate(cell.get("outputs", [])):
            _normalize_output(output, f"c{index}o{number}", scrub)
    return nb


def _normalize_output(output, tag: str, pairs) -> None:
    output.get("metadata", {}).pop("execution", None)
    if output.get("output_type") == "stream":
        if output.get("name") == "stderr":
            output["text"] = scrub(output.get("text", ""), pairs)
        return
    if output.get("output_type") == "error":
        output["traceback"] = [scrub(line, pairs) for line in output.get("traceback", [])]
        return
    data = output.get("data", {})
    for mime in list(data):
        if isinstance(data[mime], str) and mime.startswith("text/"):
            value = data[mime]
            if mime == "text/html":
                uuids = list(dict.fromkeys(_STYLER_UUID.findall(value)))
                for number, uuid in enumerate(uuids):
                    value = re.sub(rf"\bT_{uuid}(?=[_\"' ])", f"T_{tag}s{number}", value)
            if mime == "text/plain":
                value = re.sub(r" at 0x[0-9a-f]+>", ">", value)
            data[mime] = value


def parameters_cell(shown: dict, *, show_code: bool) -> str:
    """Markdown (escaped HTML table) stating what the report was asked."""
    rows = "".join(f"<tr><th>{html.escape(str(k))}</th><td><code>{escape_value(v)}</code></td></tr>"
                   for k, v in shown.items())
    note = ("<p><em>The parameters cell below shows the notebook's defaults; the values above replaced "
            "them.</em></p>" if show_code else "")
    return (f'<div class="newsframe-parameters">\n<p><strong>Report parameters</strong></p>\n'
            f"<table>{rows}</table>\n{note}</div>")


def has_provenance(nb) -> bool:
    """Whether an output of the notebook displays the provenance block (``reports.provenance``)."""
    return any(f'class="{HTML_CLASS}"' in str(output.get("data", {}).get("text/html", ""))
               for cell in nb.cells if cell.cell_type == "code" for output in cell.get("outputs", []))


def with_provenance(nb, block, *, scrub: list[tuple[str, str]] = ()):
    """A copy of the notebook closed by a Provenance section showing ``block`` (output only, no code).

    Args:
        nb: an executed, normalised notebook.
        block: what to display, with ``_repr_html_`` (a ``Provenance``).
        scrub: absolute paths to replace in the block, as for ``normalize``.

    Returns:
        The copy: a markdown heading and a code cell whose input is hidden and whose output is the block,
        as the report notebooks' own closing section shows it.
    """
    import copy

    import nbformat

    nb = copy.deepcopy(nb)
    output = nbformat.v4.new_output("display_data", data={"text/html": _replace_paths(block._repr_html_(), scrub),
                                                          "text/plain": _replace_paths(repr(block), scrub)})
    _normalize_output(output, f"c{len(nb.cells) + 1}o0", ())
    nb.cells.append(nbformat.v4.new_markdown_cell(PROVENANCE_HEADING, id=f"cell-{len(nb.cells)}"))
    nb.cells.append(nbformat.v4.new_code_cell("", outputs=[output], metadata={"tags": ["remove-input"]},
                                              id=f"cell-{len(nb.cells)}"))
    return nb


def export_html(nb, *, title: str, shown: dict, show_code: bool) -> str:
    """The executed notebook as one self-contained, sanitised HTML page (kit template ``safe``)."""
    import copy

    import nbformat
    from nbconvert import HTMLExporter
    from nbconvert.preprocessors import TagRemovePreprocessor
    from traitlets.config import Config as TraitletsConfig

    nb = copy.deepcopy(nb)
    block = nbformat.v4.new_markdown_cell(parameters_cell(shown, show_code=show_code))
    first = nb.cells[0] if nb.cells else None
    at = 1 if first is not None and first.cell_type == "markdown" and first.source.lstrip().startswith("#") else 0
    nb.cells.insert(at, block)
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index}"
    nb.metadata["title"] = title
    config = TraitletsConfig()
    config.TagRemovePreprocessor.remove_cell_tags = {"injected-parameters", "remove-cell", "remove_cell"}
    config.TagRemovePreprocessor.remove_input_tags = {"remove-input", "hide-input"}
    config.TagRemovePreprocessor.enabled = True
    exporter = HTMLExporter(config=config, template_name="safe", extra_template_basedirs=[str(TEMPLATES)],
                            sanitize_html=True, embed_images=False, filters={"clean_html": clean_html},
                            exclude_input=not show_code, exclude_input_prompt=not show_code,
                            exclude_output_prompt=True)
    exporter.register_preprocessor(TagRemovePreprocessor(config=config), enabled=True)
    body, _ = exporter.from_notebook_node(nb, resources={"metadata": {"name": title}})
    return body


def promote(nb, job: Job, outcome: Outcome) -> str:
    """Export and audit the HTML (and the code variant), then move them into place; '' or the reason.

    A notebook that displayed no provenance block gets one, computed here from the job's corpus and tables.
    """
    variant = job.variant
    title = f"{_notebook_title(nb) or Path(variant.notebook).stem} ({variant.name})"
    pages = {"html": (report_path(job.out, variant.name), False)}
    if variant.show_code:
        pages["code"] = (code_path(job.out, variant.name), True)
    if not has_provenance(nb):
        nb = with_provenance(nb, _job_provenance(job), scrub=scrub_pairs(job))
    rendered = {}
    forbidden = [p for p, _ in scrub_pairs(job) if os.path.isabs(p) and len(p) > 4]
    for path, show_code in pages.values():
        text = export_html(nb, title=title, shown=job.shown, show_code=show_code)
        problems = audit_html(text, forbidden=forbidden)
        if problems:
            return f"unsafe HTML refused: {problems[0]}"
        rendered[path] = text
    for path, text in rendered.items():
        write_atomic(path, text)
    outcome.files.update({kind: path.name for kind, (path, _) in pages.items()})
    return ""


def _job_provenance(job: Job):
    """The provenance block of a job's report, with the corpus and tables as the kernel was given them."""
    folder = Path(job.variant.notebook).parent
    corpus, tables = job.params.get("corpus"), job.params.get("tables")
    return closing_block(str(folder / corpus) if corpus else None, tables=str(folder / tables) if tables else "")


def _notebook_title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, re.MULTILINE)
            if match:
                return match.group(1).strip()
    return ""
