"""Checks on what a report run produced: the executed notebook is complete, the exported HTML is safe.

``check_complete`` catches what papermill lets pass (cells that never ran, error outputs, Python tracebacks
printed to stderr, a status other than completed). It judges by the kernel's own error messages, never by
what a table or figure shows: an article quoting "Traceback (most recent call last)" is data, not a failure.
``audit_html`` refuses a page with a script, an ``on*`` attribute, a script URL, an external resource or an
absolute path of the kit's own folders; a page is moved into place only when its audit is empty.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from analysis.reports.messages import one_line

__all__ = ["check_complete", "audit_html"]

# A Python traceback as the interpreter prints it: the header line, then an indented frame on the next line.
_TRACEBACK = re.compile(r"^Traceback \(most recent call last\):[ \t]*\r?\n[ \t]+\S", re.MULTILINE)
_LIVE_TAGS = ("script", "iframe", "object", "embed", "base", "form")
_URL_ATTRIBUTES = ("href", "src", "action", "formaction", "xlink:href", "srcset", "data")


def check_complete(nb) -> str:
    """Why an executed notebook is incomplete, or '' when every code cell ran cleanly.

    Catches what papermill lets pass: cells that never ran (``sys.exit``, a dead or missing kernel),
    error outputs, Python tracebacks printed to stderr (a caught exception logged with ``print_exc``), and a
    status other than completed. What cells display (tables, figures, printed text) is data and is never read
    as an error. Code cells are numbered as in the notebook (the injected parameters cell is not counted).
    """
    status = nb.metadata.get("papermill", {}).get("status") if "papermill" in nb.metadata else None
    number = 0
    for cell in nb.cells:
        if cell.cell_type != "code" or "injected-parameters" in cell.metadata.get("tags", []):
            continue
        number += 1
        if not cell.source.strip():
            continue
        reason = _cell_problem(cell)
        if reason:
            return f"code cell {number} ({_first_line(cell.source)}) {reason}"
    if status not in (None, "completed"):
        return f"papermill status is {status}"
    return ""


def _cell_problem(cell) -> str:
    """What went wrong in one code cell (said after its number), or ''."""
    for output in cell.get("outputs", []):
        if output.get("output_type") == "error":
            if output.get("ename") == "SystemExit":
                return "called sys.exit: the rest of the notebook did not run"
            return f"raised {output.get('ename')}: {one_line(output.get('evalue'))}"
        text = _stderr_text(output)
        if _TRACEBACK.search(text):
            return f"printed an error to stderr: {one_line(_error_line(text))}"
    if cell.get("execution_count") is None:
        return "did not run: the notebook stopped early"
    cell_status = cell.metadata.get("papermill", {}).get("status")
    if cell_status not in (None, "completed"):
        return f"ended as {cell_status}"
    return ""


def _first_line(source: str) -> str:
    line = next((s.strip() for s in source.splitlines() if s.strip() and not s.strip().startswith("#")), "")
    return line if len(line) <= 50 else line[:47] + "..."


def _stderr_text(output) -> str:
    """The text a cell wrote to stderr ('' for every other output: displayed data is never an error)."""
    if output.get("output_type") == "stream" and output.get("name") == "stderr":
        text = output.get("text", "")
        return "".join(text) if isinstance(text, list) else str(text)
    return ""


def _error_line(text: str) -> str:
    lines = [s.strip() for s in text.splitlines() if s.strip()]
    errors = [s for s in lines if re.match(r"^\w*(Error|Exception)\b", s)]
    return (errors or lines or ["error"])[-1]


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _LIVE_TAGS:
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            value = (value or "").strip()
            squashed = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
            if name.lower().startswith("on"):
                self.problems.append(f"event handler attribute {name} on <{tag}>")
            elif name.lower() in _URL_ATTRIBUTES:
                if squashed.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.problems.append(f"script URL in {name} of <{tag}>")
                elif tag != "a" and re.match(r"^(https?:)?//", squashed):
                    self.problems.append(f"external resource {value[:60]} in <{tag}>")
            if tag == "link" and name.lower() == "href" and not squashed.startswith("data:"):
                self.problems.append(f"linked resource {value[:60]}")


def audit_html(text: str, *, forbidden: list[str] = ()) -> list[str]:
    """Problems that make an HTML page unsafe to publish: scripts, event handlers, script URLs, external
    resources, or any of the ``forbidden`` strings (absolute paths of this machine).

    >>> audit_html('<p onclick="x()">hi</p><script>1</script>')
    ['event handler attribute onclick on <p>', '<script> element']
    >>> audit_html('<p>a <a href="https://example.org">link</a></p>')
    []
    """
    parser = _Audit()
    parser.feed(text)
    parser.close()
    problems = parser.problems
    if "Content-Security-Policy" not in text and "<html" in text:
        problems.append("no Content-Security-Policy")
    problems += [f"an absolute path of this machine ({Path(p).name or p}) in the page" for p in forbidden
                 if re.search(rf"(?<![\w./~-]){re.escape(p)}(?![\w-])", text)]
    return problems
