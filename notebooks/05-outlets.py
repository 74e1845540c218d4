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
# # Outlets side by side
#
# **How do the outlets differ in telling the same story: whose voices they carry and where those voices
# stand, in what tone, in which words, through which frames, and in which roles they cast the actors?**
#
# This report puts the whole kit next to itself, one column per outlet: sources (the `quotes` table), stance of
# the voices carried (`stance`), sentence sentiment (`sentiment`, nltk's VADER), term choices (`lexical`),
# issue frames (`frames`), casting (`roles`) and distinctive words. Each section after the one-page summary
# shows the table behind its row, so every cell can be checked against sentences.

# %% tags=["parameters"]
corpus: str = "../seeds"  # corpus folder (or .csv/.jsonl file), relative to notebooks/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
outlets: str = ""  # outlet labels to compare, comma-separated (documents.outlet_label); empty compares all
target: str = "ukraine_nato_membership"  # stance target id for the stance rows

# %%
from IPython.display import Markdown

from analysis import pipeline, reports, views, vocabulary

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables)
chosen = views.outlets.select(tables_, outlets)
documents, sentences = chosen["documents"], chosen["sentences"]

# %% [markdown]
# ## What this report could use
#
# A table that is empty for the chosen outlets leaves its rows blank; the lines below say which.

# %%
Markdown(views.plots.bullets(views.outlets.notes(chosen)))

# %% [markdown]
# ## Key findings

# %%
Markdown(views.plots.bullets(views.outlets.findings(chosen, target=target)))

# %% [markdown]
# ## The outlets on one page
#
# One column per outlet. Counts are over the outlet's documents; "most quoted" counts quotes; "quoted
# affiliations" are shares of quotes; stance rows list the voices the outlet carries that are for or against
# the target; tone is the mean VADER compound score of its sentences with a 95% bootstrap interval; term rows
# give the words chosen for each referent with counts; frame rows give the share of sentences carrying the
# most frequent frames; casting rows count the sentences that cast each actor.

# %%
views.outlets.side_by_side(chosen, target=target, reference=tables_)

# %% [markdown]
# ## Voices: who gets quoted?
#
# The share of each outlet's quoted words by the affiliation of the speaker. An outlet that quotes only one
# government tells the story through that government, whatever its own tone.

# %%
voice_shares = views.voices.voices(chosen["quotes"], documents, by="affiliation")
voice_shares

# %%
views.voices.plot_shares(voice_shares, by="affiliation");

# %% [markdown]
# ## Stance of the voices carried
#
# Each voice an outlet carries, with its stance on the target as reported in that outlet (favor, against,
# neutral; score from -1 to +1). Below it: voices whose reported stance differs between outlets.

# %%
stance_views = views.stance.by_outlet(chosen["stance"], documents, target=target)
stance_views

# %%
views.stance.outlet_differences(chosen["stance"], documents)

# %% [markdown]
# ## Tone
#
# Mean sentiment of each outlet's sentences: nltk's VADER compound score (standard) beside the kit's news
# reading, which does not count topic words such as "war" or "peace" as tone. Intervals that overlap mean the
# corpus does not show a difference.

# %%
tone = views.sentiment.aggregate(chosen["sentiment"], sentences, documents, level="outlet")
tone

# %%
views.sentiment.plot_outlets(tone);

# %% [markdown]
# ## Vocabulary: the words chosen
#
# Term choices for the same referent, then the words and phrases that set the chosen outlets apart from the
# rest of the corpus (weighted log-odds with an informative Dirichlet prior; `z` above about 2 is a clear
# difference, negative `z` marks words typical of the rest). With `outlets` empty, each outlet is compared
# with all the others.

# %%
views.framing.term_choices(chosen["lexical"], documents)

# %%
vocabulary.compare(tables_["sentences"], tables_["documents"], group=outlets, top=8)

# %% [markdown]
# ## Frames

# %%
frame_profile = views.framing.profiles(chosen["frames"], sentences, documents, scheme="mfc", by="outlet_label")
views.framing.plot_profiles(frame_profile, scheme="mfc");

# %%
views.framing.plot_profiles(views.framing.profiles(chosen["frames"], sentences, documents, scheme="generic",
                                       by="outlet_label"), scheme="generic");

# %% [markdown]
# ## Casting: the same actor, different roles
#
# How each outlet casts each actor, with one example sentence per row; the full evidence is in the framing
# report.

# %%
views.framing.roles_by_outlet(chosen["roles"], sentences, documents)

# %% [markdown]
# ## Method and its limits
#
# - Outlets are compared as their documents are given: with one or two articles per outlet every difference
#   can be the story rather than the outlet. Compare outlets on the same events, and read the evidence.
# - Documents without an outlet in the metadata are kept apart as "(unknown) doc_id", one per document, so
#   they are never pooled into one anonymous outlet.
# - Each row inherits the limits of its stage: quotes and stance from rules over cue words, sentiment from
#   VADER (a lexicon built for social media), frames and roles from cue lexicons; see the sources, sentiment,
#   stance and framing reports for their validation figures.

# %% [markdown]
# ## Provenance
#
# The input files with their sha256, the kit and library versions and the parameters of this report.

# %%
reports.provenance(corpus, tables=tables, outlets=outlets, target=target)
