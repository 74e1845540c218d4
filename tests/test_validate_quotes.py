"""Quote validation against articles and PolNeAR gold: the token matching rules, the split, the span parser,
gold reading, and one run over the development data when it is beside the checkout."""

from __future__ import annotations

import argparse

import pandas as pd
import pytest
from conftest import ROOT, write_corpus

from analysis import cli, config, pipeline, validate
from analysis.validate import quotes as vq

DEVDATA = ROOT.parent / "shared" / "devdata"

PESKOV = ("Talks in Geneva\n\nKremlin spokesman Dmitry Peskov said on Monday that the talks in Geneva had been "
          "useful and would go on next week.\n\n“We will not give up Crimea under any circumstances, whatever the "
          "West offers us,” Peskov told reporters.\n\nThe minister called the plan “a dangerous illusion that nobody "
          "in Moscow takes seriously”, according to the agency.")
WEATHER = "The weather was fine in Kyiv on Tuesday and the markets were calm all day long."


@pytest.mark.parametrize(("gold", "kit", "expected"), [
    ("we will not give up Crimea", "He said we will not give up Crimea at all", 1.0),
    ("we will not give up Crimea", "He said we will not give up", 0.8),
    ("We’ll go “now”", "we'll go now", 1.0),  # curly quotes and apostrophes are made straight
    ("no", "He said no", 1.0),  # one token: whether it is there
    ("no", "He said yes", 0.0),
    ("the talks were useful", "", 0.0),
    (("we will", "not give up"), "we will not give up", 1.0),  # pieces of a discontinuous span
    (("we will", "not give up"), "we will, he said", 1 / 3),
])
def test_coverage_is_the_share_of_gold_bigrams_in_the_kit_text(gold, kit, expected):
    assert vq.coverage(gold, kit) == pytest.approx(expected)


@pytest.mark.parametrize(("gold", "kit", "expected"), [
    ("Volodymyr Zelensky", ("Volodymyr Zelenskyy",), True),  # first six letters agree
    ("Zelenskiy", ("Zelensky",), True),
    ("Dmitry Peskov", ("Peskov",), True),
    ("Dmitry Peskov", ("Dmitry Medvedev",), False),  # a named speaker needs the surname
    ("Russia’s Defense Ministry", ("", "", "Defense Ministry"), True),  # named: the last content word
    ("Some US officials", ("an official",), False),  # capitalised: its last content word, "some", is needed
    ("unnamed Western diplomats", ("", "diplomats"), True),  # unnamed: any content word
    ("he", ("Donald Trump",), False),  # no content word at all
    ("The U.N.", ("UN",), True),  # initials with stops are the acronym
    ("the S.E.C.", ("", "SEC"), True),
    ("The U.N.", ("EU",), False),
    ("", ("Donald Trump",), False),
])
def test_speaker_right_by_surname_or_a_content_word(gold, kit, expected):
    assert vq.speaker_right(gold, *kit) is expected


def small_gold(rows):
    return vq.token_gold(pd.DataFrame(rows, columns=["doc_id", "speaker", "kind", "cue", "text"]), "articles")[0]


def test_token_figures_found_speaker_and_precision():
    gold = small_gold([
        ["a", "Dmitry Peskov", "direct", "told", "We will not give up Crimea under any circumstances"],
        ["a", "Sergei Lavrov", "partial", "called", "a dangerous illusion that nobody in Moscow"],
        ["a", "Dmitry Peskov", "indirect", "said", "the talks in Geneva had been useful"],
        ["b", "Ann Smith", "indirect", "said", "the bridge would open in May"],
    ])
    quotes = pd.DataFrame({
        "doc_id": ["a", "a", "a", "a", "c"],
        "kind": ["direct", "partial", "indirect", "direct", "direct"],
        "speaker": ["Dmitry Peskov", "", "Dmitry Peskov", "Peskov", "X"],
        "affiliation": ["Russia", "", "Russia", "", ""],
        "text": ["We will not give up Crimea under any circumstances, whatever", "a dangerous illusion that nobody",
                 "the talks in Geneva had been useful and would go on", "Something nobody said", "not counted"],
    })
    figures = vq.token_figures(gold, quotes).set_index("kind")
    assert figures.loc["direct", ["n", "found", "speaker", "n_kit", "precision"]].tolist() == [1, 1.0, 1.0, 2, 0.5]
    # the partial quote is found (4 of its 6 bigrams = 0.67 >= 0.6), but without a speaker
    assert figures.loc["partial", ["found", "speaker", "precision"]].tolist() == [1.0, 0.0, 1.0]
    assert figures.loc["indirect", ["n", "found", "speaker", "speaker_of_found"]].tolist() == [2, 0.5, 0.5, 1.0]
    assert figures.loc["quoted", ["n", "n_kit", "precision"]].tolist() == [2, 3, pytest.approx(2 / 3)]
    assert figures.loc["all", ["n", "found", "n_kit"]].tolist() == [4, 0.75, 4]  # document c has no gold


def test_polnear_rows_without_a_source_count_for_found_not_for_speaker():
    gold = pd.DataFrame({
        "doc_id": ["d", "d"], "attribution_id": ["E1", "E2"], "source_text": ["Trump", ""],
        "source_spans": ["0-5", ""], "cue_text": ["said", "was reported"], "cue_spans": ["6-10", "30-42"],
        "content_text": ["the wall would be built", "the rally was cancelled"],
        "content_spans": ["11-34", "43-66"], "kind": ["indirect", "indirect"]})
    gold, notes = vq.token_gold(gold, "polnear")
    quotes = pd.DataFrame({"doc_id": ["d", "d"], "kind": ["indirect", "indirect"], "speaker": ["Donald Trump", ""],
                           "text": ["the wall would be built", "the rally was cancelled"]})
    figures = vq.token_figures(gold, quotes).set_index("kind")
    assert notes == []
    assert figures.loc["indirect", ["n", "found", "n_speaker", "speaker"]].tolist() == [2, 1.0, 1, 1.0]


@pytest.mark.parametrize(("spans", "expected"), [
    ("115-290", [(115, 290)]),
    ("3-9;12-20", [(3, 9), (12, 20)]),
    (" 3-9 ; 12-20 ", [(3, 9), (12, 20)]),
    ("", []),
])
def test_polnear_span_parser(spans, expected):
    assert vq.parse_spans(spans) == expected


@pytest.mark.parametrize("spans", ["3", "9-3", "a-b", "3-9,12-20"])
def test_polnear_span_parser_refuses_what_is_not_a_span(spans):
    with pytest.raises(validate.ValidationError, match="not a span"):
        vq.parse_spans(spans)


def test_discontinuous_content_is_matched_piece_by_piece():
    text = "The plan, Trump said, would work within a year."
    spans = "0-8;22-47"
    pieces = [text[start:end] for start, end in vq.parse_spans(spans)]
    assert pieces == ["The plan", "would work within a year."]
    gold = pd.DataFrame({"doc_id": ["d"], "attribution_id": ["E1"], "source_text": ["Trump"], "source_spans": ["10-15"],
                         "cue_text": ["said"], "cue_spans": ["16-20"], "content_text": [" ".join(pieces)],
                         "content_spans": [spans], "kind": ["indirect"]})
    gold, _ = vq.token_gold(gold, "polnear")
    assert gold.at[0, "parts"] == tuple(pieces)
    assert vq.coverage(gold.at[0, "parts"], text) == 1.0  # "plan would" is not a bigram of the gold


def test_a_split_quotation_is_found_when_each_part_is():
    first, second = "We will not give up Crimea under any circumstances", "The talks are over for this year"
    text = f"“{first},” Peskov said. “{second}.”"
    spans = f"1-{1 + len(first)};{text.index(second)}-{text.index(second) + len(second)}"
    gold = pd.DataFrame({"doc_id": ["d"], "attribution_id": ["E1"], "source_text": ["Peskov"], "source_spans": ["0-1"],
                         "cue_text": ["said"], "cue_spans": ["0-1"], "content_text": [f"{first} {second}"],
                         "content_spans": [spans], "kind": ["direct"]})
    gold, _ = vq.token_gold(gold, "polnear")

    def figures(speakers, texts):
        quotes = pd.DataFrame({"doc_id": ["d"] * len(texts), "kind": ["direct"] * len(texts), "speaker": speakers,
                               "text": texts})
        return vq.token_figures(gold, quotes).set_index("kind").loc["direct", ["found", "speaker"]].tolist()

    assert figures(["Dmitry Peskov", "Dmitry Peskov"], [first, second]) == [1.0, 1.0]
    assert figures(["Dmitry Peskov", "Sergei Lavrov"], [first, second]) == [1.0, 0.0]  # each part's speaker
    assert figures(["Dmitry Peskov"], [first]) == [0.0, 0.0]  # half a quotation is not found


def test_split_is_deterministic_disjoint_and_covers_every_document():
    doc_ids = [f"{i:03d}" for i in range(1, 31)] + ["breitbart_2016-09-12_stealth", "nyt_2016-10-01_x"]
    frame = pd.DataFrame({"doc_id": doc_ids})
    tuning, checking = vq.in_half(frame, "tuning"), vq.in_half(frame, "checking")
    assert set(tuning["doc_id"]).isdisjoint(checking["doc_id"])
    assert set(tuning["doc_id"]) | set(checking["doc_id"]) == set(doc_ids)
    assert [vq.half(d) for d in doc_ids] == [vq.half(d) for d in reversed(doc_ids)][::-1]
    assert vq.in_half(frame.iloc[:5], "tuning")["doc_id"].tolist() == [d for d in doc_ids[:5] if vq.half(d) == "tuning"]
    assert (vq.half("002"), vq.half("010")) == ("tuning", "checking")  # pinned: the halves never move
    assert vq.in_half(frame, "all") is frame


@pytest.mark.parametrize(("columns", "fmt"), [
    (["doc_id", "kind", "speaker", "text"], "kit"),
    (["doc_id", "speaker", "kind", "cue", "text"], "articles"),
    (["doc_id", "attribution_id", "source_text", "source_spans", "cue_text", "cue_spans", "content_text",
      "content_spans", "kind"], "polnear"),
])
def test_gold_format_by_columns(columns, fmt):
    assert vq.gold_format(pd.DataFrame(columns=columns)) == fmt


def test_unknown_gold_format_is_one_line_error():
    with pytest.raises(validate.ValidationError, match="this file has doc_id, quote"):
        vq.gold_format(pd.DataFrame(columns=["doc_id", "quote"]))


def test_read_gold_keeps_rows_starting_with_a_hash(tmp_path, capsys):
    path = tmp_path / "gold.csv"
    path.write_text('# a comment before the header\nsentence,label\n# a comment after it\n"# another, quoted",x\n'
                    "The vote was close.,neutral\n#1 in the polls again,positive\n\n#StandWithUkraine,positive\n",
                    encoding="utf-8")
    gold = validate.read_gold(path)
    assert gold["sentence"].tolist() == ["The vote was close.", "#1 in the polls again", "#StandWithUkraine"]
    assert gold.attrs["skipped_rows"] == {"blank line": 1}
    assert "1 blank line skipped" in capsys.readouterr().err


def test_read_gold_without_comments_or_blank_lines_says_nothing(tmp_path, capsys):
    path = tmp_path / "gold.tsv"
    path.write_text("text\tlabel\nCalm day.\tneutral\n#hashtag\tpositive\n", encoding="utf-8")
    assert validate.read_gold(path).values.tolist() == [["Calm day.", "neutral"], ["#hashtag", "positive"]]
    assert capsys.readouterr().err == ""


def test_read_gold_takes_a_hash_line_right_under_the_header_for_a_comment(tmp_path):
    path = tmp_path / "gold.csv"
    path.write_text("text,label\n#hashtag,positive\nCalm day.,neutral\n", encoding="utf-8")
    assert validate.read_gold(path)["text"].tolist() == ["Calm day."]


def test_compute_by_document_reports_a_crash_and_goes_on(tmp_path, monkeypatch):
    corpus = write_corpus(tmp_path / "corpus", {"a.txt": PESKOV, "b.txt": WEATHER})
    real = pipeline.process_chunk

    def crash_on_b(sources, run_config):
        if any(s.doc_id == "b" for s in sources):
            raise ValueError("min() arg is an empty sequence\nsecond line")
        return real(sources, run_config)

    monkeypatch.setattr(pipeline, "process_chunk", crash_on_b)
    tables, failed = vq.compute_by_document(corpus, config=config.Config(stages=("actors", "quotes")))
    assert failed.values.tolist() == [["b", "ValueError: min() arg is an empty sequence"]]
    assert set(tables["quotes"]["doc_id"]) == {"a"}


def test_validate_cli_on_articles_gold(tmp_path, capsys):
    corpus = write_corpus(tmp_path / "corpus", {"a.txt": PESKOV, "b.txt": WEATHER})
    gold = tmp_path / "quotes.csv"
    pd.DataFrame([["a", "Dmitry Peskov", "direct", "told reporters", "We will not give up Crimea under any"],
                  ["a", "Dmitry Peskov", "indirect", "said", "the talks in Geneva had been useful"]],
                 columns=["doc_id", "speaker", "kind", "cue", "text"]).to_csv(gold, index=False)
    args = ["validate", "quotes", "--gold", str(gold), "--corpus", str(corpus)]
    assert cli.main(args) == 0
    out = capsys.readouterr().out
    assert "articles format, 2 rows" in out and "split: all documents (1)" in out
    direct = next(line.split() for line in out.splitlines() if line.strip().startswith("direct"))
    assert direct[:4] == ["direct", "1", "1.00", "1.00"]
    assert cli.main([*args, "--split", vq.half("a")]) == 0
    assert f"split: {vq.half('a')} half" in capsys.readouterr().out
    assert cli.main([*args, "--json"]) == 2


def test_seed_gold_keeps_its_report(seeds):
    gold = validate.read_gold(seeds / "annotations" / "quotes.csv")
    args = argparse.Namespace(corpus=str(seeds), actors=None, split="all", json=False)
    assert set(vq.validation_results(gold, args)) == {"span and speaker", "span only"}


@pytest.mark.slow
@pytest.mark.skipif(not (DEVDATA / "polnear_dev" / "attributions.csv").is_file(),
                    reason="the development data (../shared/devdata) is not beside this checkout")
@pytest.mark.parametrize(("gold", "corpus", "n_gold"), [
    ("articles_gold/quotes.csv", "articles", 374),
    ("polnear_dev/attributions.csv", "polnear_dev/texts", 2192),  # one relation has no content
])
def test_development_data_validates_by_halves(capsys, gold, corpus, n_gold):
    base = ["validate", "quotes", "--gold", str(DEVDATA / gold), "--corpus", str(DEVDATA / corpus)]
    sizes = {}
    for split in ("tuning", "checking"):
        assert cli.main([*base, "--split", split]) == 0
        out = capsys.readouterr().out
        assert f"split: {split} half" in out
        table = [line.split() for line in out.splitlines() if line.strip().split()[:1] == ["all"]]
        sizes[split] = int(table[0][1])
        assert 0.0 < float(table[0][2]) <= 1.0  # some gold quotes are found
    assert sum(sizes.values()) == n_gold


def test_furniture_left_is_the_string_itself_not_only_its_first_60_characters(monkeypatch):
    """A cut pull quote does not count as left because the body sentence it repeats starts the same way;
    the scorer's 60-character test is printed beside it."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    validate_quotes = __import__("validate_quotes")
    body = ("The minister said the talks in Geneva would go on until every prisoner was home, whatever the "
            "cost to the government.")
    pull = "The minister said the talks in Geneva would go on until every prisoner was home"
    banner = "Sign up for our morning newsletter to get the best of the news in your inbox every day at six"
    gold = pd.DataFrame({"doc_id": ["a", "a", "a"], "text": [pull + "!", banner, "Reporting by Ada Lune"],
                         "half": ["checking"] * 3})
    sentences = pd.DataFrame({"doc_id": ["a", "a"], "text": [body, banner[:70]]})
    monkeypatch.setattr(vq, "in_half", lambda frame, half: frame[frame["half"] == half])
    rows = validate_quotes.furniture_rows(gold, sentences, "checking", set())
    figures = {row[3]: row[5] for row in rows}
    assert figures == {"furniture left": pytest.approx(1 / 3), "furniture prefix": pytest.approx(2 / 3)}
