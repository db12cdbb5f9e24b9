"""Dictionary coding of themes: which topics and frames each sentence addresses.

The categories are a judgement call, so they live as data in ``helpers/codebook.yml`` (versioned,
one entry per theme with its definition, inclusion and exclusion notes and its regular
expressions) and this module only reads and applies them. A reviewer can audit the coder by
reading one YAML file, and :func:`theme_matches` shows which words triggered each code, so every
count in a figure can be traced back to the strings that produced it.

Coding rules, as the codebook states them:

* the unit is one sentence, judged on its own words (no context from neighbouring sentences);
* themes are multi-label: a sentence gets every theme one of whose patterns matches it;
* patterns are case-insensitive regular expressions anchored at word boundaries; a pattern's
  ``exclude`` regexes veto any match they overlap, which is how "Soviet Union" stays out of the
  cooperation frame's "union" while "union of Russia and China" stays in.

>>> sorted(code_themes("Russia is likely to unite with China against the United States."))
['confrontation', 'cooperation']
>>> theme_matches("America has nothing to offer Russia except sanctions")
{'economy_trade': ['sanctions'], 'confrontation': ['sanctions']}
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd
import yaml

from helpers.paths import PACKAGE_DIR

#: The codebook file this module reads.
CODEBOOK_PATH: Path = PACKAGE_DIR / "codebook.yml"
#: Codebook versions this module knows how to read.
SUPPORTED_VERSIONS: tuple[int, ...] = (1,)
#: Theme ids in codebook order. Kept as a literal so importing the module reads no file;
#: ``tests/test_themes.py`` checks it against the YAML.
THEMES: tuple[str, ...] = (
    "military_security",
    "economy_trade",
    "world_order",
    "ideology_domestic",
    "trust_perception",
    "history",
    "diplomacy_institutions",
    "cooperation",
    "confrontation",
)
#: The two values of a theme's ``kind``: what a sentence is about, or how it casts the relation.
KINDS: tuple[str, ...] = ("topic", "frame")
REQUIRED_FIELDS: tuple[str, ...] = ("id", "label", "kind", "definition", "include", "exclude", "patterns")

_ID_RE = re.compile(r"^[a-z][a-z_]*$")


class CodebookError(ValueError):
    """The codebook file is missing, is not valid YAML, or an entry is incomplete or broken."""


@dataclass(frozen=True)
class Pattern:
    """One regular expression and the regexes that veto it wherever they overlap its match."""

    regex: str
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True)
class Theme:
    """One codebook entry: what the theme means and the patterns that detect it."""

    id: str
    label: str
    kind: str
    definition: str
    include: str
    exclude: str
    patterns: tuple[Pattern, ...]


# A compiled pattern: the regex and its compiled veto regexes.
CompiledRule = tuple[re.Pattern[str], tuple[re.Pattern[str], ...]]


def compile_patterns(patterns: Iterable[Pattern], flags: int = re.IGNORECASE) -> tuple[CompiledRule, ...]:
    """Compile patterns and their vetoes with ``flags`` (re.error names the bad regex)."""
    return tuple(
        (re.compile(p.regex, flags), tuple(re.compile(x, flags) for x in p.exclude)) for p in patterns
    )


def match_spans(text: str, rules: Iterable[CompiledRule]) -> list[tuple[int, int]]:
    """Character spans in ``text`` matched by any rule and not overlapped by that rule's vetoes.

    Spans are sorted by position; identical spans found by two patterns count once and a span
    lying inside a longer one is dropped, so "trade war" is one hit, not "trade" plus "trade war".

    >>> rules = compile_patterns([Pattern(r"\\bunion\\b", (r"\\bSoviet Union\\b",))])
    >>> match_spans("the Soviet Union and a union of two states", rules)
    [(23, 28)]
    """
    found = {span for regex, vetoes in rules for span in _kept_spans(text, regex, vetoes)}
    if len(found) < 2:
        return sorted(found)
    return sorted(s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found))


def _kept_spans(text: str, regex: re.Pattern[str], vetoes: tuple[re.Pattern[str], ...]) -> Iterator[tuple[int, int]]:
    """Non-empty spans of ``regex`` in ``text`` that no veto overlaps, lazily, in text order.

    The vetoes are searched only once the regex has matched, since most patterns match nothing.
    """
    vetoed: list[tuple[int, int]] | None = None
    for match in regex.finditer(text):
        start, end = match.span()
        if end == start:
            continue  # an empty match highlights nothing and codes nothing
        if vetoes:
            if vetoed is None:
                vetoed = [m.span() for veto in vetoes for m in veto.finditer(text)]
            if any(vs < end and start < ve for vs, ve in vetoed):
                continue
        yield start, end


def _any_span(text: str, rules: Iterable[CompiledRule]) -> bool:
    """Whether :func:`match_spans` would find at least one span, stopping at the first one.

    The containment filter at the end of ``match_spans`` always keeps the longest spans, so the
    spans are non-empty exactly when some rule has a non-empty match that its vetoes spare.
    """
    return any(next(_kept_spans(text, regex, vetoes), None) is not None for regex, vetoes in rules)


def _screen(patterns: Iterable[Pattern], flags: int = re.IGNORECASE) -> re.Pattern[str] | None:
    """One alternation of ``patterns`` (vetoes left out), to rule a theme out in a single search.

    If it finds nothing, no pattern matches anywhere in the text, so the theme cannot be coded;
    if it finds something, the theme's own rules decide. ``None`` when the patterns cannot be
    joined without changing their meaning: a capturing group (and so any back-reference) would be
    renumbered in the alternation, and inline global flags are only allowed at the start.
    """
    regexes = [p.regex for p in patterns]
    try:
        if any(re.compile(r, flags).groups for r in regexes):
            return None
        return re.compile("|".join(f"(?:{r})" for r in regexes), flags)
    except re.error:
        return None


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a sentence as str, got {type(value).__name__}: {value!r}")
    return value


def _field(path: Path, where: str, entry: dict[str, object], name: str) -> str:
    value = entry.get(name)
    if not isinstance(value, str) or not value.strip():
        raise CodebookError(f"{path}: {where} needs a non-empty text field '{name}'.")
    return " ".join(value.split())


def _pattern(path: Path, where: str, item: object) -> Pattern:
    if isinstance(item, str):
        pattern = Pattern(item)
    elif (
        isinstance(item, dict)
        and isinstance(item.get("pattern"), str)
        and set(item) <= {"pattern", "exclude"}
    ):
        exclude = item.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(x, str) for x in exclude):
            raise CodebookError(
                f"{path}: {where}: 'exclude' of {item['pattern']!r} must be a list of regexes."
            )
        pattern = Pattern(item["pattern"], tuple(exclude))
    else:
        raise CodebookError(
            f"{path}: {where}: a pattern is a regex string or a mapping with 'pattern' and an "
            f"optional 'exclude' list, not {item!r}."
        )
    for regex in (pattern.regex, *pattern.exclude):
        try:
            re.compile(regex, re.IGNORECASE)
        except re.error as exc:
            raise CodebookError(f"{path}: {where}: regex {regex!r} does not compile ({exc}).") from exc
    return pattern


@lru_cache(maxsize=8)
def _read_codebook(path: Path) -> tuple[Theme, ...]:
    if not path.is_file():
        raise CodebookError(f"{path}: no codebook. The theme coder reads its categories from this file.")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise CodebookError(f"{path}: not valid YAML ({exc}). Fix the syntax at the line shown.") from exc
    version = raw.get("version") if isinstance(raw, dict) else None
    if type(version) is not int or version not in SUPPORTED_VERSIONS:
        raise CodebookError(
            f"{path}: expected a mapping with 'version' in {SUPPORTED_VERSIONS} and 'themes'."
        )
    entries = raw.get("themes")
    if not isinstance(entries, list) or not entries:
        raise CodebookError(f"{path}: 'themes' must be a non-empty list of theme entries.")
    themes: list[Theme] = []
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict):
            raise CodebookError(f"{path}: theme entry {i} is not a mapping of field: value.")
        missing = [f for f in REQUIRED_FIELDS if f not in entry]
        where = f"theme {entry.get('id', i)!r}"
        if missing:
            raise CodebookError(f"{path}: {where} lacks {', '.join(missing)}.")
        theme_id = _field(path, where, entry, "id")
        if not _ID_RE.match(theme_id) or theme_id in {t.id for t in themes}:
            raise CodebookError(f"{path}: {where}: ids must be unique snake_case names.")
        kind = _field(path, where, entry, "kind")
        if kind not in KINDS:
            raise CodebookError(f"{path}: {where}: kind must be one of {KINDS}, not {kind!r}.")
        raw_patterns = entry["patterns"]
        if not isinstance(raw_patterns, list) or not raw_patterns:
            raise CodebookError(f"{path}: {where}: 'patterns' must be a non-empty list.")
        themes.append(
            Theme(
                id=theme_id,
                label=_field(path, where, entry, "label"),
                kind=kind,
                definition=_field(path, where, entry, "definition"),
                include=_field(path, where, entry, "include"),
                exclude=_field(path, where, entry, "exclude"),
                patterns=tuple(_pattern(path, where, p) for p in raw_patterns),
            )
        )
    return tuple(themes)


def load_codebook(path: Path | str | None = None) -> list[Theme]:
    """The codebook's themes in file order, read and checked once per path and then cached.

    ``path`` defaults to :data:`CODEBOOK_PATH`. Raises :class:`CodebookError` naming the file and
    the entry at fault. The list is a fresh copy each call (the cached themes are immutable), so
    a caller may sort or filter it freely. After editing the YAML in a running session, call
    :func:`clear_codebook_cache` (or restart the kernel) so the coder sees the change.
    """
    return list(_read_codebook(Path(path).resolve() if path is not None else CODEBOOK_PATH))


@lru_cache(maxsize=8)
def _rules(path: Path) -> tuple[tuple[str, tuple[CompiledRule, ...]], ...]:
    return tuple((t.id, compile_patterns(t.patterns)) for t in _read_codebook(path))


# A theme's compiled rules with its screen (see _screen), for the coder's fast path.
_ScreenedRules = tuple[tuple[str, tuple[CompiledRule, ...], re.Pattern[str] | None], ...]


@lru_cache(maxsize=8)
def _screened_rules(path: Path) -> _ScreenedRules:
    screens = {t.id: _screen(t.patterns) for t in _read_codebook(path)}
    return tuple((theme_id, rules, screens[theme_id]) for theme_id, rules in _rules(path))


def clear_codebook_cache() -> None:
    """Forget the cached codebook and compiled patterns, so the next call re-reads the YAML."""
    _read_codebook.cache_clear()
    _rules.cache_clear()
    _screened_rules.cache_clear()


def theme_spans(text: str) -> dict[str, list[tuple[int, int]]]:
    """Theme id -> character spans that triggered it, for the themes found (codebook order)."""
    text = _text(text)
    spans = (
        (theme_id, match_spans(text, rules))
        for theme_id, rules, screen in _screened_rules(CODEBOOK_PATH)
        if screen is None or screen.search(text)
    )
    return {theme_id: found for theme_id, found in spans if found}


def theme_matches(text: str) -> dict[str, list[str]]:
    """Theme id -> the substrings that triggered it, in text order, for the themes found.

    Themes without a match are left out, so the dict reads as the evidence for
    :func:`code_themes`; keys follow codebook order. Use it for highlighting and KWIC tables.
    """
    return {theme_id: [text[s:e] for s, e in spans] for theme_id, spans in theme_spans(text).items()}


def pattern_hits(text: str) -> frozenset[tuple[str, int]]:
    """(theme id, pattern number in the codebook) for every pattern that fires in ``text``.

    The unit of a leave-one-article-out check: a pattern that fires only in one article could
    have been written from that article, so the check scores each article without such patterns.
    """
    text = _text(text)
    return frozenset(
        (theme_id, i)
        for theme_id, rules in _rules(CODEBOOK_PATH)
        for i, rule in enumerate(rules)
        if match_spans(text, (rule,))
    )


def code_themes(text: str) -> set[str]:
    """The ids of every theme the sentence ``text`` addresses (empty set for none).

    The same set as ``set(theme_spans(text))``, found faster: a theme whose screen finds nothing
    is skipped, and a theme's rules stop at the first span that counts.
    """
    text = _text(text)
    return {
        theme_id
        for theme_id, rules, screen in _screened_rules(CODEBOOK_PATH)
        if (screen is None or screen.search(text)) and _any_span(text, rules)
    }


def codebook_table() -> pd.DataFrame:
    """The codebook as a table for a notebook: one row per theme, with its number of patterns."""
    rows = [
        {
            "id": t.id,
            "label": t.label,
            "kind": t.kind,
            "definition": t.definition,
            "include": t.include,
            "exclude": t.exclude,
            "n_patterns": len(t.patterns),
        }
        for t in load_codebook()
    ]
    return pd.DataFrame(
        rows, columns=["id", "label", "kind", "definition", "include", "exclude", "n_patterns"]
    )


def add_themes(sentences: pd.DataFrame, column: str = "text") -> pd.DataFrame:
    """A copy of ``sentences`` with the codes of its ``column``: ``themes`` and ``theme_<id>``.

    ``themes`` holds a sorted tuple of theme ids per row (``()`` for none; a missing text codes
    as no theme); each ``theme_<id>`` column is a boolean flag, one per theme in codebook order,
    so shares are a ``groupby(...).mean()`` away. Rows, their order and the index are kept, and
    the input is left untouched.
    """
    out = sentences.copy()
    texts = [value if isinstance(value, str) else "" for value in out[column]]
    coded = [tuple(sorted(code_themes(t))) for t in texts]
    out["themes"] = pd.Series(coded, index=out.index, dtype=object)
    for theme_id in (t.id for t in load_codebook()):
        out[f"theme_{theme_id}"] = pd.Series([theme_id in c for c in coded], index=out.index, dtype=bool)
    return out
