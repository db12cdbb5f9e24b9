"""Helpers for the Russia–US–China framing bundle: load the articles, code them, measure them.

Importing the package does nothing but define functions: no file is read, no style is set.
The public entry points, one per step of the study:

* :func:`load_sentences` — the sentence table (one row per sentence, segment and voice);
* :func:`code_themes`, :func:`find_actors` — the codebook's themes and the countries of a sentence;
* :func:`add_sentiment`, :func:`relation_tone` — TextBlob and VADER scores, and the study's tone;
* :func:`code_sentences` — all of the above for a whole table.
"""

from helpers.actors import add_actors, find_actors
from helpers.catalog import catalog_table, read_catalog
from helpers.corpus import article_sentences, author_order, load_sentences
from helpers.errors import SeedError
from helpers.pipeline import code_sentences
from helpers.sentiment import add_sentiment
from helpers.text import count_words, split_sentences, tokenize_words
from helpers.themes import add_themes, code_themes
from helpers.tone import relation_tone

__all__ = [
    "SeedError",
    "add_actors",
    "add_sentiment",
    "add_themes",
    "article_sentences",
    "author_order",
    "catalog_table",
    "code_sentences",
    "code_themes",
    "count_words",
    "find_actors",
    "load_sentences",
    "read_catalog",
    "relation_tone",
    "split_sentences",
    "tokenize_words",
]
