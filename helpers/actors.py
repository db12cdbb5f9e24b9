"""Which states and blocs a sentence refers to, and so which of the three dyads it discusses.

The framing comparison asks how each analyst writes about Russia–US, Russia–China and US–China
relations, so each sentence needs the states it names. A reference is counted when the sentence
names the state itself, not when it merely talks about things near it. The rules for the three
principal actors (``RU``, ``US``, ``CN``):

* the name or its abbreviation: Russia, Russian Federation, RF; USSR and the Soviet Union also
  count as ``RU`` ("post-Soviet" and "former Soviet republics" do not: they are other states);
  United States, US, U.S., USA, America, "the States" (capital S, as the translations write the
  USA); China, PRC, and "Celestial" (the Celestial Empire, the translations' name for China);
* the demonym or adjective: Russian, American, Chinese ("Russian Defense Minister" is ``RU``);
* the capital or seat of power standing for the state: Moscow, Kremlin; Washington, Pentagon,
  White House, State Department; Beijing. A capital named as a place ("protests in Moscow") is
  counted too: in these texts the capital nearly always stands for the state, and a sentence set
  in the capital is about that state;
* heads of state and named administrations (Putin, Obama, Trump, the Clinton administration, Xi)
  and named officials (Lavrov, Shoigu/Shoygu, Polyansky; Kerry, Countryman; Geng Shuang, which
  the translation also spells "Gen Shuang").

Not counted: pronouns ("we", "he", "our country"), descriptions ("the northern neighbour",
"overseas", "both countries"), media outlets that carry a state's name or city (RIA Novosti,
Sputnik, Russia Today, The Washington Post), "China" in "South/East China Sea", the
"Chinese-language" or "Russian-language" press, lowercase "us" (the pronoun) and "US" inside other
words. "The West" and NATO are actors of their own (``WEST``, ``NATO``) and never count as ``US``.
An institution named after a state ("the China Center for Contemporary World Studies") counts, as
its name places it in that state. Judgement calls: "North America(n)" counts as ``US`` (the
Russian-language press uses it as a synonym for the USA, and the continent's politics are
Washington's), while Latin, South and Central America do not; "non-Western" does not count as
``WEST`` (it names what is not the West); "Asian NATO" (a hypothetical bloc) does not count as
``NATO``. Patterns are case-sensitive because case carries meaning here ("US" and "us", "the
States" and "member states"); an all-capitals headline is therefore not read.

>>> sorted(find_actors("Moscow and Beijing are shoulder to shoulder against the States."))
['CN', 'RU', 'US']
>>> dyads(find_actors("Tell us about the South China Sea, Mr. Lavrov."))
[]
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pandas as pd

from helpers.themes import CompiledRule, Pattern, _any_span, _screen, compile_patterns, match_spans

#: Actor ids: the three principal states first, then the others the analysts bring in.
ACTORS: tuple[str, ...] = ("RU", "US", "CN", "EU", "IN", "JP", "UA", "KP", "NATO", "WEST")
#: The three principal actors, whose pairs are the dyads.
PRINCIPALS: tuple[str, ...] = ("RU", "US", "CN")
#: Human names for tables and legends.
ACTOR_NAMES: dict[str, str] = {
    "RU": "Russia",
    "US": "United States",
    "CN": "China",
    "EU": "European Union",
    "IN": "India",
    "JP": "Japan",
    "UA": "Ukraine",
    "KP": "North Korea",
    "NATO": "NATO",
    "WEST": "the West",
}
#: The dyads in a fixed order, joined with an en dash, and the actor pair each one needs.
DYADS: dict[str, tuple[str, str]] = {"RU–US": ("RU", "US"), "RU–CN": ("RU", "CN"), "US–CN": ("US", "CN")}

#: Each actor's patterns, matched case-sensitively; an ``exclude`` regex vetoes a match it overlaps.
ACTOR_PATTERNS: dict[str, tuple[Pattern, ...]] = {
    "RU": (
        Pattern(r"\bRussia(?:n|ns)?\b", (r"\bRussian-language\b", r"\bRussia Today\b")),
        Pattern(r"\b(?:RF|USSR|U\.S\.S\.R\b)"),
        Pattern(r"\bSoviets?\b", (r"\b(?:post|ex)-Soviet\b", r"\b[Ff]ormer Soviet (?!Union\b)\w+")),
        Pattern(r"\b(?:Moscow|Kremlin)\b", (r"\bMoscow Times\b",)),
        Pattern(
            r"\b(?:Putin|Medvedev|Yeltsin|Gorbachev|Brezhnev|Khrushchev|Stalin|Lenin|Mishustin"
            r"|Lavrov|Sho[iy]gu|Polyansky|Nebenz[iy]a|Peskov|Zakharova|Ryabkov)\b"
        ),
    ),
    "US": (
        Pattern(r"\bUnited States\b"),
        Pattern(r"\bUS\b", (r"\b(?:LET|JOIN|HELP|TELL|GIVE|SHOW|OF|FOR|WITH|TO|BY|AMONG|ABOUT) US\b",)),
        Pattern(r"\bU\.S\.(?:A\.)?", (r"\bU\.S\.S\.R",)),
        Pattern(r"\bUSA\b"),
        Pattern(
            r"\bAmerica(?:ns?)?\b", (r"\b(?:Latin|South|Central|Pan|Ibero|Hispanic)[- ]America(?:ns?)?\b",)
        ),
        Pattern(r"\b[Tt]he States\b", (r"\b[Tt]he States[- ]Part(?:y|ies)\b",)),
        Pattern(
            r"\bWashington\b",
            (r"\bWashington (?:Post|Times|Examiner|Free Beacon)\b", r"\bGeorge Washington\b"),
        ),
        Pattern(r"\b(?:Pentagon|White House|State Department|Capitol Hill)\b"),
        Pattern(
            r"\b(?:Trump|Obama|Biden|Clinton|Bush|Reagan|Pompeo|Bolton|Kerry|Tillerson|Blinken|Countryman"
            r"|Esper|Mattis|Pence)\b"
        ),
    ),
    "CN": (
        Pattern(r"\bChina\b", (r"\b(?:South|East) China Sea\b",)),
        Pattern(r"\bChinese\b", (r"\bChinese-(?:language|speaking)\b",)),
        Pattern(r"\b(?:PRC|P\.R\.C\b)"),
        Pattern(r"\b(?:Celestial|Middle Kingdom)\b"),
        Pattern(r"\b(?:Beijing|Peking|Zhongnanhai)\b"),
        Pattern(r"\bSino-"),
        Pattern(
            r"\b(?:Xi|Jinping|Li Keqiang|Wang Yi|Geng? Shuang|Hua Chunying|Zhao Lijian|Wang Wenbin|Qin Gang"
            r"|Hu Jintao|Jiang Zemin|Deng Xiaoping|Mao(?: Zedong)?)\b"
        ),
    ),
    "EU": (
        Pattern(r"\b(?:EU|European Union|European Commission|Brussels)\b"),
        Pattern(r"\bE\.U\."),
    ),
    "IN": (
        Pattern(
            r"\b(?:India|Indians?|New Delhi|Delhi|Modi)\b",
            (r"\bIndian Ocean\b", r"\b(?:American|West) Indians?\b"),
        ),
    ),
    "JP": (Pattern(r"\b(?:Japan|Japanese|Tokyo|Shinzo Abe|Prime Minister Abe|Kishida)\b"),),
    "UA": (Pattern(r"\b(?:Ukrain(?:e|ian|ians)|Kiev|Kyiv|Zelensk(?:y|iy)|Poroshenko)\b"),),
    "KP": (Pattern(r"\b(?:North Korea(?:n|ns)?|DPRK|Pyongyang|Kim Jong[- ]?Un)\b"),),
    "NATO": (
        Pattern(r"\bNATO\b", (r"\b(?:Asian|Arab|Pacific|Eastern|Middle East(?:ern)?|Global) NATO\b",)),
        Pattern(r"\bNorth Atlantic (?:Alliance|Treaty Organi[sz]ation)\b"),
    ),
    "WEST": (
        Pattern(
            r"\bWest(?:ern|erners?)?\b",
            (
                r"\bnon-West(?:ern)?\b",
                r"\bWest (?:Bank|Virginia|Coast|Point|Africa|African|Asia|Asian|Germany|Berlin|Indies|Indian"
                r"|Ham|Philippine|Papua|Java|Midlands|Sussex|Yorkshire)\b",
                r"\bWestern (?:Sahara|Australia|Cape|Balkans|Ukraine|China)\b",
            ),
        ),
    ),
}


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, tuple[CompiledRule, ...]], ...]:
    return tuple((actor, compile_patterns(ACTOR_PATTERNS[actor], flags=0)) for actor in ACTORS)


@lru_cache(maxsize=1)
def _screened_rules() -> tuple[tuple[str, tuple[CompiledRule, ...], re.Pattern[str] | None], ...]:
    """Each actor's rules with one alternation of its patterns that rules the actor out in a
    single search (see ``helpers.themes._screen``); the rules decide when the screen finds something."""
    return tuple((actor, rules, _screen(ACTOR_PATTERNS[actor], flags=0)) for actor, rules in _rules())


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a sentence as str, got {type(value).__name__}: {value!r}")
    return value


def actor_matches(text: str) -> dict[str, list[str]]:
    """Actor id -> the substrings that refer to it, in text order, for the actors found.

    Keys follow :data:`ACTORS` order; actors without a reference are left out. Use it to audit
    :func:`find_actors` or to build a keyword-in-context table.
    """
    text = _text(text)
    found = ((actor, match_spans(text, rules)) for actor, rules in _rules())
    return {actor: [text[s:e] for s, e in spans] for actor, spans in found if spans}


def find_actors(text: str) -> set[str]:
    """The ids of every actor the sentence ``text`` refers to (empty set for none).

    The same set as ``set(actor_matches(text))``, found faster: an actor whose screen finds
    nothing is skipped, and an actor's rules stop at the first reference that counts.
    """
    text = _text(text)
    return {
        actor
        for actor, rules, screen in _screened_rules()
        if (screen is None or screen.search(text)) and _any_span(text, rules)
    }


def dyads(actors: Iterable[str]) -> list[str]:
    """The dyads whose two members are both among ``actors``, in the order of :data:`DYADS`.

    >>> dyads({"US", "CN", "WEST"})
    ['US–CN']
    >>> dyads(["RU", "US", "CN"])
    ['RU–US', 'RU–CN', 'US–CN']
    """
    present = set(actors)
    return [name for name, (a, b) in DYADS.items() if a in present and b in present]


def add_actors(sentences: pd.DataFrame, column: str = "text") -> pd.DataFrame:
    """A copy of ``sentences`` with ``actors`` (sorted tuple of ids) and ``actor_RU/US/CN`` flags.

    A missing text refers to no actor. Rows, their order and the index are kept, and the input is
    left untouched; pass the ``actors`` column through :func:`dyads` for the dyad of each row.
    """
    out = sentences.copy()
    found = [tuple(sorted(find_actors(v))) if isinstance(v, str) else () for v in out[column]]
    out["actors"] = pd.Series(found, index=out.index, dtype=object)
    for actor in PRINCIPALS:
        out[f"actor_{actor}"] = pd.Series([actor in f for f in found], index=out.index, dtype=bool)
    return out
