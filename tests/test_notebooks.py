"""Every notebook: paired with a plain-text jupytext script and in sync with it, committed without outputs, thin.

Thin means: a parameters cell of typed, commented literals, then calls and prose. No `def`, `class`, `lambda`,
loops or comprehensions, no regular expressions, and no file writes in code cells (the logic lives in
``analysis/`` where it is unit-tested). The rules are checked on the syntax tree of each code cell, and the
checker itself is tested on small cells that break each rule.
"""

from __future__ import annotations

import ast
from pathlib import Path

import jupytext
import nbformat
import pytest

NOTEBOOKS = Path(__file__).resolve().parent.parent / "notebooks"
IPYNBS = sorted(p for p in NOTEBOOKS.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)
SCRIPTS = sorted(p for p in NOTEBOOKS.rglob("*.py") if ".ipynb_checkpoints" not in p.parts
                 and p.read_text(encoding="utf-8").lstrip().startswith("# ---\n# jupyter:"))
WRITE_METHODS = {"to_csv", "to_parquet", "to_excel", "to_json", "to_pickle", "to_feather", "to_html", "to_sql",
                 "savefig", "write", "write_text", "write_bytes", "writelines", "mkdir", "unlink", "rmdir",
                 "rename", "touch"}
WRITE_FUNCTIONS = {"open", "exec", "eval", "compile"}
REGEX_MODULES = {"re", "regex"}


def _rel(path: Path) -> str:
    return str(path.relative_to(NOTEBOOKS))


def _code(source: str) -> str:
    """Cell source without IPython magics and shell escapes (which are not Python)."""
    return "\n".join("" if line.lstrip().startswith(("%", "!")) else line for line in source.splitlines())


def violations(source: str) -> list[str]:
    """What makes a code cell not thin (empty list: the cell is thin)."""
    tree = ast.parse(_code(source))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            found.append("function definition")
        elif isinstance(node, ast.ClassDef):
            found.append("class definition")
        elif isinstance(node, ast.For | ast.AsyncFor | ast.While | ast.comprehension):
            found.append("loop")
        elif isinstance(node, ast.Import) and any(a.name.split(".")[0] in REGEX_MODULES for a in node.names):
            found.append("regular expressions")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in REGEX_MODULES:
            found.append("regular expressions")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in WRITE_FUNCTIONS:
                found.append(f"{func.id}() call")
            elif isinstance(func, ast.Attribute):
                if func.attr in WRITE_METHODS or func.attr.startswith("write_"):
                    found.append(f".{func.attr}() call")
                elif isinstance(func.value, ast.Name) and func.value.id in REGEX_MODULES:
                    found.append("regular expressions")
    return found


def parameter_problems(source: str) -> list[str]:
    """What keeps a parameters cell from being typed, commented literals only."""
    problems = []
    lines = source.splitlines()
    for node in ast.parse(source).body:
        if not isinstance(node, ast.AnnAssign) or node.value is None:
            problems.append(f"line {node.lineno}: not a typed assignment")
            continue
        try:
            ast.literal_eval(node.value)
        except ValueError:
            problems.append(f"line {node.lineno}: value is not a literal")
        if "#" not in lines[node.end_lineno - 1]:
            problems.append(f"line {node.lineno}: no comment saying what it is")
    return problems


# ---------------------------------------------------------------------------------------------- the checker

@pytest.mark.parametrize("source, rule", [
    ("def f(x):\n    return x", "function definition"),
    ("g = lambda x: x", "function definition"),
    ("class A:\n    pass", "class definition"),
    ("for doc in docs:\n    print(doc)", "loop"),
    ("while True:\n    break", "loop"),
    ("[len(t) for t in texts]", "loop"),
    ("import re", "regular expressions"),
    ("from re import findall", "regular expressions"),
    ("import analysis, regex", "regular expressions"),
    ("re.findall('x', text)", "regular expressions"),
    ("open('out.txt', 'w')", "open() call"),
    ("frame.to_csv('out.csv')", ".to_csv() call"),
    ("fig.savefig('f.png')", ".savefig() call"),
    ("writer.write_table(t)", ".write_table() call"),
    ("Path('x').write_text('y')", ".write_text() call"),
])
def test_checker_catches(source, rule):
    assert rule in violations(source)


@pytest.mark.parametrize("source", [
    "tables_ = pipeline.load_or_compute(corpus, tables=tables)",
    "%matplotlib inline\nsentiment.plot_distribution(tables_);",
    "frame[frame['target'] == target][['speaker', 'stance']]",
    "teaching.check_kappa(items['partner_stance'], kit, 0.67)",
    "result = analysis.quick('For the record: written words.')",
])
def test_checker_accepts_calls(source):
    assert violations(source) == []


@pytest.mark.parametrize("source, ok", [
    ('corpus: str = "../seeds"  # corpus folder', True),
    ('labels: list[str] = []  # your labels\nn: int = 2  # rows', True),
    ('corpus = "../seeds"  # untyped', False),
    ('corpus: str = "../seeds"', False),
    ('corpus: str = str(Path("x"))  # computed', False),
])
def test_parameter_checker(source, ok):
    assert (parameter_problems(source) == []) is ok


# ---------------------------------------------------------------------------------------------- notebooks

def test_notebooks_exist():
    assert IPYNBS and SCRIPTS


@pytest.mark.parametrize("path", IPYNBS, ids=_rel)
def test_notebook_has_its_paired_script_in_sync(path):
    script = path.with_suffix(".py")
    assert script.is_file(), f"{_rel(path)} has no paired {script.name}: run `jupytext --set-formats ipynb,py:percent`"
    notebook = nbformat.read(path, as_version=4)
    paired = jupytext.read(script)
    cells = [(c.cell_type, c.source.strip()) for c in notebook.cells]
    assert cells == [(c.cell_type, c.source.strip()) for c in paired.cells], \
        f"{_rel(path)} and {script.name} differ: run `jupytext --sync {_rel(script)}`"


@pytest.mark.parametrize("path", SCRIPTS, ids=_rel)
def test_script_has_its_paired_notebook(path):
    assert path.with_suffix(".ipynb").is_file(), f"{_rel(path)} has no .ipynb: run `jupytext --to ipynb {path.name}`"


@pytest.mark.parametrize("path", IPYNBS, ids=_rel)
def test_notebook_is_committed_without_outputs(path):
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.get("outputs") == [], f"{_rel(path)}: a cell has outputs"
            assert cell.get("execution_count") is None, f"{_rel(path)}: a cell has an execution count"


@pytest.mark.parametrize("path", IPYNBS, ids=_rel)
def test_notebook_is_thin(path):
    notebook = nbformat.read(path, as_version=4)
    problems = [f"cell {i}: {', '.join(sorted(set(v)))}" for i, cell in enumerate(notebook.cells)
                if cell.cell_type == "code" and (v := violations(cell.source))]
    assert not problems, f"{_rel(path)} has logic that belongs in analysis/: {problems}"


@pytest.mark.parametrize("path", IPYNBS, ids=_rel)
def test_notebook_has_one_parameters_cell_of_commented_literals(path):
    notebook = nbformat.read(path, as_version=4)
    cells = [c for c in notebook.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(cells) == 1, f"{_rel(path)}: {len(cells)} parameters cells"
    assert parameter_problems(cells[0].source) == []
    names = {node.target.id for node in ast.parse(cells[0].source).body}
    assert {"corpus", "tables"} <= names


@pytest.mark.parametrize("path", IPYNBS, ids=_rel)
def test_notebook_opens_with_a_title_and_question(path):
    notebook = nbformat.read(path, as_version=4)
    first = notebook.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "?" in first.source
