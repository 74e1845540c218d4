# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Who speaks? Sources, quotes and relays in each outlet
#
# **Whose words does each outlet carry, in what form (their own words, a quoted fragment, or a paraphrase),
# who is heard first, and how much of it did the outlet hear itself rather than take from another medium?**
#
# Sourcing is the heart of source framing: an article that quotes the Kremlin's spokesman at length and
# paraphrases the US defense secretary in one line frames the story differently from one that does the
# opposite, even when both report the same facts. This report counts quotes per outlet. Every number comes
# from the `quotes` table, and the evidence table at the end shows each quote with its speaker.

# %% tags=["parameters"]
corpus: str = "../seeds"  # corpus folder (or .csv/.jsonl file), relative to notebooks/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
speaker: str = ""  # show only quotes whose speaker contains this text in the evidence table (empty: all)
outlet: str = ""  # show only quotes from outlets whose name contains this text (empty: all)
gold: str = "../seeds/annotations/quotes.csv"  # hand-made quote gold for the validation section; "" skips it

# %%
from IPython.display import Markdown

from analysis import pipeline, reports, validate, views

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables)
quotes, documents = tables_["quotes"], tables_["documents"]

# %% [markdown]
# ## Key findings
#
# Computed from the tables below, not written by hand.

# %%
Markdown(views.plots.bullets(views.voices.findings(quotes, documents)))

# %% [markdown]
# ## Whose voices does each outlet carry?
#
# Quotes and quoted words per outlet, split by the speaker's affiliation (from the actors file, or from the
# role the article gives a speaker it introduces: "a Russian Foreign Ministry spokesperson" is Russia).
# Quoted words weigh a long verbatim statement more than a one-line paraphrase; "(none)" collects speakers
# without a known affiliation and unattributed scare quotes. Outlets without a name in the metadata are shown
# as "(unknown) doc_id", one per article.

# %%
by_affiliation = views.voices.voices(quotes, documents, by="affiliation")
by_affiliation

# %%
views.voices.plot_shares(by_affiliation, by="affiliation");

# %% [markdown]
# The same split by the kind of speaker: persons, organizations and governments ("the Kremlin",
# "Washington"), media cited as a source ("according to Reuters"), and quotes without a speaker.

# %%
by_type = views.voices.voices(quotes, documents, by="speaker_type")
by_type

# %%
views.voices.plot_shares(by_type, by="speaker_type");

# %% [markdown]
# And by speaker, the finest grain: who is heard most in each outlet.

# %%
views.voices.voices(quotes, documents, by="speaker").sort_values(
    ["outlet", "n_words"], ascending=[True, False])

# %% [markdown]
# ## Own words or paraphrase?
#
# A **direct** quote gives the speaker's own words in quotation marks; a **partial** quote puts a few of their
# words in marks inside the reporter's sentence (often the most loaded ones: "off the table", "unrealistic");
# an **indirect** quote paraphrases ("Ushakov stressed that ..."). A high direct share lets speakers frame the
# story themselves; a high indirect share leaves the framing to the reporter or the translator.

# %%
mix = views.voices.kind_mix(quotes, documents)
mix

# %%
views.voices.plot_kind_mix(mix);

# %% [markdown]
# ## Who is quoted first?
#
# The first attributed quote of each article sets the frame the rest responds to. Per outlet, how many
# articles open with each affiliation's voice:

# %%
views.voices.first_quoted_counts(quotes, documents, by="affiliation")

# %% [markdown]
# One row per article:

# %%
views.voices.first_quoted(quotes, documents)

# %% [markdown]
# ## Known and discovered speakers
#
# A speaker is **known** when the actors file (or the kit's list of governments and media) names them, and
# **discovered** when the article itself marks them as a person: a title or role before the name, an
# apposition after it, or a reporting verb next to it. Many discovered speakers mean the actors file is
# missing people this corpus quotes; add them to make names and affiliations consistent across articles.
# **Unnamed** sources are described but not named ("U.S. officials", "a senior European diplomat"): a high
# share is a sourcing choice worth reporting. **Unattributed** quotes have no source at all (scare quotes).

# %%
views.voices.discovery(quotes, documents)

# %% [markdown]
# ## First-hand or relayed?
#
# News is often relayed: an outlet reports what another outlet reported that an official said. A quote is
# **relayed** when the article names the medium that carried it first ("told Izvestia", "spoke with
# Lenta.ru", "in remarks to ..."), and **attributed to a medium** when the medium itself is the source
# ("according to Reuters", "a Bloomberg report claiming ..."). Translated and aggregated coverage depends on
# such relays: the outlet publishing it heard none of these people itself.

# %%
relay_table = views.voices.relays(quotes, documents)
relay_table

# %%
views.voices.plot_relays(relay_table);

# %% [markdown]
# Each quote's chain runs from the speaker through the relaying media to the publishing outlet:

# %%
views.voices.chains(quotes)

# %% [markdown]
# ## Evidence: every quote and its speaker
#
# Filter with the `speaker` and `outlet` parameters (case-insensitive parts of the name), e.g.
# `papermill ... -p speaker Peskov`. The `cue` is the reporting verb the attribution rests on (empty when the
# article omits it); `via` names relaying media.

# %%
views.plots.paged(views.voices.evidence(quotes, documents, speaker=speaker, outlet=outlet))

# %% [markdown]
# ## How well does it find quotes?
#
# Against the hand-made gold (every direct and partial quote of the sample corpus, and indirect speech with a
# named source), per kind. "span and speaker" needs the right passage and the right speaker; "span only" the
# passage. Empty when the corpus has no gold file.

# %%
validate.quotes.gold_scores(gold, tables_)

# %% [markdown]
# The disagreements, which show the typical failures:

# %%
validate.quotes.gold_errors(gold, tables_)

# %% [markdown]
# ## Method and its limits
#
# **Method.** Rules, not a trained model, so every decision can be read off the text. Quotation marks of any
# convention (“curly”, "straight", «guillemets», „German“, ‘British single’) delimit direct and partial
# quotes; a quote running over paragraphs is joined when the next paragraph reopens the marks. A quote is
# direct when it reads as an utterance of its own (a capital after a colon, comma or dash, three words or
# more), else partial. The speaker is the actor mentioned next to the reporting verb after the quote (",”
# Hegseth said") or before it ("Peskov said, “"), a pronoun resolved to the nearest person named outside
# quotation marks, or a role noun ("the presidential aide") resolved to the nearest actor holding that role;
# the second half of a split quote takes the speaker of the first. Indirect speech is a reporting verb from
# `analysis/data/reporting_verbs.csv` with its subject and the clause it reports, "according to X", or a
# participle (", noting that ..."). Relays are read from cues such as "told", "spoke with", "according to"
# before a medium named in `analysis/data/media_outlets.csv`.
#
# **Known failure modes.**
# - Paraphrase that continues over several sentences without a reporting verb (common in translated
#   summaries) is missed after its first sentence.
# - Unnamed sources are found only when a role noun stands right before the verb ("U.S. officials said",
#   not "Reports in late 2024 suggested"); whole countries ("Russia maintains") are not speakers.
# - Nested attribution keeps the outer source: "According to Chepa, Hegseth confirmed that ..." is Chepa's.
# - Pronouns take the nearest person regardless of gender; a quote whose attribution is two or more sentences
#   away stays unattributed.
# - A capitalised name next to a reporting verb is taken for a person even when it is not one ("Hamas said"),
#   and two people with the same surname in one article are merged.
# - Outlets are compared on few articles here; a difference of one or two quotes is not a pattern.

# %% [markdown]
# ## Provenance
#
# The input files with their sha256, the kit and library versions and the parameters of this report.

# %%
reports.provenance(corpus, tables=tables, speaker=speaker, outlet=outlet, gold=gold)
