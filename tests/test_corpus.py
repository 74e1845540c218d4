"""Corpus loading and bad input: every problem is one line (error) or one row (skipped/warning)."""

from __future__ import annotations

import gzip
import json
import unicodedata

import pandas as pd
import pytest
from conftest import write_corpus

from analysis import corpus, pipeline
from analysis.corpus import CorpusError

ARTICLE = ("Officials met in Geneva on Monday to discuss a ceasefire, the foreign ministry said.\n"
           "The talks will continue next week, according to two diplomats familiar with the matter.\n")


def _compute(folder, **kwargs):
    return pipeline.compute(folder, config=pipeline.Config(**kwargs))


def test_seeds_load_as_five_documents_with_metadata(seed_tables):
    documents = seed_tables["documents"].set_index("doc_id")
    assert len(documents) == 5
    assert documents.loc["004_4cf28d3b19182508", "outlet"] == "The Moscow Times"
    assert documents.loc["001_fea7327bdfeb7a99", "date"] == "2025-03-13"
    assert bool(documents.loc["000_9b3d57f51e669d2e", "translated"]) is True
    assert (documents["n_sentences"] > 0).all() and (documents["n_tokens"] > 100).all()


def test_folder_without_documents_is_one_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="no documents"):
        corpus.discover(tmp_path)


def test_missing_corpus_is_one_clear_error(tmp_path):
    with pytest.raises(CorpusError, match="corpus not found"):
        corpus.discover(tmp_path / "nowhere")


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\t \n", "empty file"),
        ("picture.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not text: a PNG image"),
        ("report.txt", b"%PDF-1.7\n" + bytes(range(256)), "not text: a PDF document"),
        ("nulls.txt", b"\x00\x01\x02\x03" * 500, "not text: binary data"),
        ("furniture.txt", b"Share\nComments\nPost a Comment\n", "empty after cleaning"),
        ("slides.pptx", b"PK\x03\x04 whatever", "unsupported file type"),
    ],
)
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, content, reason):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, name: content})
    tables = _compute(folder)
    assert tables["documents"]["doc_id"].tolist() == ["good"]
    skipped = tables["skipped"]
    assert len(skipped) == 1 and reason in skipped["reason"].iloc[0]
    assert len(tables["documents"]) + len(skipped) == 2  # processed plus skipped equals the inputs


def test_all_inputs_bad_is_one_clear_error(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": b"", "b.txt": b"\x89PNG\r\n\x1a\n\x00\x00"})
    with pytest.raises(CorpusError, match="no usable articles"):
        _compute(folder)


def test_oversized_file_is_skipped(tmp_path):
    big = ("The minister said the talks would continue. " * 1_200_000).encode()  # about 52 MB
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "huge.txt": big})
    tables = _compute(folder)
    assert "file too large (52.8 MB > 20 MB cap" in tables["skipped"]["reason"].iloc[0]


@pytest.mark.parametrize(
    ("text", "encoding", "expected_encoding"),
    [
        ("Москва заявила, что переговоры с Вашингтоном продолжатся на следующей неделе.", "cp1251", "cp1251"),
        ("Київ заявив, що переговори тривають.", "cp1251", "cp1251"),
        ("Der Außenminister sagte, die Gespräche würden fortgesetzt.", "latin-1", "cp1252"),
        ("Zelenskyy said the “peace plan” was “unacceptable” — twice.", "cp1252", "cp1252"),
        ("Kyiv said the talks were “useful”.", "utf-16", "utf-16"),
        ("Kyiv said the talks were useful.", "utf-8-sig", "utf-8-sig"),
    ],
)
def test_non_utf8_text_is_decoded_and_the_encoding_recorded(tmp_path, text, encoding, expected_encoding):
    folder = write_corpus(tmp_path / "c", {"doc.txt": text.encode(encoding)})
    documents = _compute(folder)["documents"]
    assert documents["text"].iloc[0].strip() == text
    assert documents["encoding"].iloc[0] == expected_encoding


def test_declared_encoding_wins_over_a_guess(tmp_path):
    text = "Газета писала, что переговоры продолжатся."
    folder = write_corpus(tmp_path / "c", {"doc.txt": text.encode("koi8-r"),
                                           "metadata.csv": "doc_id,encoding\ndoc,koi8-r\n"})
    documents = _compute(folder)["documents"]
    assert documents["text"].iloc[0].strip() == text and documents["encoding"].iloc[0] == "koi8-r"


def test_undecodable_bytes_are_counted(tmp_path):
    folder = write_corpus(tmp_path / "c", {"doc.txt": ARTICLE.encode() + b"\xff\xfe\xfa broken \x81 tail.\n"})
    tables = _compute(folder)
    documents = tables["documents"]
    assert documents["encoding"].iloc[0] != ""
    assert "Officials met in Geneva" in documents["text"].iloc[0]


def test_crlf_nfd_and_control_characters_are_normalised(tmp_path):
    raw = "Officials met in Kie\u0301v on Monday.\r\nThe\x00 talks\x07 went on, diplomats said.\r\n"
    folder = write_corpus(tmp_path / "c", {"doc.txt": raw.encode()})
    text = _compute(folder)["documents"]["text"].iloc[0]
    assert "\r" not in text and "\x00" not in text and "\x07" not in text
    assert unicodedata.is_normalized("NFC", text) and "Kiév" in text


@pytest.mark.parametrize("wrong", ["cp1251", "sloppy-windows-1252"])  # as browsers decode cp1252: no byte lost
def test_mojibake_from_an_earlier_wrong_decoding_is_repaired_with_a_warning(tmp_path, wrong):
    import ftfy.bad_codecs  # noqa: F401 - registers the sloppy codecs

    article = "“We will rebuild the bridge — every span of it,” Mayor Irena Kovac said on Friday."
    garbled = article.encode("utf-8").decode(wrong).encode("utf-8")
    folder = write_corpus(tmp_path / "c", {"doc.txt": garbled})
    tables = _compute(folder)
    assert tables["documents"]["text"].iloc[0] == article
    assert "mojibake repaired" in " ".join(tables["warnings"]["message"])
    assert tables["quotes"][["kind", "speaker"]].values.tolist()[0] == ["direct", "Irena Kovac"]
    assert (folder / "doc.txt").read_bytes() == garbled  # the raw input is left as it was


def test_text_stored_as_the_repr_of_its_bytes_is_decoded_with_a_warning(tmp_path):
    article = ("“We will rebuild the bridge — every span of it,” Mayor Irena Kovac said on Friday.\n\n"
               "The city’s engineers said work would start in May.")
    escaped = repr(article.encode("utf-8"))[2:-1]  # "\\xe2\\x80\\x9cWe will ...\\n\\nThe city\\xe2\\x80\\x99s ..."
    folder = write_corpus(tmp_path / "c", {"doc.txt": escaped.encode("ascii")})
    tables = _compute(folder)
    assert tables["documents"]["text"].iloc[0] == article
    assert "escaped bytes decoded" in " ".join(tables["warnings"]["message"])
    assert tables["quotes"][["kind", "speaker"]].values.tolist()[0] == ["direct", "Irena Kovac"]
    assert (folder / "doc.txt").read_bytes() == escaped.encode("ascii")


def test_a_no_break_space_read_as_windows_1251_is_restored(tmp_path):
    article = "The city was taken by\u00a0Russia in March, Mayor Irena Kovac said on\u00a0Friday."
    garbled = article.encode("utf-8").decode("cp1251").encode("utf-8")  # "В" before each no-break space
    folder = write_corpus(tmp_path / "c", {"doc.txt": garbled})
    tables = _compute(folder)
    assert tables["documents"]["text"].iloc[0] == article
    assert "mojibake repaired" in " ".join(tables["warnings"]["message"])


@pytest.mark.parametrize(("article", "repair"), [
    ("«Мы восстановим мост», — сказал мэр. Ο δήμαρχος είπε ότι η γέφυρα θα ανοίξει. Zürich, café, naïve.", "mojibake"),
    ("The files were saved to C:\\new\\reports on Monday, the clerk said, and printed at noon.", "escaped"),
])
def test_text_that_only_resembles_a_bad_decoding_is_left_as_written(tmp_path, article, repair):
    folder = write_corpus(tmp_path / "c", {"doc.txt": article.encode("utf-8")})
    tables = _compute(folder)
    assert tables["documents"]["text"].iloc[0] == article
    assert repair not in " ".join(tables["warnings"]["message"])


def test_gzip_file_is_decompressed(tmp_path):
    folder = write_corpus(tmp_path / "c", {"doc.txt.gz": gzip.compress(ARTICLE.encode())})
    tables = _compute(folder)
    assert tables["documents"]["doc_id"].tolist() == ["doc"]
    assert "gzip" in " ".join(tables["warnings"]["message"])


def test_gzip_bomb_is_skipped_at_the_cap_while_decompressing(tmp_path):
    bomb = gzip.compress(b"The talks went on. " * 1_000_000, compresslevel=9)  # 19 MB of text in a small file
    assert len(bomb) < 100_000
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "bomb.txt.gz": bomb})
    tables = _compute(folder, max_bytes=1_000_000)
    assert tables["documents"]["doc_id"].tolist() == ["good"]
    assert tables["skipped"].values.tolist() == [
        ["bomb.txt.gz", "bomb", "file too large after decompression (over the 1 MB cap; raise it with --max-mb)"]]


def test_gzip_decompression_holds_no_more_than_the_cap_in_memory():
    import tracemalloc

    bomb = gzip.compress(b"\0" * 20_000_000, compresslevel=9)
    tracemalloc.start()
    try:
        assert corpus.gunzip(bomb, max_bytes=1_000_000) is None
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 4_000_000  # the cap and zlib's buffers, never the 20 MB the file expands to


@pytest.mark.parametrize(("content", "reason"), [
    (gzip.compress(ARTICLE.encode())[:-12], "corrupt gzip file"),  # truncated
    (b"\x1f\x8b" + bytes(range(256)), "corrupt gzip file"),
])
def test_broken_gzip_is_skipped(tmp_path, content, reason):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "broken.txt.gz": content})
    assert _compute(folder)["skipped"]["reason"].tolist() == [reason]


def test_gzip_up_to_the_cap_is_read(tmp_path):
    text = ARTICLE * 20
    folder = write_corpus(tmp_path / "c", {"doc.txt.gz": gzip.compress(text.encode())})
    documents = _compute(folder, max_bytes=len(text.encode()))["documents"]
    assert documents["doc_id"].tolist() == ["doc"]


def test_exact_duplicates_keep_the_lowest_id_and_near_duplicates_are_flagged(tmp_path):
    long = ARTICLE + "".join(f"Paragraph {n} reports what the {w} delegation told reporters after the "
                             f"session, and what the mediators expect from round {n + 1} of the talks.\n"
                             for n, w in enumerate(["Ukrainian", "Russian", "American", "Turkish", "Saudi",
                                                    "French", "German", "British", "Polish", "Finnish"]))
    near = long.replace("Monday", "Tuesday") + "(Reporting by a staff correspondent.)\n"
    folder = write_corpus(tmp_path / "c", {"b.txt": long, "a.txt": "  " + long.upper(), "c.txt": near,
                                           "d.txt": long.replace("\n", "\n\n")})
    tables = _compute(folder)
    assert tables["documents"]["doc_id"].tolist() == ["a", "c"]
    skipped = tables["skipped"].set_index("doc_id")["reason"].to_dict()
    assert skipped == {"b": "exact duplicate of a", "d": "exact duplicate of a"}
    assert tables["documents"].set_index("doc_id").loc["c", "near_duplicate_of"] == "a"


def test_metadata_rows_without_files_become_warnings(tmp_path):
    folder = write_corpus(tmp_path / "c", {"a.txt": ARTICLE, "metadata.csv":
                                           "doc_id,outlet,date\na,Wire,2025-02-13\nghost,Nobody,2025-01-01\n"})
    tables = _compute(folder)
    messages = " ".join(tables["warnings"]["message"])
    assert "'ghost' but no such file exists" in messages
    assert tables["documents"]["outlet"].tolist() == ["Wire"]


@pytest.mark.parametrize(("value", "problem"), [("2024-13-45", "unreadable date"), ("2999-01-01", "future")])
def test_bad_dates_become_warnings(tmp_path, value, problem):
    folder = write_corpus(tmp_path / "c", {"a.txt": ARTICLE, "metadata.csv": f"doc_id,date\na,{value}\n"})
    tables = _compute(folder)
    assert problem in " ".join(tables["warnings"]["message"])


def test_html_main_text_is_extracted(tmp_path):
    page = ("<html><head><title>Talks resume</title><meta charset='utf-8'></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Talks resume</h1>"
            "<p>Officials met in Geneva on Monday to discuss a ceasefire, the foreign ministry said in a long "
            "statement released after the meeting.</p><p>The talks will continue next week, according to two "
            "diplomats familiar with the matter, who asked not to be named.</p></article>"
            "<footer>© 2025 Example News. All rights reserved.</footer></body></html>")
    folder = write_corpus(tmp_path / "c", {"page.html": page})
    documents = _compute(folder)["documents"]
    text = documents["text"].iloc[0]
    assert "Officials met in Geneva" in text and "Home" not in text and "All rights reserved" not in text
    assert documents["format"].iloc[0] == "html" and documents["title"].iloc[0] == "Talks resume"


def test_news_please_jsonl_columns_are_recognised(tmp_path):
    rows = [{"maintext": ARTICLE, "title": "Talks", "source_domain": "example.org", "date_publish":
             "2025-02-13 10:00:00", "url": "https://example.org/a", "id": "np1"}]
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    documents = _compute(path)["documents"]
    assert documents[["doc_id", "outlet", "date", "title"]].values.tolist() == [
        ["np1", "example.org", "2025-02-13", "Talks"]]


def test_media_cloud_csv_with_a_mapped_text_column(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"stories_id": [7], "media_name": ["Wire"], "publish_date": ["2025-03-13"],
                  "story": [ARTICLE]}).to_csv(path, index=False)
    documents = _compute(path, text_column="story")["documents"]
    assert documents[["doc_id", "outlet", "date"]].values.tolist() == [["7", "Wire", "2025-03-13"]]


def test_csv_without_the_named_text_column_is_one_clear_error(tmp_path):
    path = tmp_path / "export.csv"
    pd.DataFrame({"id": [1], "headline": ["x"]}).to_csv(path, index=False)
    with pytest.raises(CorpusError, match="no text column 'body'"):
        corpus.discover(path, text_column="body")
    with pytest.raises(CorpusError, match="no text column"):
        corpus.discover(path)


def test_input_order_does_not_matter(tmp_path):
    texts = {f"{name}.txt": ARTICLE.replace("Geneva", city) for name, city in
             [("z", "Riyadh"), ("m", "Istanbul"), ("a", "Jeddah")]}
    first = _compute(write_corpus(tmp_path / "one", texts))
    second = _compute(write_corpus(tmp_path / "two", dict(reversed(list(texts.items())))))
    for name in ("documents", "sentences", "removed"):
        left = first[name].drop(columns=["source_path"], errors="ignore")
        right = second[name].drop(columns=["source_path"], errors="ignore")
        pd.testing.assert_frame_equal(left, right)


@pytest.mark.parametrize("page", [
    "<html><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav><footer>© 2025</footer></body></html>",
    "<html><head><title>x</title></head><body><script>var a = 1;</script></body></html>",
])
def test_navigation_only_html_is_skipped_as_empty(tmp_path, page):
    folder = write_corpus(tmp_path / "c", {"good.txt": ARTICLE, "nav.html": page})
    tables = _compute(folder)
    assert tables["documents"]["doc_id"].tolist() == ["good"]
    assert tables["skipped"]["reason"].iloc[0].startswith("empty")


def test_bare_html_fragment_is_extracted(tmp_path):
    fragment = ("<p>The minister said on Monday that the talks in Riyadh had been useful and would go on.</p>"
                "<p>Two diplomats said a second round could start within weeks.</p>")
    folder = write_corpus(tmp_path / "c", {"frag.html": fragment})
    text = _compute(folder)["documents"]["text"].iloc[0]
    assert "talks in Riyadh" in text and "<p>" not in text


def test_a_wire_xml_file_saved_as_text_is_read_as_markup(tmp_path):
    body = " ".join(["Nebraska Republicans will pick a nominee for governor on Tuesday in a bitter race."] * 3)
    xml = ('<?xml version="1.0" encoding="utf-8"?><nitf version="-//IPTC//DTD NITF 3.4//EN">'
           '<head><docdata><ed-msg info="Eds: UPDATES: adds photos."/></docdata></head><body><body.content>'
           f'<p>{body}</p><p>“We will win,” the candidate said in Omaha on Monday evening.</p>'
           '</body.content></body></nitf>')
    (tmp_path / "wire.txt").write_text(xml, encoding="utf-8")
    tables = _compute(tmp_path)
    text = tables["documents"].loc[0, "text"]
    assert "Nebraska Republicans" in text and "<" not in text and "Eds:" not in text
    assert tables["documents"].loc[0, "format"] == "html"
