"""Reports under hostile text and careless plans: article text that looks like paths, tracebacks or formulas,
report names that collide, options that make no sense, and the same corpus in two places.

Fast tests exercise the planning, scrubbing, completeness and figure pieces directly; the tests marked slow build
three real reports once (module fixture) on a small corpus written here, whose articles and outlet names carry
the troublesome text.
"""

from __future__ import annotations

import base64
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output
from reportkit import FIXTURES, ROOT, report_args, visible_text

from analysis import reports
from analysis.reports import ReportError, Variant

NOTEBOOK = str(FIXTURES / "ok.ipynb")
# An article sentence naming places that are also this machine's folders (home, temporary folder, the kit).
PATH_TEXT = f"example.org{Path.home()}/index.html and {tempfile.gettempdir()}/files"
KIT_URL = f"https://mirror.example{ROOT}/notes"
TRACEBACK_LINE = "Traceback (most recent call last)"
MATH_OUTLET = "Evil $\\undefinedcmd$ Times"
DOLLAR_OUTLET = "$5 to $10 Daily"


# ---------------------------------------------------------------------------------------------- 2: scrubbing


def _job(tmp_path: Path, corpus: Path) -> reports.Job:
    notebook = ROOT / "notebooks" / "00-overview.ipynb"
    variant = Variant("article", str(notebook), {"corpus": str(corpus)})
    return reports.Job(variant=variant, out=str(tmp_path / "out"), params={"corpus": str(corpus)},
                       shown={"corpus": corpus.name}, key="k", timeout=60, epoch="0", reproducible=True,
                       cwd=str(ROOT))


def _article_notebook(text: str, *, traceback_path: str = "") -> object:
    cells = [new_markdown_cell("# Articles"), new_code_cell("show()", execution_count=1, outputs=[
        new_output("stream", name="stdout", text=text + "\n"),
        new_output("display_data", data={"text/html": f"<table><tr><td>{text}</td></tr></table>",
                                         "text/plain": text}),
    ])]
    if traceback_path:
        cells.append(new_code_cell("warn()", execution_count=2, outputs=[
            new_output("stream", name="stderr", text=f"{traceback_path}/analysis/x.py:3: FutureWarning: soon\n")]))
    nb = new_notebook(cells=cells)
    nb.metadata["papermill"] = {"status": "completed"}
    return nb


def test_article_text_keeps_what_looks_like_this_machines_paths(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("An article.\n", encoding="utf-8")
    job = _job(tmp_path, corpus)
    text = f"{PATH_TEXT}; {KIT_URL}"
    nb = reports.normalize(_article_notebook(text, traceback_path=str(ROOT)), scrub=reports.scrub_pairs(job))
    assert nb.cells[1].outputs[0].text == text + "\n"
    assert nb.cells[1].outputs[1].data["text/plain"] == text
    assert nb.cells[2].outputs[0].text.startswith("./analysis/x.py:3")  # the kit's own path, in a warning
    outcome = reports.Outcome("article", "notebooks/00-overview.ipynb", job.shown, "failed")
    assert reports.promote(nb, job, outcome) == ""  # the audit does not refuse the article's text either
    page = visible_text((tmp_path / "out" / "article.html").read_text(encoding="utf-8"))
    assert PATH_TEXT in page and KIT_URL in page
    assert "[tmp]" not in page and "example.org~" not in page


@pytest.mark.parametrize("text, expected", [
    ("see /opt/kit/analysis/x.py, line 3", "see ./analysis/x.py, line 3"),
    ("/opt/kit", "."),
    ("example.org/opt/kit/x and /opt/kit2 and /opt/kits", "example.org/opt/kit/x and /opt/kit2 and /opt/kits"),
    ("~/opt/kit and ./opt/kit", "~/opt/kit and ./opt/kit"),
])
def test_scrub_replaces_whole_paths_only(text, expected):
    assert reports.scrub(text, [("/opt/kit", ".")]) == expected


# ---------------------------------------------------------------------------------------------- 3: names


def _plan(tmp_path: Path, entries: list[tuple[str, bool]]) -> Path:
    lines = []
    for name, show_code in entries:
        lines += ["[[report]]", f"name = {name!r}", f"notebook = {NOTEBOOK!r}",
                  f"show_code = {'true' if show_code else 'false'}", ""]
    plan = tmp_path / "plan.toml"
    plan.write_text("\n".join(lines), encoding="utf-8")
    return plan


@pytest.mark.parametrize("entries, file", [
    ([("Report A", False), ("report-a", False)], "report-a.html"),
    ([("index", False)], "index.html"),
    ([("Index", False)], "index.html"),
    ([("ov", True), ("ov--code", False)], "ov--code.html"),
    ([("ov--code", False), ("ov", True)], "ov--code.html"),
    ([("Stance: ceasefire", True), ("stance-ceasefire--code", False)], "stance-ceasefire--code.html"),
    ([("same", False), ("same", False)], "same.html"),
])
def test_reports_that_would_write_one_file_are_refused_in_one_line(tmp_path, entries, file):
    out = tmp_path / "reports"
    with pytest.raises(ReportError) as caught:
        reports.main(report_args(plan=str(_plan(tmp_path, entries)), out=str(out)))
    [problem] = str(caught.value).splitlines()[1:]
    assert f"would write {file}, as does" in problem
    assert not out.exists()


def test_distinct_names_are_accepted_and_the_code_page_follows_the_slug(tmp_path):
    variants = reports.load_plan(_plan(tmp_path, [("Report A", True), ("report-b", False), ("indexes", False)]))
    assert reports.check_files(variants, tmp_path) == []
    assert reports.report_files(tmp_path, variants[0]) == ["report-a.html", "report-a.build.json",
                                                           "report-a--code.html"]


def test_a_colliding_plan_exits_2_with_one_line_per_problem(tmp_path, capsys):
    from analysis import cli

    plan = _plan(tmp_path, [("Report A", False), ("report-a", False), ("index", False)])
    assert cli.main(["report", "--plan", str(plan), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and len(err.splitlines()) == 3


# ---------------------------------------------------------------------------------------------- 10: options


@pytest.fixture
def a_file(tmp_path) -> Path:
    path = tmp_path / "existing.txt"
    path.write_text("not a folder\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("options, message", [
    (lambda f: ["--out", str(f)], "it is a file, not a folder"),
    (lambda f: ["--out", str(f / "sub")], "is a file, not a folder"),
    (lambda f: ["--out", str(f / "sub" / "deeper")], "is a file, not a folder"),
    (lambda f: ["--out", str(f.parent / "out"), "--timeout", "0"], "--timeout must be at least 1 second (got 0)"),
    (lambda f: ["--out", str(f.parent / "out"), "--timeout", "-3"], "--timeout must be at least 1 second"),
    (lambda f: ["--out", str(f.parent / "out"), "--workers", "0"], "--workers must be at least 1"),
])
def test_bad_options_are_one_line_and_exit_2(a_file, capsys, options, message):
    from analysis import cli

    assert cli.main(["report", "--notebooks", NOTEBOOK, *options(a_file)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert a_file.read_text(encoding="utf-8") == "not a folder\n"
    assert not (a_file.parent / "out").exists()


# ---------------------------------------------------------------------------------------------- 11: hostile text


def _cell(*outputs):
    cell = new_code_cell("show()", execution_count=1, outputs=list(outputs))
    nb = new_notebook(cells=[new_markdown_cell("# t"), cell])
    nb.metadata["papermill"] = {"status": "completed"}
    return nb


ARTICLE = f"{TRACEBACK_LINE}\nKeyError: the minister said the talks failed"


@pytest.mark.parametrize("output", [
    new_output("display_data", data={"text/plain": ARTICLE}),
    new_output("display_data", data={"text/html": f"<td>{ARTICLE}</td>"}),
    new_output("display_data", data={"text/markdown": f"- {ARTICLE}"}),
    new_output("execute_result", execution_count=1, data={"text/plain": f"{TRACEBACK_LINE}:\n  File x\nE: y"}),
    new_output("stream", name="stdout", text=f"{TRACEBACK_LINE}:\n  File x\nValueError: y\n"),
    new_output("stream", name="stderr", text=f"warning: skipped '{TRACEBACK_LINE}' (a heading)\n"),
])
def test_text_that_looks_like_an_error_is_data(output):
    assert reports.check_complete(_cell(output)) == ""


def test_a_traceback_python_printed_to_stderr_is_still_a_failure():
    printed = new_output("stream", name="stderr", text=f'{TRACEBACK_LINE}:\n  File "<cell>", line 2, in <module>\n'
                                                         "ZeroDivisionError: division by zero\n")
    assert "printed an error to stderr: ZeroDivisionError" in reports.check_complete(_cell(printed))


def _svg_text(fig) -> str:
    import io

    buffer = io.StringIO()
    fig.savefig(buffer, format="svg")
    return buffer.getvalue()


def test_figure_labels_are_drawn_as_written():
    import matplotlib as mpl
    import matplotlib.pyplot as plt
    import pandas as pd

    from analysis.views import plots

    options = ("styler.format.escape", "display.precision", "display.max_colwidth", "display.max_rows")
    with mpl.rc_context(), pd.option_context(*[x for name in options for x in (name, pd.get_option(name))]):
        plots.setup()
        fig, ax = plt.subplots()
        ax.barh([MATH_OUTLET, DOLLAR_OUTLET], [1, 2])
        plots.finish(ax, title=f"Tone by outlet ({DOLLAR_OUTLET})", xlabel="$x$ share", ylabel="outlet")
        svg = _svg_text(fig)
        plt.close(fig)
    assert MATH_OUTLET in svg and DOLLAR_OUTLET in svg and "$x$ share" in svg


# ---------------------------------------------------------------------------------------------- 12: location


def _corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("The minister said the talks were useful.\n", encoding="utf-8")
    (folder / "metadata.csv").write_text("doc_id,outlet\na,Daily\n", encoding="utf-8")
    (folder / "targets.csv").write_text("id,label,description,patterns\nceasefire,Ceasefire,,ceasefire\n",
                                        encoding="utf-8")
    return folder


def test_tables_are_keyed_by_content_not_by_location(tmp_path):
    first = _corpus(tmp_path / "checkout-one" / "seeds")
    second = tmp_path / "elsewhere" / "deeper" / "seeds"
    shutil.copytree(first, second)
    key = reports.tables_key(Variant("r", NOTEBOOK, {"corpus": str(first)}))
    assert reports.tables_key(Variant("r", NOTEBOOK, {"corpus": str(second)})) == key
    assert key.startswith("seeds-")
    (second / "a.txt").write_text("The minister said the talks were useless.\n", encoding="utf-8")
    assert reports.tables_key(Variant("r", NOTEBOOK, {"corpus": str(second)})) != key
    shutil.copy(first / "a.txt", second / "a.txt")
    (second / "targets.csv").write_text("id,label,description,patterns\ntruce,Truce,,truce\n", encoding="utf-8")
    assert reports.tables_key(Variant("r", NOTEBOOK, {"corpus": str(second)})) != key
    (second / "targets.csv").unlink()
    shutil.copy(first / "targets.csv", second / "renamed.csv")
    assert reports.tables_key(Variant("r", NOTEBOOK, {"corpus": str(second)})) != key


# ---------------------------------------------------------------------------------------------- slow: real runs

HOSTILE_ARTICLES = {
    "trace.txt": (
        f"{TRACEBACK_LINE}\n"
        "The foreign minister said on Monday that the ceasefire talks had failed, calling the sanctions a "
        "terrible burden on the economy and a threat to security.\n"
        f"\"{TRACEBACK_LINE} is what our engineers saw when the system crashed,\" the spokesman said.\n"),
    "paths.txt": (
        f"The ministry said the archive at {PATH_TEXT} was removed after the ceasefire collapsed.\n"
        "Officials said the economic cost of the war was a disaster for families, and the talks were useless.\n"),
    "plain.txt": (
        "The president said the ceasefire was a welcome step and a great success for peace and security.\n"
        "Analysts said the agreement would help the economy and bring hope to refugees.\n"),
}
HOSTILE_METADATA = ("doc_id,outlet,date,title\n"
                    f"trace,\"{MATH_OUTLET}\",2025-03-13,{TRACEBACK_LINE}\n"
                    f"paths,\"{DOLLAR_OUTLET}\",2025-03-14,Archive removed\n"
                    "plain,Plain Herald,2025-03-15,Ceasefire welcomed\n")
HOSTILE_REPORTS = ("02-sentiment", "04-framing", "05-outlets")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    """Three real reports on the hostile corpus, built once: (out folder, exit status, corpus)."""
    work = tmp_path_factory.mktemp("hostile-reports")
    corpus = work / "hostile"
    corpus.mkdir()
    for name, text in HOSTILE_ARTICLES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    (corpus / "metadata.csv").write_text(HOSTILE_METADATA, encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "targets.csv", corpus / "targets.csv")
    lines = []
    for stem in HOSTILE_REPORTS:
        notebook = (ROOT / "notebooks" / f"{stem}.ipynb").as_posix()
        lines += ["[[report]]", f'name = "hostile-{stem}"', f'notebook = "{notebook}"',
                  f'parameters = {{ corpus = "{corpus.as_posix()}" }}', ""]
    plan = work / "plan.toml"
    plan.write_text("\n".join(lines), encoding="utf-8")
    out = work / "reports"
    rc = reports.main(report_args(plan=str(plan), out=str(out)))
    return out, rc, corpus


def _pages(out: Path) -> dict[str, str]:
    return {stem: (out / f"hostile-{stem}.html").read_text(encoding="utf-8") for stem in HOSTILE_REPORTS}


def _figure_text(page: str) -> str:
    images = re.findall(r'src="data:image/svg\+xml;base64,([A-Za-z0-9+/=\s]+)"', page)
    return "\n".join(base64.b64decode(image).decode("utf-8") for image in images)


@pytest.mark.slow
def test_hostile_text_breaks_no_report(hostile_build):
    out, rc, _ = hostile_build
    index = visible_text((out / "index.html").read_text(encoding="utf-8"))
    assert rc == 0, index
    assert f"{len(HOSTILE_REPORTS)} built, 0 unchanged, 0 failed" in index


@pytest.mark.slow
def test_hostile_text_is_shown_as_written(hostile_build):
    out, _, _ = hostile_build
    pages = _pages(out)
    text = " ".join(visible_text(page) for page in pages.values())
    assert TRACEBACK_LINE in text
    assert PATH_TEXT in text and "example.org~" not in text and "[tmp]" not in text
    figures = _figure_text(pages["02-sentiment"]) + _figure_text(pages["05-outlets"])
    assert "Evil $\\undefinedcmd$ Times" in figures and "$5 to $10 Daily" in figures


@pytest.mark.slow
def test_reports_name_their_tables_by_content(hostile_build, tmp_path):
    out, _, corpus = hostile_build
    elsewhere = tmp_path / "another" / "checkout" / corpus.name
    shutil.copytree(corpus, elsewhere)
    key = reports.tables_key(Variant("r", NOTEBOOK, {"corpus": str(elsewhere)}))
    for stem, page in _pages(out).items():
        assert f"{reports.TABLES_DIR}/{key}" in visible_text(page), stem
