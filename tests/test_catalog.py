"""Bad input gets one specific error naming the file and the fix; new articles flow through."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from helpers import load_sentences
from helpers.catalog import catalog_table
from helpers.errors import (
    CatalogError,
    DuplicateId,
    EmptyText,
    MissingText,
    NotUtf8,
    SeedError,
    SeedsFolderMissing,
    UncataloguedText,
)

FOURTH = """Moscow and Beijing sign a new trade pact

Russia and China signed a trade agreement on Monday, officials said.

The deal expands cooperation in energy, says Jane Doe. It also eases sanctions pressure.

According to US officials, Washington is watching closely.
"""
FOURTH_RECORD = {
    "doc_id": "009_test_article",
    "title": "Moscow and Beijing sign a new trade pact",
    "author": "Jane Doe",
    "author_aliases": ["Jane Doe", "Doe"],
    "form": "news",
    "outlet": "Test Wire",
}


def _add_record(seeds: Path, record: dict[str, object]) -> None:
    path = seeds / "catalog.yml"
    records = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump([*records, record], allow_unicode=True), encoding="utf-8")


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SeedsFolderMissing, match=re.escape(str(tmp_path / "nope"))):
        load_sentences(tmp_path / "nope")


def test_text_without_record(seeds_copy: Path) -> None:
    (seeds_copy / "010_orphan.txt").write_text("Title\n\nText.\n", encoding="utf-8")
    with pytest.raises(UncataloguedText, match=r"010_orphan\.txt.*Add a record with doc_id: 010_orphan"):
        load_sentences(seeds_copy)


def test_record_without_text(seeds_copy: Path) -> None:
    _add_record(seeds_copy, FOURTH_RECORD)
    with pytest.raises(MissingText, match=r"009_test_article\.txt.*Add the file or remove the record"):
        load_sentences(seeds_copy)


def test_empty_file(seeds_copy: Path) -> None:
    _add_record(seeds_copy, FOURTH_RECORD)
    (seeds_copy / "009_test_article.txt").write_text(" \n\n", encoding="utf-8")
    with pytest.raises(EmptyText, match=r"009_test_article\.txt: the file is empty"):
        load_sentences(seeds_copy)


def test_not_utf8(seeds_copy: Path) -> None:
    _add_record(seeds_copy, FOURTH_RECORD)
    (seeds_copy / "009_test_article.txt").write_bytes("Россия и Китай\n".encode("cp1251"))
    with pytest.raises(NotUtf8, match=r"009_test_article\.txt: byte 0 is not UTF-8\. Re-save the file as UTF-8"):
        load_sentences(seeds_copy)


def test_duplicate_ids(seeds_copy: Path) -> None:
    _add_record(seeds_copy, {**FOURTH_RECORD, "doc_id": "000_f4da91c06dd0825c"})
    with pytest.raises(DuplicateId, match=r"catalog\.yml: doc_id 000_f4da91c06dd0825c appears twice"):
        load_sentences(seeds_copy)


def test_incomplete_record_and_bad_form(seeds_copy: Path) -> None:
    _add_record(seeds_copy, {k: v for k, v in FOURTH_RECORD.items() if k != "author"})
    with pytest.raises(CatalogError, match=r"record 009_test_article lacks author"):
        load_sentences(seeds_copy)


def test_unknown_form(seeds_copy: Path) -> None:
    _add_record(seeds_copy, {**FOURTH_RECORD, "form": "essay"})
    (seeds_copy / "009_test_article.txt").write_text(FOURTH, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"form 'essay'; use one of retelling, interview, news"):
        load_sentences(seeds_copy)


def test_missing_catalog(seeds_copy: Path) -> None:
    (seeds_copy / "catalog.yml").unlink()
    with pytest.raises(CatalogError, match=r"catalog\.yml: no catalog"):
        load_sentences(seeds_copy)


def test_all_errors_share_a_base_class() -> None:
    for exc in (SeedsFolderMissing, CatalogError, DuplicateId, UncataloguedText, MissingText, EmptyText, NotUtf8):
        assert issubclass(exc, SeedError) and issubclass(exc, ValueError)


def test_bom_and_crlf_read_transparently(seeds_copy: Path) -> None:
    plain = load_sentences(seeds_copy)
    path = seeds_copy / "002_f32821d07868df5d.txt"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\n", b"\r\n"))
    assert load_sentences(seeds_copy).equals(plain)


def test_a_fourth_article_flows_through(seeds_copy: Path) -> None:
    _add_record(seeds_copy, FOURTH_RECORD)
    (seeds_copy / "009_test_article.txt").write_text(FOURTH, encoding="utf-8")
    table = load_sentences(seeds_copy)
    new = table[table["doc_id"] == "009_test_article"]
    assert list(new["segment"]) == ["headline", "lead", "body", "body", "body"]
    assert list(new["voice"]) == ["outlet", "outlet", "expert", "outlet", "other_source"]
    assert list(new["sentence"]) == [1, 2, 3, 4, 5]
    assert new["author"].unique().tolist() == ["Jane Doe"]
    assert table["doc_id"].nunique() == 4
    assert "009_test_article" in set(catalog_table(seeds_copy)["doc_id"])
