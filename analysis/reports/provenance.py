"""The provenance block that closes every report: inputs with sha256, versions, parameters, run facts.

Notebooks call ``reports.provenance(corpus, tables=tables, ...)`` last; when a notebook does not, the report
runner appends the same block itself (``closing_block``). The block names files from the corpus folder's name
down and never prints an absolute path; in reproducible builds (``SOURCE_DATE_EPOCH`` set for the run) it
leaves out the time taken, so rebuilds are byte-identical. The kit's own identity (its git commit) is read
here too.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from analysis import __version__, config
from analysis.reports.messages import escape_value
from analysis.reports.params import PATH_PARAMS

__all__ = ["KIT_DIR", "DEPENDENCIES", "HTML_CLASS", "Provenance", "provenance", "closing_block", "kit_commit",
           "file_sha256"]

KIT_DIR = Path(__file__).resolve().parent.parent
DEPENDENCIES = ("pandas", "numpy", "matplotlib", "nltk", "vaderSentiment", "pyarrow", "trafilatura",
                "papermill", "nbclient", "nbconvert", "bleach", "ipykernel")
HTML_CLASS = "newsframe-provenance"
BESIDE_FILES = ("metadata", "actors", "targets")


class Provenance:
    """The provenance block of a report: inputs with sha256, versions, parameters, time taken.

    Displays as escaped HTML in a notebook (``_repr_html_``) and as plain text elsewhere.

    >>> Provenance({"Parameters": [("target", "<b>x</b>")]})
    Parameters:
      target: <b>x</b>
    """

    def __init__(self, sections: dict[str, list[tuple[str, str]]]):
        self.sections = sections

    def _repr_html_(self) -> str:
        parts = []
        for title, rows in self.sections.items():
            body = "".join(f"<tr><th>{escape_value(k)}</th><td><code>{escape_value(v)}</code></td></tr>"
                           for k, v in rows)
            parts.append(f"<p><strong>{html.escape(title)}</strong></p><table>{body}</table>")
        return f'<div class="{HTML_CLASS}">' + "\n".join(parts) + "</div>"

    def __repr__(self) -> str:
        return "\n".join(f"{title}:\n" + "\n".join(f"  {k}: {v}" for k, v in rows)
                         for title, rows in self.sections.items())


def provenance(corpus: str, *, tables: str = "", **params) -> Provenance:
    """What produced this report, for its closing section: call it last in every report notebook.

    ``provenance(corpus, tables=tables, target=target)``: input files (from the tables' manifest, else the
    corpus folder) with size and sha256, the kit, Python and dependency versions, the parameters (as the
    report runner passed them, paths relative) and the time taken (omitted in reproducible builds, i.e.
    when ``SOURCE_DATE_EPOCH`` was set for the run, so rebuilds are byte-identical).
    """
    return _block({"corpus": corpus, **({"tables": tables} if tables else {}), **params},
                  _input_files(Path(corpus), tables))


def closing_block(corpus: str | None, *, tables: str = "") -> Provenance:
    """The block for a report whose notebook did not show one, made by the report runner.

    Args:
        corpus: the corpus the report read (a path valid from the working directory), or None.
        tables: the folder of its precomputed tables, or ''.

    Returns:
        The same sections ``provenance`` gives in a notebook; without a corpus, no input files.
    """
    if not corpus:
        return _block({}, [])
    return _block({"corpus": corpus, **({"tables": tables} if tables else {})}, _input_files(Path(corpus), tables))


def _block(given: dict, inputs: list[tuple[str, str]]) -> Provenance:
    """The sections, with the parameters as the report runner passed them (else as given), paths by name."""
    shown = json.loads(os.environ.get("NEWSFRAME_REPORT_PARAMS") or "null") or given
    shown = {k: (v if k not in PATH_PARAMS or not os.path.isabs(str(v)) else Path(str(v)).name)
             for k, v in shown.items()}
    return Provenance({
        "Parameters": [(k, v) for k, v in shown.items()],
        "Input files (sha256)": inputs,
        "Software": _versions(),
        "Run": _run_facts(),
    })


def file_sha256(path: Path) -> str:
    """sha256 of a file's bytes, or '' when it is not a file."""
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _input_files(corpus: Path, tables: str) -> list[tuple[str, str]]:
    manifest = Path(tables) / "manifest.json" if tables else None
    base = config.folder_of(corpus)
    rows = []
    if manifest and manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for entry in data.get("inputs", []):
            rows.append((_relative_name(entry["path"], base), entry.get("sha256", "")))
    elif corpus.is_dir():
        files = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
        rows = [(_relative_name(str(p), base), file_sha256(p)) for p in files]
    elif corpus.is_file():
        rows = [(corpus.name, file_sha256(corpus))]
    for kind in BESIDE_FILES:
        path = config.input_file(corpus, kind)
        if path and all(not name.endswith(f"/{kind}.csv") for name, _ in rows):
            rows.append((f"{base.name}/{kind}.csv", file_sha256(Path(path))))
    return rows


def _relative_name(path: str, base: Path) -> str:
    """An input's name from the corpus folder's name down (``seeds/000_x.txt``), never an absolute path."""
    path_part, _, fragment = path.partition("#")
    parts = Path(path_part).parts
    name = Path(path_part).name
    folder = base.resolve().name
    if folder in parts:
        at = len(parts) - 1 - parts[::-1].index(folder)
        name = "/".join(parts[at:])
    return f"{name}#{fragment}" if fragment else name


def _versions() -> list[tuple[str, str]]:
    from importlib import metadata

    rows = [("newsframe", __version__), ("python", sys.version.split()[0])]
    for name in DEPENDENCIES:
        try:
            rows.append((name, metadata.version(name)))
        except metadata.PackageNotFoundError:
            rows.append((name, "not installed"))
    return rows


def _run_facts() -> list[tuple[str, str]]:
    rows = [("kit commit", os.environ.get("NEWSFRAME_KIT_COMMIT") or kit_commit() or "unknown (not a git checkout)")]
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "")
    if epoch.isdigit():
        rows.append(("source date (SOURCE_DATE_EPOCH)",
                     dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).strftime("%Y-%m-%d %H:%M UTC")))
    started = os.environ.get("NEWSFRAME_REPORT_STARTED", "")
    if os.environ.get("NEWSFRAME_REPRODUCIBLE"):
        rows.append(("time taken", "not recorded in reproducible builds (see the reports index)"))
    elif started:
        rows.append(("time taken", f"{time.time() - float(started):.1f} s"))
    else:
        rows.append(("time taken", "not recorded (run outside the report runner)"))
    return rows


def kit_commit() -> str:
    """The kit's git commit (12 hex digits), or '' outside a git checkout."""
    try:
        return subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=KIT_DIR, capture_output=True,
                              text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""
