"""Sources: voices per outlet, kind mix, first quoted, known vs discovered, relays, evidence; the notebook."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from analysis import pipeline, quotes, views

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

WIRE = ("“We are ready for talks,” Foreign Minister Sergei Lavrov told reporters. "
        "Kremlin spokesman Dmitry Peskov said that the door remained open.")
RELAYED = ("Deputy Foreign Minister Alexander Grushko spoke with Izvestia on Monday. "
           "Grushko stressed that guarantees must be binding. "
           "According to Reuters, the talks will resume next week.")
OPED = "Retired general Anna Kowalski said the plan was “dead on arrival” and would fail."


def corpus_tables(texts: dict[str, tuple[str, str]]) -> tuple[pd.DataFrame, pd.DataFrame]:
    frames = []
    for doc_id, (outlet, text) in texts.items():
        table = quotes.of_text(text, outlet=outlet)
        frames.append(table.assign(doc_id=doc_id))
    documents = pd.DataFrame({"doc_id": list(texts), "outlet_label": [o for o, _ in texts.values()]})
    return pd.concat(frames, ignore_index=True), documents


@pytest.fixture(scope="module")
def small():
    return corpus_tables({"w1": ("Wire", WIRE), "r1": ("Digest", RELAYED), "o1": ("Opinion", OPED)})


def test_voices_count_quotes_and_words_per_outlet(small):
    quotes_, documents = small
    table = views.voices.voices(quotes_, documents, by="speaker").set_index(["outlet", "speaker"])
    assert table.loc[("Wire", "Sergei Lavrov"), "n_quotes"] == 1
    assert table.loc[("Wire", "Sergei Lavrov"), "n_words"] == len("We are ready for talks".split())
    shares = views.voices.voices(quotes_, documents, by="affiliation").groupby("outlet")["share_quotes"].sum()
    assert shares.round(6).eq(1.0).all()


def test_kind_mix_direct_share(small):
    quotes_, documents = small
    mix = views.voices.kind_mix(quotes_, documents).set_index("outlet")
    assert mix.loc["Wire", "direct"] == 1 and mix.loc["Wire", "indirect"] == 1
    assert mix.loc["Wire", "direct_share"] == 0.5
    assert mix.loc["Digest", "direct"] == 0


def test_first_quoted_per_document(small):
    quotes_, documents = small
    first = views.voices.first_quoted(quotes_, documents).set_index("doc_id")["speaker"]
    assert first.to_dict() == {"o1": "Anna Kowalski", "r1": "Alexander Grushko", "w1": "Sergei Lavrov"}


def test_relays_split_first_hand_relayed_and_media(small):
    quotes_, documents = small
    table = views.voices.relays(quotes_, documents).set_index("outlet")
    assert table.loc["Digest", ["first_hand", "relayed", "media_sourced"]].tolist() == [0, 1, 1]
    assert table.loc["Digest", "through"] == "Izvestia (1)"
    assert table.loc["Wire", "relayed"] == 0
    assert "Alexander Grushko > Izvestia > Digest" in set(views.voices.chains(quotes_)["chain"])


def test_discovery_counts_speakers_missing_from_actors_file(small):
    quotes_, documents = small
    table = views.voices.discovery(quotes_, documents).set_index("outlet")
    assert table.loc["Wire", "discovered"] == 2 and table.loc["Wire", "known"] == 0
    assert table.loc["Digest", "known"] == 1  # Reuters, from the shipped media list


def test_evidence_filters_by_speaker_and_outlet(small):
    quotes_, documents = small
    assert set(views.voices.evidence(quotes_, documents, speaker="PESKOV")["speaker"]) == {"Dmitry Peskov"}
    assert set(views.voices.evidence(quotes_, documents, outlet="dig")["outlet"]) == {"Digest"}
    assert views.voices.evidence(quotes_, documents, speaker="nobody").empty


def test_unnamed_sources_are_counted_apart():
    quotes_, documents = corpus_tables({"d": ("X", "Officials said the bridge would reopen. The so-called "
                                                   "“peace formula” was published.")})
    table = views.voices.discovery(quotes_, documents).set_index("outlet")
    assert table.loc["X", ["unnamed", "unattributed"]].tolist() == [1, 1]
    assert "(unnamed) Officials" in set(views.voices.voices(quotes_, documents, by="speaker")["speaker"])


def test_unattributed_scare_quote_is_labelled(tmp_path):
    quotes_, documents = corpus_tables({"d": ("X", "The so-called “peace formula” was published on Monday.")})
    table = views.voices.voices(quotes_, documents, by="speaker")
    assert table["speaker"].tolist() == [views.voices.UNATTRIBUTED]


def test_findings_on_empty_and_seeds():
    empty = pd.DataFrame(columns=list(quotes.QUOTE_COLUMNS))
    assert "No quotes" in views.voices.findings(empty, pd.DataFrame({"doc_id": [], "outlet_label": []}))[0]
    tables = pipeline.compute(SEEDS, config=pipeline.Config(actors=str(SEEDS / "actors.csv"),
                                                           stages=("actors", "quotes")))
    lines = views.voices.findings(tables["quotes"], tables["documents"])
    assert lines[0].startswith(f"{len(tables['quotes'])} quotes in 5 documents")
    relays = views.voices.relays(tables["quotes"], tables["documents"])
    assert set(relays["through"]) >= {"Lenta.ru (3)", "Izvestia (3)"}


# ---------------------------------------------------------------------------------------------- notebook

NOTEBOOK = ROOT / "notebooks" / "01-sources.ipynb"


def test_notebook_is_thin_and_paired():
    script = (ROOT / "notebooks" / "01-sources.py").read_text(encoding="utf-8")
    code = [line for line in script.splitlines() if line and not line.startswith("#")]
    assert not any(line.lstrip().startswith(("def ", "class ", "for ", "while ", "import re")) for line in code)
    assert ".to_csv(" not in script and "open(" not in script
    notebook = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert all(not cell.get("outputs") for cell in notebook["cells"] if cell["cell_type"] == "code")
    parameters = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(parameters) == 1 and 'speaker: str = ""' in "".join(parameters[0]["source"])


@pytest.mark.slow
@pytest.mark.parametrize("speaker, outlet", [("", ""), ("Peskov", "")])
def test_notebook_runs(tmp_path, speaker, outlet):
    import papermill

    out = tmp_path / "out.ipynb"
    papermill.execute_notebook(str(NOTEBOOK), str(out),
                               parameters={"corpus": str(SEEDS), "speaker": speaker, "outlet": outlet},
                               cwd=str(NOTEBOOK.parent), kernel_name="python3", progress_bar=False)
    cells = json.loads(out.read_text(encoding="utf-8"))["cells"]
    outputs = json.dumps([cell.get("outputs", []) for cell in cells])
    assert "Dmitry Peskov" in outputs
    assert str(ROOT) not in outputs  # no absolute paths in the report
    assert not any(o.get("output_type") == "error" for cell in cells for o in cell.get("outputs", []))
