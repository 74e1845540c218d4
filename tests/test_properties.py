"""Property tests over loading, cleaning and segmentation: arbitrary Unicode never crashes the kit, offsets
always slice the cleaned text, cleaning is idempotent, and removed plus kept spans rebuild the raw text."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from analysis import clean, corpus, decode, segment

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
    if isinstance(result, corpus.Record):
        assert result.raw == decode.normalise_text(text.removeprefix("\ufeff"))
