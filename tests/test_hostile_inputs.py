"""Hostile and broken inputs, as tables of input -> expected outcome.

Every entry of a corpus folder is processed or a row of ``skipped`` with its reason; only regular files inside
the corpus are read; one bad file, row or line costs only itself; a bad option value is one line and exit 2.
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pandas as pd
import pytest
from conftest import write_corpus
from hypothesis import example, given
from hypothesis import strategies as st

from analysis import cli, corpus, decode, pipeline, store
from analysis.config import Config, input_file
from analysis.corpus import CorpusError

ARTICLE = ("Officials met in Geneva on Monday to discuss a ceasefire, the foreign ministry said.\n"
           "The talks will continue next week, according to two diplomats familiar with the matter.\n")
OTHER = "Diplomats said on Tuesday that a second round of talks in Riyadh could start within weeks.\n"
SECRET = "SECRET-ORACLE-7731 root:x:0:0"  # what a file outside the corpus holds; it must never reach a table
POSIX = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs POSIX links and FIFOs")


def _compute(folder, **kwargs):
    return pipeline.compute(folder, config=Config(**kwargs))


def _all_text(tables: dict[str, pd.DataFrame]) -> str:
    return "\n".join(frame.to_csv(index=False) for frame in tables.values())


# ------------------------------------------------------------------------------------- entries of a folder

def _outside(folder: Path) -> Path:
    secret = folder.parent / "outside.txt"
    secret.write_text(f"{SECRET}\nThe minister said the secret talks would go on, officials said.\n")
    return secret


ENTRIES = [  # (name of the entry, how to make it, expected: "processed" or a part of the skip reason)
    ("link to a file outside", lambda f: (f / "zz.txt").symlink_to(_outside(f)), "link to outside the corpus"),
    ("relative link that climbs out", lambda f: (_outside(f), (f / "up.txt").symlink_to("../outside.txt")),
     "link to outside the corpus"),
    ("link to /proc/self/environ", lambda f: (f / "env.txt").symlink_to("/proc/self/environ"),
     "link to outside the corpus"),
    ("link to a file inside", lambda f: ((f / "sub").mkdir(), (f / "sub" / "b.txt").write_text(OTHER),
                                         (f / "inlink.txt").symlink_to("sub/b.txt")), "processed"),
    ("link to a missing file", lambda f: (f / "gone.txt").symlink_to(f / "nowhere.txt"), "link to a missing file"),
    ("link loop", lambda f: (f / "loop.txt").symlink_to("loop.txt"), "cannot be followed"),
    ("link to a folder", lambda f: ((f.parent / "d").mkdir(), (f / "d").symlink_to(f.parent / "d")),
     "link to outside the corpus"),
    ("FIFO", lambda f: os.mkfifo(f / "pipe.txt"), "not a regular file (a FIFO)"),
    ("name of dots", lambda f: (f / "..txt").write_text(OTHER), "hidden file"),
    ("dotfile", lambda f: (f / ".hidden.txt").write_text(OTHER), "hidden file"),
    ("hidden folder", lambda f: ((f / ".git").mkdir(), (f / ".git" / "a.txt").write_text(OTHER)), "hidden folder"),
    ("subfolder", lambda f: ((f / "sub").mkdir(), (f / "sub" / "a.txt").write_text(OTHER)), "a subfolder"),
    ("json file", lambda f: (f / "x.json").write_text('{"text": "x"}'), "unsupported file type '.json'"),
    ("toml file", lambda f: (f / "y.toml").write_text("a = 1\n"), "unsupported file type '.toml'"),
    ("compressed json", lambda f: (f / "x.json.gz").write_bytes(gzip.compress(b"{}")), "unsupported file type"),
    ("table inside a folder", lambda f: (f / "extra.csv").write_text("text\nx\n"), "a table inside a corpus folder"),
    ("no suffix", lambda f: (f / "README").write_text(OTHER), "unsupported file type '(none)'"),
    ("binary named .txt", lambda f: (f / "img.txt").write_bytes(b"\x89PNG\r\n\x1a\n\0\0"), "not text: a PNG image"),
    ("name not UTF-8", lambda f: Path(os.fsdecode(bytes(f) + b"/caf\xe9.txt")).write_text(OTHER),
     "file name is not valid UTF-8"),
    ("plain article", lambda f: (f / "b.txt").write_text(OTHER), "processed"),
]


@POSIX
@pytest.mark.parametrize(("make", "expected"), [e[1:] for e in ENTRIES], ids=[e[0] for e in ENTRIES])
def test_every_entry_of_a_folder_is_processed_or_skipped_with_its_reason(tmp_path, make, expected):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE})
    make(folder)
    tables = _compute(folder)
    processed, skipped = tables["documents"], tables["skipped"]
    entries = os.listdir(folder)
    assert len(processed) + len(skipped) == len(entries)  # processed plus skipped equals the inputs
    if expected == "processed":
        assert len(processed) == 2 and not skipped["reason"].str.contains("link").any()
    else:
        assert processed["doc_id"].tolist() == ["good"] and len(skipped) == 1
        assert expected in skipped["reason"].iloc[0]
    assert "SECRET-ORACLE" not in _all_text(tables) and "PATH=" not in _all_text(tables)


@POSIX
def test_processed_plus_skipped_equals_every_entry_of_a_hostile_folder(tmp_path):
    """One folder with every kind of entry, run from the command line: each entry is accounted for once, no
    file outside the corpus reaches a table, and no input is modified."""
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "metadata.csv": "doc_id,outlet\ngood,Wire\n"})
    for _, make, _ in ENTRIES:
        try:
            make(folder)
        except FileExistsError:  # entries that share a helper file (outside.txt, sub/)
            pass
    before = {p: (p.lstat().st_mtime_ns, p.is_file() and not p.is_symlink() and p.read_bytes())
              for p in folder.rglob("*") if not p.is_fifo()}
    out = tmp_path / "out"
    assert cli.main(["run", "--corpus", str(folder), "--out", str(out)]) == 0
    tables = store.load(out)
    named = [*tables["documents"]["source_path"], *tables["skipped"]["source_path"], "metadata.csv"]
    entries = [os.fsencode(name).decode("utf-8", "replace") for name in os.listdir(folder)]
    assert sorted(named) == sorted(entries)
    assert not any("SECRET-ORACLE" in path.read_text(encoding="utf-8") for path in out.glob("*.csv"))
    after = {p: (p.lstat().st_mtime_ns, p.is_file() and not p.is_symlink() and p.read_bytes())
             for p in folder.rglob("*") if not p.is_fifo()}
    assert after == before  # raw inputs are never modified


@POSIX
def test_recursive_discovery_reads_subfolders_and_accounts_for_their_entries(tmp_path):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE})
    write_corpus(folder / "sub", {"a.txt": OTHER, ".hidden.txt": OTHER, "notes.json": "{}"})
    write_corpus(folder / "sub" / "deeper", {"b.txt": OTHER})
    (folder / "sub" / "out.txt").symlink_to(_outside(folder))
    inputs = corpus.discover(folder, recursive=True)
    assert [s.source_path for s in inputs.sources] == ["sub/a.txt", "sub/deeper/b.txt", "good.txt"]
    assert {s.source_path: s.reason.split(" (")[0] for s in inputs.skipped} == {
        "sub/.hidden.txt": "hidden file", "sub/notes.json": "unsupported file type '.json'",
        "sub/out.txt": "link to outside the corpus folder"}
    assert [s.source_path for s in corpus.discover(folder).skipped] == ["sub"]


@POSIX
@pytest.mark.parametrize("replacement", ["link", "fifo"])
def test_a_file_replaced_after_discovery_is_not_read(tmp_path, replacement):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "late.txt": OTHER})
    inputs = corpus.discover(folder)
    late = folder / "late.txt"
    late.unlink()
    late.symlink_to(_outside(folder)) if replacement == "link" else os.mkfifo(late)
    record = corpus.read(inputs.sources[1])
    assert isinstance(record, corpus.Skip) and record.reason.startswith("cannot read file")


@POSIX
@pytest.mark.parametrize("name", ["metadata", "actors", "targets"])
def test_a_companion_file_linked_outside_the_corpus_is_refused_in_one_line(tmp_path, name):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE})
    (folder / f"{name}.csv").symlink_to(_outside(folder))
    with pytest.raises(CorpusError, match=f"{name}.csv.*outside the corpus folder"):
        corpus.discover(folder) if name == "metadata" else input_file(folder, name)


# ---------------------------------------------------------------------------------------- bytes of an article

UTF8 = "Ukraine’s bid to join NATO was “not on the table”, the envoy said on Monday — again.\n"
RUSSIAN = "Москва заявила, что переговоры с Вашингтоном продолжатся на следующей неделе.\n"
DECODING = [  # (bytes, declared encoding, expected encoding, expected replacements, a text the document holds)
    ("stray cp1252 byte in UTF-8", UTF8.encode() + b"Kyiv\x92s reply came later.\n", "", "utf-8", 1,
     "Ukraine’s bid"),
    ("UTF-16LE without BOM, declared", UTF8.encode("utf-16-le"), "utf-16-le", "utf-16-le", 0, "Ukraine’s bid"),
    ("UTF-16LE without BOM, undeclared", UTF8.encode("utf-16-le"), "", "utf-16-le", 0, "Ukraine’s bid"),
    ("UTF-16BE Cyrillic without BOM", RUSSIAN.encode("utf-16-be"), "", "utf-16-be", 0, "Москва заявила"),
    ("UTF-16 with BOM", UTF8.encode("utf-16"), "", "utf-16", 0, "Ukraine’s bid"),
    ("declared encoding that does not fit", RUSSIAN.encode("cp1251"), "utf-8", "cp1251", 0, "Москва заявила"),
    ("declared codec that is no charset", UTF8.encode(), "rot13", "utf-8", 0, "Ukraine’s bid"),
    ("Ukrainian cp1251", "Київ заявив, що переговори тривають. Її міністр сказав це.\n".encode("cp1251"), "",
     "cp1251", 0, "Її міністр"),
    ("pure cp1252", "Zelenskyy said the “peace plan” was “unacceptable”.\n".encode("cp1252"), "", "cp1252", 0,
     "“peace plan”"),
]


@pytest.mark.parametrize(("data", "declared", "encoding", "replacements", "holds"), [d[1:] for d in DECODING],
                         ids=[d[0] for d in DECODING])
def test_articles_are_decoded_without_losing_text(tmp_path, data, declared, encoding, replacements, holds):
    files = {"doc.txt": data, **({"metadata.csv": f"doc_id,encoding\ndoc,{declared}\n"} if declared else {})}
    documents = _compute(write_corpus(tmp_path / "c", files))["documents"]
    assert documents[["encoding", "n_replacements"]].values.tolist() == [[encoding, replacements]]
    assert holds in documents["text"].iloc[0] and "â€" not in documents["text"].iloc[0]


CODECS = ["", "utf-8", "utf-16", "utf-16-le", "cp1251", "idna", "punycode", "unicode_escape", "utf-7", "undefined",
          "hex", "rot13", "no-such-codec"]


@given(st.binary(max_size=3000), st.sampled_from(CODECS))
@example(b"\xff\xfe\x00\xd8 talks", "")  # a UTF-16 byte-order mark, then a lone surrogate
@example(b"\\ud800 talks", "unicode_escape")
def test_any_bytes_with_any_declared_codec_are_a_record_or_a_skip(data, declared):
    source = corpus.Source("d", "d.txt", data, "text", {"encoding": declared} if declared else {})
    result = corpus.decode(source)
    assert isinstance(result, corpus.Record | corpus.Skip)
    if isinstance(result, corpus.Record):
        result.raw.encode("utf-8")  # no lone surrogate: every table can be written
        assert result.raw.strip() and result.n_replacements >= 0


@given(st.text(max_size=500))
@example('a,"b\n\x00c')
@example('{"id": 1}\n{"id": [[[[')
def test_any_table_text_gives_rows_or_reasons(text):
    for rows_of in (decode.csv_rows, decode.jsonl_rows):
        _, rows = rows_of(text)
        assert all(isinstance(line, int) and isinstance(row, dict | str) for line, row in rows)


# ------------------------------------------------------------------------------------------ table corpora

ROWS = [{"id": f"a{n}", "text": f"{ARTICLE}Round {n} ended, the envoy said.", "outlet": "Le Café"} for n in range(10)]


def _jsonl(rows, broken: dict[int, str] | None = None) -> bytes:
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    for number, line in (broken or {}).items():
        lines[number] = line
    return "\n".join(lines).encode()


def _csv(rows, encoding="utf-8") -> bytes:
    return pd.DataFrame(rows).to_csv(index=False).encode(encoding)


TABLES = [  # (file name, bytes, expected documents, expected skip reasons)
    ("one broken JSON line of 10", "a.jsonl", _jsonl(ROWS, {3: '{"id": "a3", "text": "cut off'}), 9,
     ["invalid JSON on line 4"]),
    ("a JSON line that is no object", "a.jsonl", _jsonl(ROWS, {0: "[1, 2]", 1: "null"}), 8,
     ["line 1 is not a JSON object", "line 2 is not a JSON object"]),
    ("JSON nested too deep", "a.jsonl", _jsonl(ROWS, {5: "[" * 200_000}), 9, ["invalid JSON on line 6"]),
    ("a text that is no string", "a.jsonl", _jsonl(ROWS, {2: '{"id": "a2", "text": {"p": 1}}'}), 9,
     ["holds no string"]),
    ("lone surrogates", "a.jsonl", _jsonl(ROWS, {1: '{"id": "a1", "text": "Talks \\ud800 went on.", '
                                                    '"outlet": "\\udc80"}'}), 10, []),
    ("CSV in cp1252", "a.csv", _csv(ROWS, "cp1252"), 10, []),
    ("CSV in UTF-16", "a.csv", _csv(ROWS, "utf-16"), 10, []),
    ("CSV row with extra fields", "a.csv", _csv(ROWS) + b'a10,"x",Wire,surplus\n', 10,
     ["malformed CSV row on line 32: 4 fields"]),  # each row spans 3 lines
    ("CSV cell over the cap", "a.csv", _csv([*ROWS, {"id": "big", "text": "x" * 3_000_000, "outlet": ""}]), 10,
     ["cell 'text' too large (3.0 MB > 2 MB cap"]),
    ("JSON cell over the cap", "a.jsonl", _jsonl([*ROWS, {"id": "big", "text": ARTICLE, "outlet": "é" * 1_100_000}]),
     10, ["cell 'outlet' too large (2.2 MB > 2 MB cap"]),
]


@pytest.mark.parametrize(("name", "data", "n_documents", "reasons"), [t[1:] for t in TABLES],
                         ids=[t[0] for t in TABLES])
def test_one_bad_row_costs_only_itself(tmp_path, name, data, n_documents, reasons):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "out"
    assert cli.main(["run", "--corpus", str(path), "--out", str(out), "--max-mb", "2"]) == 0
    tables = store.load(out)
    assert len(tables["documents"]) == n_documents
    assert len(tables["skipped"]) == len(reasons)
    for reason, found in zip(reasons, tables["skipped"]["reason"], strict=True):
        assert reason in found
    assert set(tables["documents"]["outlet"]) <= {"Le Café", "\ufffd"}  # decoded, never mojibake


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16"])
def test_metadata_is_decoded_like_an_article_and_a_broken_row_is_a_warning(tmp_path, encoding):
    metadata = "doc_id,outlet\ngood,Le Café\nother,\"Wire\n".encode(encoding)
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "metadata.csv": metadata})
    tables = _compute(folder)
    assert tables["documents"]["outlet"].tolist() == ["Le Café"]
    if encoding == "cp1252":
        assert "metadata.csv decoded as cp1252" in " ".join(tables["warnings"]["message"])


# ---------------------------------------------------------------------------------------- options of run

OPTIONS = [  # (options after "run --corpus C", with NAME=VALUE for the environment; the one line expected)
    ("--out {out} --max-mb nan", "--max-mb must be a positive number of megabytes, got nan"),
    ("--out {out} --max-mb inf", "--max-mb must be a positive number"),
    ("--out {out} --max-mb -1", "--max-mb must be a positive number"),
    ("--out {out} --max-mb 0", "--max-mb must be a positive number"),
    ("--out {out} --max-mb 1e-9", "--max-mb must be a positive number"),
    ("--out {out} --workers 0", "--workers must be a whole number from 1 to 256, got 0"),
    ("--out {out} --workers -3", "--workers must be a whole number from 1 to 256"),
    ("--out {out} --workers 1000000", "--workers must be a whole number from 1 to 256"),
    ("--out {out} NEWSFRAME_WORKERS=many", "NEWSFRAME_WORKERS must be a whole number from 1 to 256, got 'many'"),
    ("--out {out} --scheduler tcp://127.0.0.1:1", "--scheduler needs --engine dask"),
    ("--out {out} --text-column=", "--text-column must name a column"),
    ("--out {out} --metadata {tmp}/none.csv", "--metadata file not found"),
    ("--out {out} --map outlet=publication", "--map names columns it does not have (outlet=publication"),
    ("--out {corpus}/good.txt", "--out must be a folder"),
    ("--out=", "--out must name a path, got an empty one"),
]


@pytest.mark.parametrize(("options", "message"), OPTIONS, ids=[o[0].replace("--out {out} ", "") for o in OPTIONS])
def test_bad_run_options_are_one_line_and_exit_2(tmp_path, capsys, monkeypatch, options, message):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "metadata.csv": "doc_id,outlet\ngood,Wire\n"})
    args = ["run", "--corpus", str(folder)]
    for part in options.format(out=tmp_path / "out", tmp=tmp_path, corpus=folder).split(" "):
        if "=" in part and not part.startswith("-") and part.split("=")[0].isupper():
            monkeypatch.setenv(*part.split("=", 1))
        else:
            args.append(part)
    assert cli.main(args) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and message in error
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("option", ["--actors", "--targets", "--lexicon", "--frame-cues", "--role-cues",
                                    "--topic-words"])
def test_a_file_option_that_is_not_utf8_text_is_one_line(tmp_path, capsys, option):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE})
    (tmp_path / "binary.csv").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\xff")
    args = ["run", "--corpus", str(folder), "--out", str(tmp_path / "out"), option, str(tmp_path / "binary.csv")]
    assert cli.main(args) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and f"{option} file" in error and "is not UTF-8 text" in error


@pytest.mark.parametrize(("corpus_path", "message"), [("/dev/null", "not a character device"),
                                                     ("{fifo}", "not a FIFO"), ("", "--corpus must name a path")])
@POSIX
def test_a_corpus_that_is_a_device_a_fifo_or_empty_is_one_line(tmp_path, capsys, corpus_path, message):
    os.mkfifo(tmp_path / "fifo")
    corpus_path = corpus_path.replace("{fifo}", str(tmp_path / "fifo"))
    assert cli.main(["run", "--corpus", corpus_path, "--out", str(tmp_path / "out")]) == 2
    error = capsys.readouterr().err.strip()
    assert "\n" not in error and message in error


@pytest.mark.parametrize("row", ["(will|would kill,against,favor,1,any", "kill,against,favor,heavy,any"])
def test_an_edited_stance_cue_that_cannot_be_read_is_a_one_line_error(tmp_path, row):
    from analysis import resources, stance_lexicon
    path = tmp_path / "cues.csv"
    path.write_text(f"cue,stance,negated,weight,scope\noff the table,against,favor,1.5,any\n{row}\n", encoding="utf-8")
    with pytest.raises(resources.ResourceError, match=r"stance cue .* cannot be read") as caught:
        stance_lexicon.cue_lexicon(str(path))
    assert "\n" not in str(caught.value)


def test_an_edited_furniture_pattern_that_cannot_be_read_is_a_one_line_error(monkeypatch):
    from analysis import clean, resources
    monkeypatch.setattr(clean, "read_table", lambda name: [{"pattern": r"(bad[", "reason": "test", "max_words": "3"}])
    clean._furniture.cache_clear()
    try:
        with pytest.raises(resources.ResourceError, match=r"furniture\.csv: pattern '\(bad\[' cannot be") as caught:
            clean._furniture()
    finally:
        clean._furniture.cache_clear()
    assert "\n" not in str(caught.value)
