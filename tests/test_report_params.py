"""A notebook's declared parameters are read without papermill for Python notebooks, exactly as papermill reads them.

papermill's ``inspect_notebook`` is the reference: every notebook of the kit, and hand-made parameters cells
with annotations, type comments, help comments, definitions over several lines and lines it cannot parse, must
give the same answer. Other languages still go to papermill.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import papermill
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

from analysis.reports import ReportError, params

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted(ROOT.glob("notebooks/**/*.ipynb"))
PYTHON = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
          "language_info": {"name": "python"}}

CELLS = {
    "plain": 'corpus = "seeds"\ntarget = ""\n',
    "annotated": 'corpus: str = "seeds"  # the folder of articles\nlimit: int = 10\nrate: "float" = 0.5\n',
    "type comment": "workers = 2  # type: int\nnames = []  # type: list[str]  the outlets to keep\n",
    "several lines": 'outlets = [\n    "a",  # first\n    "b",\n]  # the outlets\nflag = True\n',
    "two equals": 'a = b = 1\nc = "x == y"\nd = 4\n',
    "comments and blanks": '# parameters\n\n   # indented comment\nx = 1\n\n',
    "no assignment": "print('hello')\n",
    "weird names": "_private = None\nx2: list[int] = [1, 2]\n",
}


def _notebook(folder: Path, source: str, *, tagged: bool = True, metadata: dict | None = None) -> Path:
    nb = new_notebook(metadata=dict(PYTHON) if metadata is None else metadata)
    nb.cells = [new_markdown_cell("# title"), new_code_cell("import os"),
                new_code_cell(source, metadata={"tags": ["parameters"] if tagged else []}),
                new_code_cell("y = 2", metadata={"tags": ["parameters"]})]
    path = folder / f"nb{len(list(folder.glob('*.ipynb')))}.ipynb"
    nbformat.write(nb, path)
    params._declared.cache_clear()
    return path


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_the_kits_notebooks_read_as_papermill_reads_them(notebook):
    assert params._declared(str(notebook)) == papermill.inspect_notebook(str(notebook))
    assert params.notebook_parameters(notebook)  # each declares at least one parameter


@pytest.mark.parametrize("name", list(CELLS))
def test_hand_made_cells_read_as_papermill_reads_them(tmp_path, name):
    path = _notebook(tmp_path, CELLS[name])
    assert params._declared(str(path)) == papermill.inspect_notebook(str(path))


def test_the_first_tagged_cell_counts_and_an_untagged_one_does_not(tmp_path):
    assert params.notebook_parameters(_notebook(tmp_path, "x = 1")) == {"x": "None"}
    assert params.notebook_parameters(_notebook(tmp_path, "x = 1", tagged=False)) == {"y": "None"}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(['a = 1', 'b: int = 2  # help', 'c = [', '  1,', ']', '# note', '', 'd = e = 3',
                                 'f = "x"  # type: str', 'g = {"k": 1}  # a dict', 'h: "str" = None']),
                max_size=8))
def test_any_mix_of_definitions_reads_as_papermill_reads_it(tmp_path_factory, lines):
    path = _notebook(tmp_path_factory.mktemp("nb"), "\n".join(lines))
    assert params._declared(str(path)) == papermill.inspect_notebook(str(path))


def test_a_notebook_of_another_language_goes_to_papermill(tmp_path):
    r = {"kernelspec": {"name": "ir", "display_name": "R", "language": "R"}, "language_info": {"name": "R"}}
    path = _notebook(tmp_path, 'corpus = "seeds"\n', metadata=r)
    assert params._declared(str(path)) == papermill.inspect_notebook(str(path))


def test_an_unreadable_notebook_is_one_report_error(tmp_path):
    path = tmp_path / "broken.ipynb"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ReportError, match="cannot read notebook"):
        params.notebook_parameters(path)


def test_an_old_format_notebook_goes_to_papermill(tmp_path):
    old = tmp_path / "old.ipynb"
    old.write_text(json.dumps({"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": []}),
                   encoding="utf-8")
    params._declared.cache_clear()
    assert params._declared(str(old)) == papermill.inspect_notebook(str(old))


def test_reading_a_python_notebooks_parameters_does_not_import_papermill():
    code = ("import sys; from analysis.reports import params; "
            f"print(params.notebook_parameters({str(NOTEBOOKS[0])!r})); print('papermill' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    assert out.splitlines()[-1] == "False"
    assert "corpus" in out.splitlines()[0]
