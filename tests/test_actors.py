"""The actor finder: which states a sentence names, and so which dyad it discusses.

The dyad shares in the notebooks are only as good as these references, and the texts are full of
traps (a sea named after China, a pronoun spelled like a country, a news agency named after
Russia), so each rule of the module docstring has a test here.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from helpers.actors import (
    ACTOR_NAMES,
    ACTOR_PATTERNS,
    ACTORS,
    DYADS,
    PRINCIPALS,
    actor_matches,
    add_actors,
    dyads,
    find_actors,
)


def test_actor_ids() -> None:
    """The ids are column names and legend keys across notebooks; they must not drift."""
    assert ACTORS == ("RU", "US", "CN", "EU", "IN", "JP", "UA", "KP", "NATO", "WEST")
    assert PRINCIPALS == ("RU", "US", "CN")
    assert set(ACTOR_PATTERNS) == set(ACTORS) == set(ACTOR_NAMES)


def test_every_actor_pattern_compiles_and_starts_at_a_word_boundary() -> None:
    for actor, patterns in ACTOR_PATTERNS.items():
        for pattern in patterns:
            for regex in (pattern.regex, *pattern.exclude):
                re.compile(regex)
            assert pattern.regex.startswith(r"\b"), f"{actor}: {pattern.regex}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names, abbreviations and the translations' own names
        ("The Russian Federation and the PRC signed it.", {"RU", "CN"}),
        ("The USSR and the Soviet Union are one state.", {"RU"}),
        ("The U.S. and the USA and America agree.", {"US"}),
        ("It was the initiative of the States.", {"US"}),
        ("The States withdrew from the treaty.", {"US"}),
        ("Celestial remains a source of technology.", {"CN"}),
        # demonyms and adjectives
        ("Russian, American and Chinese diplomats met.", {"RU", "US", "CN"}),
        ("Russian Defense Minister Sergei Shoigu spoke.", {"RU"}),
        ("The Chinese expert disagreed.", {"CN"}),
        # capitals and seats of power
        ("Moscow, the Kremlin, Washington, the Pentagon and Beijing.", {"RU", "US", "CN"}),
        # heads of state, administrations, named officials
        ("Putin met Xi after talking to Trump.", {"RU", "CN", "US"}),
        ("The Clinton administration and the Obama reset.", {"US"}),
        ("Lavrov, Shoygu and Polyansky answered Kerry and Countryman.", {"RU", "US"}),
        ("Geng Shuang said so; Gen Shuang repeated it.", {"CN"}),
    ],
)
def test_references_that_count(text: str, expected: set[str]) -> None:
    assert find_actors(text) == expected, actor_matches(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tensions are rising in the South China Sea and the East China Sea.", set()),
        ("He wrote for a Chinese-language newspaper in Singapore.", set()),
        ("Let us discuss the status of the campus bus, thus.", set()),  # "us" and "US" inside words
        ("TELL US ABOUT THE BUS.", set()),  # the pronoun in capitals
        ("He told RIA Novosti that the test was a mistake.", set()),
        ("Sputnik reported it, quoting The Washington Post.", set()),
        ("UN member states and other states disagree.", set()),
        ("These states are interested in stability.", set()),
        ("The West and NATO expanded eastward.", {"WEST", "NATO"}),  # neither counts as US
        ("Both countries need each other, and we know it.", set()),
        ("He is interested in her as a partner.", set()),
        ("The former Soviet republics and the post-Soviet space.", set()),
        ("A kind of Asian NATO may arise.", set()),
        ("Celestial remains a source of non-Western technologies.", {"CN"}),
        ("Latin American markets are trumping expectations.", set()),
    ],
)
def test_traps_that_do_not_count(text: str, expected: set[str]) -> None:
    assert find_actors(text) == expected, actor_matches(text)


def test_mixed_trap_sentences_keep_the_real_reference() -> None:
    """A trap vetoes only its own words: the real China in the same sentence still counts."""
    assert find_actors("China rejects claims in the South China Sea.") == {"CN"}
    assert find_actors("The Chinese-language press says Chinese firms invest.") == {"CN"}
    assert find_actors("Let us ask whether the US will act.") == {"US"}
    assert find_actors("The United States and other states voted.") == {"US"}


def test_north_american_counts_as_us() -> None:
    """A documented call: the Russian-language press uses "North American" for the USA."""
    assert find_actors("North American partners were not consulted.") == {"US"}


def test_other_actors() -> None:
    assert find_actors("Develop relations with the EU, Japan and India.") == {"EU", "JP", "IN"}
    assert find_actors("Kyiv and Pyongyang; the North Korean issue; the DPRK.") == {"UA", "KP"}
    assert find_actors("South Korea and the Indian Ocean.") == set()
    assert find_actors("The collective West and Western-oriented order.") == {"WEST"}


def test_actor_matches_lists_the_words_in_order() -> None:
    """The evidence behind each actor, for auditing and keyword-in-context tables."""
    matches = actor_matches("Moscow’s interaction with Washington and Russia's place.")
    assert matches == {"RU": ["Moscow", "Russia"], "US": ["Washington"]}
    assert list(actor_matches("NATO, then China, then Russia")) == ["RU", "CN", "NATO"]  # ACTORS order


def test_finding_is_pure() -> None:
    text = "Beijing blamed the United States for the protests in Moscow."
    assert find_actors(text) == find_actors(text) == {"CN", "US", "RU"}
    assert actor_matches(text) == actor_matches(text)


def test_a_non_string_is_refused() -> None:
    with pytest.raises(TypeError):
        find_actors(3.0)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("actors", "expected"),
    [
        ({"RU", "US", "CN"}, ["RU–US", "RU–CN", "US–CN"]),
        (("CN", "RU"), ["RU–CN"]),
        (["US", "CN", "WEST", "NATO"], ["US–CN"]),
        ({"RU", "WEST"}, []),  # the West is not the United States
        ({"RU"}, []),
        ((), []),
    ],
)
def test_dyads(actors: object, expected: list[str]) -> None:
    """A dyad is discussed when both its members are referenced; the order is fixed."""
    assert dyads(actors) == expected  # type: ignore[arg-type]


def test_dyads_accept_any_iterable_and_use_en_dashes() -> None:
    assert dyads(a for a in ("US", "RU")) == ["RU–US"]
    assert list(DYADS) == ["RU–US", "RU–CN", "US–CN"]
    assert all("\u2013" in name for name in DYADS)


def test_add_actors_keeps_rows_and_adds_the_columns() -> None:
    table = pd.DataFrame(
        {
            "doc_id": ["z", "y", "x"],
            "text": ["Moscow and Beijing agree.", None, "We talked to the States about China."],
        },
        index=[5, 9, 2],
    )
    before = table.copy()
    coded = add_actors(table)
    pd.testing.assert_frame_equal(table, before)  # the input is untouched
    assert list(coded.index) == [5, 9, 2]
    assert list(coded["doc_id"]) == ["z", "y", "x"]
    assert list(coded.columns) == ["doc_id", "text", "actors", "actor_RU", "actor_US", "actor_CN"]
    assert list(coded["actors"]) == [("CN", "RU"), (), ("CN", "US")]
    assert list(coded["actor_RU"]) == [True, False, False]
    assert list(coded["actor_US"]) == [False, False, True]
    assert list(coded["actor_CN"]) == [True, False, True]
    assert all(coded[f"actor_{a}"].dtype == bool for a in PRINCIPALS)
    assert [dyads(a) for a in coded["actors"]] == [["RU–CN"], [], ["US–CN"]]
    pd.testing.assert_frame_equal(add_actors(table), coded)  # pure: same input, same output


def test_the_misspelt_spokesman_alone_is_china() -> None:
    # "Gen Shuang" on its own (004, sentence 24) must count: a test that also named "Geng" hid a miss.
    assert find_actors("– This is interference, – said Gen Shuang, commenting on protests.") == {"CN"}
