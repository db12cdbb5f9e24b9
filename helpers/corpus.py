"""The sentence table: one row per sentence of every catalogued article, in reading order.

This table is the bundle's backbone. Every later result (theme shares, actor counts, sentiment,
framing) is a group-by of it, so each row carries what those group-bys need: where the sentence
stands (document, paragraph, sentence, source line), what part of the page it is (segment) and
who speaks in it (voice, speaker). Page furniture stays in the table, one row per line, labelled
as such, so that what the loader set aside can be shown and counted rather than silently lost.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from helpers.catalog import load_texts
from helpers.layout import ARTICLE_SEGMENTS, FURNITURE_SEGMENTS, parse_layout
from helpers.text import count_words, split_sentences
from helpers.voice import assign_voices

COLUMNS = (
    "doc_id", "author", "outlet", "paragraph", "sentence", "line", "text", "n_words",
    "segment", "voice", "speaker", "comment_no", "commenter", "comment_time",
)


def load_sentences(seeds_dir: Path | str | None = None) -> pd.DataFrame:
    """Read every catalogued article in ``seeds_dir`` (default: the bundle's ``seeds/``).

    Returns a DataFrame with the columns in :data:`COLUMNS`, sorted by ``doc_id`` and position:
    ``paragraph`` and ``sentence`` count from 1 within each document, ``line`` is the line of
    the raw file the paragraph starts on. Raises a :class:`helpers.errors.SeedError` subclass
    naming the file and the fix when the folder or a text cannot be read.
    """
    rows: list[dict[str, object]] = []
    for record, text in load_texts(seeds_dir):
        blocks = parse_layout(text)
        sentences = [
            [b.text] if b.segment in FURNITURE_SEGMENTS else split_sentences(b.text) for b in blocks
        ]
        voices = assign_voices(
            blocks, sentences, record.form, record.author, record.author_aliases, record.outlet
        )
        n = 0
        for block, sents, attrs in zip(blocks, sentences, voices, strict=True):
            for sentence, attribution in zip(sents, attrs, strict=True):
                n += 1
                rows.append(
                    {
                        "doc_id": record.doc_id,
                        "author": record.author,
                        "outlet": record.outlet,
                        "paragraph": block.paragraph,
                        "sentence": n,
                        "line": block.line,
                        "text": sentence,
                        "n_words": count_words(sentence),
                        "segment": block.segment,
                        "voice": attribution.voice,
                        "speaker": attribution.speaker,
                        "comment_no": block.comment_no,
                        "commenter": block.commenter,
                        "comment_time": block.comment_time,
                    }
                )
    table = pd.DataFrame(rows, columns=list(COLUMNS))
    table["comment_no"] = table["comment_no"].astype("Int64")
    return table


def article_sentences(table: pd.DataFrame) -> pd.DataFrame:
    """Only the article's own sentences: headline, lead and body (no furniture, no comments)."""
    return table[table["segment"].isin(ARTICLE_SEGMENTS)].reset_index(drop=True)


def author_order(table: pd.DataFrame) -> list[str]:
    """The analysts in document order (000, 002, 004, then any added article): every table and
    figure of the bundle lists them this way."""
    return table.sort_values(["doc_id", "sentence"])["author"].drop_duplicates().tolist()
