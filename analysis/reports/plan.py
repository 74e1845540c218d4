"""The reports to build: variants from a TOML plan or a glob of notebooks, their names, their tables, jobs.

A variant is a notebook, a name (the file name: ``<out>/NAME.html``) and the parameters passed to it, paths
made absolute; a job is a variant ready for a worker process (parameters as passed to the kernel). Names
become file-name-safe slugs that stay inside the output folder; a plan whose reports would write the same file
(two names with one slug, a report named ``index``, ``NAME--code`` beside ``NAME`` with code) is refused, as
are an output folder that cannot be one and a timeout or worker count below 1. The tables are computed once
per distinct corpus, actors and targets into ``<out>/_tables/<key>`` (``pipeline.run``, parquet), the folder
later passed as the ``tables`` parameter; the key hashes the files' contents, not where they are, so the same
inputs in another checkout give the same reports.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import os
import re
import tomllib
import unicodedata
from pathlib import Path

from analysis import config
from analysis.reports.messages import ReportError, one_line, shown
from analysis.reports.params import is_path_param, notebook_default, parse_param

__all__ = ["TABLES_DIR", "INDEX", "CODE_SUFFIX", "Variant", "Job", "slugify", "report_path", "code_path",
           "report_files", "check_files", "check_options", "variant_name", "adhoc_variants", "load_plan",
           "with_default_corpus", "tables_key", "prepare_tables"]

TABLES_DIR = "_tables"
INDEX = "index.html"
CODE_SUFFIX = "--code"
PLAN_KEYS = frozenset({"notebook", "name", "parameters", "show_code", "actors", "targets"})


@dataclasses.dataclass(frozen=True)
class Variant:
    """One report to build: a notebook, its name and the parameters passed to it (paths made absolute)."""

    name: str
    notebook: str
    params: dict
    show_code: bool = False
    actors: str | None = None
    targets: str | None = None
    recursive: bool = False  # the corpus's subfolders are read too (``report --recursive``)


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


def report_files(out: str | Path, variant: Variant) -> list[str]:
    """The names of the files a report writes in ``out``: its page, its build record, its code page.

    >>> report_files("reports", Variant("Overview", "x.ipynb", {}, show_code=True))
    ['overview.html', 'overview.build.json', 'overview--code.html']
    """
    page = report_path(out, variant.name)
    files = [page.name, report_path(out, variant.name, ".build.json").name]
    return files + ([code_path(out, variant.name).name] if variant.show_code else [])


def code_path(out: str | Path, name: str) -> Path:
    """The path of a report's code variant: its page's name followed by ``--code``.

    >>> code_path("reports", "Report A").name
    'report-a--code.html'
    """
    return report_path(out, report_path(out, name).stem + CODE_SUFFIX)


def check_files(variants: list[Variant], out: str | Path) -> list[str]:
    """Names that cannot be file names and reports that would write the same file, one line each.

    Two names with the same slug ("Report A" and "report-a"), a report named ``index`` (the reports index) and
    a report ``NAME--code`` beside a report ``NAME`` with code would overwrite one another's files.
    """
    problems: list[str] = []
    writers: dict[str, str] = {INDEX: "the reports index"}
    for variant in variants:
        where = f"report {variant.name!r} ({shown(variant.notebook)})"
        try:
            files = report_files(out, variant)
        except ReportError as exc:
            problems.append(f"{where}: {exc}")
            continue
        for file in files:
            if file in writers:
                problems.append(f"{where} would write {file}, as does {writers[file]}: rename one of them")
                break
        for file in files:
            writers.setdefault(file, where)
    return problems


def check_options(out: str | Path, *, timeout, workers) -> list[str]:
    """Problems with the run's options, one line each: the output folder, the timeout, the worker count.

    >>> check_options("reports", timeout=0, workers=None)
    ['--timeout must be at least 1 second (got 0); a cell may otherwise run forever']
    """
    problems = []
    if timeout is not None and timeout < 1:
        problems.append(f"--timeout must be at least 1 second (got {timeout}); a cell may otherwise run forever")
    if workers is not None and workers < 1:
        problems.append(f"--workers must be at least 1 (got {workers})")
    reason = _output_folder_problem(Path(out))
    return problems + ([f"--out {out}: {reason}"] if reason else [])


def _output_folder_problem(out: Path) -> str:
    """Why ``out`` cannot be (or become) the output folder, or '' (paths as the user gave them)."""
    if out.exists() and not out.is_dir():
        return "it is a file, not a folder"
    parent = out
    while not parent.exists() and parent != parent.parent:
        parent = parent.parent
    if parent != out and not parent.is_dir():
        return f"{parent} is a file, not a folder"
    if parent.exists() and not os.access(parent, os.W_OK | os.X_OK):
        return f"cannot write in {parent}"
    return ""


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


def _absolute(value, base: Path) -> str:
    return str((base / str(value)).resolve()) if not os.path.isabs(str(value)) else str(Path(value).resolve())


def _absolute_paths(params: dict, base: Path) -> dict:
    """The parameters with every non-empty path parameter made absolute against ``base``."""
    return {k: (_absolute(v, base) if is_path_param(k) and v != "" else v) for k, v in params.items()}


def adhoc_variants(pattern: str, overrides: list[str], *, show_code: bool = False) -> list[Variant]:
    """Variants from a glob of notebooks, each with the ``--param`` values."""
    import glob

    notebooks = sorted(Path(p) for p in glob.glob(pattern) if p.endswith(".ipynb"))
    if not notebooks:
        raise ReportError(f"no notebooks match {pattern!r}")
    params = dict(parse_param(p) for p in overrides)
    return [Variant(name=variant_name(notebook, params), notebook=str(notebook.resolve()),
                    params=_absolute_paths(params, Path.cwd()), show_code=show_code) for notebook in notebooks]


def load_plan(path: str | Path, *, overrides: list[str] = (), pattern: str | None = None,
              show_code: bool = False) -> list[Variant]:
    """Variants of a TOML plan: ``[defaults]`` then ``[[report]]`` tables (notebook, name, parameters).

    Paths in the plan (notebook, corpus, actors, targets) are relative to the plan file; ``--param`` values
    override the plan's parameters of every report.
    """
    path = Path(path)
    plan = _read_plan(path)
    base = path.resolve().parent
    defaults = plan.get("defaults", {})
    reports = plan.get("report", [])
    if not isinstance(reports, list) or not reports:
        raise ReportError(f"plan {shown(path)} lists no [[report]]")
    extra = _absolute_paths(dict(parse_param(p) for p in overrides), Path.cwd())
    variants = []
    for number, entry in enumerate(reports, start=1):
        unknown = set(entry) - PLAN_KEYS
        if unknown or "notebook" not in entry:
            problem = f"unknown keys {sorted(unknown)}" if unknown else "no notebook"
            raise ReportError(f"plan {shown(path)}: report {number}: {problem}")
        notebook = Path(_absolute(entry["notebook"], base))
        if pattern and not Path(shown(notebook)).match(pattern) and not notebook.match(pattern):
            continue
        variants.append(_plan_variant(entry, notebook, defaults, base, extra, show_code=show_code))
    return variants


def _read_plan(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ReportError(f"plan not found: {shown(path)}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ReportError(f"plan {shown(path)} is not valid TOML: {exc}") from None


def _plan_variant(entry: dict, notebook: Path, defaults: dict, base: Path, extra: dict, *,
                  show_code: bool) -> Variant:
    """One ``[[report]]`` of a plan: its parameters over the defaults, then the ``--param`` values."""
    params = _absolute_paths({**defaults.get("parameters", {}), **entry.get("parameters", {})}, base)
    params.update(extra)
    files = {k: entry.get(k, defaults.get(k)) for k in ("actors", "targets")}
    return Variant(
        name=str(entry.get("name") or variant_name(notebook, entry.get("parameters", {}))),
        notebook=str(notebook), params=params,
        show_code=bool(entry.get("show_code", defaults.get("show_code", show_code))),
        **{k: (_absolute(v, base) if v else None) for k, v in files.items()})


def with_default_corpus(variant: Variant) -> Variant:
    """The variant with the notebook's default ``corpus`` made explicit (so its tables are computed once)."""
    if "corpus" in variant.params or not Path(variant.notebook).is_file():
        return variant
    default = notebook_default(variant.notebook, "corpus")
    if not isinstance(default, str) or not default:
        return variant
    corpus = _absolute(default, Path(variant.notebook).parent)
    return dataclasses.replace(variant, params={"corpus": corpus, **variant.params})


def _tables_config(variant: Variant) -> config.Config:
    """The pipeline configuration of a variant's tables: its actors and targets files, given or beside."""
    params = variant.params
    corpus = params["corpus"]
    return config.Config(
        actors=config.input_file(corpus, "actors", params.get("actors") or params.get("actors_file")
                                 or variant.actors),
        targets=config.input_file(corpus, "targets", params.get("targets") or params.get("targets_file")
                                  or variant.targets),
        recursive=variant.recursive)


def tables_key(variant: Variant) -> str:
    """Folder name for the tables of a variant's corpus, actors and targets: readable slug plus a hash.

    The hash is of the inputs' contents (names within the corpus folder and bytes), never of where they are:
    the same corpus in two checkouts has the same key, so their reports are byte-identical.
    """
    tables_config = _tables_config(variant)
    raw = json.dumps([_content_digest(p) for p in (variant.params["corpus"], tables_config.actors,
                                                   tables_config.targets)] + ["recursive"] * variant.recursive)
    return f"{slugify(Path(variant.params['corpus']).name, max_len=30) or 'corpus'}-" \
           f"{hashlib.sha256(raw.encode()).hexdigest()[:10]}"


def _content_digest(path: str | None) -> str:
    """sha256 of a file's bytes, or of a folder's entries (names, and bytes of files); '' for no path."""
    if not path:
        return ""
    path = Path(path)
    entries = sorted(path.iterdir(), key=lambda p: p.name) if path.is_dir() else [path]  # as the reader lists
    signature = tuple((str(p), *_stat(p)) for p in entries)
    return _digest(signature)


def _stat(path: Path) -> tuple:
    try:
        info = path.lstat()
    except OSError:
        return ("missing",)
    return (info.st_mode, info.st_size, info.st_mtime_ns, info.st_ino)


@functools.lru_cache(maxsize=256)
def _digest(signature: tuple) -> str:
    """The digest of entries given with their stat (cached: unchanged files are not read twice)."""
    digest = hashlib.sha256()
    for entry in signature:
        path = Path(entry[0])
        kind = "link" if path.is_symlink() else "file" if path.is_file() else "folder" if path.is_dir() else "other"
        data = os.readlink(path).encode("utf-8", "surrogateescape") if kind == "link" else \
            path.read_bytes() if kind == "file" else b""
        for part in (path.name.encode("utf-8", "surrogateescape"), kind.encode(), data):
            digest.update(len(part).to_bytes(8, "big") + part)
    return digest.hexdigest()


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
        tables_config = _tables_config(variant)
        rel = os.path.relpath(variant.params["corpus"])
        tables_config = dataclasses.replace(tables_config, **{
            k: os.path.relpath(v) for k, v in (("actors", tables_config.actors), ("targets", tables_config.targets))
            if v})
        try:
            pipeline.run(rel, out / TABLES_DIR / key, fmt="parquet", config=tables_config)
            done[key] = ""
        except Exception as exc:  # noqa: BLE001 - reported per report, the other corpora still build
            done[key] = f"tables could not be computed: {one_line(exc)}"
    return done
