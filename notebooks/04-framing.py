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
# # Framing: which words, which frames, which roles?
#
# **The same event can be told in different words and through different lenses. Which terms does each outlet
# choose for the same thing, which issue frames do its sentences carry, and how does it cast the actors?**
#
# Three readings, each from an editable table in `analysis/data/` and each with its evidence sentences:
#
# - **Term choices**: competing names for one referent: "Kyiv" or "Kiev", "full-scale invasion", "special
#   military operation" or "conflict", "occupied", "annexed" or "reunification", "liberation", "capture" or
#   "incursion" (`lexical_variants.csv`, with the side or tradition that uses each term).
# - **Issue frames**: the 15 frame dimensions of the Media Frames Corpus codebook (economic, security and
#   defense, legality, ...) and the five generic news frames of Semetko and Valkenburg (conflict, human
#   interest, economic consequences, morality, responsibility), found sentence by sentence by cue words: the
#   codebook's words (`frame_cues.csv`) and word stems learned from labelled news, each with a weight
#   (`frame_weights.csv`). Each outlet's shares come with an interval that says how much they could move with
#   other articles.
# - **Casting**: whether an actor appears as protagonist, antagonist or innocent (peacemaker, guardian,
#   instigator, victim, ...), from cue words near the actor's mentions (`role_cues.csv`).

# %% tags=["parameters"]
corpus: str = "../seeds"  # corpus folder (or .csv/.jsonl file), relative to notebooks/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
referent: str = "name of the war"  # referent (variant_of in lexical_variants.csv) whose terms are plotted
group: str = ""  # outlet label(s), comma-separated, for distinctive words; empty compares every outlet
gold: str = "../seeds/annotations/frames.csv"  # hand-labelled primary frames for the validation section
compare: str = ""  # two outlet labels to compare, comma-separated; empty: the two with most articles

# %%
from IPython.display import Markdown

from analysis import pipeline, reports, validate, views, vocabulary

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables)
documents, sentences = tables_["documents"], tables_["sentences"]

# %% [markdown]
# ## Key findings
#
# Computed from the tables below, not written by hand.

# %%
Markdown(views.plots.bullets(views.framing.findings(tables_)))

# %% [markdown]
# ## Which words does each outlet choose?
#
# One row per referent that the corpus names in more than one way, one column per outlet; each cell lists the
# terms the outlet uses with their counts. The `side` column of the lexicon says who typically uses a term:
# a tendency, not a verdict, since outlets also quote the other side's words (a Russian official's "liberation"
# quoted by a wire agency is still counted; the evidence table below shows the sentence).

# %%
views.framing.term_choices(tables_["lexical"], documents)

# %%
views.framing.plot_terms(views.framing.term_counts(tables_["lexical"], documents), referent=referent);

# %% [markdown]
# Every term with its share among the terms for the same referent, per outlet:

# %%
views.framing.term_counts(tables_["lexical"], documents)

# %% [markdown]
# ### Vocabulary index: every occurrence with its sentence
#
# Filter by `variant_of`, `term` or `outlet_label` to read the sentences behind each count.

# %%
views.plots.paged(views.framing.vocabulary_index(tables_["lexical"], sentences, documents))

# %% [markdown]
# ## Which issue frames do the outlets use?
#
# The share of each outlet's sentences that carry each of the 15 frame dimensions of the Media Frames Corpus
# codebook. A sentence can carry several frames ("sanctions hit the rouble" is economic and policy); a
# sentence without any cue carries none. Shares are of sentences, so long and short articles are comparable.

# %%
mfc_profile = views.framing.profiles(tables_["frames"], sentences, documents, scheme="mfc", by="outlet_label")
mfc_profile

# %%
views.framing.plot_profiles(mfc_profile, scheme="mfc");

# %% [markdown]
# The same for the five generic news frames. "Conflict" counts disagreement, accusation and fighting words;
# "responsibility" counts words about who should solve or answer for the problem; "human interest" counts
# people, families, victims and emotion.

# %%
generic_profile = views.framing.profiles(tables_["frames"], sentences, documents, scheme="generic", by="outlet_label")
views.framing.plot_profiles(generic_profile, scheme="generic");

# %% [markdown]
# ## How sure are these shares?
#
# A share computed from a handful of articles moves a lot when one article more or less is read. Each cell is
# the share of the outlet's sentences with the frame and, in brackets, the range in which 95% of the shares
# fall when the outlet's articles are drawn again with replacement (1,000 draws, a fixed seed: the same tables
# give the same ranges). An outlet with one article has nothing to draw from: its range is a single point,
# which says the share cannot be told from noise, not that it is exact.

# %%
intervals = views.framing.share_intervals(tables_["frames"], sentences, documents, scheme="mfc")
views.framing.interval_table(intervals)

# %% [markdown]
# ### Do two outlets frame the news differently?
#
# The outlets named by `compare` (by default the two with most articles), frame by frame: the difference of
# their shares and the range of that difference when both outlets' articles are drawn again. A range that
# includes zero means the corpus cannot tell the two outlets apart on that frame.

# %%
first, second = views.framing.outlet_pair(documents, compare)
difference = views.framing.differences(tables_["frames"], sentences, documents, first=first, second=second)
Markdown(views.plots.bullets(views.framing.difference_notes(difference, first=first, second=second)))

# %%
difference

# %% [markdown]
# ### Which articles carry each generic frame?
#
# Shares of sentences say how much of the text carries a frame; a coder asks whether an article carries it at
# all. The kit decides that per article and frame from the weights of its learned words and the number of
# sentences with codebook cues, by a small logistic model whose coefficients and thresholds are in
# `analysis/data/frame_model.csv` (fitted on labelled climate articles; README, "Framing"). The share of each
# outlet's articles that carry each frame:

# %%
views.framing.article_frames(tables_["frames"], sentences, documents, scheme="generic")

# %% [markdown]
# ### Per document, and the primary frame of each paragraph
#
# The primary frame of a paragraph is the frame with the most cue words in it (ties go to the frame in more
# sentences); `runner_up` is the next one, a reminder that most paragraphs mix frames.

# %%
views.framing.profiles(tables_["frames"], sentences, scheme="mfc", by="doc_id")

# %%
views.framing.primary(tables_["frames"], sentences, scheme="mfc")

# %% [markdown]
# ### Evidence: the cues behind every frame label
#
# One row per sentence and frame; `cues` are the words that fired: the codebook's cues first, then learned
# words of high weight. Filter by `frame` to see what the kit took as, say, morality, and judge whether you
# agree.

# %%
views.plots.paged(views.framing.evidence(tables_["frames"], sentences, documents))

# %% [markdown]
# ## How does each outlet cast the actors?
#
# Counts of sentences in which a cue casts an actor as protagonist, antagonist or innocent, with the most
# frequent fine-grained role (the entity-framing roles of SemEval-2025 Task 10) and one example sentence. The
# same actor cast differently by two outlets shows up as two rows with different roles.

# %%
views.framing.roles_by_outlet(tables_["roles"], sentences, documents)

# %%
views.plots.paged(views.framing.role_evidence(tables_["roles"], sentences, documents))

# %% [markdown]
# ## Which words set an outlet apart?
#
# Words and two-word phrases used more by one outlet than by the rest, by the weighted log-odds ratio with an
# informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' words"): `z` above about 2 marks a
# difference unlikely under the corpus-wide rates; rare words are pulled toward zero rather than topping the
# list. With `group` empty every outlet is compared with all the others; name one or more outlets to compare
# that group with the rest (negative `z`: typical of the rest). With one article per outlet, as in the sample
# corpus, the list mostly shows who was quoted; on a real corpus it shows house vocabulary.

# %%
vocabulary.compare(sentences, documents, group=group)

# %% [markdown]
# ## How far to trust the frame labels
#
# Accuracy and macro-F1 of the primary frame of each paragraph against hand labels of the sample corpus (one
# annotator; `gold`), beside two baselines: every frame always present, and the most frequent frame
# everywhere. The table is empty when the gold file does not cover this corpus. On the halves of two public
# labelled sets that played no part in fitting the weights (`python benchmarks/validate_frames.py`): one
# frame per sentence on FrAC, macro-F1 0.67 against 0.18 for every frame always present; the five generic
# frames per article on climate news (Frermann et al. 2023), macro-F1 0.65 against 0.44 (README, "Framing").

# %%
validate.frames.validation_table(gold, tables_)

# %% [markdown]
# ## Method and its limits
#
# - Cue lexicons find words, not meaning: "the war" is a security cue in a sentence about a film festival, and
#   a sentence that argues for peace without any listed word carries no frame. The cues that fired are in the
#   evidence table for every label.
# - The learned words come from about 250 labelled sentences and 200 climate articles: they carry those
#   texts' topics, and their weights are estimates. The intervals above count only the sampling of articles,
#   not the errors of the labels themselves.
# - Term choices count quoted words too. Whether an outlet *uses* "liberation" or *reports* that an official
#   used it is visible in the vocabulary index, not in the counts.
# - A role cue is given to the nearest actor mention in its clause (some cues look only before or after
#   themselves: "launched", "initiated by"); there is no parsing of who does what to whom; a cue right after
#   "not" or "no" is skipped, but a denied claim ("rejected claims that Washington is abandoning Ukraine")
#   still counts. Actors come from the `mentions` table; unnamed actors are not cast.
# - The lexicons are English. For another conflict, edit or replace `lexical_variants.csv`
#   (`Config(lexicon=...)`), and review the war-specific cues of `frame_cues.csv` and `role_cues.csv`.

# %% [markdown]
# ## Provenance
#
# The input files with their sha256, the kit and library versions and the parameters of this report.

# %%
reports.provenance(corpus, tables=tables, referent=referent, group=group, gold=gold, compare=compare)
