"""The command line: tables written atomically, one-line errors, cache on unchanged input."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest
from conftest import ROOT, write_corpus

from analysis import cli, columns, store


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "analysis", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=600)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_run_writes_the_contract_tables(tmp_path, seeds, fmt):
    out = tmp_path / "tables"
    assert cli.main(["run", "--corpus", str(seeds), "--out", str(out), "--format", fmt]) == 0
    tables = store.load(out)
    for name in ("documents", "removed", "sentences"):
        assert (out / f"{name}.{fmt}").exists()
        assert set(columns.CONTRACT[name]) <= set(tables[name].columns), name
    assert len(tables["documents"]) == 5
    assert not list(out.glob(".partial-*"))
    manifest = store.read_manifest(out)
    assert manifest["format"] == fmt and len(manifest["inputs"]) == 5
    assert all(len(entry["sha256"]) == 64 for entry in manifest["inputs"])


def test_offsets_survive_the_csv_round_trip(tmp_path, seeds):
    out = tmp_path / "tables"
    cli.main(["run", "--corpus", str(seeds), "--out", str(out)])
    tables = store.load(out)
    texts = tables["documents"].set_index("doc_id")["text"]
    for row in tables["sentences"].itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text


def test_unchanged_input_is_not_recomputed_and_force_recomputes(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    out = tmp_path / "tables"
    cli.main(["run", "--corpus", str(corpus), "--out", str(out)])
    stamp = (out / "documents.csv").stat().st_mtime_ns
    cli.main(["run", "--corpus", str(corpus), "--out", str(out)])
    assert (out / "documents.csv").stat().st_mtime_ns == stamp
    (corpus / "a.txt").write_text("Officials met in Riyadh on Tuesday, diplomats said.\n", encoding="utf-8")
    cli.main(["run", "--corpus", str(corpus), "--out", str(out)])
    assert "Riyadh" in pd.read_csv(out / "documents.csv")["text"].iloc[0]


def test_an_edited_metadata_file_is_recomputed(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n",
                                           "metadata.csv": "doc_id,outlet\na,Wire\n"})
    out = tmp_path / "tables"
    cli.main(["run", "--corpus", str(corpus), "--out", str(out)])
    (corpus / "metadata.csv").write_text("doc_id,outlet\na,Herald\n", encoding="utf-8")
    cli.main(["run", "--corpus", str(corpus), "--out", str(out)])
    assert pd.read_csv(out / "documents.csv")["outlet"].tolist() == ["Herald"]


def test_a_failed_run_leaves_the_previous_tables(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    out = tmp_path / "tables"
    cli.main(["run", "--corpus", str(corpus), "--out", str(out)])
    before = (out / "documents.csv").read_bytes()
    (corpus / "a.txt").write_bytes(b"")  # now every input is unusable: the run fails
    assert cli.main(["run", "--corpus", str(corpus), "--out", str(out)]) == 2
    assert (out / "documents.csv").read_bytes() == before
    assert not list(out.glob(".partial-*"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "--corpus", "no/such/folder", "--out", "x"], "corpus not found"),
        (["run", "--corpus", "{empty}", "--out", "x"], "no documents"),
        (["run", "--corpus", "{csv}", "--out", "x", "--text-column", "body"], "no text column 'body'"),
        (["run", "--corpus", "seeds", "--out", "x", "--actors", "missing.csv"], "--actors file not found"),
        (["run", "--corpus", "seeds", "--out", "x", "--map", "colour=red"], "--map takes FIELD=COLUMN"),
        (["run", "--corpus", "seeds", "--out", "x", "--max-mb", "nan"], "--max-mb must be a positive number"),
        (["run", "--corpus", "seeds", "--out", "x", "--workers", "-1"], "--workers must be a whole number"),
        (["run", "--corpus", "/dev/null", "--out", "x"], "not a character device"),
    ],
)
def test_user_errors_are_one_line_without_traceback(tmp_path, args, message):
    (tmp_path / "empty").mkdir()
    pd.DataFrame({"id": [1], "headline": ["x"]}).to_csv(tmp_path / "export.csv", index=False)
    names = {"{empty}": str(tmp_path / "empty"), "{csv}": str(tmp_path / "export.csv"), "x": str(tmp_path / "out")}
    args = [names.get(a, a) for a in args]
    result = run_cli(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in result.stderr


def test_topic_words_flag_changes_only_the_news_reading(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"a.txt": "We regret this decision, the minister said on Monday.\n"})
    words = tmp_path / "topics.txt"
    words.write_text("# Topic words of a test corpus. Source: newsframe maintainers.\nregret\n", encoding="utf-8")
    out = tmp_path / "tables"
    assert cli.main(["run", "--corpus", str(corpus), "--out", str(out), "--topic-words", str(words)]) == 0
    row = store.load(out)["sentiment"].iloc[0]
    assert row["compound"] < -0.05 and row["compound_news"] == 0


def test_two_runs_in_different_folders_write_byte_identical_tables(tmp_path, seeds):
    import shutil

    outputs = []
    for name in ("first", "second"):
        corpus = tmp_path / name / "corpus"
        shutil.copytree(seeds, corpus)
        out = tmp_path / name / "tables"
        assert cli.main(["run", "--corpus", str(corpus), "--out", str(out)]) == 0
        outputs.append(out)
    tables = sorted(p.name for p in outputs[0].glob("*.csv"))
    assert {"documents.csv", "sentences.csv", "quotes.csv", "stance.csv", "frames.csv"} <= set(tables)
    for name in tables:
        assert (outputs[0] / name).read_bytes() == (outputs[1] / name).read_bytes(), name


def test_a_corpus_of_only_binaries_names_the_reasons_in_one_line(tmp_path, capsys):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(40)))
    assert cli.main(["run", "--corpus", str(tmp_path), "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and "every input was skipped (2 x not text: a PNG image)" in error
    assert "--keep-going" not in error


def test_recursive_reads_the_subfolders_and_is_part_of_the_cache_key(tmp_path):
    corpus = write_corpus(tmp_path / "c", {"top.txt": "Officials met in Geneva on Monday, diplomats said.\n"})
    write_corpus(corpus / "2024", {"inner.txt": "Envoys met in Riyadh on Tuesday, officials said.\n"})
    out = tmp_path / "tables"
    assert cli.main(["run", "--corpus", str(corpus), "--out", str(out)]) == 0
    flat = store.load(out)
    assert flat["documents"]["source_path"].tolist() == ["top.txt"]
    assert flat["skipped"]["source_path"].tolist() == ["2024"]
    assert "recursive" not in store.read_manifest(out)["config"]  # the key of a plain run is as before
    done = run_cli("run", "--corpus", str(corpus), "--out", str(out), "--recursive")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"2 documents, 0 skipped -> {out}"
    deep = store.load(out)
    assert sorted(deep["documents"]["source_path"]) == ["2024/inner.txt", "top.txt"]
    assert store.read_manifest(out)["config"]["recursive"] is True
    assert cli.main(["run", "--corpus", str(corpus), "--out", str(out)]) == 0  # without it again: recomputed
    assert store.load(out)["documents"]["source_path"].tolist() == ["top.txt"]
