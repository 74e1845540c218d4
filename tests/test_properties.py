"""Property tests over loading, cleaning and segmentation: arbitrary Unicode never crashes the kit, offsets
always slice the cleaned text, cleaning is idempotent, and removed plus kept spans rebuild the raw text. Over
the whole pipeline: real-looking news texts never crash a run, every input is processed or skipped, and every
span slices the cleaned text."""

from __future__ import annotations

from conftest import SEEDS
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis import clean, corpus, decode, pipeline, segment

LINES = st.lists(
    st.one_of(
        st.text(max_size=80),
        st.sampled_from(["Share", "Comments", "Post a Comment", ".", "upstairs", "Dear readers,",
                         "Please donate and support our independent journalism monthly.", "![x](http://a/b.png)",
                         "U.S. Gen. Keith Kellogg said it was “off the table.”", "News", "By Jane Doe"]),
        st.from_regex(r"[A-Z][a-z]+( [a-z]+){3,12}[.!?]", fullmatch=True),
    ),
    max_size=12,
)
TEXTS = LINES.map("\n".join)


@given(TEXTS)
@example("Headline Here\n\nNews\n\nHeadline Here\n\nBody text of the article goes here.\n.\nupstairs")
@example("\x00\ufeff\r\n")
def test_removed_and_kept_spans_rebuild_the_raw_text(raw):
    cleaned = clean.strip(raw)
    rebuilt, cursor = [], 0
    for start, end, reason in cleaned.removed:
        assert cursor <= start < end <= len(raw) and reason
        rebuilt.append(raw[cursor:start])
        cursor = end
    rebuilt.append(raw[cursor:])
    assert "".join(rebuilt) == cleaned.text


@given(TEXTS)
def test_cleaning_is_idempotent(raw):
    once = clean.strip(raw)
    twice = clean.strip(once.text, title=once.title)
    assert twice.text == once.text


@given(TEXTS)
@example("“We will not,” he said. “Never.”\nU.S. Gen. Keith Kellogg spoke. Sen. Rubio agreed.")
def test_sentence_offsets_slice_the_text_exactly(text):
    text = decode.normalise_text(text)
    previous_end = 0
    for _, start, end in segment.split_text(text):
        assert previous_end <= start < end <= len(text)
        assert text[start:end].strip() == text[start:end]
        previous_end = end


@given(st.binary(max_size=400))
def test_decoding_arbitrary_bytes_never_crashes(data):
    result = corpus.decode(corpus.Source("d", "d.txt", data, "text"))
    if isinstance(result, corpus.Record):
        assert isinstance(result.raw, str) and "\r" not in result.raw and "\x00" not in result.raw
    else:
        assert result.reason


@given(st.text(max_size=300))
def test_utf8_text_round_trips_through_decoding(text):
    result = corpus.decode(corpus.Source("d", "d.txt", text.encode("utf-8"), "text"))
    if isinstance(result, corpus.Record):  # as it was, or repaired as mojibake ("\x91" is cp1252's "‘") and said so
        normal = decode.normalise_text(text.removeprefix("\ufeff"))
        assert result.raw == normal or any("mojibake repaired" in w for w in result.warnings)


# ---------------------------------------------------------------------------------------------- whole pipeline

PERSONS = ["Dmitry Peskov", "Keith Kellogg", "Lin Jian", "Anna O’Neill", "Zelenskyy", "Marco Rubio", "Sugiono",
           "Jean-Noël Barrot", "Pete Hegseth", "Hegset", "Kaja Kallas"]
TITLES = ["Mr.", "Mrs.", "Gen.", "Sen.", "Dr.", "Lt. Col.", "President", "Foreign Minister", "Kremlin spokesman",
          "U.S. Gen.", "the U.S. envoy", "Gov."]
ORGANIZATIONS = ["the Justice Department", "The Justice Department", "the Foreign Ministry",
                 "Russia’s Defense Ministry", "the U.S. State Department", "the Kremlin", "the Ministry", "Reuters",
                 "the National Highway Traffic Safety Administration", "the U.N. Security Council",
                 "St. Petersburg City Council"]
ENDINGS = ["June", "Friday", "the U.S.", "Washington, D.C.", "Kyiv", "Moscow", "5 p.m.", "Jan.", "No. 10", "Gen"]
VERBS = ["said", "told reporters", "added", "warned", "denied", "insisted", "says", "noted", "told Izvestia"]
CLAUSES = ["the talks were useful", "it would review the case", "sanctions would stay", "the ceasefire was off "
           "the table", "nothing had been agreed", "Moscow was ready for a settlement", "Kyiv would not give up"]
MARKS = [("“", "”"), ('"', '"'), ("‘", "’"), ("«", "»"), ("„", "“"), ("'", "'"), ("“", ""), ("", "”")]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "  ", "\n \n"]

pick = st.sampled_from
speaker = st.one_of(pick(PERSONS), st.tuples(pick(TITLES), pick(PERSONS)).map(" ".join), pick(ORGANIZATIONS))
clause = pick(CLAUSES)
SENTENCES = st.one_of(
    st.builds("{} {} {}.".format, speaker, pick(VERBS), clause),
    st.builds(lambda m, c, s, v: f"{m[0]}{c.capitalize()},{m[1]} {s} {v}.", pick(MARKS), clause, speaker, pick(VERBS)),
    st.builds("{}, {} {} on {}.".format, clause.map(str.capitalize), speaker, pick(VERBS), pick(ENDINGS)),
    st.builds("According to {}, {}.".format, speaker, clause),
    st.builds("The inquiry opened in {}.".format, pick(ENDINGS)),
    st.builds(lambda s, v, m, c: f"{s} {v} it was {m[0]}{c}{m[1]}.", speaker, pick(VERBS), pick(MARKS), clause),
    st.builds("{} {}".format, speaker, pick(ENDINGS)),  # a heading: no final stop
    pick(["Share", "Advertisement", "", "—", "U.S.", "“", "Mr. Lee.", "Sen. Lee, D-Ore., said so."]),
)
ARTICLES = st.lists(st.tuples(SENTENCES, pick(SEPARATORS)), max_size=12).map(
    lambda parts: "".join(sentence + separator for sentence, separator in parts))


@settings(max_examples=100)
@given(st.lists(ARTICLES, min_size=1, max_size=3))
@example(["The inquiry opened in June. The Justice Department said it would review the case."])
@example(["Peskov said so on Friday\nRussia’s Defense Ministry said the talks were useful."])
def test_real_looking_texts_run_through_the_whole_pipeline(articles):
    texts = {f"d{i}": text for i, text in enumerate(articles)}
    tables = pipeline.analyse_texts(texts, config=pipeline.Config(targets=str(SEEDS / "targets.csv")))
    processed = set(tables["documents"]["doc_id"])
    skipped = tables["skipped"]["doc_id"].tolist()
    assert len(processed) + len(skipped) == len(texts) and processed | set(skipped) == set(texts)
    assert not tables["skipped"]["reason"].str.contains("stage failed").any()  # no stage raised on any text
    for name, frame in tables.items():
        if "doc_id" in frame.columns and name != "skipped":
            assert set(frame["doc_id"]) <= processed | ({""} if name == "warnings" else set()), name
    documents = tables["documents"].set_index("doc_id")["text"]
    for name, column in (("sentences", "text"), ("mentions", "surface"), ("quotes", "text")):
        for doc_id, start, end, surface in tables[name][["doc_id", "start", "end", column]].itertuples(index=False):
            assert documents[doc_id][int(start):int(end)] == surface, (name, surface)


# Characters of news text that ftfy's badness test weighs: accented letters, curly quotes, dashes, currency, box
# drawing, Cyrillic and Greek letters, C1 controls, and mojibake pieces such as "Ã©", "â€™" and "вЂ”".
_MIXED = st.text(alphabet=st.sampled_from(list("aeoTs .,'\"-\n") + list("“”‘’‚„–—…\u00a0\u00ad·´éàüñçÃÂâ€™©®°±×£€¥"
                                                                   "вЂВГРСβΒ│═¦¤\x85\x92ØÙŒœ")), max_size=60)


@settings(max_examples=600, deadline=None)
@given(st.one_of(_MIXED, st.text(max_size=60)))
@example("He said “no” — again’s")
@example("FranÃ§ois said cafÃ© au lait")
@example("modern artillery вЂ” all that we asked")
@example("taken by\u0412\u00a0Russia")
def test_repairing_mojibake_gives_what_ftfy_gives(text):
    expected = decode.CP1251_NO_BREAK_SPACE.sub("\u00a0", decode.ftfy.fix_encoding(text))
    assert decode.repair_mojibake(text) == expected
