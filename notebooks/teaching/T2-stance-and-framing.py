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
# # Session 2: Stance and framing
#
# **Who is for or against what, and how does the way a story is told shape what it means?**
#
# In this lesson you will
#
# 1. tell stance apart from sentiment, and see how the kit finds a speaker's position on a *target*;
# 2. change the target, and write a target of your own;
# 3. label the stance of ten sentences and measure agreement with a partner and with the kit;
# 4. see how the kit finds *issue frames*, *generic frames* and word choices, and where its cues mislead it.
#
# Work as in session 1: run the cells in order; in each *Exercise*, change the value after `=` and run the
# check. Words in *italics* are explained in `glossary.md`; the answer key is in `answers/`.

# %% tags=["parameters"]
corpus: str = "../../seeds"  # corpus folder, relative to notebooks/teaching/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
actors_file: str = "../../seeds/actors.csv"  # known actors: names, aliases, affiliations
targets_file: str = "../../seeds/targets.csv"  # stance targets: what one can be for or against
items_file: str = "../../seeds/annotations/teaching_sentences.csv"  # ten sentences for the annotation exercise
target: str = "ukraine_nato_membership"  # the stance target this notebook looks at (an id of the targets file)

# %%
import analysis
from analysis import actors, framing, pipeline, stance, views

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables, actors=actors_file, targets=targets_file)

# %% [markdown]
# ## Part 1. Stance is not sentiment
#
# *Stance* is a speaker's position on a *target*: a proposition one can be for or against, such as "Ukraine
# joins NATO". The kit labels each speaker's stance on each target `favor`, `against` or `neutral`, with a
# *score* from -1 (against) to +1 (favor) and the *evidence*: the quotes and sentences it read.
#
# Sentiment and stance are different questions about the same words. A speaker can be glad (positive
# sentiment) that something will not happen (stance against it).

# %% [markdown]
# ### Exercise 1.1: sentiment or stance?
#
# Read the sentence below. What is its sentiment, and what is Peskov's stance on Ukraine joining NATO?

# %%
views.teaching.STANCE_SENTIMENT_EXAMPLE

# %%
my_sentiment_label = ""  # positive, neutral or negative
my_stance_label = ""  # favor, against or neutral (toward Ukraine joining NATO)
views.teaching.check_stance_and_sentiment(sentiment_label=my_sentiment_label, stance_label=my_stance_label)

# %% [markdown]
# Now the kit's reading of the same sentence: VADER's sentiment, and the stance statement with the *cue* that
# decided it.

# %%
result = analysis.quick(views.teaching.STANCE_SENTIMENT_EXAMPLE, actors=actors_file, targets=targets_file)
result.sentiment[["compound", "label"]]

# %%
result.stance_statements[["speaker", "target", "stance", "score", "cues", "basis"]]

# %% [markdown]
# ## Part 2. How the kit reads stance
#
# A *target* is defined in `targets.csv` by phrases that show a sentence is about it ("NATO membership",
# "accession to NATO", "join NATO") and, optionally, phrases of the opposite proposition (for NATO
# membership: "neutral status"). The kit then looks, in the same clause, for *stance cues* from a shipped
# list: words that take a position ("excluded", "off the table", "unrealistic", "support", "insist on").
# A negation flips a cue ("not off the table" is for), a hedge weakens it ("may be excluded"). The cue
# weights are summed per speaker: score = (favor - against) / (favor + against + neutral).
#
# The speaker is whoever the kit finds saying the sentence: the author of a quote, or the subject of a
# reporting verb ("Hegseth dismissed ..."). The targets of this corpus:

# %%
views.teaching.targets_table(targets_file)

# %% [markdown]
# Who stands where, on every target, over the whole corpus? Blue is for, red against, empty means the kit
# found no statement.

# %%
grid = views.stance.matrix(tables_["stance"])
grid

# %%
views.stance.plot_matrix(grid, target=target);

# %% [markdown]
# And the evidence for the target chosen in the parameters cell: every statement, strongest first, with the
# cues that decided it. This is where you check the kit: does each sentence say what its label claims?

# %%
views.stance.evidence(tables_["stance_statements"], target=target)

# %% [markdown]
# ### Exercise 2.1: change the target
#
# In the parameters cell at the top, change `target` to `"ceasefire"` and run the notebook again from the
# top (Run > Run All Cells). Which speakers does the kit find in favour of a ceasefire in at least one
# article? Use the `stance` table below, filtered on the target.

# %%
tables_["stance"][tables_["stance"]["target"] == target][["doc_id", "speaker", "stance", "score", "cues"]]

# %%
my_ceasefire_speakers: list[str] = []  # speaker names as the table writes them
views.teaching.check_speakers(tables_["stance"], target="ceasefire", label="favor", answer=my_ceasefire_speakers)

# %% [markdown]
# ### Exercise 2.2: write your own target
#
# A target is only as good as its patterns. Write patterns for the target "peace talks" (separated by `;`,
# a `*` at the end of a word matches any ending: `negotiat*` matches negotiation, negotiations, negotiating).
# They must match the first three sentences below and not the last two.

# %%
views.teaching.TALKS_SENTENCES

# %%
my_patterns = "talks"  # ";"-separated phrases
views.teaching.check_target_patterns(my_patterns)

# %% [markdown]
# Your target on the whole corpus: each statement about peace talks, its speaker and stance.

# %%
talks = stance.statements(tables_["sentences"], targets=views.teaching.target("peace_talks", my_patterns),
                          quotes=tables_["quotes"], mentions=tables_["mentions"])
talks[["doc_id", "speaker", "stance", "cues", "text"]]

# %% [markdown]
# ## Part 3. Do people agree on stance?
#
# Label the stance of each of the ten sentences toward Ukraine joining NATO: `favor`, `against`, or `neutral`
# when the sentence takes no position or is not about it. Label the position the sentence reports, whoever
# holds it. Then compare with the partner and the kit.

# %%
items = views.teaching.annotation_items(items_file)
items[["item", "text"]]

# %%
nato = stance.read_targets(targets_file)
my_stance: list[str] = []  # ten labels, e.g. ["against", "neutral", ...]
agreement = views.teaching.agreement(items, my_stance, task="stance", targets=nato)
agreement

# %%
views.teaching.plot_agreement(agreement);

# %%
views.teaching.side_by_side(items, my_stance, task="stance", targets=nato)

# %% [markdown]
# ### Exercise 3.1: kappa and macro-F1
#
# Kappa asks "how much more than chance do two annotators agree?"; *macro-F1* asks "how well does a system
# find each label, averaged over labels?" (F1 is the balance of precision, the share of the system's labels
# that are right, and recall, the share of the true labels it finds). Macro-F1 weighs a rare label as much as
# a frequent one, so a system that calls everything `neutral` scores badly even when most sentences are
# neutral. Compute kappa between the partner and the kit from the table below, as in session 1.

# %%
kit_stance = views.teaching.tool_labels(items["text"], task="stance", targets=nato)
views.teaching.confusion(items["partner_stance"], kit_stance, names=("partner", "kit"))

# %%
my_kappa: float = 0.0  # your kappa, to two decimals
views.teaching.check_kappa(items["partner_stance"], kit_stance, my_kappa)

# %% [markdown]
# Sentence 2 ("causes us satisfaction") is against NATO membership only through the sentence before it: a
# method that reads one sentence at a time cannot see that. Sentence 10 names the target ("become members")
# without a word that takes a position. Which of the disagreements would a better cue list fix, and which
# need the context of the article?

# %% [markdown]
# ## Part 4. Framing: how a story is told
#
# To *frame* is to select some aspects of a reality and make them more salient (Entman 1993). The kit looks
# for two kinds of frames in every sentence, by cue words:
#
# - *issue frames*: the 15 dimensions of the Policy Frames Codebook (Boydstun et al. 2014), such as economic,
#   security and defense, legality, political, public opinion;
# - *generic frames*: the five frames Semetko and Valkenburg (2000) found across news topics: conflict,
#   human interest, economic consequences, morality, responsibility.
#
# It also records *lexical choices*: different words for the same thing that signal a side ("Kiev" or
# "Kyiv", "special military operation" or "invasion").

# %% [markdown]
# ### Exercise 4.1: name the generic frame
#
# Give the main generic frame of each sentence: `conflict`, `human interest`, `economic consequences`,
# `morality` or `responsibility`.

# %%
views.teaching.FRAME_EXAMPLES

# %%
my_frames = {1: "", 2: "", 3: "", 4: ""}  # one generic frame each
views.teaching.check_frames(my_frames)

# %% [markdown]
# What the kit finds in sentence 1, with the cues that fired: more than one frame, because every cue counts.

# %%
framing.of_text(views.teaching.FRAME_EXAMPLES[1])

# %% [markdown]
# Share of sentences carrying each generic frame, per outlet:

# %%
views.framing.profiles(tables_["frames"], tables_["sentences"], tables_["documents"], scheme="generic",
                 by="outlet_label")

# %% [markdown]
# ### Exercise 4.2: find a false alarm
#
# Cue words are blunt. In the evidence table below, find a sentence where a cue fired but the frame is not
# there (for example "against" in a sentence about exchange rates counted as conflict). Paste the sentence and
# the frame; the check confirms that the kit gave it that frame and names the cue, and you say why it is wrong.

# %%
views.framing.evidence(tables_["frames"], tables_["sentences"], tables_["documents"],
                                    scheme="generic")

# %%
my_false_alarm = ""  # a sentence from the evidence table
my_false_frame = ""  # the frame the kit gave it wrongly
views.teaching.check_frame_cue(my_false_alarm, my_false_frame)

# %% [markdown]
# ### Word choices
#
# Per outlet, the terms used for the same referent. A single "Kiev" is not a political statement (it was the
# common English spelling until 2019); a pattern over many articles can be.

# %%
views.framing.term_choices(tables_["lexical"], tables_["documents"])

# %% [markdown]
# ## Method and its limits
#
# - Stance cues are read within a sentence and its clauses. Positions expressed over several sentences, by
#   irony, or by what an article leaves out are missed; the evidence table is there to read, not to trust.
# - A target is a list of phrases. A sentence about the target in words the list lacks is invisible; a phrase
#   that also means something else brings in wrong sentences. Test your patterns as in Exercise 2.2.
# - Frames by cue words find vocabulary, not meaning: "against the dollar" is not conflict. Use the frame
#   shares to find sentences worth reading, and validate on a sample you label yourself before reporting them.
# - Sentiment (session 1) can add to stance but never replaces it: being glad that something will not happen
#   is a stance against it.
