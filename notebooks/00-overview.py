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
# # Corpus overview
#
# **What is in this corpus, and what did the kit do to it before any analysis?**
#
# Every later report (sources, sentiment, stance, framing) reads the tables this one describes. Here you see
# each document with its metadata, how long it is, what the cleaning step removed from the raw text and why,
# and which inputs could not be used at all. Nothing is removed silently: every cut span is listed below with
# its reason, and the raw files are never changed.

# %% tags=["parameters"]
corpus: str = "../seeds"  # corpus folder (or .csv/.jsonl file), relative to notebooks/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here

# %%
from IPython.display import Markdown

from analysis import pipeline, reports, views

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables)

# %% [markdown]
# ## Key findings
#
# Computed from the tables below, not written by hand.

# %%
Markdown(views.plots.bullets(views.overview.findings(tables_)))

# %% [markdown]
# ## The documents
#
# One row per document. `outlet_label` is the outlet from the metadata, or `(unknown)` with the document id
# when the metadata does not name one, so that documents of unknown origin are never pooled together.
# Lengths are counted after cleaning: paragraphs, sentences (nltk's Punkt with the kit's abbreviation list, so
# "U.S. Gen. Keith Kellogg" does not end a sentence) and word tokens.

# %%
views.overview.documents(tables_)

# %%
views.overview.plot_lengths(tables_);

# %% [markdown]
# ## What cleaning removed, and why
#
# Web pages carry more than the article: headlines repeated as the first paragraph, section labels, share
# buttons, comment widgets, a publisher's appeal for donations, image links, a translated "back to top" link.
# The kit removes such lines by general rules (a headline-like first line, short lines without sentence
# punctuation at the edges of the text, a lexicon of page furniture, a block of lines that address the reader
# with appeal phrases) and records every removed span with its position in the raw text and its reason.

# %%
views.overview.removed_by_reason(tables_)

# %%
views.overview.plot_removed(tables_);

# %% [markdown]
# The removed text itself, span by span (positions are character offsets into the decoded raw text):

# %%
views.plots.paged(views.overview.removed_evidence(tables_))

# %% [markdown]
# ## Sentences per document
#
# Headings are short lines without final punctuation (subheadings inside an article); they stay in the text
# but are flagged, so analyses can leave them out.

# %%
views.overview.sentence_lengths(tables_)

# %% [markdown]
# ## Inputs that were skipped or raised a warning
#
# Empty, binary, oversized and duplicate files are skipped with the reason; unreadable dates, guessed
# encodings and metadata rows without a file raise a warning. An empty table means every input was used as
# it was.

# %%
views.overview.problems(tables_)

# %% [markdown]
# ## Method and its limits
#
# - Cleaning is line-based. Furniture inside a paragraph (a "Read more" link in mid-sentence) stays in the text.
# - A first line is taken as the headline when it is short and has no final period; a one-line lead paragraph
#   without a period would be taken for a headline. The `removed` table shows every such decision.
# - Languages other than English are loaded and segmented, but the lexicons of the later analyses are
#   English; `language` is only guessed as `en` or left empty unless the metadata says otherwise.

# %% [markdown]
# ## Provenance
#
# The input files with their sha256, the kit and library versions and the parameters of this report.

# %%
reports.provenance(corpus, tables=tables)
