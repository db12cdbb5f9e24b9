"""Errors for bad input, each naming the file and what to do about it.

Every problem a user can cause by editing ``seeds/`` raises a subclass of ``SeedError``, so a
notebook can catch them all at once while tests can check for the specific kind. Messages say
which file is at fault and how to fix it, because the person reading them is an analyst who has
just dropped in a new article, not the author of the loader.
"""

from __future__ import annotations


class SeedError(ValueError):
    """Base class: the seeds folder or its catalog cannot be read as a corpus."""


class SeedsFolderMissing(SeedError):
    """The seeds folder does not exist."""


class CatalogError(SeedError):
    """The catalog file is missing, unreadable, or a record lacks a required field."""


class DuplicateId(SeedError):
    """Two catalog records share one ``doc_id``."""


class UncataloguedText(SeedError):
    """A text file in ``seeds/`` has no catalog record."""


class MissingText(SeedError):
    """A catalog record names a text file that is not in ``seeds/``."""


class EmptyText(SeedError):
    """A text file holds nothing but white space."""


class NotUtf8(SeedError):
    """A text file's bytes are not valid UTF-8."""
