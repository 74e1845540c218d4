"""Shared report builds for tests/test_reports.py and tests/test_browser.py: each is built once per session.

The hostile corpus carries script payloads in article text and in every metadata field; a payload that ran in a
browser would set ``window.__pwned`` or change ``document.title``.
"""

from __future__ import annotations

import functools
import tempfile
from argparse import Namespace
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "notebooks"

PAYLOADS = [
    '<script>window.__pwned = "body"; document.title = "PWNED";</script>',
    "<img src=x onerror=\"window.__pwned='img'\">",
    "<svg onload=\"window.__pwned='svg'\"></svg>",
    "<a href=\"javascript:window.__pwned='link'\">failure</a>",
    "</td></table>",
    "<details open ontoggle=\"window.__pwned='details'\">Details</details>",
]

HOSTILE_TEXT = (
    "Officials said on Monday that the ceasefire talks would continue. {} The ministry described the "
    "proposal as unrealistic and said Ukraine's NATO membership was not on the table.\n"
    "A spokesman added that the price of bread rose from $5 to $10 in a year, and that {} nothing would "
    "change soon, calling the sanctions a terrible failure.\n"
    "Critics pointed to {} the record and called it a {} of policy that hurt ordinary families.\n"
    "The table closed early. {}{} Analysts said the statement was \"a clear signal\" to allies.\n"
).format(*PAYLOADS)

PLAIN_TEXT = (
    "The foreign minister said on Tuesday that the ceasefire talks in Geneva were useful and would resume "
    "next week.\nA senior diplomat told reporters that both delegations had agreed to exchange prisoners "
    "before the next round, a welcome step.\n"
)

HOSTILE_METADATA = (
    "doc_id,outlet,date,url,title\n"
    "evil,\"<script>window.__pwned=\"\"outlet\"\"</script>The Daily $5\",2025-03-13,"
    "\"javascript:window.__pwned='url'\",\"<img src=x onerror=\"\"window.__pwned='title'\"\">Talks $5 to $10\"\n"
    "plain,\"Wire \"\"><svg onload=alert(1)>\",2025-03-14,"
    "\"https://example.org/a\"\"onmouseover=\"\"window.__pwned=1\",\"Ceasefire </td></table> talks\"\n"
)


def hostile_corpus(folder: Path) -> Path:
    """Write the hostile corpus (two articles and their metadata) into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "evil.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    (folder / "plain.txt").write_text(PLAIN_TEXT, encoding="utf-8")
    (folder / "metadata.csv").write_text(HOSTILE_METADATA, encoding="utf-8")
    return folder


def report_args(**kwargs) -> Namespace:
    """The parsed arguments of ``python -m analysis report`` with the given overrides."""
    defaults = {"notebooks": None, "plan": None, "param": [], "out": "reports", "show_code": False,
                "force": False, "timeout": 300, "workers": 2}
    return Namespace(**{**defaults, **kwargs})


@functools.lru_cache(maxsize=1)
def sample_build() -> tuple[Path, int]:
    """A plan run (fixture report with display payloads, real notebooks on the hostile corpus); (out, rc)."""
    from analysis import reports

    work = Path(tempfile.mkdtemp(prefix="newsframe-reports-test-"))
    corpus = hostile_corpus(work / "hostile")
    entries = [("fixture-ok", FIXTURES / "ok.ipynb", {}, True)]
    for stem in ("00-overview", "02-sentiment"):
        notebook = ROOT / "notebooks" / f"{stem}.ipynb"
        if notebook.is_file():
            entries.append((f"hostile-{stem}", notebook, {"corpus": str(corpus)}, False))
    lines = []
    for name, notebook, params, show_code in entries:
        lines += ["[[report]]", f'name = "{name}"', f'notebook = "{notebook.as_posix()}"',
                  f"show_code = {'true' if show_code else 'false'}"]
        lines += [f'parameters = {{ corpus = "{params["corpus"]}" }}'] if params else []
        lines.append("")
    plan = work / "plan.toml"
    plan.write_text("\n".join(lines), encoding="utf-8")
    out = work / "reports"
    rc = reports.main(report_args(plan=str(plan), out=str(out)))
    return out, rc


@functools.lru_cache(maxsize=1)
def plan_build() -> tuple[Path, int]:
    """The sample plan (reports.toml, what ``make reports`` builds) into a temporary folder; (out, rc)."""
    from analysis import reports

    out = Path(tempfile.mkdtemp(prefix="newsframe-plan-test-")) / "reports"
    rc = reports.main(report_args(plan=str(ROOT / "reports.toml"), out=str(out)))
    return out, rc


class DomAudit(HTMLParser):
    """A plain DOM walk (independent of the kit's own audit): scripts, handlers, script URLs, resources."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts = 0
        self.handlers: list[str] = []
        self.script_urls: list[str] = []
        self.external: list[str] = []
        self.tags: list[str] = []
        self.text: list[str] = []
        self.csp = ""
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "script":
            self.scripts += 1
        if tag in ("style", "script"):
            self._skip += 1
        for name, value in attrs:
            value = value or ""
            squashed = "".join(value.split()).lower()
            if name.startswith("on"):
                self.handlers.append(f"{tag}.{name}")
            if name in ("href", "src", "action", "xlink:href", "formaction") and \
                    squashed.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.script_urls.append(value)
            if name in ("src", "href") and tag != "a" and squashed.startswith(("http:", "https:", "//")):
                self.external.append(value)
        if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "content-security-policy":
            self.csp = dict(attrs).get("content", "")

    def handle_endtag(self, tag):
        if tag in ("style", "script"):
            self._skip = max(0, self._skip - 1)

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def audit(page: str) -> DomAudit:
    parser = DomAudit()
    parser.feed(page)
    parser.close()
    return parser


def visible_text(page: str) -> str:
    return " ".join(" ".join(audit(page).text).split())
