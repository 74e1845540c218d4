"""The command line: ``python -m analysis run|report|validate|setup``.

Every error a user can cause (a missing corpus, a bad flag value, an unreadable file) ends as one line on
stderr and exit status 2; per-document problems are rows of the ``skipped`` and ``warnings`` tables. Ctrl-C
(SIGINT) or SIGTERM stops the command and its workers, leaves the outputs complete (the previous ones, or
those finished before the signal) and ends in one line with exit status 130 or 143 (``Interrupted``).
"""

from __future__ import annotations

import argparse
import os
import sys

from analysis.interrupts import Interrupted, interruptible

__all__ = ["Interrupted", "build_parser", "cmd_run", "cmd_report", "cmd_validate", "cmd_setup", "main"]


def _user_errors() -> tuple[type[BaseException], ...]:
    from analysis.corpus import CorpusError
    from analysis.resources import ResourceError
    from analysis.store import StoreError

    errors = [CorpusError, ResourceError, StoreError]
    try:
        from analysis.reports import ReportError

        errors.append(ReportError)
    except ImportError:
        pass
    try:
        from analysis.validate import ValidationError

        errors.append(ValidationError)
    except ImportError:
        pass
    return tuple(errors)


def _add_corpus_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", required=True, help="folder of .txt/.html articles, or a .csv/.jsonl file")
    parser.add_argument("--actors", help="actors CSV (default: actors.csv beside the corpus, if any)")
    parser.add_argument("--targets", help="stance targets CSV (default: targets.csv beside the corpus, if any)")
    parser.add_argument("--text-column", help="text column of a .csv/.jsonl corpus")
    parser.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                        help="map a column of a .csv/.jsonl corpus to a field (doc_id, title, outlet, date, url)")
    parser.add_argument("--metadata", help="metadata CSV for a folder corpus (default: metadata.csv in it)")
    parser.add_argument("--recursive", action="store_true",
                        help="also read the subfolders of a folder corpus (default: each is a skipped row)")
    parser.add_argument("--max-mb", type=float, default=20.0,
                        help="skip files and table cells larger than this many MB (default 20)")
    parser.add_argument("--lexicon", help="competing-terms CSV for the lexical table (default: the shipped "
                        "analysis/data/lexical_variants.csv)")
    parser.add_argument("--frame-cues", help="frame cue CSV (default: analysis/data/frame_cues.csv)")
    parser.add_argument("--role-cues", help="actor role cue CSV (default: analysis/data/role_cues.csv)")
    parser.add_argument("--topic-words", help="news topic words neutralised in compound_news (default: "
                        "analysis/data/news_topic_words.txt)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="compute every table of a corpus into a folder")
    _add_corpus_options(run)
    run.add_argument("--out", required=True, help="output folder for the tables")
    run.add_argument("--format", choices=("csv", "parquet"), default="csv")
    run.add_argument("--workers", type=int, default=None, help="processes (default: both cores)")
    run.add_argument("--engine", choices=("local", "dask"), default="local")
    run.add_argument("--scheduler", help="address of a running Dask scheduler (with --engine dask)")
    run.add_argument("--force", action="store_true", help="recompute even when nothing changed")

    report = sub.add_parser("report", help="execute the notebooks into HTML reports")
    report.add_argument("--notebooks", help="glob of notebooks to run (default notebooks/[0-9]*.ipynb; "
                        "with --plan, only the plan's reports of these notebooks)")
    report.add_argument("--plan", help="report plan (TOML) listing notebook variants")
    report.add_argument("--param", action="append", default=[], metavar="KEY=VALUE",
                        help="set a notebook parameter (string values are passed as given)")
    report.add_argument("--out", default="reports", help="folder for the HTML reports (default reports/)")
    report.add_argument("--show-code", action="store_true", help="keep code cells in the HTML")
    report.add_argument("--force", action="store_true", help="rebuild reports even when nothing changed")
    report.add_argument("--timeout", type=int, default=600, help="seconds a cell may run")
    report.add_argument("--workers", type=int, default=None, help="reports built at once (default 2)")
    report.add_argument("--recursive", action="store_true",
                        help="also read the subfolders of each corpus folder when computing its tables")

    validate = sub.add_parser("validate", help="score the kit against a hand-labelled gold file")
    validate.add_argument("task", choices=("sentiment", "stance", "frames", "quotes"))
    validate.add_argument("--gold", required=True, help="gold CSV/TSV file")
    validate.add_argument("--corpus", help="corpus the gold refers to (stance, frames, quotes)")
    validate.add_argument("--actors", help="actors CSV")
    validate.add_argument("--targets", help="targets CSV")
    validate.add_argument("--json", action="store_true", help="print the figures as JSON")
    validate.add_argument("--split", choices=("tuning", "checking", "all"), default="all",
                          help="quotes and frames: score only the tuning or the checking part of the gold "
                          "(parts by the sha256 of a document's or sentence's id; default all)")
    validate.add_argument("--recursive", action="store_true",
                          help="also read the subfolders of a folder corpus, as run --recursive does")

    sub.add_parser("setup", help="build the offline nltk data folder (VADER lexicon)")
    return parser


def _config(args):
    from analysis.config import Config, input_file, max_bytes_of
    from analysis.corpus import parse_column_map

    def given(name):  # a file that is only used when named (no default beside the corpus)
        value = getattr(args, name.replace("-", "_"), None)
        return input_file(args.corpus, name, value, check=True) if value else None

    # metadata.csv of a folder corpus is named in the configuration, so that its hash is part of the cache key
    folder = os.path.isdir(args.corpus)
    metadata = input_file(args.corpus, "metadata", args.metadata, check=True) if folder else args.metadata
    return Config(max_bytes=max_bytes_of(args.max_mb), text_column=args.text_column,
                  column_map=parse_column_map(args.map), metadata=metadata,
                  actors=input_file(args.corpus, "actors", args.actors, check=True),
                  targets=input_file(args.corpus, "targets", args.targets, check=True),
                  lexicon=given("lexicon"), frame_cues=given("frame-cues"), role_cues=given("role-cues"),
                  topic_words=given("topic-words"), recursive=args.recursive)


def _check_run_options(args) -> None:
    """Refuse ``run`` option values that cannot work, in one line each (before any work is done)."""
    from analysis.config import ConfigError, workers_of

    for name in ("corpus", "out"):  # an empty path would be the current folder
        if not getattr(args, name).strip():
            raise ConfigError(f"--{name} must name a path, got an empty one")
    workers_of(args.workers)
    workers_of(os.environ.get("NEWSFRAME_WORKERS") or None, name="NEWSFRAME_WORKERS")
    if args.scheduler and args.engine != "dask":
        raise ConfigError("--scheduler needs --engine dask")
    if args.text_column is not None and not args.text_column.strip():
        raise ConfigError("--text-column must name a column, got an empty name")
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        raise ConfigError(f"--out must be a folder, and {args.out} is a file")


def cmd_run(args) -> int:
    from analysis import pipeline

    _check_run_options(args)
    config = _config(args)
    if args.engine == "dask":
        from analysis import distributed

        distributed.run(args.corpus, args.out, fmt=args.format, config=config, scheduler=args.scheduler,
                        force=args.force, workers=args.workers)
    else:
        pipeline.run(args.corpus, args.out, fmt=args.format, config=config, workers=args.workers,
                     force=args.force)
    from analysis import store

    print(f"{store.count_rows(args.out, 'documents')} documents, {store.count_rows(args.out, 'skipped')} skipped "
          f"-> {args.out}")
    return 0


def cmd_report(args) -> int:
    from analysis import reports

    return reports.main(args)


def cmd_validate(args) -> int:
    from analysis import validate

    return validate.main(args)


def cmd_setup(args) -> int:
    from analysis.resources import ensure_nltk_data, nltk_data_dir, vader

    ensure_nltk_data()
    vader()
    print(f"nltk data ready in {nltk_data_dir()}")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    handler = {"run": cmd_run, "report": cmd_report, "validate": cmd_validate, "setup": cmd_setup}[args.command]
    with interruptible():
        try:
            return handler(args)
        except _user_errors() as exc:
            print(f"newsframe: error: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt as exc:
            name = exc.args[0] if isinstance(exc, Interrupted) else "SIGINT"
            print(f"newsframe: stopped by {name}; workers ended, partial output removed, complete outputs kept",
                  file=sys.stderr)
            return getattr(exc, "status", 130)
