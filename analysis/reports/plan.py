"""The reports to build: variants from a TOML plan or a glob of notebooks, their names, their tables, jobs.

A variant is a notebook, a name (the file name: ``<out>/NAME.html``) and the parameters passed to it, paths
made absolute; a job is a variant ready for a worker process (parameters as passed to the kernel). Names
become file-name-safe slugs that stay inside the output folder. The tables are computed once per distinct
corpus, actors and targets file into ``<out>/_tables/<key>`` (``pipeline.run``, parquet), the folder later
passed as the ``tables`` parameter.
"""

from __future__ import annotations

import dataclasses
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

__all__ = ["TABLES_DIR", "Variant", "Job", "slugify", "report_path", "variant_name", "adhoc_variants", "load_plan",
           "with_default_corpus", "tables_key", "prepare_tables"]

TABLES_DIR = "_tables"
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
                                  or variant.targets))


def tables_key(variant: Variant) -> str:
    """Folder name for the tables of a variant's corpus, actors and targets: readable slug plus a hash."""
    tables_config = _tables_config(variant)
    raw = json.dumps([variant.params["corpus"], tables_config.actors, tables_config.targets])
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
