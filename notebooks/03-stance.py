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
# # Stance: who is for and who is against?
#
# **Where does each voice in the coverage stand on one question, does an outlet carry mostly one side, and is
# the same official reported differently by different outlets?**
#
# A *target* is a proposition, such as "Ukraine joins NATO" or "a ceasefire", defined in a targets file by the
# words and phrases that show a sentence is about it. Every sentence about the target is given to a speaker
# (the person or institution quoted in it, or the subject of a reported position such as "Moscow has viewed
# any expansion as a threat") and read with a transparent cue lexicon (`analysis/data/stance_cues.csv`):
# "off the table", "unrealistic", "pledge not to seek" count against; "pushed for", "insists on" count in
# favour; "refused to promise", "declined to comment" are neutral. Negations turn a cue ("not off the table"
# counts in favour), hedges ("may", "if") halve it. Where no cue fired for a speaker and a target, the tone of
# the speaker's own quoted words (VADER) decides (or, in reported speech, the tone of what is said of the target),
# and the `decided_by` column says "tone" instead of "cues":
# keep `decided_by == "cues"` for the firmer positions. Every label below points to its sentences and cues.

# %% tags=["parameters"]
corpus: str = "../seeds"  # corpus folder (or .csv/.jsonl file), relative to notebooks/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
target: str = "ukraine_nato_membership"  # stance target id
targets: str = ""  # targets CSV; empty uses targets.csv beside the corpus
gold: str = "../seeds/annotations/stance.csv"  # hand-made stance gold for the validation section

# %%
from IPython.display import Markdown

from analysis import pipeline, reports, stance, stance_lexicon, validate, views

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables, targets=targets or None)
targets_file = stance_lexicon.targets_path(corpus, targets)

# %% [markdown]
# ## Key findings
#
# Computed from the tables below, not written by hand.

# %%
Markdown(views.plots.bullets(views.stance.findings(tables_, target=target)))

# %% [markdown]
# ## The targets
#
# What each target means and which words put a sentence on it. Edit the targets file to change or add targets;
# "inverse" patterns name the opposite proposition (for NATO membership: neutral status), so a demand for
# neutrality counts against membership.

# %%
stance_lexicon.target_table(targets_file)

# %% [markdown]
# ## Who stands where?
#
# One row per voice, one column per target (the chosen target first). The score runs from -1 (every cue
# against) to +1 (every cue in favour); 0 is neutral or balanced. Empty cells: the voice said nothing the kit
# could attribute about that target. The score is a ratio of cue weights, so a voice quoted often does not get
# a more extreme score than one quoted once; the evidence table below shows how many statements stand behind
# each cell.

# %%
grid = views.stance.matrix(tables_["stance"])
grid

# %%
views.stance.plot_matrix(grid, target=target);

# %% [markdown]
# ## Which voices does each outlet carry?
#
# The same scores, per outlet, for the chosen target: the voices an outlet quotes or reports, and where
# they stand. An outlet whose column is all red or all blue carries one side only.

# %%
per_outlet = views.stance.by_outlet(tables_["stance"], tables_["documents"], target=target)
per_outlet

# %%
views.stance.plot_outlets(per_outlet, target=target);

# %% [markdown]
# **The same voice, reported differently.** Actors whose stance on a target differs between outlets. This is
# a framing signal worth checking in the evidence: different outlets may quote different parts of the same
# remarks, or paraphrase them in different words.

# %%
views.stance.outlet_differences(tables_["stance"], tables_["documents"])

# %% [markdown]
# ## Evidence: every statement behind the figures
#
# One row per sentence, speaker and target, strongest first: whether the speaker was found through a quote or
# as the subject of a reported position, the cues that fired (with "not", "hedged" or "reversed" where a
# modifier changed them), and the sentence. Filter it by speaker to check any cell above.

# %%
views.plots.paged(views.stance.evidence(tables_["stance_statements"], target=target))

# %% [markdown]
# ## How one label came about
#
# The statement on this target with the most cues, taken apart: each cue, the stance it counts toward after
# negation and hedging, and its weight.

# %%
statement, cues = views.stance.worked_example(tables_["stance_statements"], target=target)
Markdown(views.plots.escape_markdown(views.stance.explain_statement(statement)))

# %%
cues

# %% [markdown]
# ## How well does it agree with a careful reader?
#
# Accuracy and macro-F1 against hand-made labels of the sample corpus (`gold`: one row per document, speaker
# and target). `lexicon` counts a voice the kit did not find as an error; `attributed rows only` scores the
# labels of the voices it did find. The table is empty when the gold file does not cover this corpus.

# %%
validate.stance.validation_table(gold, tables_)

# %% [markdown]
# ## The method and its limits
#
# - It reads cues, not syntax. A cue attaches to the nearest mention of a target in its clause, so in long
#   sentences with several propositions it can attach to the wrong one; the evidence table shows each cue.
# - Who concedes what is not modelled: "Russia would not concede territory" reads as against territorial
#   concessions, although the concession meant is Russia's.
# - A target's patterns match words, not senses: "security guarantees" that Moscow demands for itself count
#   toward security guarantees for Ukraine.
# - Speakers come from the quotes and actors stages. A position stated by a country name that is not an actor
#   ("Russia is insisting ...") gets no speaker; a pronoun is resolved to the first person named in the
#   nearest earlier sentence, which is usually but not always right.
# - Statements of the outlet's own voice (the narrator) are not counted: stance is about the voices an outlet
#   carries, not its editorial line.
# - Irony, rhetorical questions and sarcasm are read literally. Translated articles are read in their
#   translation's words.
# - The sample gold has 40 rows from 5 articles; the figures show that the rules work there, not how well they
#   work on other coverage. Annotate some of your own articles and run
#   `python -m analysis validate stance --gold FILE --corpus DIR`.

# %% [markdown]
# ## Provenance
#
# The input files with their sha256, the kit and library versions and the parameters of this report.

# %%
reports.provenance(corpus, tables=tables, target=target, targets=targets, gold=gold)
