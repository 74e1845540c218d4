"""Reports: execute the notebooks with papermill and export them to safe, reproducible HTML.

``python -m analysis report`` (``main``) runs each report variant (a notebook with its parameters, from
``--notebooks`` and ``--param`` or from a TOML plan) in this order:

1. **Validate before any kernel starts**: the options (``--out`` a folder, ``--timeout`` and ``--workers`` at
   least 1), report names whose files would collide, parameter names, types, targets and dates, one line per
   problem; nothing runs while any remains.
2. **Compute the tables once** per distinct corpus, actors and targets file into ``<out>/_tables/<key>`` and
   pass that folder as the ``tables`` parameter.
3. **Execute** each notebook in a worker process with a fixed environment, then **check completeness**. The
   workers and their kernels end with the build, however it ends (``processes``).
4. **Export** to sanitised HTML (parameters first, provenance last), **audit** it, and only then move it
   into place: a failed run never replaces a good report.
5. **Index**: ``<out>/index.html`` lists every report with its parameters, status, run time and the reason
   of each failure, grouped by notebook.

Modules:

- ``messages``: ``ReportError`` and how problems, paths and values are shown to people.
- ``params``: the parameters a notebook declares, value coercion and the checks run before any kernel.
- ``plan``: ``Variant`` and ``Job``, report names and paths, plans and ad hoc variants, the tables to compute.
- ``execute``: the kernel environment, cache keys, running the jobs in worker processes.
- ``processes``: workers and kernels that end with the build, the output folder's lock, removing what a killed
  build left.
- ``export``: sanitising, normalising and scrubbing, the HTML export and its promotion into place.
- ``audit``: the completeness check of executed notebooks and the safety audit of HTML pages.
- ``index``: ``Outcome`` (what happened to a report) and the ``index.html`` page listing every report.
- ``provenance``: the provenance block that closes every report, and the kit's commit.

Every public name of these modules is available here as ``reports.NAME``.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

from analysis.reports.audit import audit_html, check_complete
from analysis.reports.execute import (
    DEFAULT_WORKERS,
    EXECUTED_DIR,
    build,
    build_key,
    execute,
    kernel_environment,
    kit_fingerprint,
    plan_jobs,
    run_jobs,
    source_date_epoch,
)
from analysis.reports.export import (
    ALLOWED_ATTRIBUTES,
    ALLOWED_TAGS,
    TEMPLATES,
    clean_html,
    export_html,
    has_provenance,
    normalize,
    parameters_cell,
    promote,
    scrub,
    scrub_pairs,
    with_provenance,
)
from analysis.reports.index import CSP, INDEX, Outcome, write_index
from analysis.reports.messages import ReportError, escape_value, one_line, shown
from analysis.reports.params import (
    DATE_PARAMS,
    PATH_PARAMS,
    check_date,
    check_name,
    coerce,
    is_date_param,
    is_path_param,
    known_targets,
    notebook_default,
    notebook_parameters,
    parse_param,
    validate,
)
from analysis.reports.plan import (
    CODE_SUFFIX,
    TABLES_DIR,
    Job,
    Variant,
    adhoc_variants,
    check_files,
    check_options,
    code_path,
    load_plan,
    prepare_tables,
    report_files,
    report_path,
    slugify,
    tables_key,
    variant_name,
    with_default_corpus,
)
from analysis.reports.processes import (
    LOCK,
    SCRATCH_PREFIX,
    kernel_manager,
    lock,
    scratch_folder,
    tidy,
    worker_pool,
)
from analysis.reports.provenance import (
    DEPENDENCIES,
    HTML_CLASS,
    KIT_DIR,
    Provenance,
    closing_block,
    file_sha256,
    kit_commit,
    provenance,
)

__all__ = [
    "main", "ReportError", "one_line", "shown", "escape_value",
    "PATH_PARAMS", "DATE_PARAMS", "check_name", "notebook_parameters", "notebook_default", "coerce", "parse_param",
    "is_path_param", "is_date_param", "check_date", "known_targets", "validate",
    "TABLES_DIR", "CODE_SUFFIX", "Variant", "Job", "slugify", "report_path", "code_path", "report_files", "check_files",
    "check_options", "variant_name", "adhoc_variants", "load_plan", "with_default_corpus", "tables_key",
    "prepare_tables",
    "EXECUTED_DIR", "DEFAULT_WORKERS", "kit_fingerprint", "build_key", "source_date_epoch",
    "kernel_environment", "plan_jobs", "run_jobs", "build", "execute",
    "TEMPLATES", "ALLOWED_TAGS", "ALLOWED_ATTRIBUTES", "clean_html", "scrub_pairs", "scrub", "normalize",
    "parameters_cell", "has_provenance", "with_provenance", "export_html", "promote",
    "check_complete", "audit_html",
    "LOCK", "SCRATCH_PREFIX", "lock", "tidy", "scratch_folder", "worker_pool", "kernel_manager",
    "INDEX", "CSP", "Outcome", "write_index",
    "KIT_DIR", "DEPENDENCIES", "HTML_CLASS", "Provenance", "provenance", "closing_block", "kit_commit",
    "file_sha256",
]


def main(args) -> int:
    """``python -m analysis report``: plan, validate, compute tables, build in parallel, write the index.

    Args:
        args: the parsed command line (``notebooks``, ``plan``, ``param``, ``out``, ``show_code``, ``force``,
            ``timeout``, ``workers``, ``recursive``).

    Returns:
        The exit status: 0 when every report is ready, 1 when any failed. Options or a plan that cannot run
        raise a ``ReportError`` with one line per problem, before any kernel starts.
    """
    out = Path(args.out)
    problems = check_options(out, timeout=args.timeout, workers=args.workers)
    if problems:
        raise ReportError("\n".join(problems))
    variants = _variants(args)
    if getattr(args, "recursive", False):
        variants = [dataclasses.replace(v, recursive=True) for v in variants]
    problems = check_files(variants, out)
    variants = [with_default_corpus(v) for v in variants]
    problems += validate(variants)
    if problems:
        raise ReportError("the reports cannot run:\n  " + "\n  ".join(problems))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(f"--out {out}: cannot create the folder ({exc.strerror or exc})") from None
    with lock(out):  # a second build into ``out`` is refused; what a killed one left is removed
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


def _variants(args) -> list[Variant]:
    if args.plan:
        return load_plan(args.plan, overrides=args.param, pattern=args.notebooks, show_code=args.show_code)
    return adhoc_variants(args.notebooks or "notebooks/[0-9]*.ipynb", args.param, show_code=args.show_code)
