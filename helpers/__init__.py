"""Helpers for the Russia–US–China framing bundle: load the articles, code them, measure them.

Importing the package does nothing but define functions: no file is read, no style is set.
"""

from helpers.catalog import catalog_table, read_catalog
from helpers.corpus import article_sentences, load_sentences
from helpers.errors import SeedError
from helpers.text import count_words, split_sentences, tokenize_words

__all__ = [
    "SeedError",
    "article_sentences",
    "catalog_table",
    "count_words",
    "load_sentences",
    "read_catalog",
    "split_sentences",
    "tokenize_words",
]
