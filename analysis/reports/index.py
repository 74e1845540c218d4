"""The reports index: ``<out>/index.html`` lists every report with its parameters, status, run time and files.

Each report's ``Outcome`` (built, unchanged or failed, with the reason) is one row. Reports are grouped by
notebook; failures come first, each with its reason in one line. The page is static
HTML under the same Content-Security-Policy as the reports, and every value on it is escaped.
"""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path

from analysis import __version__
from analysis.reports.messages import escape_value
from analysis.reports.plan import INDEX, report_path
from analysis.store import write_atomic

__all__ = ["INDEX", "CSP", "Outcome", "write_index"]

CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
       "base-uri 'none'; form-action 'none'")


@dataclasses.dataclass
class Outcome:
    """What happened to one report."""

    name: str
    notebook: str
    params: dict
    status: str  # built, unchanged, failed
    seconds: float = 0.0
    reason: str = ""
    files: dict = dataclasses.field(default_factory=dict)


def write_index(out: Path, outcomes: list[Outcome]) -> Path:
    """Write ``out/index.html``: every report grouped by notebook, with parameters, status and run time."""
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(outcome.notebook, []).append(outcome)
    failed = [o for o in outcomes if o.status == "failed"]
    summary = (f"{len(outcomes)} reports: {sum(o.status == 'built' for o in outcomes)} built, "
               f"{sum(o.status == 'unchanged' for o in outcomes)} unchanged, {len(failed)} failed")
    parts = [f"<p class='summary'>{html.escape(summary)}</p>"]
    if failed:
        items = "".join(f"<li><strong>{html.escape(o.name)}</strong>: {html.escape(o.reason)}</li>"
                        for o in failed)
        parts.append(f"<section class='failures'><h2>Failed</h2><ul>{items}</ul></section>")
    for notebook, members in groups.items():
        rows = "".join(_index_row(out, o) for o in members)
        parts.append(f"<section><h2>{html.escape(notebook)}</h2><table><thead><tr><th>report</th>"
                     f"<th>parameters</th><th>status</th><th>run time</th><th>files</th></tr></thead>"
                     f"<tbody>{rows}</tbody></table></section>")
    page = _INDEX_PAGE.format(csp=html.escape(CSP), version=html.escape(__version__), body="\n".join(parts))
    return write_atomic(out / INDEX, page)


def _index_row(out: Path, outcome: Outcome) -> str:
    files = dict(outcome.files)
    if outcome.status == "failed" and report_path(out, outcome.name).is_file():
        files["previous build"] = report_path(out, outcome.name).name
    main = files.pop("html", None)
    name = (f"<a href='{html.escape(main, quote=True)}'>{html.escape(outcome.name)}</a>" if main
            else html.escape(outcome.name))
    links = " ".join(f"<a href='{html.escape(path, quote=True)}'>{html.escape(kind)}</a>"
                     for kind, path in files.items())
    params = "<br>".join(f"{html.escape(str(k))} = <code>{escape_value(v)}</code>"
                         for k, v in outcome.params.items())
    status = html.escape(outcome.status) + (f": {html.escape(outcome.reason)}" if outcome.reason else "")
    return (f"<tr class='{html.escape(outcome.status)}'><td>{name}</td><td>{params}</td><td>{status}</td>"
            f"<td>{outcome.seconds:.1f} s</td><td>{links}</td></tr>")


_INDEX_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>newsframe reports</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; padding: 0 1em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; margin-bottom: 1.5em; }}
th, td {{ border-bottom: 1px solid #ddd; padding: .4em .6em; text-align: left; vertical-align: top; }}
tr.failed td {{ background: #fdecea; }}
.failures {{ border: 2px solid #c62828; padding: .2em 1em; margin-bottom: 1.5em; }}
code {{ background: #f4f4f4; padding: 0 .2em; }}
</style>
</head>
<body>
<h1>newsframe reports</h1>
{body}
<p><small>newsframe {version}. Reports are static HTML without scripts; code cells are hidden unless a
report's code variant is listed.</small></p>
</body>
</html>
"""
