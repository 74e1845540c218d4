"""The report layer: parameter checks, safe HTML, completeness checks, determinism, atomic promotion.

Fast tests exercise the pieces on hand-made notebooks (no kernel); tests marked slow execute notebooks with
papermill: the failure fixtures in tests/fixtures/notebooks/ (named by behaviour, as papermill's own), the
``ok`` fixture twice for byte-identical output, and the real notebooks on a hostile corpus.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import re
from importlib import metadata
from pathlib import Path

import nbformat
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from papermill.translators import PythonTranslator
from reportkit import FIXTURES, ROOT, audit, hostile_corpus, plan_build, report_args, sample_build, visible_text

from analysis import reports
from analysis.reports import ReportError, Variant

# ---------------------------------------------------------------------------------------------- versions


def _version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])


@pytest.mark.parametrize("package, minimum", [("nbconvert", "7.17.1"), ("bleach", "6.4.0")])
def test_installed_versions_have_the_security_fixes(package, minimum):
    assert _version_tuple(metadata.version(package)) >= _version_tuple(minimum)
    pinned = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'"{package}>={minimum}"' in pinned


# ---------------------------------------------------------------------------------------------- names


@pytest.mark.parametrize("name", ["../../etc/passwd", "/abs/olute", "{src}", "a\x00b", "x" * 300, "..",
                                  "Ünïcode: Stance ✓", "CON", "report.html"])
def test_report_files_stay_inside_the_output_folder(tmp_path, name):
    slug = reports.slugify(name)
    path = reports.report_path(tmp_path, slug or "x")
    assert path.parent == tmp_path.resolve()
    assert re.fullmatch(r"[a-z0-9-]+\.html", path.name)
    assert len(path.name) <= 90


@pytest.mark.parametrize("name", ["", "<>", "../.."])
def test_a_name_without_letters_is_refused(tmp_path, name):
    with pytest.raises(ReportError):
        reports.report_path(tmp_path, name)


@given(st.text(max_size=30))
@example("x = 1\nimport os\ny")
@example("0")
@example("class")
@example("match")
@example("")
def test_parameter_names_are_identifiers_or_refused(name):
    reason = reports.check_name(name)
    if reason is None:
        tree = ast.parse(PythonTranslator.codify({name: 1}))
        assignments = [node for node in tree.body if isinstance(node, ast.Assign)]
        assert len(tree.body) == 1 and len(assignments) == 1
        assert assignments[0].targets[0].id == name
    else:
        assert "\n" not in reason


@given(st.text())
@example("00123")
@example("NO")
@example("12:30")
@example("nan")
@example('x"\\\n\u2028\x00')
def test_text_values_reach_the_kernel_exactly(value):
    passed = reports.coerce(value, "str")
    namespace: dict = {}
    exec(PythonTranslator.codify({"label": passed}), namespace)  # noqa: S102 - the code papermill injects
    assert namespace["label"] == value and isinstance(namespace["label"], str)


@pytest.mark.parametrize("value, type_name, expected", [
    ("00123", "str", "00123"), ("NO", "str", "NO"), ("1.10", "str", "1.10"), ("", "str", ""),
    ("12", "int", 12), ("-3", "int", -3), ("0.5", "float", 0.5), ("false", "bool", False),
    ("yes", "bool", True), ('["a", "b"]', "list", ["a", "b"]), ("NO", "None", "NO"), (3, "int", 3),
])
def test_values_follow_the_declared_type(value, type_name, expected):
    assert reports.coerce(value, type_name) == expected
    assert type(reports.coerce(value, type_name)) is type(expected)


@pytest.mark.parametrize("value, type_name", [("x", "int"), ("1.5", "int"), ("maybe", "bool"), ("a,b", "list"),
                                              (5, "str"), (True, "int")])
def test_values_that_do_not_fit_are_refused(value, type_name):
    with pytest.raises(ValueError):
        reports.coerce(value, type_name)


# ---------------------------------------------------------------------------------------------- validation


@pytest.fixture
def corpus_with_targets(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("The minister said the talks were useful and would resume.\n", encoding="utf-8")
    (corpus / "targets.csv").write_text("id,label,description,patterns\nceasefire,Ceasefire,,ceasefire;truce\n"
                                        "ukraine_nato_membership,NATO,,NATO membership\n", encoding="utf-8")
    return corpus


@pytest.mark.parametrize("params, message", [
    ({"colour": "red"}, "unknown parameter 'colour' (the notebook takes: corpus, tables, label, count"),
    ({"count": "many"}, "parameter 'count' expects an integer, got 'many'"),
    ({"date_from": "2025-13-45"}, "parameter 'date_from': '2025-13-45' is not a date (use YYYY-MM-DD)"),
    ({"class": "x"}, "parameter 'class' is a Python keyword"),
    ({"x = 1\nimport os": "1"}, "is not a Python identifier"),
])
def test_bad_parameters_are_one_clear_line_each(corpus_with_targets, params, message):
    variant = Variant("fixture", str(FIXTURES / "ok.ipynb"), {"corpus": str(corpus_with_targets), **params})
    problems = reports.validate([variant])
    assert len(problems) == 1 and message in problems[0]
    assert "\n" not in problems[0] or "import os" in message


@pytest.fixture
def stance_notebook(tmp_path):
    """A notebook whose parameters are a corpus and a stance target."""
    notebook = tmp_path / "stance.ipynb"
    nb = new_notebook(cells=[new_code_cell('corpus: str = "x"\ntarget: str = "ceasefire"\n',
                                           metadata={"tags": ["parameters"]})])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nbformat.write(nb, notebook)
    return notebook


def test_unknown_target_is_refused_against_the_corpus_targets(corpus_with_targets, stance_notebook):
    notebook = stance_notebook
    good = Variant("s", str(notebook), {"corpus": str(corpus_with_targets), "target": "ceasefire"})
    bad = Variant("t", str(notebook), {"corpus": str(corpus_with_targets), "target": "peace_deal"})
    assert reports.validate([good]) == []
    [problem] = reports.validate([bad])
    assert "unknown target 'peace_deal'" in problem and "ceasefire, ukraine_nato_membership" in problem


def test_nothing_runs_while_a_parameter_is_wrong(tmp_path):
    out = tmp_path / "reports"
    args = report_args(notebooks=str(FIXTURES / "ok.ipynb"), param=["count=many", "date_from=2025-02-30"],
                       out=str(out))
    with pytest.raises(ReportError) as caught:
        reports.main(args)
    lines = str(caught.value).splitlines()[1:]
    assert len(lines) == 2 and "count" in lines[0] and "date_from" in lines[1]
    assert not out.exists()


def test_the_command_line_reports_plan_errors_in_one_line_with_status_2(tmp_path, capsys):
    from analysis import cli

    plan = tmp_path / "plan.toml"
    plan.write_text('[[report]]\nnotebook = "missing.ipynb"\n', encoding="utf-8")
    assert cli.main(["report", "--plan", str(plan), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "notebook not found" in err and "Traceback" not in err


def test_sample_plan_is_valid():
    variants = reports.load_plan(ROOT / "reports.toml")
    names = [v.name for v in variants]
    assert len(names) == len(set(names))
    notebooks = {Path(v.notebook).name for v in variants}
    assert "00-overview.ipynb" in notebooks
    stance = [v.params.get("target") for v in variants if Path(v.notebook).name.startswith("03-")]
    assert {"ukraine_nato_membership", "ceasefire"} <= set(stance)
    ready = [reports.with_default_corpus(v) for v in variants if Path(v.notebook).is_file()]
    assert reports.validate(ready) == []


# ---------------------------------------------------------------------------------------------- HTML


PAYLOAD_HTML = ('<img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a>'
                '<a href=" JaVa\tScRiPt:alert(1)">y</a><svg onload="alert(1)"></svg><script>alert(1)</script>'
                '<details open ontoggle="alert(1)">d</details><iframe src="https://evil.example"></iframe>'
                '<img src="https://tracker.example/p.png"><style>body{display:none}</style>'
                '<form action="https://evil.example"><input name=q></form><p style="position:fixed">styled</p>')


def _executed_notebook() -> nbformat.NotebookNode:
    """A notebook as papermill leaves it: injected parameters, outputs of every kind, random ids, timings."""
    cells = [
        new_markdown_cell("# Hostile report\n\nPrices rose from $5 to $10. $$x$$ <script>alert(1)</script>"),
        new_code_cell('corpus: str = "../seeds"', metadata={"tags": ["parameters"]}),
        new_code_cell('corpus = "/home/someone/secret-corpus"\napi_key = "SECRET-KEY-123"',
                      metadata={"tags": ["injected-parameters"]}),
        new_code_cell("show()", execution_count=1, outputs=[
            new_output("display_data", data={"text/html": PAYLOAD_HTML, "text/plain": "x"}),
            new_output("display_data", data={"text/markdown": "Costs $5 to $10 [a](javascript:alert(1))"}),
            new_output("display_data", data={"application/javascript": "window.__pwned=1"}),
            new_output("display_data", data={"image/svg+xml": '<svg xmlns="http://www.w3.org/2000/svg" '
                                             'onload="alert(1)" width="10" height="10"></svg>'}),
            new_output("stream", name="stdout", text="<b>plain</b> $5 to $10\n"),
        ]),
        new_code_cell("table()", execution_count=2, outputs=[new_output("execute_result", execution_count=2, data={
            "text/html": '<style type="text/css">#T_1a2b3 td {color: red}</style><table id="T_1a2b3">'
                         '<tr><td id="T_1a2b3_row0_col0">&lt;script&gt;</td></tr></table>'})]),
    ]
    nb = new_notebook(cells=cells)
    nb.metadata["papermill"] = {"status": "completed", "start_time": "2026-01-01T00:00:00", "duration": 1.5}
    for cell in nb.cells:
        cell.metadata["execution"] = {"iopub.status.busy": "2026-01-01T00:00:00.1"}
    return nb


@pytest.fixture(scope="module")
def exported() -> str:
    nb = reports.normalize(_executed_notebook())
    return reports.export_html(nb, title="Hostile <b>report</b>", shown={"corpus": "seeds", "target": "$5"},
                               show_code=False)


def test_export_leaves_nothing_live(exported):
    dom = audit(exported)
    assert dom.scripts == 0
    assert dom.handlers == []
    assert dom.script_urls == []
    assert dom.external == []
    assert not {"iframe", "form", "input", "object", "embed"} & set(dom.tags)
    assert "script-src" not in dom.csp and "default-src 'none'" in dom.csp
    assert 'style="' not in exported.split("<main>", 1)[1]
    assert reports.audit_html(exported) == []


def test_export_shows_text_literally_and_keeps_structure(exported):
    text = visible_text(exported)
    assert "Prices rose from $5 to $10." in text
    assert "Costs $5 to $10" in text
    assert "<b>plain</b> $5 to $10" in text
    assert "<script>" in text  # the escaped cell text, shown as text
    assert "body{display:none}" not in text and "color: red" not in text  # no CSS shown as text
    dom = audit(exported)
    assert "h1" in dom.tags and "table" in dom.tags  # headings and tables render as such
    assert "img" in dom.tags  # the SVG figure as a data-URI image


def test_export_drops_injected_parameters_and_opens_with_what_was_asked(exported):
    assert "SECRET-KEY-123" not in exported and "secret-corpus" not in exported
    text = visible_text(exported)
    assert text.index("Hostile report") < text.index("Report parameters") < text.index("Costs $5")
    assert "corpus seeds" in text and "target $5" in text


def test_export_with_code_shows_code_but_not_injected_parameters():
    nb = reports.normalize(_executed_notebook())
    page = reports.export_html(nb, title="t", shown={}, show_code=True)
    assert "table (" in visible_text(page) and "SECRET-KEY-123" not in page
    assert audit(page).scripts == 0


def test_normalized_export_is_byte_identical_whatever_the_run_ids():
    first, second = _executed_notebook(), _executed_notebook()
    second.cells[3].outputs[0].data["text/html"] = PAYLOAD_HTML
    second.cells[4].outputs[0].data["text/html"] = second.cells[4].outputs[0].data["text/html"].replace(
        "1a2b3", "9f8e7")
    second.metadata["papermill"]["duration"] = 9.9
    pages = [reports.export_html(reports.normalize(nb), title="t", shown={}, show_code=False)
             for nb in (first, second)]
    assert pages[0] == pages[1]
    assert "T_1a2b3" not in pages[0]


def test_normalize_scrubs_absolute_paths():
    nb = new_notebook(cells=[new_code_cell("x", execution_count=1, outputs=[
        new_output("stream", name="stderr", text="/opt/venv/lib/python3.11/site-packages/x.py:1: FutureWarning\n"),
    ])])
    reports.normalize(nb, scrub=[("/opt/venv", "[python]")])
    assert nb.cells[0].outputs[0].text.startswith("[python]/lib/")


@pytest.mark.parametrize("page, problem", [
    ("<script>1</script>", "<script>"),
    ('<p onmouseover="x()">a</p>', "onmouseover"),
    ('<a href=" javascript:x()">a</a>', "script URL"),
    ('<img src="https://t.example/p.png">', "external resource"),
    ('<link rel="stylesheet" href="https://cdn.example/x.css">', "linked resource"),
    ("<p>see /srv/data/corpus for details</p>", "absolute path"),
])
def test_the_audit_refuses_each_threat(page, problem):
    found = reports.audit_html(page, forbidden=["/srv/data/corpus"])
    assert any(problem in line for line in found)


@pytest.mark.parametrize("payload", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
    '<a href="javascript:alert(1)">x</a>', "<details open ontoggle=alert(1)>", "</td></table><b>x</b>",
    '<a href="jav&#x09;ascript:alert(1)">x</a>', "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
])
def test_clean_html_neutralises_payloads(payload):
    dom = audit(reports.clean_html(payload))
    assert dom.scripts == 0 and dom.handlers == [] and dom.script_urls == []


# ---------------------------------------------------------------------------------------------- completeness


def _ran(*outputs, count=1, status="completed"):
    cell = new_code_cell("work()", execution_count=count, outputs=list(outputs))
    cell.metadata["papermill"] = {"status": status}
    nb = new_notebook(cells=[new_markdown_cell("# t"), cell])
    nb.metadata["papermill"] = {"status": "completed"}
    return nb


@pytest.mark.parametrize("nb, reason", [
    (_ran(count=None), "did not run"),
    (_ran(new_output("error", ename="KeyError", evalue="'x'", traceback=[])), "raised KeyError"),
    (_ran(new_output("error", ename="SystemExit", evalue="0", traceback=[])), "called sys.exit"),
    (_ran(new_output("stream", name="stderr", text="Traceback (most recent call last):\n  ...\nOSError: disk\n")),
     "printed an error to stderr: OSError: disk"),
    (_ran(status="pending"), "ended as pending"),
])
def test_incomplete_notebooks_are_failures(nb, reason):
    assert reason in reports.check_complete(nb)


def test_warnings_on_stderr_are_not_failures():
    nb = _ran(new_output("stream", name="stderr", text="x.py:3: FutureWarning: will change\n"))
    assert reports.check_complete(nb) == ""


# ---------------------------------------------------------------------------------------------- provenance, index


def test_provenance_lists_inputs_with_their_sha256(seeds, monkeypatch):
    monkeypatch.delenv("NEWSFRAME_REPORT_PARAMS", raising=False)
    block = reports.provenance(str(seeds), target="<b>ceasefire</b>")
    page = block._repr_html_()
    first = sorted(seeds.glob("*.txt"))[0]
    assert f"seeds/{first.name}" in page
    assert hashlib.sha256(first.read_bytes()).hexdigest() in page
    assert "&lt;b&gt;ceasefire&lt;/b&gt;" in page and "<b>" not in page
    assert str(ROOT) not in page
    assert "nbconvert" in page and "pandas" in page


def test_a_report_without_a_provenance_block_gets_one_without_code(seeds, monkeypatch):
    monkeypatch.delenv("NEWSFRAME_REPORT_PARAMS", raising=False)
    nb = _ran()
    closed = reports.with_provenance(nb, reports.closing_block(str(seeds)))
    assert not reports.has_provenance(nb) and reports.has_provenance(closed)
    for show_code in (False, True):
        page = reports.export_html(closed, title="t", shown={}, show_code=show_code)
        text = visible_text(page)
        assert page.count('<div class="newsframe-provenance">') == 1
        assert text.index("Report parameters") < text.index("Provenance") < text.index("Input files (sha256)")
        appended = page[page.index("celltag_remove-input"):page.index('<div class="newsframe-provenance">')]
        assert "jp-InputArea" not in appended and reports.audit_html(page) == []


def test_index_lists_failures_escaped(tmp_path):
    outcomes = [reports.Outcome("ok", "notebooks/a.ipynb", {"target": "x"}, "built", 1.0, files={"html": "ok.html"}),
                reports.Outcome("bad", "notebooks/a.ipynb", {"t": "<script>1</script>"}, "failed", 2.0,
                                reason="code cell 2 raised ValueError: <img src=x onerror=alert(1)>")]
    page = reports.write_index(tmp_path, outcomes).read_text(encoding="utf-8")
    dom = audit(page)
    assert dom.scripts == 0 and dom.handlers == []
    assert "bad : code cell 2 raised ValueError: <img src=x onerror=alert(1)>" in visible_text(page)
    assert "1 built, 0 unchanged, 1 failed" in visible_text(page)


# ---------------------------------------------------------------------------------------------- slow: real runs

FAILURES = {
    "broken1": "code cell 3 (raise ValueError('the input is broken')) raised ValueError: the input is broken",
    "sysexit0": "called sys.exit",
    "autokill": "the kernel died",
    "sleeps": "timed out",
    "stderr-error": "printed an error to stderr: ZeroDivisionError",
    "nokernel": "no such kernel",
}


@pytest.mark.slow
def test_failing_notebooks_are_reported_and_the_rest_still_build(tmp_path, capsys):
    out = tmp_path / "reports"
    out.mkdir()
    previous = out / "broken1.html"
    previous.write_text("<html><body>the last good report</body></html>", encoding="utf-8")
    rc = reports.main(report_args(notebooks=str(FIXTURES / "*.ipynb"), out=str(out), timeout=5))
    assert rc == 1
    err = capsys.readouterr().err
    for name, reason in FAILURES.items():
        line = next(line for line in err.splitlines() if f" {name} (" in line)
        assert line.startswith("failed") and reason in line
        assert json.loads((out / f"{name}.build.json").read_text())["status"] == "failed"
    assert previous.read_text(encoding="utf-8") == "<html><body>the last good report</body></html>"
    assert not any((out / f"{name}.html").exists() for name in FAILURES if name != "broken1")
    assert not list(out.glob(".*.partial"))
    assert (out / "ok.html").is_file()
    assert (out / "display-traceback.html").is_file()  # a traceback shown as data is content, not a failure
    index = visible_text((out / "index.html").read_text(encoding="utf-8"))
    assert "2 built, 0 unchanged, 6 failed" in index
    assert "broken1 : code cell 3 (raise ValueError" in index


@pytest.mark.slow
def test_runs_are_byte_identical_and_unchanged_reports_are_skipped(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741824000")
    monkeypatch.setenv("NEWSFRAME_KIT_COMMIT", "0123456789ab")  # others may commit between the two runs
    tricky = 'NO "quoted" $5 to $10 <b>x</b>'
    pages = []
    for run in ("a", "b"):
        out = tmp_path / run / "reports"
        args = report_args(notebooks=str(FIXTURES / "ok.ipynb"), out=str(out), param=[f"label={tricky}"])
        assert reports.main(args) == 0
        [page] = out.glob("ok--*.html")
        pages.append(page.read_bytes())
    assert pages[0] == pages[1]
    text = visible_text(pages[0].decode("utf-8"))
    assert "label='NO \"quoted\" $5 to $10 <b>x</b>'" in text  # the value as given, a string
    assert f"label {tricky}" in text  # the parameters block
    capsys.readouterr()
    assert reports.main(args) == 0
    assert capsys.readouterr().out.startswith("unchanged")
    assert reports.main(report_args(**{**vars(args), "force": True})) == 0
    assert capsys.readouterr().out.startswith("built")


@pytest.mark.slow
def test_real_notebooks_on_a_hostile_corpus_give_inert_literal_html():
    out, rc = sample_build()
    assert rc == 0, (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(out.glob("hostile-*.html"))
    assert pages, "no real notebook ran on the hostile corpus"
    for page in pages + [out / "fixture-ok.html", out / "fixture-ok--code.html", out / "index.html"]:
        html_text = page.read_text(encoding="utf-8")
        dom = audit(html_text)
        assert dom.scripts == 0, page.name
        assert dom.handlers == [], page.name
        assert dom.script_urls == [], page.name
        assert dom.external == [], page.name
        assert str(out.parent) not in html_text and str(ROOT) not in html_text
    overview = visible_text((out / "hostile-00-overview.html").read_text(encoding="utf-8"))
    assert '<script>window.__pwned="outlet"</script>The Daily $5' in overview
    assert "<img src=x onerror=\"window.__pwned='title'\">Talks $5 to $10" in overview
    assert "Ceasefire </td></table> talks" in overview


@pytest.mark.slow
def test_every_report_of_the_plan_carries_the_provenance_block():
    out, rc = plan_build()
    assert rc == 0, (out / "index.html").read_text(encoding="utf-8")
    pages = sorted(p for p in out.glob("*.html") if p.name != "index.html")
    planned = {v.name for v in reports.load_plan(ROOT / "reports.toml")}
    assert {p.stem for p in pages} >= planned and any(p.stem.endswith("--code") for p in pages)
    for page in pages:
        html_text = page.read_text(encoding="utf-8")
        assert html_text.count('<div class="newsframe-provenance">') == 1, page.name
        assert "Input files (sha256)" in visible_text(html_text), page.name


def test_hostile_corpus_loads_with_its_payloads(tmp_path):
    from analysis import pipeline

    tables = pipeline.compute(hostile_corpus(tmp_path / "c"))
    documents = tables["documents"].set_index("doc_id")
    assert documents.loc["evil", "outlet"].startswith("<script>")
    assert "$5 to $10" in documents.loc["evil", "text"]
    assert os.path.isabs(str(tmp_path))


def test_a_targets_file_the_kit_cannot_use_is_refused_in_one_line(corpus_with_targets, stance_notebook):
    (corpus_with_targets / "targets.csv").write_text("target,label\nceasefire,Ceasefire\n", encoding="utf-8")
    notebook = stance_notebook
    variant = Variant("s", str(notebook), {"corpus": str(corpus_with_targets), "target": "ceasefire"})
    [problem] = reports.validate([variant])
    assert "targets.csv" in problem and "lacks the column(s) id" in problem and "\n" not in problem


# ---------------------------------------------------------------------------------------------- --recursive


def test_recursive_reports_compute_tables_from_the_subfolders_too(tmp_path):
    from conftest import write_corpus

    from analysis import cli, store

    corpus = write_corpus(tmp_path / "c", {"top.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    write_corpus(corpus / "2024", {"inner.txt": "Envoys met in Riyadh on Tuesday, officials said.\n"})
    notebook = str(FIXTURES / "ok.ipynb")
    args = cli.build_parser().parse_args(["report", "--recursive", "--param", f"corpus={corpus}"])
    assert args.recursive
    flat = Variant("flat", notebook, {"corpus": str(corpus)})
    deep = Variant("deep", notebook, {"corpus": str(corpus)}, recursive=True)
    assert reports.tables_key(flat) != reports.tables_key(deep)
    out = tmp_path / "reports"
    assert reports.prepare_tables([flat, deep], out) == {reports.tables_key(flat): "", reports.tables_key(deep): ""}
    tables = {v.name: store.load(out / reports.TABLES_DIR / reports.tables_key(v)) for v in (flat, deep)}
    documents = {name: sorted(found["documents"]["source_path"]) for name, found in tables.items()}
    assert documents == {"flat": ["top.txt"], "deep": ["2024/inner.txt", "top.txt"]}
