"""Relation tone: the lexicon's cues, negation, contrast and the thresholds, on toy sentences
and a few from the corpus. The lexicon is a judgement call; these tests pin its mechanics."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pandas as pd
import pytest
import yaml

from helpers.tone import (
    LEXICON_PATH,
    LexiconError,
    load_tone_lexicon,
    parse_tone_lexicon,
    relation_tone,
    tone_evidence,
    tone_score,
)


@pytest.mark.parametrize(
    ("sentence", "tone"),
    [
        # cooperative, hopeful, approving
        ("Russia and China stood shoulder to shoulder.", "positive"),
        ("The two powers complement each other.", "positive"),
        ("Moscow and Beijing agreed to deepen cooperation in energy.", "positive"),
        ("Both sides hope for a reset.", "positive"),
        ("The summit was a breakthrough for the strategic partnership.", "positive"),
        ("The deal is mutually beneficial.", "positive"),
        ("Step by step, the two neighbours will come closer.", "positive"),
        ("The talks may bring the two old rivals closer.", "positive"),
        ("India and Japan are natural allies.", "positive"),
        # conflictual, distrustful, blaming, pessimistic
        ("Relations will remain tense, if not frozen at all.", "negative"),
        ("Its core theme is the lack of trust.", "negative"),
        ("The new sanctions deepen the confrontation between Washington and Moscow.", "negative"),
        ("Their rivalry is fuelling an arms race in Asia.", "negative"),
        ("Beijing accused Washington of interference and hegemony.", "negative"),
        ("The partnership was doomed from the start.", "negative"),
        ("The détente did not last long.", "negative"),
        ("Powerful forces are driving the two capitals apart.", "negative"),
        ("The two countries do not trust each other.", "negative"),
        ("Alas, the alliance will be full of contradictions.", "negative"),
        # no relation, or factual/balanced
        ("Tuberculosis is caused by a bacterium.", "neutral"),
        ("The meeting took place in Geneva on Tuesday.", "neutral"),
        ("The Soviet Union and the United States signed the treaty in 1987.", "neutral"),
        ("Relations swing between cooperation and confrontation.", "neutral"),
        ("", "neutral"),
    ],
)
def test_relation_tone(sentence: str, tone: str) -> None:
    assert relation_tone(sentence) == tone


def test_negated_negative_cue_is_not_negative() -> None:
    assert relation_tone("There is no mistrust between us.") != "negative"
    assert relation_tone("There is no tension and no hostility between the two capitals.") != "negative"
    assert relation_tone("Russia wants to work together, not quarrel with the US.") == "positive"


def test_negated_positive_cue_turns_negative() -> None:
    assert relation_tone("The two countries never became partners.") == "negative"
    assert relation_tone("There is no cooperation between them.") == "negative"
    assert relation_tone("Moscow has yet to see any improvement.") == "negative"


def test_negation_reaches_only_a_short_window_within_the_clause() -> None:
    # The negator is far from the cue: the cue keeps its own sign.
    assert (
        relation_tone("Nobody expected that after many years of quiet talks the two would cooperate.")
        == "positive"
    )
    # A semicolon or comma closes the clause: "no" does not reach across it.
    assert relation_tone("There was no summit; cooperation grew anyway.") == "positive"


def test_pseudo_negators_do_not_flip() -> None:
    assert relation_tone("There is no doubt that cooperation will grow.") == "positive"
    assert relation_tone("Not only trade but also military cooperation is growing.") == "positive"
    assert relation_tone("Ties are tense, if not hostile.") == "negative"


def test_clause_after_contrast_weighs_more() -> None:
    assert relation_tone("The two countries cooperate, but their rivalry deepens.") == "negative"
    assert relation_tone("There is some rivalry, but the two countries cooperate closely.") == "positive"
    assert relation_tone("Although tensions persist, cooperation is growing.") == "positive"
    assert relation_tone("Despite their partnership, suspicion and rivalry are growing.") == "negative"
    assert tone_score("Rivalry, but cooperation.") > 0 > tone_score("Cooperation, but rivalry.")


def test_reverser_undoes_a_preceding_positive_cue() -> None:
    assert dict(tone_evidence("The reset with Moscow did not last long."))["reset … did not last"] < 0
    assert relation_tone("The reset did not last long.") == "negative"
    assert relation_tone("The crisis did not last long.") != "negative"
    assert relation_tone("The sanctions were lifted last spring.") != "negative"
    assert relation_tone("Their contradictions cannot be resolved.") == "negative"  # the undoing is negated
    assert relation_tone("The partnership was not doomed.") == "positive"


def test_evidence_shows_signed_weights_after_negation() -> None:
    lexicon = load_tone_lexicon()
    trust = lexicon.positive["trust*"]
    mistrust = lexicon.negative["mistrust*"]
    assert tone_evidence("Its core theme is the lack of trust.") == [
        ("lack of trust", trust * lexicon.negated_positive)
    ]
    assert tone_evidence("There is no mistrust between us.") == [
        ("no mistrust", -mistrust * lexicon.negated_negative)
    ]
    assert tone_evidence("Tuberculosis is caused by a bacterium.") == []
    evidence = tone_evidence("Relations will remain tense, if not frozen at all.")
    assert [label for label, _ in evidence] == ["tense", "frozen"]
    assert all(weight < 0 for _, weight in evidence)


def test_score_is_the_sum_of_the_evidence_and_thresholds_decide() -> None:
    lexicon = load_tone_lexicon()
    for text in ["The two countries cooperate, but their rivalry deepens.", "There is no mistrust."]:
        assert tone_score(text) == pytest.approx(sum(w for _, w in tone_evidence(text)))
    assert lexicon.threshold > 0
    assert tone_score("Cooperation and confrontation.") == 0
    assert relation_tone("Cooperation and confrontation.") == "neutral"


def test_labels_follow_the_thresholds_on_the_corpus(table: pd.DataFrame) -> None:
    threshold = load_tone_lexicon().threshold
    for text in table["text"]:
        score, tone = tone_score(text), relation_tone(text)
        expected = "positive" if score >= threshold else "negative" if score <= -threshold else "neutral"
        assert tone == expected, text


def test_word_families_match_whole_words_from_their_start() -> None:
    assert relation_tone("He spoke competently about the agenda.") == "neutral"  # not "competition"
    assert relation_tone("Harmony reigns.") == "neutral"  # not "harm"
    assert relation_tone("China is accustomed to waiting.") == "neutral"  # not "accuse"
    assert relation_tone("The Assistant Secretary of State spoke twice.") == "neutral"  # not "assist"
    assert relation_tone("Several economic ties were listed.") == "neutral"  # not "sever ... ties"
    assert relation_tone("Russia disagrees with the West.") == "negative"  # not "agree*"
    assert relation_tone("The United States and the European Union met.") == "neutral"  # not "unite"/"union"
    assert relation_tone("The situation is hopeless.") == "negative"  # not "hope*"


def test_lexicon_is_versioned_and_consistent() -> None:
    lexicon = load_tone_lexicon()
    assert lexicon.version >= 1
    assert len(lexicon.positive) >= 40 and len(lexicon.negative) >= 60
    assert not set(lexicon.positive) & set(lexicon.negative)
    assert all(w > 0 for w in [*lexicon.positive.values(), *lexicon.negative.values()])
    assert {"not", "no", "never", "without", "nothing", "cannot", "lack"} <= set(lexicon.negators)
    assert {"but", "however", "yet"} <= set(lexicon.adversative)
    assert "although" in lexicon.concessive


@pytest.mark.parametrize(
    ("fragment", "tone"),
    [
        ("Moscow and Beijing are already shoulder to shoulder", "positive"),
        ("The two powers complement each other", "positive"),
        ("Beijing is in favor of improved relations", "positive"),
        ("Relations will remain tense, if not frozen at all", "negative"),
        ("Its core theme is the lack of trust", "negative"),
        ("administration with Russia did not last long either", "negative"),
        ("These repeated failures", "negative"),
        ("Naturally, suspicions crept in", "negative"),
        ("This is a new story", "neutral"),
    ],
)
def test_corpus_sentences(table: pd.DataFrame, fragment: str, tone: str) -> None:
    hits = table.loc[table["text"].str.contains(fragment, regex=False), "text"]
    assert len(hits) == 1
    assert relation_tone(hits.iloc[0]) == tone


def test_every_corpus_sentence_gets_a_label(table: pd.DataFrame) -> None:
    tones = table["text"].map(relation_tone)
    assert set(tones) == {"positive", "negative", "neutral"}


def test_stacked_negators_cancel() -> None:
    assert relation_tone("Nothing prevented closer cooperation.") == "positive"
    assert relation_tone("The relationship is not without tension.") == "negative"


def test_non_text_input_is_rejected() -> None:
    with pytest.raises(TypeError):
        relation_tone(None)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda raw: raw["negators"].append(False), "not a non-empty string"),  # a bare `no` in YAML
        (lambda raw: raw["negative"].update({"cooperat*": 1}), "both"),
        (lambda raw: raw["positive"].update({"trust*": 0}), "must be > 0"),
        (lambda raw: raw["positive"].update({"... apart": 1}), "gap"),
        (lambda raw: raw["parameters"].pop("threshold"), "threshold"),
        (lambda raw: raw.update(version="one"), "version"),
    ],
)
def test_malformed_lexicon_is_refused_with_the_reason(edit: Callable[[Any], object], message: str) -> None:
    raw = yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8"))
    edit(raw)
    with pytest.raises(LexiconError, match=message):
        parse_tone_lexicon(raw)
