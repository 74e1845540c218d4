"""Cleaning: furniture removed by general rules, every removed span logged, nothing lost."""

from __future__ import annotations

import pytest
from conftest import write_corpus
from hypothesis import example, given
from hypothesis import strategies as st

from analysis import clean, pipeline

BODY = ("Officials met in Geneva on Monday to discuss a ceasefire, the foreign ministry said in a statement.\n"
        "The talks will continue next week, according to two diplomats familiar with the matter.\n")


@pytest.mark.parametrize(
    ("text", "expected_reasons", "kept_fragment"),
    [
        # wire copy with a headline, byline and sharing widgets
        ("Ceasefire Talks Resume in Geneva\nBy Anna Petrova\n" + BODY + "Share this article\nAdvertisement",
         {"title", "byline", "share_buttons", "advertisement"}, "Officials met in Geneva"),
        # a state-media page: section label above a repeated headline, a "read also" link, translated footer
        ("Moscow Rejects Proposal\n\nPolitics\n\nMoscow Rejects Proposal\n\n" + BODY + "Read also: Talks stall\n"
         "To the top", {"title", "section_label", "duplicate_title", "related_links", "navigation"}, "diplomats"),
        # an op-ed with a reader-revenue appeal and a payment-icons image at the end
        (BODY + "A note to our readers:\nDear reader,\nOur journalism depends on your support. Please donate "
         "today and become a supporter.\nEvery contribution, monthly or one-off, keeps our newsroom independent."
         "\n![cards](https://example.org/cards.png)\nMaybe later", {"publisher_appeal", "image_markup", "popup"},
         "ceasefire"),
        # a blog with a comment widget and punctuation debris at the end
        (BODY + "3 Comments\nLeave a reply\n...\nupstairs", {"comments_widget", "punctuation_only", "navigation"},
         "statement."),
    ],
)
def test_furniture_is_removed_by_general_rules(text, expected_reasons, kept_fragment):
    cleaned = clean.strip(text)
    reasons = {reason for _, _, reason in cleaned.removed}
    assert expected_reasons <= reasons
    assert kept_fragment in cleaned.text
    assert "Share" not in cleaned.text and "donate" not in cleaned.text and "upstairs" not in cleaned.text


def test_removed_and_kept_account_for_the_whole_raw_text():
    raw = "Title Of The Piece\nNews\nTitle Of The Piece\n" + BODY + "Comments\nPost a Comment"
    cleaned = clean.strip(raw)
    rebuilt, cursor = [], 0
    for start, end, _ in cleaned.removed:
        rebuilt.append(raw[cursor:start])
        cursor = end
    rebuilt.append(raw[cursor:])
    assert "".join(rebuilt) == cleaned.text
    assert len(raw) == len(cleaned.text) + sum(e - s for s, e, _ in cleaned.removed)


def test_plain_article_loses_nothing():
    cleaned = clean.strip(BODY)
    assert cleaned.text == BODY and cleaned.removed == [] and cleaned.title == ""


def test_known_title_is_used_instead_of_a_guess():
    raw = "Kremlin Welcomes Remarks\n" + BODY
    cleaned = clean.strip(raw, title="Kremlin Welcomes Remarks")
    assert cleaned.title == "Kremlin Welcomes Remarks"
    assert [r for _, _, r in cleaned.removed] == ["title"]


@pytest.mark.parametrize("headline", ["Mayor Says Pier Is ‘Unsafe’", "Mayor says pier is 'unsafe'",
                                      "Mayor: “The Pier Is Unsafe”"])
def test_a_title_that_quotes_someone_stays_in_the_text_once(headline):
    raw = f"{headline}\n{headline}\n" + BODY
    cleaned = clean.strip(raw, title=headline)
    assert cleaned.title == headline and cleaned.text.startswith(headline + "\n" + BODY[:20])
    assert [r for _, _, r in cleaned.removed] == ["title"]


def test_article_about_donations_keeps_its_reporting():
    text = ("The charity said donations rose 40% last year as readers responded to its appeal.\n"
            "Its director said the money would support hospitals in Kharkiv and Sumy.\n"
            "The group plans to publish audited accounts in June.\n")
    assert clean.strip(text).text == text


def test_cleaning_is_idempotent_given_the_title():
    raw = "Headline Goes Here\nWorld\n" + BODY + "Share\nComments"
    once = clean.strip(raw)
    twice = clean.strip(once.text, title=once.title)
    assert twice.text == once.text and twice.removed == []


def test_seed_furniture_is_removed(seed_tables):
    sentences = " ".join(seed_tables["sentences"]["text"])
    for furniture in ("upstairs", "Post a Comment", "Remind me later", "Dear readers", "paiment methods",
                      "support us monthly", "A Message from The Moscow Times"):
        assert furniture not in sentences
    removed = seed_tables["removed"]
    by_doc = removed.groupby("doc_id")["reason"].apply(set).to_dict()
    assert {"title", "duplicate_title", "section_label"} <= by_doc["001_fea7327bdfeb7a99"]
    assert "publisher_appeal" in by_doc["004_4cf28d3b19182508"]
    # the duplicated headline of 001 is kept apart as the title, not as a sentence
    documents = seed_tables["documents"].set_index("doc_id")
    title = documents.loc["001_fea7327bdfeb7a99", "title"]
    assert title.startswith("Russia and the United States believe")
    assert not (seed_tables["sentences"]["text"] == title).any()


BODY = ("Negotiators met in Geneva on Monday to discuss a ceasefire, officials said.\n"
        "Talks will resume next week after both delegations consult their capitals, a diplomat said.\n")


@pytest.mark.parametrize(("furniture", "reason"), [
    ("READ MORE: Twelve accounts to follow for the latest news from the front line in the east", "related_links"),
    ("Other Topics of Interest Who Is the New Defense Minister? A career economist takes over", "related_links"),
    ("CLICK HERE TO GET THE NEWS APP", "call_to_action"),
    ("Video Ad Feedback Satellite images show the latest moves. An expert explains 01:33 - Source: CNN",
     "advertisement"),
    ("Associated Press writer Jane Roe in Omaha, Nebraska, contributed to this report.", "byline"),
    ("Associated Press writers Jane Roe in Omaha and Raf Doe in Brussels contributed.", "byline"),
    ("Roe reported from Omaha, Nebraska. Raf Doe in Brussels and AP's worldwide staff contributed.", "byline"),
    ("Follow AP’s coverage of the ceasefire talks: https://example.org/hub/talks", "subscription_prompt"),
    ("___", "separator"),
    ("Get in touch with our news team by emailing us at news@example.org.", "call_to_action"),
    ("For more stories like this, check our news page.", "call_to_action"),
    ("MORE: Minister ‘ready to discuss ceasefire’ with envoy", "related_links"),
    ("Follow this author Jane Roe 's opinions Follow", "subscription_prompt"),
    ("- Today’s news: Follow live updates from the summit from the AP.", "subscription_prompt"),
    ("The agency is the most trusted source on election night, with a history dating to 1848. Learn more.",
     "call_to_action"),
    ("This story has been updated with additional developments.", "editor_note"),
    ("Write to Jane Roe at jane.roe@example.org", "byline"),
    ("Get the latest news from example.org in your inbox.", "subscription_prompt"),
    ("- Want Weekly Recs on What to Watch? Sign Up for Worth Your Time", "subscription_prompt"),
    ("— The Ministry (@ministry) February 11, 2025", "social_embed"),
    ("With reports from Reforma and El Economista", "byline"),
    ("Eds: UPDATES: With reaction from voters; adds photos.", "editor_note"),
    ("Follow Jane Roe on Twitter: https://example.org/janeroe", "subscription_prompt"),
    ("Follow the Daily Wire:", "subscription_prompt"),
    ("#Ukraine #Geneva #Ceasefire", "tags"),
    ("skip past newsletter promotion Sign up to the Europe weekly newsletter Enter your email address Sign up "
     "Privacy Notice: Newsletters may contain info about charities. after newsletter promotion", "subscription_prompt"),
    ("SENATOR SAYS THE ALLIANCE WILL STAY UNITED IF MEMBERS PAY 'FAIRLY'", "promo_headline"),
])
def test_wire_and_web_furniture_inside_the_body_is_cut(furniture, reason):
    first, second = BODY.splitlines()
    out = clean.strip(f"{first}\n{furniture}\n{second}\n")
    assert out.text == BODY
    assert [r for _, _, r in out.removed] == [reason]


@pytest.mark.parametrize("line", [
    "Follow the money, investigators told reporters on Tuesday.",
    "Related talks in Vienna ended without a deal on Friday, according to the ministry.",
    "Click through the documents and you will find the same figures again and again, he said.",
    "NATO SUMMIT",
    "Eds say the paper will print a correction.",
    "Smith said his staff contributed.",
    "Reporters at the scene said they had contributed.",
    "Contact us if you saw anything, police said in a statement on Monday.",
    "More: the ministry said on Monday that talks would resume.",
    "Tell us what you want, she said.",
    "The army is short of men. Sign up for the army, the minister urged.",
    "With reports from the front, the ministry said the line held.",
])
def test_sentences_that_resemble_furniture_are_kept(line):
    first, second = BODY.splitlines()
    text = f"{first}\n{line}\n{second}\n"
    assert clean.strip(text).text == text


def test_a_pull_quote_repeating_the_body_is_cut_and_the_body_kept():
    text = ("Germany joined the alliance in 1955 although it was divided, historians note.\n"
            "Bonn gained protection even though it was in dispute over occupied territory\n"
            "There are precedents. Bonn gained protection in 1955 even though it was in dispute over occupied "
            "sovereign territory held by a rival state.\n")
    out = clean.strip(text)
    assert [r for _, _, r in out.removed] == ["pull_quote"]
    assert "There are precedents." in out.text and out.text.count("Bonn gained protection") == 1


def test_a_follow_prompt_ending_a_one_line_article_is_cut():
    text = "Talks will resume next week, a diplomat said. Follow Wire News English:"
    out = clean.strip(text)
    assert out.text == "Talks will resume next week, a diplomat said."
    assert [(text[s:e], r) for s, e, r in out.removed] == [(" Follow Wire News English:", "subscription_prompt")]


def test_copy_set_entirely_in_capitals_keeps_its_lines():
    text = ("TALKS BEGAN IN GENEVA ON MONDAY, OFFICIALS SAID.\nTHE DELEGATIONS WILL MEET AGAIN NEXT WEEK IN VIENNA\n"
            "BOTH SIDES CALLED THE FIRST ROUND USEFUL.\n")
    assert clean.strip(text).text == text


@given(st.text(max_size=60))
@example("NATO’s 2 É-day ǅ Ⅻ ⓐ ß")
def test_letter_counts_are_those_of_isalpha_and_isupper(text):
    letters = [c for c in text if c.isalpha()]
    assert clean._letters(text) == (len(letters), sum(c.isupper() for c in letters))


@pytest.mark.parametrize("line", ["Post a Comment", "Share", "Read also: Talks stall", "upstairs", "Advertisement",
                                  "By Anna Petrova", "Peskov said so.", "Follow Al Jazeera English:", "Comments (12)",
                                  BODY.splitlines()[0], "© 2025 Wire News. All rights reserved."])
def test_one_test_for_every_furniture_pattern_finds_the_same_reasons(line):
    norm = clean._normalise(line)
    n_words = clean._n_words(norm)
    for any_length in (False, True):
        expected = next((reason for pattern, reason, max_words in clean._furniture()
                         if pattern.fullmatch(norm) and (any_length or n_words <= max_words)), None)
        if expected is None and clean._FOLLOW_PROMPT.fullmatch(line.strip()):
            expected = "subscription_prompt"
        assert clean.furniture_reason(line, any_length=any_length) == expected
    assert bool(clean._any_furniture().fullmatch(norm)) == any(p.fullmatch(norm) for p, _, _ in clean._furniture())


# ---------------------------------------------------------------------------------------------- corpus-level evidence

def _outlet_corpus(tmp_path, lines_by_doc: dict[str, tuple[str, list[str]]]):
    """A corpus folder whose documents (doc_id: (outlet, extra lines)) share a body but for their numbers."""
    files, rows = {}, ["doc_id,outlet"]
    for k, (doc_id, (outlet, extra)) in enumerate(lines_by_doc.items()):
        body = (f"Flood waters rose in district {k} on Monday, and {k + 2} roads were closed by the evening.\n\n"
                f"The council opened {k + 1} shelters for residents who left their homes.\n\n")
        files[f"{doc_id}.txt"] = body + "\n\n".join(extra) + "\n"
        rows.append(f"{doc_id},{outlet}")
    files["metadata.csv"] = "\n".join(rows) + "\n"
    return write_corpus(tmp_path / "c", files)


def test_a_line_repeated_across_an_outlets_documents_is_removed_there_only(tmp_path):
    promo = "Get the Morning Brief delivered to your inbox"
    docs = {f"g{k}": ("The Gazette", [promo]) for k in range(4)}
    docs |= {f"h{k}": ("The Herald", [promo]) for k in range(2)}  # two documents are not enough evidence
    tables = pipeline.compute(_outlet_corpus(tmp_path, docs))
    removed = tables["removed"]
    assert sorted(removed[removed["reason"] == "repeated_line"]["doc_id"]) == ["g0", "g1", "g2", "g3"]
    texts = dict(zip(tables["documents"]["doc_id"], tables["documents"]["text"], strict=True))
    assert promo not in texts["g0"] and promo in texts["h0"]


def test_repeated_quotes_and_sentences_of_the_report_stay(tmp_path):
    quote = "“We will open more shelters,” the mayor said."
    comment = "The water authority did not respond to a request for comment."
    docs = {f"g{k}": ("The Gazette", [quote, comment]) for k in range(4)}
    docs |= {f"x{k}": ("The Gazette", []) for k in range(3)}
    tables = pipeline.compute(_outlet_corpus(tmp_path, docs))
    assert "repeated_line" not in set(tables["removed"]["reason"])
    assert tables["documents"]["text"].str.contains("did not respond").sum() == 4
    assert (tables["quotes"]["kind"] == "direct").sum() == 4


PAGE = ("Skip to main content\nWorld\nBusiness\nMarkets\nSport\n\nStrikers Walk Out at the Smelter After Talks Fail\n"
        "By Ana Ruiz, Wire\nMarch 12, 2025 4:17 PM GMT Updated 2 hours ago\n\n" + BODY +
        "Sign up for our free morning newsletter and get the news in your inbox.\n" + BODY +
        "Read Next\nCopper slips as the dollar firms\nMarch 11, 2025\nZinc smelter to idle capacity\nAbout Us\n"
        "Careers\n")


def test_menus_lists_of_links_timestamps_and_calls_to_the_reader_go_but_the_headline_stays():
    cleaned = clean.strip(PAGE)
    reasons = {reason for _, _, reason in cleaned.removed}
    assert {"link_list", "timestamp", "call_to_action"} <= reasons
    assert cleaned.title == "Strikers Walk Out at the Smelter After Talks Fail"
    assert cleaned.text.split() == (BODY + BODY).split()


def test_a_fact_box_of_label_lines_is_not_a_list_of_links():
    box = "Blair by numbers\n1997: Blair wins the election\n43: his age on taking office\n2007: he leaves office\n"
    cleaned = clean.strip(BODY + box + BODY)
    assert "1997: Blair wins the election" in cleaned.text and "link_list" not in {r for _, _, r in cleaned.removed}


def test_a_list_of_other_stories_in_title_case_is_cut_and_a_bulleted_summary_kept():
    links = ("- Is Using the Snooze Button Bad for You?\n- Zooey Zephyr: The Love Story of My Chosen Family\n"
             "- The Best Inventions of 2023\n")
    out = clean.strip(BODY + links)
    assert out.text == BODY
    points = ("- The ministry said talks would resume next week.\n- Both delegations will consult their capitals.\n"
              "- A diplomat said a deal was not yet close.\n")
    assert clean.strip(BODY + points).text == BODY + points


def test_a_line_of_map_labels_goes_and_a_long_title_case_line_stays():
    labels = ("Uman UKRAINE Briceni Soroca TRANSNISTRIA Self-proclaimed republic since 1991 Botosani Balti Ribnita "
              "Dnister River MOLDOVA Dubasari Iasi Chisinau Tiraspol Bender ROMANIA Odessa Black Sea 50 MILES")
    headline = ("Zelensky Meets Biden In Washington As Aid Stalls And Republicans Weigh A New Package For Kyiv "
                "Before The Winter")
    text = f"{headline}\nTalks began on Monday in Chisinau, officials said.\n{labels}\nThe bridge reopened on Friday.\n"
    out = clean.strip(text)
    assert [reason for _, _, reason in out.removed] == ["map_labels"]
    assert "Black Sea" not in out.text and "The bridge reopened" in out.text and headline in out.text
