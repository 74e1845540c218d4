"""Notebook parameters: the names a notebook declares, value coercion, and the checks run before any kernel.

Parameter names must be Python identifiers that the notebook's ``parameters`` cell declares (papermill's
``inspect_notebook``); values are checked against the declared type (text stays text: ``"00123"`` and
``"NO"`` reach the kernel exactly as given), targets against the corpus's ``targets.csv``, dates as ISO
``YYYY-MM-DD``. Every problem is one line; nothing runs while any remains.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import keyword
import re
import unicodedata
from pathlib import Path

from analysis import config
from analysis.reports.messages import ReportError, one_line, shown

__all__ = ["PATH_PARAMS", "DATE_PARAMS", "check_name", "notebook_parameters", "notebook_default", "coerce",
           "parse_param", "is_path_param", "is_date_param", "check_date", "known_targets", "validate"]

PATH_PARAMS = ("corpus", "tables", "gold", "targets", "actors")
DATE_PARAMS = ("since", "until", "start", "end")
FIRST_DATES = ("date_from", "since", "start", "start_date")
LAST_DATES = ("date_to", "until", "end", "end_date")


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
    """What papermill's ``inspect_notebook`` says of a notebook's parameters. A Python notebook is read here,
    the same way, because importing papermill costs about two seconds (its validation stack), which a rebuild
    with nothing to build would spend on this alone; other languages go to papermill."""
    try:
        cells, language = _cells_and_language(notebook)
        if language == "python":
            return _python_parameters(cells)
        import papermill

        return papermill.inspect_notebook(notebook)
    except Exception as exc:  # noqa: BLE001 - any unreadable notebook is one user error
        raise ReportError(f"cannot read notebook {shown(notebook)}: {one_line(exc)}") from exc


def _cells_and_language(notebook: str) -> tuple[list, str]:
    nb = json.loads(Path(notebook).read_text(encoding="utf-8"))
    metadata = nb.get("metadata", {})
    language = metadata.get("language_info", {}).get("name") or metadata.get("kernelspec", {}).get("language")
    if nb.get("nbformat") != 4 or not metadata.get("kernelspec", {}).get("name"):
        language = None  # an old format, or no kernel: papermill says what is wrong
    return nb.get("cells", []), language


# papermill's reading of one definition in a parameters cell: name, optional annotation, value, "# type: T", help
_DEFINITION = re.compile(r"^(?P<target>\w[\w_]*)\s*(:\s*[\"']?(?P<annotation>\w[\w_\[\],\s]*)[\"']?\s*)?=\s*"
                         r"(?P<value>.*?)(\s*#\s*(type:\s*(?P<type_comment>[^\s]*)\s*)?(?P<help>.*))?$")


def _python_parameters(cells: list) -> dict:
    """The parameters of the first cell tagged ``parameters``, as papermill's Python translator reads them: the
    lines between two assignments are one definition (comments dropped but on its last line, which is help), a
    line with two "=" is skipped."""
    cell = next((c for c in cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    if cell is None:
        return {}
    source = cell.get("source", "")
    source = "".join(source) if isinstance(source, list) else source
    groups, lines = [], []
    for line in source.splitlines():
        if not line.strip() or line.strip().startswith("#"):
            continue
        if "=" in line:
            groups.append(lines)
            lines = []
            if line.count("=") > 1:
                continue
        lines.append(line)
    groups.append(lines)
    found = {}
    for group in groups:
        definition = "".join(line[:line.index("#")].strip() if "#" in line else line.strip() for line in group[:-1])
        definition += group[-1].strip() if group else ""
        match = _DEFINITION.match(definition) if definition else None
        if match is not None:
            name = match["target"].strip()
            found[name] = {"name": name, "inferred_type_name": str(match["annotation"] or match["type_comment"]
                                                                   or None).strip(),
                           "default": str(match["value"]).strip(), "help": str(match["help"] or "").strip()}
    return found


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
        return _typed(value, base)
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
        return _boolean(value)
    if base in ("list", "dict"):
        return _json(value, base)
    return value


def _typed(value, base: str):
    """A plan value (already typed by TOML), refused when it does not match the declared type."""
    wanted = {"str": str, "int": int, "float": (int, float), "bool": bool, "list": list, "dict": dict}
    if base in wanted and (not isinstance(value, wanted[base]) or (base != "bool" and isinstance(value, bool))):
        raise ValueError(f"expects {base}, got {value!r}")
    return value


def _boolean(value: str) -> bool:
    truth = {"true": True, "yes": True, "1": True, "false": False, "no": False, "0": False}
    if value.strip().lower() not in truth:
        raise ValueError(f"expects true or false, got {value!r}")
    return truth[value.strip().lower()]


def _json(value: str, base: str):
    try:
        parsed = json.loads(value)
    except json.JSONDecodeError:
        raise ValueError(f"expects a JSON {base}, got {value!r}") from None
    if not isinstance(parsed, list if base == "list" else dict):
        raise ValueError(f"expects a JSON {base}, got {value!r}")
    return parsed


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
    """Target ids of the targets file (given, or ``targets.csv`` beside the corpus); None without one.

    The file is read by the one targets reader (``stance_lexicon.read_targets``); a file it cannot use is a
    ``ReportError`` naming the problem in one line.
    """
    from analysis import stance_lexicon

    path = config.input_file(corpus, "targets", targets)
    if not path or not Path(path).is_file():
        return None
    try:
        return set(stance_lexicon.target_ids(path))
    except stance_lexicon.TargetsError as exc:
        raise ReportError(f"targets file {shown(path)}: {exc}") from exc


def validate(variants: list) -> list[str]:
    """Every problem with the variants, one line each (empty when all can run).

    Args:
        variants: the reports to build (``plan.Variant``: name, notebook, params, targets).

    Returns:
        One line per problem: missing notebooks, parameters the notebook does not declare or whose values do
        not fit, an unknown corpus or target, an empty date range. (Names that collide are
        ``plan.check_files``'s.)
    """
    problems = []
    for variant in variants:
        where = f"report {variant.name!r} ({shown(variant.notebook)})"
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


def _check_params(where: str, variant, declared: dict[str, str]) -> list[str]:
    """The problems of one variant's parameters: names and values, corpus and target, date range."""
    problems = [f"{where}: {reason}" for name, value in variant.params.items()
                if (reason := _check_value(name, value, declared))]
    corpus = variant.params.get("corpus")
    if corpus is not None and not Path(corpus).exists():
        problems.append(f"{where}: corpus not found: {shown(corpus)}")
    elif corpus is not None and variant.params.get("target", "") != "":
        try:
            problems += _check_target(where, variant)
        except ReportError as exc:
            return [*problems, f"{where}: {exc}"]
    return problems + _check_date_range(where, variant.params)


def _check_value(name: str, value, declared: dict[str, str]) -> str | None:
    """Why one parameter cannot be passed (its name, its type, its date), or None."""
    reason = check_name(name)
    if reason:
        return f"parameter {reason}"
    if name not in declared:
        return f"unknown parameter {name!r} (the notebook takes: {', '.join(declared) or 'no parameters'})"
    try:
        coerce(value, declared[name])
    except ValueError as exc:
        return f"parameter {name!r} {exc}"
    if is_date_param(name) and (reason := check_date(value)):
        return f"parameter {name!r}: {reason}"
    return None


def _check_target(where: str, variant) -> list[str]:
    params = variant.params
    targets = known_targets(Path(params["corpus"]), params.get("targets") or params.get("targets_file")
                            or variant.targets)
    if targets is None or str(params["target"]) in targets:
        return []
    return [f"{where}: unknown target {params['target']!r} (targets.csv has: "
            f"{', '.join(sorted(targets)) or 'none'})"]


def _check_date_range(where: str, params: dict) -> list[str]:
    dates = {n: v for n, v in params.items() if is_date_param(n) and not check_date(v) and v}
    first = [dates[n] for n in dates if n in FIRST_DATES]
    last = [dates[n] for n in dates if n in LAST_DATES]
    if first and last and str(first[0]) > str(last[0]):
        return [f"{where}: the date range is empty ({first[0]} is after {last[0]})"]
    return []
