"""The article catalog and the raw texts it describes, read with clear errors.

The catalog (``seeds/catalog.yml``) holds one record per article, keyed by the text file's stem.
It is where a reader learns what each text is (who wrote it, where it first ran, who republished
it, when, in what state the English is) and where the loader learns the two facts it needs about
a new article: the featured analyst's names and the article's form (a retelling, an interview or
plain news). Adding an article means adding a ``.txt`` file and one record; no code changes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml

from helpers.errors import (
    CatalogError,
    DuplicateId,
    EmptyText,
    MissingText,
    NotUtf8,
    SeedsFolderMissing,
    UncataloguedText,
)
from helpers.paths import SEEDS_DIR

CATALOG_NAME = "catalog.yml"
#: How the featured analyst's words reach the page, which sets the body's default voice.
FORMS = ("retelling", "interview", "news")
REQUIRED_FIELDS = ("doc_id", "title", "author", "author_aliases", "form", "outlet")


@dataclass(frozen=True)
class Record:
    """One catalog record: the facts the loader needs, plus everything a reader needs."""

    doc_id: str
    title: str
    author: str
    author_aliases: tuple[str, ...]
    form: str
    outlet: str
    extra: dict[str, object] = field(default_factory=dict, compare=False)


def _seeds(seeds_dir: Path | str | None) -> Path:
    path = Path(seeds_dir) if seeds_dir is not None else SEEDS_DIR
    if not path.is_dir():
        raise SeedsFolderMissing(
            f"{path}: the seeds folder does not exist. Create it and put the article texts "
            f"(.txt) and {CATALOG_NAME} in it, or pass seeds_dir= pointing at the folder that has them."
        )
    return path


def read_catalog(seeds_dir: Path | str | None = None) -> list[Record]:
    """Read and check ``catalog.yml``: every record complete, its form known, ids unique."""
    folder = _seeds(seeds_dir)
    path = folder / CATALOG_NAME
    if not path.is_file():
        raise CatalogError(
            f"{path}: no catalog. Add {CATALOG_NAME} with one record per article "
            f"(fields: {', '.join(REQUIRED_FIELDS)})."
        )
    try:
        raw = yaml.safe_load(read_text(path))
    except yaml.YAMLError as exc:
        raise CatalogError(f"{path}: not valid YAML ({exc}). Fix the syntax at the line shown.") from exc
    if not isinstance(raw, list) or not raw:
        raise CatalogError(f"{path}: expected a YAML list of article records, one per text file.")
    records: list[Record] = []
    seen: set[str] = set()
    for i, item in enumerate(raw, start=1):
        if not isinstance(item, dict):
            raise CatalogError(f"{path}: record {i} is not a mapping of field: value.")
        missing = [f for f in REQUIRED_FIELDS if not item.get(f)]
        if missing:
            who = item.get("doc_id", f"number {i}")
            raise CatalogError(f"{path}: record {who} lacks {', '.join(missing)}. Fill them in.")
        doc_id = str(item["doc_id"])
        if doc_id in seen:
            raise DuplicateId(
                f"{path}: doc_id {doc_id} appears twice. Each text file gets exactly one record; "
                "remove or rename the duplicate."
            )
        seen.add(doc_id)
        if item["form"] not in FORMS:
            raise CatalogError(
                f"{path}: record {doc_id} has form {item['form']!r}; use one of {', '.join(FORMS)}."
            )
        aliases = item["author_aliases"]
        if isinstance(aliases, str) or not all(isinstance(a, str) for a in aliases):
            raise CatalogError(f"{path}: record {doc_id}: author_aliases must be a list of names.")
        known = {"doc_id", "title", "author", "author_aliases", "form", "outlet"}
        records.append(
            Record(
                doc_id=doc_id,
                title=str(item["title"]),
                author=str(item["author"]),
                author_aliases=tuple(aliases),
                form=str(item["form"]),
                outlet=str(item["outlet"]),
                extra={k: v for k, v in item.items() if k not in known},
            )
        )
    return records


def read_text(path: Path) -> str:
    """A seed file's text: UTF-8, with a byte-order mark dropped and CRLF or CR made LF."""
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotUtf8(
            f"{path}: byte {exc.start} is not UTF-8. Re-save the file as UTF-8 "
            "(for example: iconv -f cp1251 -t utf-8 old.txt > new.txt)."
        ) from exc
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_texts(seeds_dir: Path | str | None = None) -> list[tuple[Record, str]]:
    """Pair each catalog record with its text, in doc_id order, checking both directions.

    Every ``.txt`` in the folder needs a record and every record needs its ``.txt``: a text the
    catalog does not know would otherwise vanish from the study without anyone noticing.
    """
    folder = _seeds(seeds_dir)
    records = read_catalog(folder)
    by_id = {r.doc_id: r for r in records}
    files = sorted(folder.glob("*.txt"))
    for f in files:
        if f.stem not in by_id:
            raise UncataloguedText(
                f"{f}: this text has no record in {folder / CATALOG_NAME}. Add a record with "
                f"doc_id: {f.stem} (see the existing records for the fields)."
            )
    pairs: list[tuple[Record, str]] = []
    for record in sorted(records, key=lambda r: r.doc_id):
        path = folder / f"{record.doc_id}.txt"
        if not path.is_file():
            raise MissingText(
                f"{path}: the catalog has a record for {record.doc_id} but the text file is missing. "
                "Add the file or remove the record."
            )
        text = read_text(path)
        if not text.strip():
            raise EmptyText(
                f"{path}: the file is empty. Paste the article text into it or remove it and its record."
            )
        pairs.append((record, text))
    return pairs


def catalog_table(seeds_dir: Path | str | None = None) -> pd.DataFrame:
    """The catalog as a table, one row per article, for showing provenance in a notebook."""
    rows = []
    for r in read_catalog(seeds_dir):
        rows.append(
            {
                "doc_id": r.doc_id,
                "title": r.title,
                "author": r.author,
                "form": r.form,
                "outlet": r.outlet,
                **r.extra,
            }
        )
    return pd.DataFrame(rows).sort_values("doc_id", ignore_index=True)
