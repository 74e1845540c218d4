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
# # Session 1: Sentiment and sources
#
# **How does a computer read the tone of a news sentence, and whose voices does an article carry?**
#
# In this lesson you will
#
# 1. see how VADER, a word-list method, scores the sentiment of a sentence, and where it goes wrong;
# 2. find the people and organisations an article mentions and quotes, and tell direct, partial and indirect
#    quotes apart;
# 3. label ten sentences yourself and measure how well you, a partner and the kit agree (Cohen's kappa).
#
# **How to work.** Run the cells from top to bottom (Shift+Enter). Cells headed *Exercise* ask you to change a
# value after `=`; the next line checks your answer and says `correct` or `not yet, hint: ...`. Words in
# *italics* are explained in `glossary.md` beside this notebook. The teacher's answer key is in `answers/`.
# Nothing you do here changes the articles or the kit.

# %% tags=["parameters"]
corpus: str = "../../seeds"  # corpus folder, relative to notebooks/teaching/
tables: str = ""  # folder of precomputed tables from `python -m analysis run`; empty computes them here
actors_file: str = "../../seeds/actors.csv"  # known actors: names, aliases, affiliations
targets_file: str = "../../seeds/targets.csv"  # stance targets (used in session 2)
items_file: str = "../../seeds/annotations/teaching_sentences.csv"  # ten sentences for the annotation exercise

# %%
import analysis
from analysis import actors, pipeline, sentiment, views

views.plots.setup()
tables_ = pipeline.load_or_compute(corpus, tables=tables, actors=actors_file, targets=targets_file)

# %% [markdown]
# ## Part 1. What is sentiment, and how does VADER measure it?
#
# *Sentiment* is how positive or negative the language of a text is. It is not whether the news is good for
# someone, and not whether the writer agrees with something (that is *stance*, session 2).
#
# The kit measures sentiment with VADER (Hutto and Gilbert 2014), a *lexicon* method: a list of about 7,500
# English words and emoticons, each rated by people on a scale from -4 (very negative) to +4 (very positive).
# VADER looks up each word of a sentence, then applies a handful of rules: a *negation* ("not", "never") within
# three words before a word flips and weakens it; boosters ("very", "extremely") strengthen it; after "but" the
# words count more and before it less; capitals and exclamation marks add emphasis. The sum is squeezed into
# the *compound score* between -1 and +1. A sentence is labelled positive at 0.05 or more, negative at -0.05
# or less, and neutral in between.
#
# Here is one sentence taken apart, word by word. `lexicon` is the word's rating in the list, `valence` the
# value after the rules, `effect` how much the compound score changes when the word is left out.

# %%
sentiment.explain("It is certainly not a betrayal.")

# %% [markdown]
# "Betrayal" is strongly negative (-2.8), but "not" flips it: VADER calls the sentence positive. Read as a
# denial of an accusation, that is roughly what a reader feels, too.

# %% [markdown]
# ### Exercise 1.1: predict VADER
#
# Before running `sentiment.explain` on it, guess the label VADER gives this headline: `positive`,
# `neutral` or `negative`. Write your guess between the quotation marks and run the cell.

# %%
headline = "Kremlin Welcomes Trump’s Position on Blocking Ukraine's NATO Membership"
my_label = ""  # your guess: positive, neutral or negative
views.teaching.check_vader_label(headline, my_label)

# %% [markdown]
# ### Exercise 1.2: which word matters most?
#
# Run `sentiment.explain` on the headline and find the word whose `effect` is largest (positive or negative).

# %%
sentiment.explain(headline)

# %%
my_word = ""  # the word with the largest effect
views.teaching.check_top_word(headline, my_word)

# %% [markdown]
# ## Part 2. Where VADER goes wrong
#
# VADER's word list was rated for social-media posts. News is different: words that name the *topic* ("war",
# "peace", "crisis", "security") carry strong ratings, although a sentence that reports a war is not itself
# angry. The kit therefore reports two numbers side by side: standard VADER (`compound`), and a *news reading*
# (`compound_news`) in which topic words count zero. Compare them:

# %%
sentiment.of_text("Russia's nearly three-year war on its neighbor will be at the top of the agenda.")

# %% [markdown]
# ### Exercise 2.1: find a case where VADER is wrong, and explain why
#
# Find a sentence (from the seed articles, or one you write) where VADER's label differs from what you, as a
# careful reader, would say. Give your own label and the reason, as one of: `negation`, `topic word`,
# `missing word` (the feeling rests on a word that is not in the list), `sarcasm`, `mixed` (clauses or voices
# of opposite tone), `emphasis`. The evidence table below lists every sentence of the seeds with its scores;
# sort it by `compound` to find candidates.

# %%
views.sentiment.evidence(tables_)

# %%
my_sentence = ""  # a sentence VADER gets wrong
my_sentence_label = ""  # what a careful reader would say: positive, neutral or negative
my_reason = ""  # negation, topic word, missing word, sarcasm, mixed or emphasis
views.teaching.check_vader_error(my_sentence, my_sentence_label, my_reason)

# %% [markdown]
# ### From sentences to articles and outlets
#
# An article's or an outlet's sentiment is the mean of its sentences' compound scores. Each box below covers
# the middle half of an outlet's sentences. With five articles this is a demonstration, not a finding: a
# single strongly worded quote can move an outlet's mean.

# %%
views.sentiment.aggregate(tables_["sentiment"], tables_["sentences"], tables_["documents"], level="outlet")

# %%
views.sentiment.plot_distribution(tables_);

# %% [markdown]
# ## Part 3. Whose voices? Actors, mentions and quotes
#
# An *actor* is a person or organisation the text names (Dmitry Peskov, NATO, Reuters). Each time the text
# names them is a *mention*, under their full name or an *alias* ("Peskov", "the Kremlin spokesman"). The kit
# finds actors from a list (`actors.csv`) and also discovers names that are not on it (marked
# `known = False`).
#
# A *quote* is what an actor is reported to have said:
#
# - *direct*: their own words in quotation marks ("We will never trade our future," Sybiha said);
# - *partial*: only a word or phrase in quotation marks, inside the reporter's sentence (called the
#   remarks "dangerous");
# - *indirect*: a paraphrase without quotation marks (Sybiha said that Kyiv would not give up).
#
# When an article reports words that another medium carried first ("Grushko said in remarks to Izvestia",
# "Chepa spoke with Lenta.ru"), that medium is a *relay*: the reader learns Grushko's words through
# Izvestia. The `via` column names the relays, and `chain` shows the path from the speaker to the article. A
# medium that is itself the source ("according to Reuters, ...") is counted as the speaker.
#
# `analysis.quick` runs every step of the kit on one pasted text, so you can watch it work:

# %%
paragraph = ("Ukraine's foreign minister Andrii Sybiha said on Monday that Kyiv would not give up its path to "
             "NATO. “We will never trade our future for a pause in the fighting,” Sybiha told reporters in "
             "Brussels. According to Reuters, Kremlin spokesman Dmitry Peskov called the remarks “dangerous.”")
result = analysis.quick(paragraph, actors=actors_file)
result

# %%
result.mentions

# %%
result.quotes[["quote_id", "kind", "speaker", "affiliation", "cue", "text", "chain"]]

# %% [markdown]
# Read the quotes table against the paragraph. Is every quote there? Is each speaker the one a reader would
# name? Whose word is "dangerous", Peskov's or Reuters'? The kit follows a convention ("according to X" makes
# X the source); a reader may see it differently. Tools like this one work by rules about quotation marks
# and reporting verbs ("said", "told", "according to"), so checking their output against the text is part
# of the method.

# %% [markdown]
# ### Exercise 3.1: direct, partial or indirect?
#
# Give the kind of quote in each example sentence.

# %%
views.teaching.QUOTE_EXAMPLES

# %%
my_kinds = {1: "", 2: "", 3: "", 4: ""}  # direct, partial or indirect
views.teaching.check_quote_kinds(my_kinds)

# %% [markdown]
# ### Exercise 3.2: add an actor
#
# Andrii Sybiha is not in `actors.csv`. The kit still finds him, but with `known = False` and without an
# affiliation. Add him to the actor list in memory (the file is not changed) with his affiliation, then find
# the mentions again with the new list. Fill in the name exactly as the text spells it, and the country he
# speaks for.

# %%
new_name = ""  # the actor's full name
new_affiliation = ""  # the country or organisation he speaks for
lexicon = views.teaching.add_actor(actors.load(actors_file), name=new_name, aliases=[], affiliation=new_affiliation,
                             role="foreign minister")
mentions = actors.find(result.documents, result.sentences, lexicon=lexicon)
mentions[["actor", "affiliation", "surface", "known"]]

# %%
views.teaching.check_actor_added(mentions, name="Andrii Sybiha", affiliation="Ukraine")

# %% [markdown]
# ### Voices in the seed corpus
#
# Who is quoted in the five seed articles, and how? Counting kinds of quotes is a first measure of *source
# framing*: an outlet that gives one side whole direct quotes and the other only paraphrases frames the story,
# even if every sentence is accurate.

# %%
voices = views.voices.by_speaker(tables_["quotes"])
voices

# %%
views.voices.plot_speakers(voices);

# %% [markdown]
# The same count per outlet, with the share of quotes that are direct:

# %%
views.voices.kind_mix(tables_["quotes"], tables_["documents"])

# %% [markdown]
# ## Part 4. Do people agree? Annotating ten sentences
#
# Every number the kit reports is only as good as its agreement with careful human readers. To judge that,
# people *annotate*: they label sentences by hand, following written instructions, and then compare.
#
# Below are ten sentences from the seed articles. Label the sentiment of each one as a reader perceives the
# sentence as a whole: `positive`, `neutral` or `negative`. A factual report of an event is neutral even when
# the event is a war. Do it on paper first, without looking at the partner's column, then type your ten
# labels into `my_sentiment` in item order.

# %%
items = views.teaching.annotation_items(items_file)
items[["item", "text"]]

# %% [markdown]
# ### Exercise 4.1: your labels, the partner's and the kit's
#
# *Cohen's kappa* measures agreement beyond chance: 1 is perfect agreement, 0 is what two annotators who label
# at random with the same label frequencies would reach, below 0 is worse than chance. The table also gives
# the *observed* share of items labelled alike and the *macro-F1* (the mean, over the three labels, of F1, the
# balance of precision and recall), taking the first of each pair as the reference. If your cell is empty,
# only the partner and the kit are compared.

# %%
my_sentiment: list[str] = []  # ten labels, e.g. ["neutral", "positive", ...]
agreement = views.teaching.agreement(items, my_sentiment, task="sentiment")
agreement

# %%
views.teaching.plot_agreement(agreement);

# %% [markdown]
# Where do the annotators part ways? Discuss the sentences where `all_agree` is False with your partner:
# which instruction would have settled them?

# %%
views.teaching.side_by_side(items, my_sentiment, task="sentiment")

# %% [markdown]
# ### Exercise 4.2: compute kappa by hand
#
# The table below counts the partner's labels (rows) against the kit's (columns). Compute
#
# - p_o, the observed agreement: the diagonal's sum divided by 10;
# - p_e, the chance agreement: for each label, (partner's row total / 10) x (kit's column total / 10), summed;
# - kappa = (p_o - p_e) / (1 - p_e).
#
# Then enter kappa, rounded to two decimals.

# %%
kit_sentiment = views.teaching.tool_labels(items["text"], task="sentiment")
views.teaching.confusion(items["partner_sentiment"], kit_sentiment, names=("partner", "kit"))

# %%
my_kappa: float = 0.0  # your kappa, to two decimals
views.teaching.check_kappa(items["partner_sentiment"], kit_sentiment, my_kappa)

# %% [markdown]
# ## Method and its limits
#
# - VADER scores words, not meaning. It misses negations it cannot see ("far from a success"), sarcasm,
#   feelings expressed without rated words ("people dying" has no rating), and it rates topic words as if the
#   writer felt them. The news reading removes only the last of these.
# - Sentence sentiment says nothing about whom the feeling is aimed at, nor whose it is: a quoted minister's
#   anger is scored as the sentence's anger. The sentiment report (`02-sentiment`) separates sentiment *about*
#   an actor from an actor's *own words*.
# - Quotes are found by rules about quotation marks and reporting verbs. Unusual punctuation, long quotes over
#   several paragraphs and speakers named only by a pronoun several sentences back are the usual failures.
# - Ten sentences and one partner are a classroom exercise. A study reports kappa on a few hundred items
#   labelled independently by at least two trained annotators, with the written instructions they followed.
