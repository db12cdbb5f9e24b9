"""Voices: who speaks in each sentence of the three articles, and the rules on toy input."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.voice import Attribution, classify_speaker, find_attribution

ALIASES = ("Ka-Ho Wong", "Wong")


@pytest.mark.parametrize(
    ("sentence", "voice"),
    [
        ("Relations will remain tense, says Ka-Ho Wong.", "expert"),
        ("These failures, according to the author, illustrate confrontation.", "expert"),
        ("Russia will unite with China, the expert suggests.", "expert"),
        ("But the most important thing is noted in the article that ...", "expert"),
        ("Foreign Ministry spokesman Geng Shuang said in response that ...", "other_source"),
        ("According to Russian Defense Minister Sergei Shoygu, funds were laid down.", "other_source"),
        ("As many experts note, the US is pushing them together.", "other_source"),
        ("– This is interference, – said Gen Shuang, commenting on protests.", "other_source"),
        ("The creation of which the United States, as they say, began in February.", None),
        ("A system of interstate agreements can be concluded.", None),
        ("Both lack a mechanism (like the US and NATO member states), and more.", None),
        ("Russia perceives itself as an equal partner.", None),
    ],
)
def test_find_attribution(sentence: str, voice: str | None) -> None:
    found = find_attribution(sentence, ALIASES)
    assert (found.voice if found else None) == voice


def test_pronoun_takes_the_last_named_speaker() -> None:
    last = Attribution("other_source", "Geng Shuang")
    assert classify_speaker("he", ALIASES, last) == last
    assert classify_speaker("Professor Wong", ALIASES).voice == "expert"
    assert classify_speaker("many experts", ALIASES).voice == "other_source"


def _voices(table: pd.DataFrame, doc: str) -> pd.Series:
    rows = table[(table["doc_id"] == doc) & table["segment"].isin(["headline", "lead", "body"])]
    return rows.set_index("sentence")["voice"]


def test_retelling_000_is_the_analyst_after_the_outlet_lead(table: pd.DataFrame) -> None:
    v = _voices(table, "000_f4da91c06dd0825c")
    assert list(v.iloc[:2]) == ["outlet", "outlet"]
    assert set(v.iloc[2:]) == {"expert"}
    last = table[(table["doc_id"] == "000_f4da91c06dd0825c") & (table["segment"] == "body")].iloc[-1]
    assert last["text"].endswith("- the author concludes.") and last["voice"] == "expert"


def test_sputnik_002_lead_is_outlet_and_body_is_yu_sui(table: pd.DataFrame) -> None:
    rows = table[table["doc_id"] == "002_f32821d07868df5d"]
    assert set(rows[rows["segment"] == "lead"]["voice"]) == {"outlet"}
    body = rows[rows["segment"] == "body"]
    assert set(body["voice"]) == {"expert"} and set(body["speaker"]) == {"Yu Sui"}
    quote = body[body["text"].str.startswith('"In fact, Moscow and Washington')]
    assert quote["voice"].item() == "expert"  # a quote whose attribution comes two sentences later


def test_interview_004_turns(table: pd.DataFrame) -> None:
    rows = table[table["doc_id"] == "004_ec6862fe75d67182"].set_index("sentence")

    def voice_of(start: str) -> str:
        hit = rows[rows["text"].str.startswith(start)]
        assert len(hit) == 1, start
        return hit["voice"].item()

    assert voice_of("On August 22, Russia and China convened") == "outlet"
    assert voice_of("Foreign Ministry spokesman Geng Shuang") == "other_source"
    assert voice_of("– This will lead to another surge") == "other_source"  # "– he emphasized"
    assert rows[rows["text"].str.startswith("– This will lead")]["speaker"].item() == "Geng Shuang"
    assert voice_of("– This is a typical interference") == "other_source"
    assert voice_of("It is understandable that in the face") == "outlet"
    assert voice_of("According to Professor Alexei Maslov") == "expert"
    assert voice_of("– In addition, it is obvious") == "expert"
    assert voice_of("– What can it lead to?") == "interviewer"
    assert voice_of("What are the pros and cons for Russia?") == "interviewer"
    assert voice_of("The trade war between China and the United States") == "interviewer"
    assert voice_of("— Joint actions, ultimately") == "expert"
    assert voice_of("As I said, China is always") == "expert"
    assert voice_of("It would be wrong for Moscow") == "expert"
    after_intro = rows.loc[rows.index >= rows[rows["text"].str.startswith("According to Professor")].index[0]]
    assert set(after_intro["voice"]) == {"expert", "interviewer"}


def test_comments_are_readers(table: pd.DataFrame) -> None:
    comments = table[table["segment"] == "comment"]
    assert set(comments["voice"]) == {"reader"}
    assert set(table[table["voice"] == "reader"]["segment"]) == {"comment"}


def test_a_quote_running_over_paragraphs_takes_its_late_attribution() -> None:
    from helpers.layout import parse_layout
    from helpers.text import split_sentences
    from helpers.voice import assign_voices

    page = (
        "Headline\n\nThe lead.\n\n"
        '"Relations are frozen. Nothing moves.\n\n'
        '"Sanctions will stay," said Minister Ivan Petrov.\n\n'
        "The reporter adds a line."
    )
    blocks = parse_layout(page)
    sentences = [split_sentences(b.text) for b in blocks]
    voices = assign_voices(blocks, sentences, "news", "Jane Doe", ("Jane Doe",), "Wire")
    flat = [(s, a.voice, a.speaker) for b, ss, aa in zip(blocks, sentences, voices, strict=True) for s, a in zip(ss, aa, strict=True)]
    assert [v for _, v, _ in flat] == ["outlet", "outlet", "other_source", "other_source", "other_source", "outlet"]
    assert flat[2][2] == "Minister Ivan Petrov"
