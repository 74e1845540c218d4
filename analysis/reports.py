"""Reports: execute the notebooks with papermill and export them to safe, reproducible HTML.

``python -m analysis report`` runs each report variant (a notebook with its parameters, from ``--notebooks``
and ``--param`` or from a TOML plan) in this order:

1. **Validate before any kernel starts.** Parameter names must be Python identifiers that the notebook's
   ``parameters`` cell declares; values are checked against the declared type (text stays text: ``"00123"``
   and ``"NO"`` reach the kernel exactly as given), targets against the corpus's ``targets.csv``, dates as
   ISO ``YYYY-MM-DD``. Every problem is one line; nothing runs while any remains.
2. **Compute the tables once** per distinct corpus, actors and targets file into ``<out>/_tables/<key>``
   (``pipeline.run``, parquet) and pass that folder as the ``tables`` parameter.
3. **Execute** each notebook with papermill in a worker process (two at a time by default) with a fixed
   environment (``PYTHONHASHSEED=0``, ``SOURCE_DATE_EPOCH``, ``TZ=UTC``), then **check completeness** over the
   executed notebook: every code cell ran, no error output, no traceback printed to stderr or displayed,
   papermill's status ``completed``. Timeouts, dead kernels, ``sys.exit`` and missing kernels are failures
   with their cause.
4. **Export** with nbconvert's ``HTMLExporter(sanitize_html=True)`` through the kit's ``safe`` template (no
   ``<script>``, no external resource, a Content-Security-Policy, no MathJax so "$5 to $10" stays literal),
   without code cells unless asked and without the injected-parameters cell; cell ids and metadata are
   normalised so that two runs give byte-identical HTML. The result is audited (no script, ``on*``
   attribute, ``javascript:`` URL, external resource or absolute path) and only then moved into place with
   ``os.replace``: a failed run never replaces a good report.
5. **Index**: ``<out>/index.html`` lists every report with its parameters, status, run time and the reason
   of each failure, grouped by notebook.

A report is not rebuilt when its notebook, parameters, input tables and the kit (version and source files)
are unchanged; the key is stored beside the HTML in ``NAME.build.json`` (``--force`` rebuilds).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import html
import json
import keyword
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from html.parser import HTMLParser
from pathlib import Path

from analysis import __version__

KIT_DIR = Path(__file__).resolve().parent
TEMPLATES = KIT_DIR / "templates"
PATH_PARAMS = ("corpus", "tables", "gold", "targets", "actors")
DATE_PARAMS = ("since", "until", "start", "end")
INDEX = "index.html"
TABLES_DIR = "_tables"
EXECUTED_DIR = "_executed"
DEFAULT_WORKERS = 2
DEPENDENCIES = ("pandas", "numpy", "matplotlib", "nltk", "vaderSentiment", "pyarrow", "trafilatura",
                "papermill", "nbclient", "nbconvert", "bleach", "ipykernel")
CSP = ("default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
       "base-uri 'none'; form-action 'none'")


class ReportError(RuntimeError):
    """A report cannot be planned; the message is one line (or one line per problem) for the user."""


@dataclasses.dataclass(frozen=True)
class Variant:
    """One report to build: a notebook, its name and the parameters passed to it (paths made absolute)."""

    name: str
    notebook: str
    params: dict
    show_code: bool = False
    actors: str | None = None
    targets: str | None = None


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


# ---------------------------------------------------------------------------------------------- names


def slugify(text: str, *, max_len: int = 80) -> str:
    """A file-name-safe slug: ASCII letters, digits and single hyphens, lower case, at most ``max_len``.

    Long names keep a short hash of the whole so that different long names stay different.

    >>> slugify("Stance: ../../etc/passwd {x} Ünïcode"), slugify("<script>")
    ('stance-etc-passwd-x-unicode', 'script')
    """
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_len:
        digest = hashlib.sha256(str(text).encode("utf-8")).hexdigest()[:8]
        slug = f"{slug[:max_len - 9].rstrip('-')}-{digest}"
    return slug


def report_path(out: str | Path, name: str, suffix: str = ".html") -> Path:
    """The path of a report file inside ``out``; refuses a name that would resolve elsewhere.

    >>> report_path("reports", "03-stance--target-ceasefire").name
    '03-stance--target-ceasefire.html'
    """
    slug = slugify(name) if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+|--[a-z0-9]+)*", name) else name
    if not slug:
        raise ReportError(f"report name {name!r} has no letters or digits")
    root = Path(out).resolve()
    path = (root / f"{slug}{suffix}").resolve()
    if path.parent != root:
        raise ReportError(f"report name {name!r} does not stay inside {out}")
    return path


def check_name(name: str) -> str | None:
    """Why ``name`` cannot be a notebook parameter name, or None when it can.

    >>> check_name("target"), check_name("class"), check_name("x = 1\\nimport os")
    (None, "'class' is a Python keyword", "'x = 1\\\\nimport os' is not a Python identifier")
    """
    if not isinstance(name, str) or not name.isidentifier():
        return f"{name!r} is not a Python identifier"
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        return f"{name!r} is a Python keyword"
    if unicodedata.normalize("NFKC", name) != name:
        return f"{name!r} is not in normal form (Python would read it as {unicodedata.normalize('NFKC', name)!r})"
    return None


# ---------------------------------------------------------------------------------------------- parameters


def notebook_parameters(notebook: str | Path) -> dict[str, str]:
    """The parameters a notebook declares in its ``parameters`` cell: {name: declared type name}."""
    return {name: (info.get("inferred_type_name") or "None") for name, info in _declared(str(notebook)).items()}


def notebook_default(notebook: str | Path, name: str):
    """The default value of a declared parameter (a literal), or None."""
    import ast

    info = _declared(str(notebook)).get(name)
    try:
        return ast.literal_eval(info["default"]) if info and info.get("default") else None
    except (ValueError, SyntaxError):
        return None


@functools.lru_cache(maxsize=64)
def _declared(notebook: str) -> dict:
    import papermill

    try:
        return papermill.inspect_notebook(notebook)
    except Exception as exc:  # noqa: BLE001 - any unreadable notebook is one user error
        raise ReportError(f"cannot read notebook {_shown(notebook)}: {_one_line(exc)}") from exc


def coerce(value, type_name: str):
    """The value to pass for a parameter declared as ``type_name``; text stays text, exactly as given.

    Values from the command line are strings: they are converted only when the notebook declares a number,
    a boolean or a list (JSON). Values from a plan keep their TOML type, which must match.

    >>> coerce("00123", "str"), coerce("NO", "str"), coerce("12", "int"), coerce("false", "bool")
    ('00123', 'NO', 12, False)
    >>> coerce("x", "int")
    Traceback (most recent call last):
    ...
    ValueError: expects an integer, got 'x'
    """
    base = type_name.split("[")[0].strip().lower()
    base = {"none": "", "optional": "", "any": "", "typing.any": ""}.get(base, base)
    if not isinstance(value, str):
        wanted = {"str": str, "int": int, "float": (int, float), "bool": bool, "list": list, "dict": dict}
        if base in wanted and (not isinstance(value, wanted[base]) or (base != "bool" and isinstance(value, bool))):
            raise ValueError(f"expects {base}, got {value!r}")
        return value
    if base in ("", "str"):
        return value
    if base == "int":
        if not re.fullmatch(r"[+-]?\d+", value.strip()):
            raise ValueError(f"expects an integer, got {value!r}")
        return int(value)
    if base == "float":
        try:
            return float(value)
        except ValueError:
            raise ValueError(f"expects a number, got {value!r}") from None
    if base == "bool":
        truth = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
        if value.strip().lower() not in truth:
            raise ValueError(f"expects true or false, got {value!r}")
        return truth[value.strip().lower()]
    if base in ("list", "dict"):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            raise ValueError(f"expects a JSON {base}, got {value!r}") from None
        if not isinstance(parsed, list if base == "list" else dict):
            raise ValueError(f"expects a JSON {base}, got {value!r}")
        return parsed
    return value


def parse_param(text: str) -> tuple[str, str]:
    """Split ``KEY=VALUE`` (the value is kept exactly, including further ``=``).

    >>> parse_param("outlets=a=b")
    ('outlets', 'a=b')
    """
    key, sep, value = text.partition("=")
    if not sep:
        raise ReportError(f"--param {text!r}: expected KEY=VALUE")
    return key.strip(), value


def is_path_param(name: str) -> bool:
    """Parameters holding a file or folder: given relative to where the command runs (a plan: to the plan
    file), passed to the kernel relative to the notebook's folder, shown relative.

    >>> is_path_param("corpus"), is_path_param("gold"), is_path_param("lexicon_file"), is_path_param("actor")
    (True, True, True, False)
    """
    return name in PATH_PARAMS or name.endswith(("_file", "_path", "_dir"))


def is_date_param(name: str) -> bool:
    """Parameters holding a date: any name containing ``date``, or since/until/start/end.

    >>> is_date_param("date_from"), is_date_param("until"), is_date_param("target")
    (True, True, False)
    """
    return "date" in name or name in DATE_PARAMS


def check_date(value) -> str | None:
    """Why a date parameter value is unusable (empty means no limit), or None.

    >>> check_date("2025-03-13"), check_date(""), check_date("2025-13-45")
    (None, None, "'2025-13-45' is not a date (use YYYY-MM-DD)")
    """
    if value in ("", None):
        return None
    try:
        if isinstance(value, dt.date):
            return None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(value)):
            raise ValueError
        dt.date.fromisoformat(str(value))
    except ValueError:
        return f"{str(value)!r} is not a date (use YYYY-MM-DD)"
    return None


def known_targets(corpus: Path, targets: str | None) -> set[str] | None:
    """Target ids of the targets file (given, or ``targets.csv`` beside the corpus); None without one."""
    path = Path(targets) if targets else _beside(corpus) / "targets.csv"
    if not path.is_file():
        return None
    import pandas as pd

    try:
        frame = pd.read_csv(path, comment="#", dtype=str, keep_default_na=False)
    except Exception as exc:  # noqa: BLE001
        raise ReportError(f"cannot read targets file {_shown(path)}: {exc.__class__.__name__}") from exc
    for column in ("target", "target_id", "id"):
        if column in frame.columns:
            return set(frame[column].str.strip())
    return set(frame.iloc[:, 0].str.strip()) if len(frame.columns) else set()


def _beside(corpus: Path) -> Path:
    return corpus if corpus.is_dir() else corpus.parent


def validate(variants: list[Variant]) -> list[str]:
    """Every problem with the variants, one line each (empty when all can run)."""
    problems, seen = [], {}
    for variant in variants:
        where = f"report {variant.name!r} ({_shown(variant.notebook)})"
        if variant.name in seen:
            problems.append(f"{where}: the name is also used by {_shown(seen[variant.name])}")
        seen[variant.name] = variant.notebook
        if not Path(variant.notebook).is_file():
            problems.append(f"{where}: notebook not found")
            continue
        try:
            declared = notebook_parameters(variant.notebook)
        except ReportError as exc:
            problems.append(f"{where}: {exc}")
            continue
        problems.extend(_check_params(where, variant, declared))
    return problems


def _check_params(where: str, variant: Variant, declared: dict[str, str]) -> list[str]:
    problems = []
    for name, value in variant.params.items():
        reason = check_name(name)
        if reason:
            problems.append(f"{where}: parameter {reason}")
            continue
        if name not in declared:
            takes = ", ".join(declared) or "no parameters"
            problems.append(f"{where}: unknown parameter {name!r} (the notebook takes: {takes})")
            continue
        try:
            coerce(value, declared[name])
        except ValueError as exc:
            problems.append(f"{where}: parameter {name!r} {exc}")
            continue
        if is_date_param(name) and (reason := check_date(value)):
            problems.append(f"{where}: parameter {name!r}: {reason}")
    corpus = variant.params.get("corpus")
    if corpus is not None and not Path(corpus).exists():
        problems.append(f"{where}: corpus not found: {_shown(corpus)}")
    elif corpus is not None and "target" in variant.params and variant.params["target"] != "":
        try:
            targets = known_targets(Path(corpus), variant.params.get("targets") or
                                    variant.params.get("targets_file") or variant.targets)
        except ReportError as exc:
            return [*problems, f"{where}: {exc}"]
        if targets is not None and str(variant.params["target"]) not in targets:
            problems.append(f"{where}: unknown target {variant.params['target']!r} (targets.csv has: "
                            f"{', '.join(sorted(targets)) or 'none'})")
    dates = {n: v for n, v in variant.params.items() if is_date_param(n) and not check_date(v) and v}
    first = [dates[n] for n in dates if n in ("date_from", "since", "start", "start_date")]
    last = [dates[n] for n in dates if n in ("date_to", "until", "end", "end_date")]
    if first and last and str(first[0]) > str(last[0]):
        problems.append(f"{where}: the date range is empty ({first[0]} is after {last[0]})")
    return problems


# ---------------------------------------------------------------------------------------------- planning


def _shown(path) -> str:
    """A path as shown to people: relative to the working directory (never absolute when avoidable)."""
    path = str(path)
    if not os.path.isabs(path):
        return path
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return Path(path).name
    return relative if not relative.startswith(f"..{os.sep}..") else Path(path).name


def _absolute(value, base: Path) -> str:
    return str((base / str(value)).resolve()) if not os.path.isabs(str(value)) else str(Path(value).resolve())


def variant_name(notebook: Path, params: dict) -> str:
    """Default report name: the notebook's stem, then the ad hoc parameters (paths by their last part).

    >>> variant_name(Path("notebooks/03-stance.ipynb"), {"target": "ceasefire", "corpus": "/data/x/"})
    '03-stance--corpus-x--target-ceasefire'
    """
    parts = [slugify(notebook.stem)]
    for key in sorted(params):
        value = Path(str(params[key])).name if is_path_param(key) else params[key]
        parts.append(slugify(f"{key}-{value}", max_len=40))
    return "--".join(p for p in parts if p)


def adhoc_variants(pattern: str, overrides: list[str], *, show_code: bool = False) -> list[Variant]:
    """Variants from a glob of notebooks, each with the ``--param`` values."""
    import glob

    notebooks = sorted(Path(p) for p in glob.glob(pattern) if p.endswith(".ipynb"))
    if not notebooks:
        raise ReportError(f"no notebooks match {pattern!r}")
    params = dict(parse_param(p) for p in overrides)
    variants = []
    for notebook in notebooks:
        given = {k: (_absolute(v, Path.cwd()) if is_path_param(k) and v != "" else v) for k, v in params.items()}
        variants.append(Variant(name=variant_name(notebook, params), notebook=str(notebook.resolve()),
                                params=given, show_code=show_code))
    return variants


def load_plan(path: str | Path, *, overrides: list[str] = (), pattern: str | None = None,
              show_code: bool = False) -> list[Variant]:
    """Variants of a TOML plan: ``[defaults]`` then ``[[report]]`` tables (notebook, name, parameters).

    Paths in the plan (notebook, corpus, actors, targets) are relative to the plan file; ``--param`` values
    override the plan's parameters of every report.
    """
    path = Path(path)
    try:
        plan = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"plan not found: {_shown(path)}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ReportError(f"plan {_shown(path)} is not valid TOML: {exc}") from None
    base = path.resolve().parent
    defaults = plan.get("defaults", {})
    reports = plan.get("report", [])
    if not isinstance(reports, list) or not reports:
        raise ReportError(f"plan {_shown(path)} lists no [[report]]")
    extra = dict(parse_param(p) for p in overrides)
    variants = []
    for number, entry in enumerate(reports, start=1):
        unknown = set(entry) - {"notebook", "name", "parameters", "show_code", "actors", "targets"}
        if unknown or "notebook" not in entry:
            problem = f"unknown keys {sorted(unknown)}" if unknown else "no notebook"
            raise ReportError(f"plan {_shown(path)}: report {number}: {problem}")
        notebook = Path(_absolute(entry["notebook"], base))
        if pattern and not Path(_shown(notebook)).match(pattern) and not notebook.match(pattern):
            continue
        params = {**defaults.get("parameters", {}), **entry.get("parameters", {})}
        params = {k: (_absolute(v, base) if is_path_param(k) and v != "" else v) for k, v in params.items()}
        params.update({k: (_absolute(v, Path.cwd()) if is_path_param(k) and v != "" else v)
                       for k, v in extra.items()})
        files = {k: entry.get(k, defaults.get(k)) for k in ("actors", "targets")}
        variants.append(Variant(
            name=str(entry.get("name") or variant_name(notebook, entry.get("parameters", {}))),
            notebook=str(notebook), params=params,
            show_code=bool(entry.get("show_code", defaults.get("show_code", show_code))),
            **{k: (_absolute(v, base) if v else None) for k, v in files.items()}))
    return variants


# ---------------------------------------------------------------------------------------------- tables


def with_default_corpus(variant: Variant) -> Variant:
    """The variant with the notebook's default ``corpus`` made explicit (so its tables are computed once)."""
    if "corpus" in variant.params or not Path(variant.notebook).is_file():
        return variant
    default = notebook_default(variant.notebook, "corpus")
    if not isinstance(default, str) or not default:
        return variant
    corpus = _absolute(default, Path(variant.notebook).parent)
    return dataclasses.replace(variant, params={"corpus": corpus, **variant.params})


def _tables_config(variant: Variant):
    from analysis.pipeline import Config

    beside = _beside(Path(variant.params["corpus"]))

    def default(value, name):
        if value:
            return value
        candidate = beside / f"{name}.csv"
        return str(candidate) if candidate.is_file() else None

    params = variant.params
    return Config(actors=default(params.get("actors") or params.get("actors_file") or variant.actors, "actors"),
                  targets=default(params.get("targets") or params.get("targets_file") or variant.targets,
                                  "targets"))


def tables_key(variant: Variant) -> str:
    """Folder name for the tables of a variant's corpus, actors and targets: readable slug plus a hash."""
    config = _tables_config(variant)
    raw = json.dumps([variant.params["corpus"], config.actors, config.targets])
    return f"{slugify(Path(variant.params['corpus']).name, max_len=30) or 'corpus'}-" \
           f"{hashlib.sha256(raw.encode()).hexdigest()[:10]}"


def prepare_tables(variants: list[Variant], out: Path) -> dict[str, str]:
    """Compute the tables once per distinct corpus/actors/targets; {key: '' or the reason it failed}."""
    from analysis import pipeline

    done: dict[str, str] = {}
    for variant in variants:
        if "corpus" not in variant.params:
            continue
        key = tables_key(variant)
        if key in done:
            continue
        config = _tables_config(variant)
        rel = os.path.relpath(variant.params["corpus"])
        config = dataclasses.replace(config, **{k: os.path.relpath(v) for k, v in
                                                (("actors", config.actors), ("targets", config.targets)) if v})
        try:
            pipeline.run(rel, out / TABLES_DIR / key, fmt="parquet", config=config)
            done[key] = ""
        except Exception as exc:  # noqa: BLE001 - reported per report, the other corpora still build
            done[key] = f"tables could not be computed: {_one_line(exc)}"
    return done


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split()) or exc.__class__.__name__
    return text if len(text) < 300 else text[:297] + "..."


# ---------------------------------------------------------------------------------------------- executing


@dataclasses.dataclass(frozen=True)
class Job:
    """Everything a worker needs to build one report (picklable)."""

    variant: Variant
    out: str
    params: dict  # as passed to the kernel
    shown: dict  # as shown to readers
    key: str
    timeout: int
    epoch: str
    reproducible: bool
    cwd: str
    commit: str = ""


def kit_fingerprint() -> str:
    """Hash of the kit's version, source files, data files and templates (a code change rebuilds)."""
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(KIT_DIR.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(KIT_DIR)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def build_key(variant: Variant, params: dict, tables_folder: Path | None, fingerprint: str) -> str:
    """The cache key of a report: notebook bytes, parameters, input tables' manifest, kit fingerprint."""
    digest = hashlib.sha256(Path(variant.notebook).read_bytes())
    digest.update(json.dumps(params, sort_keys=True, default=str).encode())
    digest.update(json.dumps([variant.show_code, fingerprint]).encode())
    manifest = tables_folder / "manifest.json" if tables_folder else None
    digest.update(manifest.read_bytes() if manifest and manifest.is_file() else b"")
    return digest.hexdigest()


def source_date_epoch(cwd: Path) -> str:
    """``SOURCE_DATE_EPOCH`` from the environment, else the last commit's time, else 0."""
    if os.environ.get("SOURCE_DATE_EPOCH", "").isdigit():
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        found = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=KIT_DIR, capture_output=True,
                               text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        found = ""
    return found if found.isdigit() else "0"


def kit_commit() -> str:
    """The kit's git commit (12 hex digits), or '' outside a git checkout."""
    try:
        return subprocess.run(["git", "rev-parse", "--short=12", "HEAD"], cwd=KIT_DIR, capture_output=True,
                              text=True, timeout=10, check=False).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return ""


def kernel_environment(job: Job) -> dict[str, str]:
    """The fixed environment a report's kernel inherits."""
    return {
        "PYTHONHASHSEED": "0",
        "SOURCE_DATE_EPOCH": job.epoch,
        "TZ": "UTC",
        "LC_ALL": "C.UTF-8",
        "PYDEVD_DISABLE_FILE_VALIDATION": "1",
        "NEWSFRAME_REPORT_STARTED": repr(time.time()),
        "NEWSFRAME_REPORT_PARAMS": json.dumps(job.shown, default=str),
        "NEWSFRAME_REPRODUCIBLE": "1" if job.reproducible else "",
        "NEWSFRAME_KIT_COMMIT": job.commit,
    }


def build(job: Job) -> Outcome:
    """Execute, check, normalise, export, audit and promote one report (runs in a worker process).

    The kernel's own chatter (stdout and stderr of the worker and the kernel) goes to
    ``_executed/NAME.log`` instead of the terminal.
    """
    variant = job.variant
    outcome = Outcome(variant.name, _shown_from(variant.notebook, job.cwd), job.shown, "failed")
    started = time.monotonic()
    scratch = Path(tempfile.mkdtemp(prefix="newsframe-report-"))
    log = report_path(Path(job.out) / EXECUTED_DIR, variant.name, ".log")
    try:
        with _redirected(scratch / "kernel.log"):
            os.environ.update(kernel_environment(job))
            nb, reason = execute(job, scratch / "executed.ipynb")
        _write_atomic(log, _scrub((scratch / "kernel.log").read_text(encoding="utf-8", errors="replace"),
                                  _scrub_pairs(job)))
        if nb is not None:
            nb = normalize(nb, scrub=_scrub_pairs(job))
            _write_atomic(report_path(Path(job.out) / EXECUTED_DIR, variant.name, ".ipynb"),
                          _dumps_notebook(nb))
            outcome.files["ipynb"] = f"{EXECUTED_DIR}/{report_path(job.out, variant.name, '.ipynb').name}"
        outcome.files["log"] = f"{EXECUTED_DIR}/{log.name}"
        if not reason:
            reason = promote(nb, job, outcome)
        outcome.reason = reason
        outcome.status = "failed" if reason else "built"
    except Exception as exc:  # noqa: BLE001 - one broken report must not stop the others
        outcome.reason = f"{exc.__class__.__name__}: {_one_line(exc)}"
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    outcome.seconds = round(time.monotonic() - started, 1)
    _write_atomic(report_path(job.out, variant.name, ".build.json"), json.dumps({
        "key": job.key if outcome.status == "built" else "", "status": outcome.status, "reason": outcome.reason,
        "seconds": outcome.seconds, "notebook": outcome.notebook, "params": job.shown, "files": outcome.files,
        "html_sha256": _sha256_file(report_path(job.out, variant.name)) if outcome.status == "built" else "",
    }, indent=1, sort_keys=True, default=str) + "\n")
    return outcome


@contextlib.contextmanager
def _redirected(path: Path):
    """Point file descriptors 1 and 2 (inherited by the kernel) and Python's logging at ``path``."""
    import logging

    sys.stdout.flush()
    sys.stderr.flush()
    saved = os.dup(1), os.dup(2)
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    handler = logging.StreamHandler(open(path, "a", encoding="utf-8"))  # noqa: SIM115 - closed below
    logging.getLogger().addHandler(handler)
    try:
        os.dup2(handle, 1)
        os.dup2(handle, 2)
        yield
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(saved[0], 1)
        os.dup2(saved[1], 2)
        for fd in (*saved, handle):
            os.close(fd)
        logging.getLogger().removeHandler(handler)
        handler.stream.close()


def _shown_from(path: str, cwd: str) -> str:
    try:
        return os.path.relpath(path, cwd)
    except ValueError:
        return Path(path).name


def execute(job: Job, target: Path):
    """Run the notebook with papermill; return (executed notebook or None, failure reason or '')."""
    import nbformat
    import papermill
    from jupyter_client.kernelspec import NoSuchKernel
    from nbclient.exceptions import CellTimeoutError, DeadKernelError
    from papermill.exceptions import PapermillExecutionError

    source = nbformat.read(job.variant.notebook, as_version=4)
    reason = ""
    try:
        papermill.execute_notebook(source, str(target), parameters=job.params,
                                   cwd=str(Path(job.variant.notebook).parent), progress_bar=False,
                                   record_timing=False, execution_timeout=job.timeout, start_timeout=60,
                                   request_save_on_cell_execute=True)
    except PapermillExecutionError as exc:
        reason = f"cell {exc.exec_count or exc.cell_index} raised {exc.ename}: {_one_line(exc.evalue)}"
    except CellTimeoutError:
        reason = f"timed out: a cell ran longer than {job.timeout} s"
    except DeadKernelError:
        reason = "the kernel died (killed, or out of memory)"
    except NoSuchKernel as exc:
        reason = f"no such kernel: {exc.name!r} (install it, or set the notebook's kernelspec)"
    except RuntimeError as exc:
        if "kernel died" in str(exc).lower() or "dead" in str(exc).lower():
            reason = "the kernel died (killed, or out of memory)"
        else:
            reason = f"{exc.__class__.__name__}: {_one_line(exc)}"
    nb = nbformat.read(target, as_version=4) if target.is_file() else None
    if nb is None:
        return None, reason or "papermill wrote no output notebook"
    found = check_complete(nb)
    if reason.startswith("cell ") and found:
        reason = found  # the same error, numbered as the reader counts cells
    return nb, reason or found


_TRACEBACK = re.compile(r"Traceback \(most recent call last\)|^\w*(Error|Exception)(: .*)?$", re.MULTILINE)


def check_complete(nb) -> str:
    """Why an executed notebook is incomplete, or '' when every code cell ran cleanly.

    Catches what papermill lets pass: cells that never ran (``sys.exit``, a dead or missing kernel),
    error outputs, tracebacks printed to stderr or displayed as data, and a status other than completed.
    Code cells are numbered as in the notebook (the injected parameters cell is not counted).
    """
    status = nb.metadata.get("papermill", {}).get("status") if "papermill" in nb.metadata else None
    number = 0
    for cell in nb.cells:
        if cell.cell_type != "code" or "injected-parameters" in cell.metadata.get("tags", []):
            continue
        number += 1
        where = f"code cell {number} ({_first_line(cell.source)})"
        if not cell.source.strip():
            continue
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                if output.get("ename") == "SystemExit":
                    return f"{where} called sys.exit: the rest of the notebook did not run"
                return f"{where} raised {output.get('ename')}: {_one_line(output.get('evalue'))}"
            text = _output_text(output)
            if _TRACEBACK.search(text):
                to = "stderr" if output.get("output_type") == "stream" else "its output"
                return f"{where} printed an error to {to}: {_one_line(_error_line(text))}"
        if cell.get("execution_count") is None:
            return f"{where} did not run: the notebook stopped early"
        cell_status = cell.metadata.get("papermill", {}).get("status")
        if cell_status not in (None, "completed"):
            return f"{where} ended as {cell_status}"
    if status not in (None, "completed"):
        return f"papermill status is {status}"
    return ""


def _first_line(source: str) -> str:
    line = next((s.strip() for s in source.splitlines() if s.strip() and not s.strip().startswith("#")), "")
    return line if len(line) <= 50 else line[:47] + "..."


def _output_text(output) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "") if output.get("name") == "stderr" else ""
    data = output.get("data", {})
    return "\n".join(str(data.get(k, "")) for k in ("text/plain", "text/html", "text/markdown")
                     if "Traceback (most recent call last)" in str(data.get(k, "")))


def _error_line(text: str) -> str:
    lines = [s.strip() for s in re.sub(r"<[^>]+>", "", text).splitlines() if s.strip()]
    errors = [s for s in lines if re.match(r"^\w*(Error|Exception)\b", s)]
    return (errors or lines or ["error"])[-1]


# ---------------------------------------------------------------------------------------------- exporting

ALLOWED_TAGS = frozenset("""a abbr b blockquote br caption code col colgroup dd del details div dl dt em
    figcaption figure h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q s samp small span strong sub
    summary sup table tbody td tfoot th thead tr u ul var""".split())
ALLOWED_ATTRIBUTES = frozenset("class id title lang dir alt width height colspan rowspan scope start span "
                               "name open".split())
_DATA_IMAGE = re.compile(r"^data:image/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*$")
_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>")
_INERT_BLOCKS = re.compile(r"<(script|style|template|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


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



def _scrub_pairs(job: Job) -> list[tuple[str, str]]:
    """Absolute paths that must not reach the HTML, longest first, with their replacements."""
    pairs = {sys.prefix: "[python]", str(KIT_DIR.parent): ".", str(Path(job.out).resolve()): "[reports]",
             job.cwd: ".", str(Path.home()): "~", tempfile.gettempdir(): "[tmp]"}
    if "corpus" in job.params:
        pairs[str(Path(job.variant.notebook).parent / job.params["corpus"])] = job.shown.get("corpus", "corpus")
        pairs[os.path.normpath(Path(job.variant.notebook).parent / job.params["corpus"])] = \
            job.shown.get("corpus", "corpus")
    return sorted(((k, v) for k, v in pairs.items() if k and len(k) > 1), key=lambda kv: -len(kv[0]))


_STYLER_UUID = re.compile(r"\bT_([0-9a-f]{5})(?=[_\"' ])")


def normalize(nb, *, scrub: list[tuple[str, str]] = ()):
    """Deterministic notebook: fixed cell ids, no timings or run paths, stable Styler ids, no absolute paths."""
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


def _normalize_output(output, tag: str, scrub) -> None:
    output.get("metadata", {}).pop("execution", None)
    if output.get("output_type") == "stream":
        output["text"] = _scrub(output.get("text", ""), scrub)
        return
    if output.get("output_type") == "error":
        output["traceback"] = [_scrub(line, scrub) for line in output.get("traceback", [])]
        return
    data = output.get("data", {})
    for mime in list(data):
        if isinstance(data[mime], str) and mime.startswith("text/"):
            value = _scrub(data[mime], scrub)
            if mime == "text/html":
                uuids = list(dict.fromkeys(_STYLER_UUID.findall(value)))
                for number, uuid in enumerate(uuids):
                    value = re.sub(rf"\bT_{uuid}(?=[_\"' ])", f"T_{tag}s{number}", value)
            if mime == "text/plain":
                value = re.sub(r" at 0x[0-9a-f]+>", ">", value)
            data[mime] = value


def _scrub(text: str, pairs) -> str:
    for old, new in pairs:
        text = text.replace(old, new)
    return text


def parameters_cell(shown: dict, *, show_code: bool) -> str:
    """Markdown (escaped HTML table) stating what the report was asked."""
    rows = "".join(f"<tr><th>{html.escape(str(k))}</th><td><code>{_escape_value(v)}</code></td></tr>"
                   for k, v in shown.items())
    note = ("<p><em>The parameters cell below shows the notebook's defaults; the values above replaced "
            "them.</em></p>" if show_code else "")
    return (f'<div class="newsframe-parameters">\n<p><strong>Report parameters</strong></p>\n'
            f"<table>{rows}</table>\n{note}</div>")


def _escape_value(value) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value
    return html.escape(text).replace("$", "&#36;") if text != "" else "(empty)"


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
    """Export and audit the HTML (and the code variant), then move them into place; '' or the reason."""
    variant = job.variant
    title = f"{_notebook_title(nb) or Path(variant.notebook).stem} ({variant.name})"
    pages = {"html": (report_path(job.out, variant.name), False)}
    if variant.show_code:
        pages["code"] = (report_path(job.out, f"{variant.name}--code"), True)
    rendered = {}
    forbidden = [p for p, _ in _scrub_pairs(job) if os.path.isabs(p) and len(p) > 4]
    for path, show_code in pages.values():
        text = export_html(nb, title=title, shown=job.shown, show_code=show_code)
        problems = audit_html(text, forbidden=forbidden)
        if problems:
            return f"unsafe HTML refused: {problems[0]}"
        rendered[path] = text
    for path, text in rendered.items():
        _write_atomic(path, text)
    outcome.files.update({kind: path.name for kind, (path, _) in pages.items()})
    return ""


def _notebook_title(nb) -> str:
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = re.search(r"^#\s+(.+)$", cell.source, re.MULTILINE)
            if match:
                return match.group(1).strip()
    return ""


# ---------------------------------------------------------------------------------------------- auditing


class _Audit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "iframe", "object", "embed", "base", "form"):
            self.problems.append(f"<{tag}> element")
        for name, value in attrs:
            value = (value or "").strip()
            squashed = re.sub(r"[\s\x00-\x1f]+", "", value).lower()
            if name.lower().startswith("on"):
                self.problems.append(f"event handler attribute {name} on <{tag}>")
            elif name.lower() in ("href", "src", "action", "formaction", "xlink:href", "srcset", "data"):
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


# ---------------------------------------------------------------------------------------------- files


def _write_atomic(path: Path, text: str) -> None:
    """Write beside the target, then ``os.replace``: readers see the old file or the new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _dumps_notebook(nb) -> str:
    import nbformat

    return nbformat.writes(nb) + "\n"


def _sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def _previous(out: Path, name: str) -> dict:
    try:
        return json.loads(report_path(out, name, ".build.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


# ---------------------------------------------------------------------------------------------- index


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
    path = out / INDEX
    _write_atomic(path, page)
    return path


def _index_row(out: Path, outcome: Outcome) -> str:
    files = dict(outcome.files)
    if outcome.status == "failed" and report_path(out, outcome.name).is_file():
        files["previous build"] = report_path(out, outcome.name).name
    main = files.pop("html", None)
    name = (f"<a href='{html.escape(main, quote=True)}'>{html.escape(outcome.name)}</a>" if main
            else html.escape(outcome.name))
    links = " ".join(f"<a href='{html.escape(path, quote=True)}'>{html.escape(kind)}</a>"
                     for kind, path in files.items())
    params = "<br>".join(f"{html.escape(str(k))} = <code>{_escape_value(v)}</code>"
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


# ---------------------------------------------------------------------------------------------- main


def main(args) -> int:
    """``python -m analysis report``: plan, validate, compute tables, build in parallel, write the index."""
    out = Path(args.out)
    if args.plan:
        variants = load_plan(args.plan, overrides=args.param, pattern=args.notebooks, show_code=args.show_code)
    else:
        variants = adhoc_variants(args.notebooks or "notebooks/[0-9]*.ipynb", args.param,
                                  show_code=args.show_code)
    for variant in variants:
        report_path(out, variant.name)
    variants = [with_default_corpus(v) for v in variants]
    problems = validate(variants)
    if problems:
        raise ReportError("the reports cannot run:\n  " + "\n  ".join(problems))
    out.mkdir(parents=True, exist_ok=True)
    outcomes, jobs = plan_jobs(variants, out, force=args.force, timeout=args.timeout)
    outcomes.update(run_jobs(jobs, workers=args.workers or DEFAULT_WORKERS))
    ordered = [outcomes[v.name] for v in variants]
    write_index(out, ordered)
    for outcome in ordered:
        line = f"{outcome.status:9} {outcome.name} ({outcome.seconds:.1f} s)"
        print(line + (f": {outcome.reason}" if outcome.reason else ""),
              file=sys.stderr if outcome.status == "failed" else sys.stdout)
    failed = sum(o.status == "failed" for o in ordered)
    print(f"{len(ordered) - failed} of {len(ordered)} reports ready -> {Path(args.out, INDEX).as_posix()}")
    return 1 if failed else 0


def plan_jobs(variants: list[Variant], out: Path, *, force: bool, timeout: int):
    """Tables once per corpus, then a Job per report that must be (re)built; unchanged ones are outcomes."""
    tables = prepare_tables(variants, out)
    fingerprint = kit_fingerprint()
    epoch = source_date_epoch(Path.cwd())
    reproducible = "SOURCE_DATE_EPOCH" in os.environ
    commit = os.environ.get("NEWSFRAME_KIT_COMMIT") or kit_commit()
    outcomes, jobs = {}, []
    for variant in variants:
        declared = notebook_parameters(variant.notebook)
        params = {k: coerce(v, declared[k]) for k, v in variant.params.items()}
        folder = None
        if "corpus" in params:
            key = tables_key(variant)
            if tables.get(key):
                outcomes[variant.name] = Outcome(variant.name, _shown(variant.notebook),
                                                 _shown_params(params, out), "failed", reason=tables[key])
                continue
            folder = out / TABLES_DIR / key
            if "tables" in declared and not params.get("tables"):
                params["tables"] = str(folder.resolve())
        shown = _shown_params(params, out)
        nb_dir = Path(variant.notebook).parent
        passed = {k: (os.path.relpath(v, nb_dir) if is_path_param(k) and v else v) for k, v in params.items()}
        key = build_key(variant, shown, folder, fingerprint)
        previous = _previous(out, variant.name)
        html_path = report_path(out, variant.name)
        if (not force and previous.get("key") == key and previous.get("html_sha256")
                and previous["html_sha256"] == _sha256_file(html_path)):
            outcomes[variant.name] = Outcome(variant.name, _shown(variant.notebook), shown, "unchanged",
                                             seconds=previous.get("seconds", 0.0),
                                             files=previous.get("files", {}))
            continue
        jobs.append(Job(variant=variant, out=str(out.resolve()), params=passed, shown=shown, key=key,
                        timeout=timeout, epoch=epoch, reproducible=reproducible, cwd=str(Path.cwd()),
                        commit=commit))
    return outcomes, jobs


def _shown_params(params: dict, out: Path) -> dict:
    shown = {}
    for key, value in params.items():
        if key == "tables" and value and Path(value).resolve().is_relative_to(out.resolve()):
            shown[key] = Path(value).resolve().relative_to(out.resolve()).as_posix()
        elif is_path_param(key) and value:
            shown[key] = Path(_shown(value)).as_posix()
        else:
            shown[key] = value
    return shown


def run_jobs(jobs: list[Job], *, workers: int) -> dict[str, Outcome]:
    """Build the jobs in worker processes (spawned, so each has its own environment and kernel)."""
    import multiprocessing

    results: dict[str, Outcome] = {}
    if not jobs:
        return results
    from analysis.pipeline import _progress

    with ProcessPoolExecutor(max_workers=max(1, min(workers, len(jobs))),
                             mp_context=multiprocessing.get_context("spawn")) as pool, \
            _progress(len(jobs), "reports", unit="report", minimum=2) as bar:
        futures = {pool.submit(build, job): job for job in jobs}
        for future, job in futures.items():
            try:
                results[job.variant.name] = future.result()
            except BrokenProcessPool:
                results[job.variant.name] = Outcome(job.variant.name, _shown(job.variant.notebook), job.shown,
                                                    "failed", reason="the report's worker process died")
            bar.update(1)
    return results


# ---------------------------------------------------------------------------------------------- provenance


class Provenance:
    """The provenance block of a report: inputs with sha256, versions, parameters, time taken.

    Displays as escaped HTML in a notebook (``_repr_html_``) and as plain text elsewhere.
    """

    def __init__(self, sections: dict[str, list[tuple[str, str]]]):
        self.sections = sections

    def _repr_html_(self) -> str:
        parts = []
        for title, rows in self.sections.items():
            body = "".join(f"<tr><th>{_escape_value(k)}</th><td><code>{_escape_value(v)}</code></td></tr>"
                           for k, v in rows)
            parts.append(f"<p><strong>{html.escape(title)}</strong></p><table>{body}</table>")
        return '<div class="newsframe-provenance">' + "\n".join(parts) + "</div>"

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
    shown = json.loads(os.environ.get("NEWSFRAME_REPORT_PARAMS") or "null") or {
        "corpus": corpus, **({"tables": tables} if tables else {}), **params}
    shown = {k: (v if k not in PATH_PARAMS or not os.path.isabs(str(v)) else Path(str(v)).name)
             for k, v in shown.items()}
    return Provenance({
        "Parameters": [(k, v) for k, v in shown.items()],
        "Input files (sha256)": _input_files(Path(corpus), tables),
        "Software": _versions(),
        "Run": _run_facts(),
    })


def _input_files(corpus: Path, tables: str) -> list[tuple[str, str]]:
    manifest = Path(tables) / "manifest.json" if tables else None
    base = _beside(corpus)
    rows = []
    if manifest and manifest.is_file():
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for entry in data.get("inputs", []):
            rows.append((_relative_name(entry["path"], base), entry.get("sha256", "")))
    elif corpus.is_dir():
        files = sorted(p for p in corpus.iterdir() if p.is_file() and not p.name.startswith("."))
        rows = [(_relative_name(str(p), base), _sha256_file(p)) for p in files]
    elif corpus.is_file():
        rows = [(corpus.name, _sha256_file(corpus))]
    for extra in ("metadata.csv", "actors.csv", "targets.csv"):
        path = base / extra
        if path.is_file() and all(not name.endswith(f"/{extra}") for name, _ in rows):
            rows.append((f"{base.name}/{extra}", _sha256_file(path)))
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
