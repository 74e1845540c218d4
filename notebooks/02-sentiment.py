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
# # Sentiment: how positive or negative is the coverage, and toward whom?
#
# **Do the outlets differ in tone, where in an article does the tone turn, and is the tone about an actor
# different from the tone of that actor's own words?**
#
# Every sentence is scored with VADER (Hutto and Gilbert 2014) exactly as nltk computes it: a compound score
# from -1 (most negative) to +1 (most positive), and the shares of positive, neutral and negative words. A
# sentence counts as positive at compound >= 0.05 and negative at <= -0.05. VADER was built for social media,
# so beside the standard score the kit reports a **news reading**: topic words of conflict news ("war",
# "peace", "security", listed in `analysis/data/news_topic_words.txt`) and sentiment words inside names
# ("United States") count as neutral, and words in quotation marks or with typographic apostrophes ("don’t")
# are read as words. The standard score is never
# replaced; both are shown side by side. Every number below can be traced to its sentences.

# %% tags=["parameters"]
corpus: str = "../seeds"  # corpus folder (or .csv/.jsonl file), relative to notebooks/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
gold: str = "../seeds/annotations/sentiment.csv"  # hand-labelled sentences for the validation section
n_extreme: int = 2  # most positive and most negative sentences shown per outlet
example: str = "It is certainly not a betrayal"  # any sentence, explained word by word below

# %%
from IPython.display import Markdown

from analysis import pipeline, reports, sentiment, validate, views

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables)

# %% [markdown]
# ## Key findings
#
# Computed from the tables below, not written by hand.

# %%
Markdown(views.plots.bullets(views.sentiment.findings(tables_)))

# %% [markdown]
# ## How is the tone distributed in each outlet?
#
# Each box covers the middle half of an outlet's sentences; the line inside is the median. Blue is standard
# VADER, orange the news reading. A box that moves toward zero in orange was pushed by topic words rather than
# by the writers' or speakers' own judgement.

# %%
views.sentiment.plot_distribution(tables_);

# %% [markdown]
# The mean per outlet, with a 95% bootstrap interval (1,000 resamples of the outlet's sentences, fixed seed,
# so the figure is the same on every run). Where two intervals overlap, this corpus does not show that the
# outlets differ in tone.

# %%
outlets = views.sentiment.aggregate(tables_["sentiment"], tables_["sentences"], tables_["documents"], level="outlet")
outlets

# %%
views.sentiment.plot_outlets(outlets);

# %% [markdown]
# ## Where in the article does the tone turn?
#
# Each line is one article, from its first sentence (0) to its last (1). News articles often open with the
# event (frequently negative) and close with reactions or context; single sentences swing widely, so read the
# lines as a sequence of evidence, not as a trend.

# %%
views.sentiment.plot_along(tables_);

# %% [markdown]
# Per paragraph, for both readings:

# %%
views.sentiment.aggregate(tables_["sentiment"], tables_["sentences"], tables_["documents"], level="paragraph")

# %% [markdown]
# ## Why did a sentence get its score?
#
# The most positive and most negative sentences of each outlet, with the words that moved the score. Each
# word's number is its effect: the compound score minus the score of the sentence without that word. The
# notes name VADER's rules: a negation within three words flips and shrinks a word's valence ("not a
# betrayal" counts as positive), boosters such as "very" scale it, "but" halves what comes before it and
# weighs what follows by 1.5, words in capitals are intensified.

# %%
views.sentiment.extremes(tables_["sentiment"], tables_["sentences"], tables_["documents"],
                                      n=n_extreme)

# %% [markdown]
# Any sentence can be explained word by word (set `example`; for a sentence of the corpus,
# `views.sentiment.explain_sentence(tables_, doc_id, sent_id)` gives offsets into the article). `lexicon` is the
# word's rating in VADER's list, `valence` its value after the rules, `effect` how far it moved the
# compound score:

# %%
sentiment.explain(example)

# %% [markdown]
# ## Tone about an actor, and tone of the actor's own words
#
# Two different things are kept apart. **About**: the sentiment of the clause around each mention of the
# actor (not the whole sentence, so "Kyiv was praised, but Moscow was condemned" is positive for Kyiv and
# negative for Moscow); mentions in sentences where the actor is speaking are left out. **By**: the sentiment
# of the actor's quoted words. Intervals are 95% bootstrap intervals; with few mentions they are wide.

# %%
actors = views.sentiment.actors_table(tables_, per_outlet=False)
actors

# %%
views.sentiment.plot_actors(actors);

# %% [markdown]
# The same under the news reading (topic words and names neutral), which agreed better with human readers on
# the hand-labelled targets (see the validation section):

# %%
views.sentiment.actors_table(tables_, per_outlet=False, column="compound_news")

# %% [markdown]
# Per outlet (standard VADER):

# %%
views.sentiment.actors_table(tables_, per_outlet=True)

# %% [markdown]
# ## Evidence: every sentence
#
# Filter this table by outlet, label or topic word to check any figure above.

# %%
views.plots.paged(views.sentiment.evidence(tables_))

# %% [markdown]
# ## How well does it agree with human readers?
#
# Macro-F1 and accuracy of each method against hand-labelled sentences of the sample corpus (`gold`):
# `plain` is standard VADER, `news` the news reading, `actor_window` (and `actor_window_news`) the clause
# around a named target; the `@target` rows score every method on the rows that name a target only, which
# is where the clause and the whole sentence can differ. On the public
# set of 5,190 New York Times editorial sentences (Hutto and Gilbert 2014) standard VADER reaches a
# three-class macro-F1 of 0.48 and a correlation of 0.49 with the mean human rating (see the README).

# %%
validate.sentiment.validation_table(gold)

# %% [markdown]
# ## The method and its limits
#
# - VADER is a word list with rules. It knows nothing about who does what to whom: "Russia's invasion" and
#   "Ukraine's invasion" score the same, and "invasion" itself is not in its lexicon at all.
# - Its lexicon was rated for social media. In news, topic words ("war", "peace", "security") and names
#   ("United States" counts "united" as positive) move the standard score without any judgement being made.
#   The news reading removes the topic words you list and capitalised names; a name written in lower case,
#   or a topic word used as a judgement ("a war on the poor"), still misleads it.
# - Tone is not stance. A sentence can be negative in tone and favourable to a side ("the invasion must be
#   stopped"). Use the stance report for positions.
# - The sentiment "about" an actor is the tone of the clause where they are named; it is a rough proxy for
#   how the actor is portrayed and fails when the clause judges someone else. On the sample corpus's
#   hand-labelled targets it beats the whole sentence only under the news reading, on few rows (see the
#   validation table).
# - Sentiment of translated articles reflects the translation's wording as much as the original's.
# - Small corpora give wide intervals; differences between outlets whose intervals overlap are not evidence.

# %% [markdown]
# ## Provenance
#
# The input files with their sha256, the kit and library versions and the parameters of this report.

# %%
reports.provenance(corpus, tables=tables, gold=gold, n_extreme=n_extreme, example=example)
