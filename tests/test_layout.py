"""The package's layout is its data flow: imports go one way, stages know nothing of views, modules stay small.

The import graph is read from the source with ``ast`` (every ``import`` and ``from ... import``, also inside
functions), so a lazy import counts as much as one at the top.
"""

from __future__ import annotations

import ast
import importlib

import pytest
from conftest import ROOT

PACKAGE = ROOT / "analysis"
MAX_LINES = 500

# Lowest first: shared modules that every layer may use (they read data files, hold the contract or write).
BASE = ("_deprecated", "columns", "resources", "decode", "catalogue", "corpus", "config", "progress", "locking",
        "store", "dedup", "alternation", "interrupts")
# The stages in data-flow order; each module serves the stage it is named for.
STAGES = ("line_shapes", "clean", "segment", "actors_lexicon", "organizations", "acronym_bodies", "name_kinds",
          "name_roles", "actors",
          "pronoun_agreement", "quotes_lexicon", "marks", "unnamed_sources", "speaker_gaps", "sentence_bounds",
          "country_subjects", "described_sources", "document_authors", "salience", "attribution", "after_quote",
          "lead_attribution",
          "coordinated",
          "framed_reports", "clause_ends",
          "reported_clause", "trailing", "clause_subjects", "indirect", "nominal_speech", "quote_context",
          "block_quotes", "signed_posts", "court_reports",
          "fragment_speakers",
          "partial_speakers",
          "quotes", "vader", "sentiment",
          "stance_lexicon", "stance_removal", "stance_modals", "cue_index", "stance_objects", "stance_reading",
          "stance_reference",
          "stance_voices",
          "stance_holders",
          "stance_headlines",
          "stance_tone",
          "stance_history", "stance_table", "stance", "framing_weights", "framing", "vocabulary")
RUNNERS = ("reading", "pipeline", "partitions", "distributed", "snippet")


def module_name(path) -> str:
    parts = path.relative_to(PACKAGE).with_suffix("").parts
    parts = parts[:-1] if parts[-1] == "__init__" else parts
    return ".".join(parts) or "analysis"


def imported(path) -> set[str]:
    """The modules of the package that a file imports (``analysis.views.plots`` -> ``views.plots``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    modules = {module_name(p) for p in PACKAGE.rglob("*.py")}
    return {name.removeprefix("analysis.") for name in found if name.removeprefix("analysis.") in modules
            and name.startswith("analysis.")}


def graph() -> dict[str, set[str]]:
    return {module_name(path): imported(path) - {module_name(path)} for path in PACKAGE.rglob("*.py")}


# Helpers that serve one stage and import none: ranked with the stage they serve.
HELPERS = {"vader_rules": "vader"}


def layer(name: str) -> tuple[int, int]:
    """(layer, rank within the stages) of a module; a higher layer may import a lower one, never the reverse."""
    top = name.split(".")[0]
    top = HELPERS.get(top, top)
    if top in BASE:
        return 0, 0
    if top in STAGES:
        return 1, STAGES.index(top)
    if top in RUNNERS:
        return 2, 0
    if top in ("views", "validate"):
        return 3, 0
    return 4, 0  # reports, cli, the package itself


def test_every_module_is_placed_in_a_layer():
    unplaced = [name for name in graph() if layer(name)[0] == 4 and name.split(".")[0] not in
                ("reports", "cli", "__main__", "analysis")]
    assert unplaced == []


def test_the_import_graph_has_no_cycle():
    edges = graph()
    state: dict[str, int] = {}

    def visit(node, path):
        state[node] = 1
        for nxt in edges.get(node, ()):
            if state.get(nxt) == 1:
                raise AssertionError(f"import cycle: {' -> '.join([*path, node, nxt])}")
            if not state.get(nxt):
                visit(nxt, [*path, node])
        state[node] = 2

    for node in sorted(edges):
        if not state.get(node):
            visit(node, [])


def test_imports_go_down_the_data_flow_only():
    wrong = []
    for name, targets in graph().items():
        for target in targets:
            (mine, my_rank), (theirs, their_rank) = layer(name), layer(target)
            same_stage_layer = mine == theirs == 1
            if theirs > mine or (same_stage_layer and their_rank > my_rank):
                wrong.append(f"{name} -> {target}")
    assert wrong == []


def test_no_stage_imports_a_view_a_plot_or_a_report():
    offenders = {name: sorted(t for t in targets if t.split(".")[0] in ("views", "validate", "reports", "pipeline"))
                 for name, targets in graph().items() if layer(name)[0] == 1}
    assert {name: found for name, found in offenders.items() if found} == {}


def test_no_module_is_over_the_size_limit():
    sizes = {module_name(p): len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.rglob("*.py")}
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


@pytest.mark.parametrize("path", sorted(p for p in PACKAGE.rglob("*.py") if p.name != "__main__.py"),
                         ids=lambda p: module_name(p))
def test_public_modules_declare_what_they_export(path):
    module = importlib.import_module("analysis" if module_name(path) == "analysis" else f"analysis.{module_name(path)}")
    assert hasattr(module, "__all__"), f"{module.__name__} has no __all__"
    missing = [name for name in module.__all__ if name not in vars(module) and not hasattr(module, name)]
    assert missing == []


@pytest.mark.parametrize(("module", "old", "new"), [
    ("analysis.sentiment", "aggregate", "analysis.views.sentiment.aggregate"),
    ("analysis.stance", "matrix", "analysis.views.stance.matrix"),
    ("analysis.stance", "validation_results", "analysis.validate.stance.validation_results"),
    ("analysis.framing", "profiles", "analysis.views.framing.profiles"),
    ("analysis.quotes", "match_gold", "analysis.validate.quotes.match_gold"),
    ("analysis.views.teaching", "voices", "analysis.views.voices.by_speaker"),
])
def test_moved_names_still_work_and_say_where_they_went(module, old, new):
    target_module, _, target_name = new.rpartition(".")
    with pytest.warns(DeprecationWarning, match=new.replace(".", r"\.")):
        value = getattr(importlib.import_module(module), old)
    assert value is getattr(importlib.import_module(target_module), target_name)


@pytest.mark.parametrize(("module", "old"), [("analysis", "sources"), ("analysis", "plots"),
                                             ("analysis", "teaching")])
def test_moved_modules_still_import(module, old):
    with pytest.warns(DeprecationWarning, match="analysis.views"):
        moved = getattr(importlib.import_module(module), old)
    assert moved.__name__.startswith("analysis.views.")


@pytest.mark.parametrize(("module", "old", "new", "text"), [
    ("analysis.sentiment", "score_text", "analysis.vader.of_text", "A wonderful day."),
    ("analysis.framing", "frames_of", "analysis.framing.of_text", "Prices rose."),
    ("analysis.snippet", "analyse", "analysis.snippet.of_text", "Peskov said the talks were useful."),
])
def test_renamed_functions_still_work_and_warn(module, old, new, text):
    target_module, _, target_name = new.rpartition(".")
    with pytest.warns(DeprecationWarning, match=target_name):
        result = getattr(importlib.import_module(module), old)(text)
    expected = getattr(importlib.import_module(target_module), target_name)(text)
    assert repr(result) == repr(expected)


def test_renamed_reader_functions_take_their_arguments():
    from analysis import actors, stance, stance_lexicon

    targets = stance_lexicon.targets_from_rows([{"id": "t", "label": "", "description": "", "patterns": "truce"}])
    with pytest.warns(DeprecationWarning):
        assert stance.read("A truce is off the table.", targets) == stance.of_text("A truce is off the table.", targets)
    with pytest.warns(DeprecationWarning):
        assert actors.find_in_text("Peskov said so.", actors.load()) == actors.of_text("Peskov said so.", actors.load())
