"""Segments: the article is told apart from its page furniture and reader comments."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.layout import ARTICLE_SEGMENTS, SEGMENTS, is_foreign_script, parse_layout

PAGE = """Headline Here

© AFP 2023 / Some Photographer Caption of a photo
Caption of a photo - Sputnik International
Subscribe
The lead paragraph says what happened.

Body paragraph one. It has two sentences.

President A meets President B in C - Sputnik International
Related Story Headline Without A Full Stop
Body paragraph two.
- the author concludes.
Newsfeed
0
Dear reader, to leave comments on the publication, you must sign in.
  1. First comment text!
  2. The comment was deleted.
  3. Smirnoff Offline Smirnoff
    Smirnoff (Victor) 12 May 2020 00: 22
    Second comment line one ???
    - a dashed list item,
Заголовок открываемого материала
"""


def test_toy_page_segments() -> None:
    got = [(b.segment, b.text) for b in parse_layout(PAGE)]
    assert got == [
        ("headline", "Headline Here"),
        ("caption", "© AFP 2023 / Some Photographer Caption of a photo"),
        ("caption", "Caption of a photo - Sputnik International"),
        ("navigation", "Subscribe"),
        ("lead", "The lead paragraph says what happened."),
        ("body", "Body paragraph one. It has two sentences."),
        ("caption", "President A meets President B in C - Sputnik International"),
        ("related", "Related Story Headline Without A Full Stop"),
        ("body", "Body paragraph two. - the author concludes."),
        ("navigation", "Newsfeed"),
        ("navigation", "0"),
        ("navigation", "Dear reader, to leave comments on the publication, you must sign in."),
        ("comment", "First comment text!"),
        ("navigation", "The comment was deleted."),
        ("comment", "Second comment line one ???"),
        ("comment", "- a dashed list item,"),
        ("navigation", "Заголовок открываемого материала"),
    ]


def test_commenter_and_timestamp_are_metadata_not_text() -> None:
    blocks = [b for b in parse_layout(PAGE) if b.segment == "comment"]
    assert [(b.comment_no, b.commenter, b.comment_time) for b in blocks] == [
        (1, None, None),
        (3, "Smirnoff", "2020-05-12 00:22"),
        (3, "Smirnoff", "2020-05-12 00:22"),
    ]
    assert not any("Offline" in b.text or "00: 22" in b.text for b in parse_layout(PAGE))


def test_foreign_script_line() -> None:
    assert is_foreign_script("Заголовок открываемого материала")
    assert not is_foreign_script("Russia (Россия) and China")
    assert not is_foreign_script("0")


def test_real_articles_keep_no_furniture_or_comment_in_article_segments(table: pd.DataFrame) -> None:
    article = table[table["segment"].isin(ARTICLE_SEGMENTS)]
    furniture_markers = ["Sputnik International", "Subscribe", "Used photos", "sign in", "Newsfeed",
                         "log in", "Offline", "The comment was deleted", "©"]
    for marker in furniture_markers:
        assert not article["text"].str.contains(marker, regex=False).any(), marker
    assert set(table["segment"]) <= set(SEGMENTS)


@pytest.mark.parametrize(
    ("doc", "segment", "count"),
    [
        ("000_f4da91c06dd0825c", "headline", 1), ("000_f4da91c06dd0825c", "lead", 1),
        ("000_f4da91c06dd0825c", "comment", 28), ("000_f4da91c06dd0825c", "navigation", 3),
        ("002_f32821d07868df5d", "caption", 4), ("002_f32821d07868df5d", "related", 2),
        ("002_f32821d07868df5d", "navigation", 8), ("002_f32821d07868df5d", "comment", 0),
        ("004_ec6862fe75d67182", "headline", 2), ("004_ec6862fe75d67182", "lead", 1),
        ("004_ec6862fe75d67182", "caption", 0),
    ],
)
def test_segment_counts_in_the_real_articles(table: pd.DataFrame, doc: str, segment: str, count: int) -> None:
    rows = table[(table["doc_id"] == doc) & (table["segment"] == segment)]
    assert len(rows) == count


def test_specific_lines(table: pd.DataFrame) -> None:
    def seg(doc: str, startswith: str) -> str:
        rows = table[(table["doc_id"] == doc) & table["text"].str.startswith(startswith)]
        assert len(rows) == 1, startswith
        return rows["segment"].iloc[0]

    assert seg("002_f32821d07868df5d", "Don't Worry, Trump") == "related"
    assert seg("002_f32821d07868df5d", "Thaw on the Horizon?") == "related"
    assert seg("002_f32821d07868df5d", "Russia and the United States are interested") == "lead"
    assert seg("000_f4da91c06dd0825c", "About whether China should fear") == "lead"
    assert seg("004_ec6862fe75d67182", "But on most of the world") == "lead"
    assert seg("000_f4da91c06dd0825c", "If this fat-bellied woman") == "comment"
