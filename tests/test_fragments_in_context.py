"""A fragment whose sentence names someone only after its subject, a country's own label for its troops, a
document's term before its maker, a description between two mentions of the one person it stands for, and a
one-word term that has no tone of its own. The texts are written for these tests."""

from __future__ import annotations

from analysis import pipeline, quotes


def _partials(text: str) -> list[tuple[str, str, str]]:
    found = quotes.of_text(text)
    return [(r.speaker, r.speaker_role, r.text) for r in found.itertuples() if r.kind == "partial"]


def test_a_name_after_the_subject_does_not_keep_the_fragment_from_the_subject():
    text = ("Ilan Varsh, a businessman, fled in 2023. In 2022, the Kestrian government imposed sanctions on Varsh for "
            "working with “corrupt oligarchs and foreign entities” in the region.")
    assert _partials(text) == [("", "the Kestrian government", "corrupt oligarchs and foreign entities")]


def test_a_country_opening_the_sentence_owns_its_label():
    text = "Ilan Varsh fled in 2023. Russia has about 1,500 “peacekeeper” troops in the region."
    assert _partials(text) == [("Russia", "country", "peacekeeper")]


def test_a_documents_term_before_its_maker_is_the_makers():
    text = "The latest “baseline” forecast from the Department of Water and Energy shows a fall in use."
    assert _partials(text) == [("Department of Water and Energy", "organization", "baseline")]


def test_a_description_between_two_mentions_of_one_person_is_that_person():
    text = ("Varsh: no point talking about membership before the war ends\n\n"
            "Nato's secretary general has said he expects members to agree a “multi-year programme” of aid. "
            "At the Copenhagen summit, Ilan Varsh was interviewed by his predecessor.")
    assert _partials(text) == [("Ilan Varsh", "", "multi-year programme")]


def test_a_one_word_term_decides_no_stance_by_its_tone(tmp_path):
    targets = tmp_path / "targets.csv"
    targets.write_text("id,label,description,patterns\nmission,,,troops in the region\n", encoding="utf-8")
    text = "Ilan Varsh fled in 2023. Russia has about 1,500 “peacekeeper” troops in the region."
    found = pipeline.analyse_texts({"d": text}, config=pipeline.Config(targets=str(targets)))["stance"]
    assert "tone" not in set(found.get("decided_by", []))
