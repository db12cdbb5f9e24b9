"""The theme coder: the codebook file is valid data, and the coder does what the codebook says.

Every count of themes in the notebooks rests on these patterns, so each theme has a sentence it
must code and a look-alike it must not, written for these tests rather than copied from the
corpus (the patterns are meant to generalise to new articles on the same subject).
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pandas as pd
import pytest
import yaml

from helpers.paths import PACKAGE_DIR
from helpers.themes import (
    CODEBOOK_PATH,
    THEMES,
    CodebookError,
    Theme,
    add_themes,
    code_themes,
    codebook_table,
    load_codebook,
    theme_matches,
)

FRAMES = ("cooperation", "confrontation")


# --- the codebook file -------------------------------------------------------------------------


def test_codebook_lives_in_the_package() -> None:
    """The YAML ships with the package (package-data *.yml), next to themes.py."""
    assert CODEBOOK_PATH == PACKAGE_DIR / "codebook.yml"
    assert CODEBOOK_PATH.is_file()


def test_codebook_is_versioned_and_lists_the_nine_themes_in_order() -> None:
    """THEMES is a literal (importing reads no file), so it must agree with the file it mirrors."""
    raw = yaml.safe_load(CODEBOOK_PATH.read_text(encoding="utf-8"))
    assert raw["version"] == 1
    assert tuple(entry["id"] for entry in raw["themes"]) == THEMES
    assert tuple(t.id for t in load_codebook()) == THEMES
    assert len(THEMES) == 9


def test_every_theme_is_documented() -> None:
    """A reviewer must be able to read what each code means and where its edges are."""
    for theme in load_codebook():
        for field in ("label", "definition", "include", "exclude"):
            assert getattr(theme, field).strip(), f"{theme.id} has an empty {field}"
        assert theme.patterns, f"{theme.id} has no patterns"


def test_only_cooperation_and_confrontation_are_frames() -> None:
    """Topics say what a sentence is about; the two frames say how it casts the relation."""
    kinds = {t.id: t.kind for t in load_codebook()}
    assert {k for k, v in kinds.items() if v == "frame"} == set(FRAMES)
    assert {v for v in kinds.values()} == {"topic", "frame"}


def test_every_pattern_and_veto_compiles_and_starts_at_a_word_boundary() -> None:
    """A pattern that does not start at \\b would fire inside longer words ("us" in "campus")."""
    for theme in load_codebook():
        regexes = [p.regex for p in theme.patterns]
        assert len(regexes) == len(set(regexes)), f"{theme.id} repeats a pattern"
        for pattern in theme.patterns:
            for regex in (pattern.regex, *pattern.exclude):
                re.compile(regex, re.IGNORECASE)
            assert pattern.regex.startswith((r"\b", r"(?-i:\b")), f"{theme.id}: {pattern.regex}"


def test_themes_are_frozen_and_the_list_is_a_fresh_copy() -> None:
    """The cache must not be corruptible by a caller who edits what it was given."""
    first = load_codebook()
    with pytest.raises(dataclasses.FrozenInstanceError):
        first[0].label = "changed"  # type: ignore[misc]
    first.clear()
    second = load_codebook()
    assert [t.id for t in second] == list(THEMES)
    assert second[0] is load_codebook()[0]  # read once, then served from the cache
    assert all(isinstance(t, Theme) for t in second)


def _write(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "codebook.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _good_entry(**changes: object) -> dict[str, object]:
    entry: dict[str, object] = {
        "id": "toy",
        "label": "Toy",
        "kind": "topic",
        "definition": "A toy theme.",
        "include": "Toys.",
        "exclude": "Tools.",
        "patterns": [r"\btoys?\b"],
    }
    entry.update(changes)
    return entry


def test_a_valid_toy_codebook_loads(tmp_path: Path) -> None:
    """The loader reads any codebook path, so a test or a reviewer can try an alternative."""
    path = _write(
        tmp_path, {"version": 1, "themes": [_good_entry(patterns=[{"pattern": r"\bx\b", "exclude": ["y"]}])]}
    )
    (theme,) = load_codebook(path)
    assert theme.id == "toy" and theme.patterns[0].exclude == ("y",)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"version": 2, "themes": [_good_entry()]}, "version"),
        ({"version": 1, "themes": []}, "non-empty list"),
        (
            {"version": 1, "themes": [{k: v for k, v in _good_entry().items() if k != "exclude"}]},
            "lacks exclude",
        ),
        ({"version": 1, "themes": [_good_entry(definition="  ")]}, "definition"),
        ({"version": 1, "themes": [_good_entry(kind="tone")]}, "kind"),
        ({"version": 1, "themes": [_good_entry(patterns=[r"\b(unclosed"])]}, "does not compile"),
        (
            {"version": 1, "themes": [_good_entry(patterns=[{"pattern": r"\bx", "exclude": ["(bad"]}])]},
            "does not compile",
        ),
        ({"version": 1, "themes": [_good_entry(patterns=[{"regex": r"\bx"}])]}, "a pattern is"),
        ({"version": 1, "themes": [_good_entry(), _good_entry()]}, "unique"),
    ],
)
def test_a_broken_codebook_is_refused_with_the_reason(tmp_path: Path, data: object, message: str) -> None:
    """Editing the YAML is how the codebook changes; a mistake must fail loudly, naming the fix."""
    path = _write(tmp_path, data)
    with pytest.raises(CodebookError, match=message):
        load_codebook(path)


def test_a_missing_codebook_is_refused(tmp_path: Path) -> None:
    with pytest.raises(CodebookError, match="no codebook"):
        load_codebook(tmp_path / "absent.yml")


def test_codebook_table_has_one_row_per_theme() -> None:
    """The notebook renders this table as the codebook appendix."""
    table = codebook_table()
    assert list(table.columns) == ["id", "label", "kind", "definition", "include", "exclude", "n_patterns"]
    assert tuple(table["id"]) == THEMES
    assert list(table["n_patterns"]) == [len(t.patterns) for t in load_codebook()]
    assert (table["n_patterns"] > 0).all()


# --- coding behaviour --------------------------------------------------------------------------

# (theme, a sentence that must get it, a look-alike that must not)
HITS_AND_MISSES = [
    (
        "military_security",
        "Both navies will hold drills near the disputed islands.",
        "The Security Council met on Tuesday to discuss energy security.",
    ),
    (
        "military_security",
        "Washington pulled out of the arms control treaty.",
        "She welcomed them with open arms.",
    ),
    (
        "military_security",
        "The fight against terrorism unites the two capitals.",
        "The trade war and the Cold War are different things.",
    ),
    (
        "economy_trade",
        "Exports of grain to Asia rose sharply last year.",
        "It is important to note that he teaches at the Higher School of Economics.",
    ),
    ("economy_trade", "New sanctions hit the banking sector.", "The West Bank remains occupied."),
    (
        "world_order",
        "Beijing wants a multipolar world without a single hegemon.",
        "Terrorism is a global challenge for every country.",
    ),
    (
        "world_order",
        "Moscow fears becoming a junior partner of its neighbour.",
        "The decision may influence the vote.",
    ),
    (
        "ideology_domestic",
        "The opposition accused the regime of rigging the elections.",
        "The Chinese side values Russia's position.",
    ),
    (
        "ideology_domestic",
        "Patriotism and traditional values are at the heart of the strategy.",
        "The ministry lodged a formal protest with the embassy.",
    ),
    (
        "trust_perception",
        "Neither side trusts the other, and suspicion runs deep.",
        "It is understandable that the meeting was short.",
    ),
    (
        "trust_perception",
        "Each capital sees itself as the injured party.",
        "They do not believe the figures.",
    ),
    (
        "history",
        "Relations never recovered from the war in Yugoslavia.",
        "The two leaders have known each other for a long time and met before.",
    ),
    (
        "history",
        "In the 1990s the sides spoke of a strategic partnership.",
        "The historic visit lasted two days.",
    ),
    (
        "diplomacy_institutions",
        "The foreign ministers will meet at the BRICS summit.",
        "The Diplomat published the essay in English.",
    ),
    (
        "diplomacy_institutions",
        "Moscow refused to extend the agreement on cultural exchanges.",
        "The firm signed investment agreements worth billions.",
    ),
    (
        "cooperation",
        "The partners agreed to deepen ties and act together.",
        "After the Soviet Union fell, the European Union expanded eastward.",
    ),
    ("cooperation", "A thaw between the two capitals is in sight.", "The nation needs to remain united."),
    (
        "confrontation",
        "Tensions between the rivals are rising.",
        "They discussed competitive products and the fight against terrorism.",
    ),
    (
        "confrontation",
        "Washington is trying to drive a wedge between its opponents.",
        "The report was divided into three parts against the background of the summit.",
    ),
]


@pytest.mark.parametrize(("theme", "hit", "miss"), HITS_AND_MISSES)
def test_each_theme_has_a_hit_and_a_miss(theme: str, hit: str, miss: str) -> None:
    """The codebook's include and exclude notes, made executable."""
    assert theme in code_themes(hit), theme_matches(hit)
    assert theme not in code_themes(miss), theme_matches(miss)


def test_every_theme_is_exercised_by_a_hit() -> None:
    assert {theme for theme, _, _ in HITS_AND_MISSES} == set(THEMES)


def test_one_sentence_can_carry_both_frames() -> None:
    """Framing is not a single choice: a sentence can unite with one power against another."""
    assert set(FRAMES) <= code_themes("Russia is likely to unite with China against the United States.")
    assert set(FRAMES) <= code_themes("The two sides need to work together, not quarrel.")


def test_negation_does_not_veto_a_theme() -> None:
    """Lacking cooperation is still talk about cooperation; the codebook codes the subject."""
    assert "cooperation" in code_themes("Both countries lack an efficient mechanism for cooperation.")
    assert "trust_perception" in code_themes("The lack of trust is the core problem.")


def test_sentences_are_multi_label() -> None:
    themes = code_themes("The deployment of missiles in Europe aggravated relations and hurt trade.")
    assert {"military_security", "confrontation", "economy_trade"} <= themes


def test_a_neutral_sentence_and_an_empty_one_get_no_theme() -> None:
    assert code_themes("The weather in the capital was mild on Tuesday.") == set()
    assert code_themes("") == set()


def test_patterns_do_not_fire_inside_longer_words() -> None:
    """Word boundaries keep "import" out of "important" and "accuse" out of "accustomed"."""
    assert code_themes("It is important that he was accustomed to acting competently.") == set()


def test_theme_matches_returns_the_triggering_words_in_codebook_order() -> None:
    """The evidence for each code, for highlighting and keyword-in-context tables."""
    matches = theme_matches("America has nothing to offer Russia except sanctions")
    assert matches == {"economy_trade": ["sanctions"], "confrontation": ["sanctions"]}
    text = "The trade war and the missile tests worried Beijing; the trade war went on."
    matches = theme_matches(text)
    assert list(matches) == [t for t in THEMES if t in matches]
    assert matches["confrontation"] == ["trade war", "trade war"]  # the nested "trade" is not repeated
    assert matches["military_security"] == ["missile"]
    assert set(matches) == code_themes(text)


def test_vetoes_only_remove_the_match_they_overlap() -> None:
    """'Soviet Union' vetoes its own 'Union', not a real union later in the sentence."""
    matches = theme_matches("Unlike the Soviet Union, a union of Russia and China is possible.")
    assert matches["cooperation"] == ["union"]


def test_coding_is_pure() -> None:
    """Same sentence, same codes: no state leaks between calls."""
    text = "Moscow and Beijing signed a roadmap and held joint exercises."
    assert code_themes(text) == code_themes(text)
    assert theme_matches(text) == theme_matches(text)


def test_a_non_string_is_refused() -> None:
    with pytest.raises(TypeError):
        code_themes(None)  # type: ignore[arg-type]


# --- the sentence table -----------------------------------------------------------------------


def _toy_table() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": ["b", "a", "c", "a"],
            "text": [
                "The rivals held joint military exercises.",
                "Nothing to see here.",
                None,
                "Trade grew despite sanctions.",
            ],
        },
        index=[10, 3, 7, 1],
    )


def test_add_themes_keeps_rows_and_adds_the_columns() -> None:
    table = _toy_table()
    before = table.copy()
    coded = add_themes(table)
    pd.testing.assert_frame_equal(table, before)  # the input is untouched
    assert list(coded.index) == [10, 3, 7, 1]
    assert list(coded["doc_id"]) == ["b", "a", "c", "a"]
    assert list(coded.columns) == ["doc_id", "text", "themes", *(f"theme_{t}" for t in THEMES)]
    assert coded.loc[10, "themes"] == ("confrontation", "cooperation", "military_security")
    assert coded.loc[3, "themes"] == ()
    assert coded.loc[7, "themes"] == ()  # a missing text codes as nothing
    assert coded.loc[1, "themes"] == ("confrontation", "economy_trade")
    for theme in THEMES:
        assert coded[f"theme_{theme}"].dtype == bool
        assert list(coded[f"theme_{theme}"]) == [theme in t for t in coded["themes"]]
    assert all(list(t) == sorted(t) for t in coded["themes"])


def test_add_themes_is_pure_and_handles_an_empty_table() -> None:
    table = _toy_table()
    pd.testing.assert_frame_equal(add_themes(table), add_themes(table))
    empty = add_themes(table.iloc[0:0])
    assert len(empty) == 0 and "themes" in empty.columns and "theme_history" in empty.columns


def test_add_themes_codes_the_corpus() -> None:
    """Smoke test on the real sentence table: every row kept, most article sentences coded."""
    from helpers import article_sentences, load_sentences

    sentences = article_sentences(load_sentences())
    coded = add_themes(sentences)
    assert len(coded) == len(sentences)
    assert coded["themes"].map(bool).mean() > 0.7
