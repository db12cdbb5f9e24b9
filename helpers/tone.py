"""Relation tone: does a sentence frame the international relation it discusses as cooperative or
as conflictual?

General-purpose sentiment (``helpers.sentiment``) answers a different question. TextBlob calls
"The prospect of a new reset remains bleak" mildly negative because of "bleak", but it scores
"Russia and China stood shoulder to shoulder" as 0 and "Its core theme is the lack of trust" as
0, which are the framing statements this project is about. This module measures the tone a
sentence takes toward a relation between states with a small documented lexicon of the word
families such writing uses (cooperation, partnership, rapprochement, trust ... against
confrontation, rivalry, sanctions, mistrust, interference ...), kept as data in
``helpers/data/tone_lexicon.yml`` so that the judgement calls can be read, argued about and
versioned apart from the logic here.

The rules, applied to one sentence:

* the text is lower-cased and split into words and clause punctuation; at each word the longest
  lexicon pattern that matches is taken (a cue, a negator, a contrast word, a reverser, or an
  ``ignore`` phrase such as "Soviet Union" or "if not" that hides what it contains);
* a cue's signed weight is negated when the nearest negator ("not", "no", "lack of", "never",
  "avoid", ...) ends within ``negation_window`` words before it in the same clause (negators
  stacked on each other, as in "not without" or "nothing prevented", cancel in pairs), or when
  a reverser later in its clause undoes it ("the reset did not last long"); a negated positive
  cue becomes negative, a negated negative cue becomes weakly positive;
* cues before an adversative ("but", "however", "yet") and cues inside a concessive clause
  ("although ..., ", "despite ...,") are down-weighted: the other clause carries the point;
* the score is the sum of the resulting weights, and the tone is ``positive`` or ``negative``
  when the score reaches ``+threshold`` or ``-threshold``, else ``neutral`` (no cue, a tie, or a
  near-balance such as "between cooperation and confrontation").

It does not know *which* relation is meant or who speaks; sentences without any cue are
neutral, which is also how sentences that discuss no relation come out. It is a transparent
baseline to be checked against hand coding, not a model of meaning.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

import yaml

from helpers.paths import DATA_DIR

#: The lexicon file this module reads.
LEXICON_PATH: Path = DATA_DIR / "tone_lexicon.yml"
#: The three labels :func:`relation_tone` returns.
TONES: tuple[str, str, str] = ("positive", "negative", "neutral")

_PARAMETERS = (
    "negation_window",
    "phrase_gap",
    "negated_positive",
    "negated_negative",
    "before_contrast",
    "concession",
    "threshold",
)
_GAP = "..."
_TOKEN_RE = re.compile(
    r"(?P<word>[^\W_]+(?:['’][^\W_]+|-[^\W_]+)*)"
    r"|(?P<punct>[,;:()\[\]!?–—]|(?<!\S)-(?!\S)|(?<!\b[A-Z])\.(?=\s|$))"
)
_WORD_PATTERN_RE = re.compile(r"^[^\W_]+(?:['-][^\W_]+)*\*?$")


@dataclass(frozen=True)
class ToneLexicon:
    """The contents of ``tone_lexicon.yml``: cue weights (all > 0; the section gives the sign),
    reversers with their own negative weight (>= 0), the word lists, and the parameters that the
    file's comments explain."""

    version: int
    positive: Mapping[str, float]
    negative: Mapping[str, float]
    reversers: Mapping[str, float]
    engagement: Mapping[str, float]
    negators: tuple[str, ...]
    adversative: tuple[str, ...]
    concessive: tuple[str, ...]
    ignore: tuple[str, ...]
    negation_window: int
    phrase_gap: int
    negated_positive: float
    negated_negative: float
    before_contrast: float
    concession: float
    threshold: float


class LexiconError(ValueError):
    """The tone lexicon file is missing a section or holds a malformed entry."""


def _fail(message: str) -> LexiconError:
    return LexiconError(f"{LEXICON_PATH}: {message}; fix the file (see the comments at its top).")


def _check_pattern(pattern: object, section: str) -> str:
    if not isinstance(pattern, str) or not pattern.strip():
        raise _fail(f"an entry of '{section}' is not a non-empty string: {pattern!r}")
    parts = pattern.lower().replace("’", "'").split()
    if parts[0] == _GAP or parts[-1] == _GAP:
        raise _fail(f"'{pattern}' in '{section}' starts or ends with a '...' gap")
    for part in parts:
        if part != _GAP and not _WORD_PATTERN_RE.match(part):
            raise _fail(f"'{pattern}' in '{section}': '{part}' is not a word, a word* prefix or '...'")
    return " ".join(parts)


def _weights(raw: Mapping[str, Any], section: str, allow_zero: bool = False) -> Mapping[str, float]:
    entries = raw.get(section)
    if not isinstance(entries, dict) or not entries:
        raise _fail(f"section '{section}' must be a non-empty mapping of pattern: weight")
    out: dict[str, float] = {}
    for pattern, weight in entries.items():
        key = _check_pattern(pattern, section)
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise _fail(f"weight of '{pattern}' in '{section}' is not a number: {weight!r}")
        if weight < 0 or (weight == 0 and not allow_zero):
            raise _fail(f"weight of '{pattern}' in '{section}' must be > 0 (the section gives the sign)")
        if key in out:
            raise _fail(f"'{pattern}' appears twice in '{section}'")
        out[key] = float(weight)
    return MappingProxyType(out)


def _words(raw: Mapping[str, Any], section: str) -> tuple[str, ...]:
    entries = raw.get(section)
    if not isinstance(entries, list) or not entries:
        raise _fail(f"section '{section}' must be a non-empty list")
    out = tuple(_check_pattern(p, section) for p in entries)
    if len(set(out)) != len(out):
        raise _fail(f"section '{section}' lists a pattern twice")
    return out


def parse_tone_lexicon(raw: Any) -> ToneLexicon:
    """Validate the YAML document ``raw`` and build a :class:`ToneLexicon`.

    Kept apart from :func:`load_tone_lexicon` so that a test or a notebook can try a variant
    lexicon without writing a file. Raises :class:`LexiconError` naming the faulty entry.
    """
    if not isinstance(raw, dict):
        raise _fail("the file is not a YAML mapping")
    version = raw.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _fail("'version' must be a positive integer")
    params = raw.get("parameters")
    if not isinstance(params, dict) or set(_PARAMETERS) - set(params):
        raise _fail(f"'parameters' must set all of {', '.join(_PARAMETERS)}")
    for name in _PARAMETERS:
        if isinstance(params[name], bool) or not isinstance(params[name], int | float):
            raise _fail(f"parameter '{name}' is not a number")
    for name in ("negation_window", "phrase_gap"):
        if not isinstance(params[name], int) or params[name] < 0:
            raise _fail(f"parameter '{name}' must be a whole number >= 0")
    if params["threshold"] <= 0:
        raise _fail("parameter 'threshold' must be > 0, so that a score of zero is neutral")
    lexicon = ToneLexicon(
        version=version,
        positive=_weights(raw, "positive"),
        negative=_weights(raw, "negative"),
        reversers=_weights(raw, "reversers", allow_zero=True),
        engagement=_weights(raw, "engagement"),
        negators=_words(raw, "negators"),
        adversative=_words(raw, "adversative"),
        concessive=_words(raw, "concessive"),
        ignore=_words(raw, "ignore"),
        negation_window=int(params["negation_window"]),
        phrase_gap=int(params["phrase_gap"]),
        negated_positive=float(params["negated_positive"]),
        negated_negative=float(params["negated_negative"]),
        before_contrast=float(params["before_contrast"]),
        concession=float(params["concession"]),
        threshold=float(params["threshold"]),
    )
    sections = {
        "positive": lexicon.positive,
        "negative": lexicon.negative,
        "reversers": lexicon.reversers,
        "engagement": lexicon.engagement,
        "negators": lexicon.negators,
        "adversative": lexicon.adversative,
        "concessive": lexicon.concessive,
        "ignore": lexicon.ignore,
    }
    seen: dict[str, str] = {}
    for section, patterns in sections.items():
        for pattern in patterns:
            if pattern in seen:
                raise _fail(f"'{pattern}' is in both '{seen[pattern]}' and '{section}'")
            seen[pattern] = section
    return lexicon


@lru_cache(maxsize=1)
def load_tone_lexicon() -> ToneLexicon:
    """Read and validate ``helpers/data/tone_lexicon.yml`` once (a pure read of package data)."""
    return parse_tone_lexicon(yaml.safe_load(LEXICON_PATH.read_text(encoding="utf-8")))


# --- matching ----------------------------------------------------------------------------------

# Kinds of lexicon entry, with the priority that breaks a tie between equally long matches.
_PRIORITY = {
    "ignore": 5, "reverser": 4, "cue": 3, "engagement": 3, "adversative": 2, "concessive": 2, "negator": 1,
}


@dataclass(frozen=True)
class _Pattern:
    kind: str
    text: str
    parts: tuple[str, ...]
    weight: float  # signed for cues, <= 0 for reversers, 0 otherwise
    letters: int  # literal letters, the tie-breaker between equally long matches


class _Token(NamedTuple):
    """A word or a clause punctuation mark (a named tuple: built per token, so cheap to make)."""

    text: str  # lower-cased, apostrophes straightened
    is_word: bool


@dataclass(frozen=True)
class _Event:
    pattern: _Pattern
    start: int  # token index of the first matched word
    end: int  # token index after the last matched word


class _Matcher:
    """The lexicon's patterns indexed by their first word, for a longest-match scan."""

    def __init__(self, lexicon: ToneLexicon) -> None:
        entries: list[tuple[str, str, float]] = [
            *(("cue", p, w) for p, w in lexicon.positive.items()),
            *(("cue", p, -w) for p, w in lexicon.negative.items()),
            *(("reverser", p, -w) for p, w in lexicon.reversers.items()),
            *(("engagement", p, w) for p, w in lexicon.engagement.items()),
            *(("negator", p, 0.0) for p in lexicon.negators),
            *(("adversative", p, 0.0) for p in lexicon.adversative),
            *(("concessive", p, 0.0) for p in lexicon.concessive),
            *(("ignore", p, 0.0) for p in lexicon.ignore),
        ]
        self.gap = lexicon.phrase_gap
        self.exact: dict[str, list[_Pattern]] = {}
        self.prefixed: list[tuple[str, _Pattern]] = []
        for kind, text, weight in entries:
            parts = tuple(text.split())
            letters = sum(len(p.rstrip("*")) for p in parts if p != _GAP)
            pattern = _Pattern(kind, text, parts, weight, letters)
            if parts[0].endswith("*"):
                self.prefixed.append((parts[0][:-1], pattern))
            else:
                self.exact.setdefault(parts[0], []).append(pattern)
        # The prefixed patterns indexed by prefix, each with its place in ``prefixed``, so that a
        # word looks up its few possible prefixes instead of testing every pattern in turn.
        self._by_prefix: dict[str, list[tuple[int, _Pattern]]] = {}
        for order, (prefix, pattern) in enumerate(self.prefixed):
            self._by_prefix.setdefault(prefix, []).append((order, pattern))
        self._prefix_lengths = tuple(sorted({len(prefix) for prefix in self._by_prefix}))

    def _prefixed_for(self, word: str) -> list[_Pattern]:
        """The prefixed patterns ``word`` starts with, in the order of ``prefixed``."""
        found: list[tuple[int, _Pattern]] = []
        for length in self._prefix_lengths:
            if length > len(word):
                break
            bucket = self._by_prefix.get(word[:length])
            if bucket:
                found.extend(bucket)
        if len(found) > 1:
            found.sort(key=lambda item: item[0])
        return [pattern for _, pattern in found]

    @staticmethod
    def _word_matches(part: str, token: _Token) -> bool:
        if not token.is_word:
            return False
        return token.text.startswith(part[:-1]) if part.endswith("*") else token.text == part

    def _match_from(self, parts: tuple[str, ...], tokens: list[_Token], i: int) -> int | None:
        """End index of the shortest match of ``parts`` starting at token ``i``, or None."""
        if not parts:
            return i
        if parts[0] == _GAP:
            for skip in range(self.gap + 1):
                j = i + skip
                if j > len(tokens) or any(not t.is_word for t in tokens[i:j]):
                    return None
                end = self._match_from(parts[1:], tokens, j)
                if end is not None:
                    return end
            return None
        if i < len(tokens) and self._word_matches(parts[0], tokens[i]):
            return self._match_from(parts[1:], tokens, i + 1)
        return None

    def scan(self, tokens: list[_Token]) -> list[_Event]:
        """Longest-match events, left to right; matched words are consumed."""
        events: list[_Event] = []
        i = 0
        while i < len(tokens):
            token = tokens[i]
            if not token.is_word:
                i += 1
                continue
            candidates = [*self.exact.get(token.text, ()), *self._prefixed_for(token.text)]
            best: tuple[int, int, int] | None = None
            best_event: _Event | None = None
            for pattern in candidates:
                end = self._match_from(pattern.parts, tokens, i)
                if end is None:
                    continue
                rank = (end - i, pattern.letters, _PRIORITY[pattern.kind])
                if best is None or rank > best:
                    best, best_event = rank, _Event(pattern, i, end)
            if best_event is None:
                i += 1
            else:
                events.append(best_event)
                i = best_event.end
        return events


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher(load_tone_lexicon())


def _tokenize(text: str) -> list[_Token]:
    tokens = []
    for m in _TOKEN_RE.finditer(text):
        if m["word"] is not None:
            tokens.append(_Token(m["word"].lower().replace("’", "'"), True))
        else:
            tokens.append(_Token(m["punct"], False))
    return tokens


# --- scoring -----------------------------------------------------------------------------------


def _evidence(text: str) -> list[tuple[str, str, float]]:
    if not isinstance(text, str):
        raise TypeError(f"relation tone needs a sentence as str, got {type(text).__name__}")
    lexicon = load_tone_lexicon()
    tokens = _tokenize(text)
    events = _matcher().scan(tokens)

    def surface(event: _Event) -> str:
        return " ".join(t.text for t in tokens[event.start : event.end])

    def same_clause(a: int, b: int) -> bool:
        """No clause punctuation and no contrast word between token indices a and b."""
        if any(not t.is_word for t in tokens[a:b]):
            return False
        return not any(e.pattern.kind in ("adversative", "concessive") and a <= e.start < b for e in events)

    def words_between(a: int, b: int) -> int:
        return sum(1 for t in tokens[a:b] if t.is_word)

    # The negator nearest before each cue or reverser, within the window and the clause, plus any
    # negators stacked directly on it ("not without", "nothing prevented"): an even stack cancels.
    # Only the nearest counts, so in "no tension and no hostility" each cue has its own "no".
    negated_by: dict[int, list[_Event]] = {}
    for k, event in enumerate(events):
        if event.pattern.kind not in ("cue", "reverser", "engagement"):
            continue
        stack: list[_Event] = []
        for e in reversed(events[:k]):
            anchor = stack[0].start if stack else event.start
            reach = lexicon.negation_window if not stack else 2
            if words_between(e.end, anchor) >= reach or not same_clause(e.end, anchor):
                break
            if e.pattern.kind == "negator":
                stack.insert(0, e)
            elif stack:
                break
        negated_by[k] = stack
    # Reversers that are not themselves negated undo the cues before them in their clause.
    reversed_by: dict[int, list[_Event]] = {k: [] for k in negated_by}
    for k, event in enumerate(events):
        if event.pattern.kind == "reverser" and len(negated_by[k]) % 2 == 0:
            for j in range(k):
                if events[j].pattern.kind in ("cue", "engagement") and same_clause(events[j].end, event.start):
                    reversed_by[j].append(event)

    adversatives = [e.start for e in events if e.pattern.kind == "adversative"]
    concessions = []
    for e in events:
        if e.pattern.kind == "concessive":
            stop = next((j for j in range(e.end, len(tokens)) if not tokens[j].is_word), len(tokens))
            concessions.append((e.end, stop))

    out: list[tuple[str, str, float]] = []
    for k, event in enumerate(events):
        if k not in negated_by:
            continue
        weight = event.pattern.weight
        if weight == 0:
            continue  # a reverser that only undoes adds no weight of its own
        flips = len(negated_by[k]) + len(reversed_by[k])
        if event.pattern.kind == "engagement" and flips % 2 == 0:
            continue  # "they share a vision" says little; "they do not share it" says distance
        if flips % 2:
            weight *= lexicon.negated_positive if weight > 0 else lexicon.negated_negative
        if any(start > event.start for start in adversatives):
            weight *= lexicon.before_contrast
        if any(lo <= event.start < hi for lo, hi in concessions):
            weight *= lexicon.concession
        parts = sorted([event, *negated_by[k], *reversed_by[k]], key=lambda e: e.start)
        label = surface(parts[0])
        for prev, part in itertools.pairwise(parts):
            label += (" " if prev.end == part.start else " … ") + surface(part)
        out.append((event.pattern.text, label, weight))
    return out


def _allowed(cues: frozenset[str] | None, key: str) -> bool:
    return cues is None or key in cues


def tone_cues(text: str) -> list[tuple[str, float]]:
    """The lexicon entries (as written in the YAML) that fired in ``text``, with their weights.

    Unlike :func:`tone_evidence`, which shows the words as they stand in the sentence, this names
    the lexicon entry, so an evaluation can ask which entries a held-out article relies on.
    """
    return [(key, weight) for key, _, weight in _evidence(text)]


def tone_evidence(text: str) -> list[tuple[str, float]]:
    """The cues that fired in ``text``, in reading order, each with its signed contribution.

    The label is the cue as written, with the negator or reverser that flipped it ("lack of
    trust", "reset … did not last"); the weight is after negation and contrast, so the weights
    add up to :func:`tone_score`. An empty list means no cue: the sentence is neutral.

    >>> tone_evidence("Its core theme is the lack of trust.")
    [('lack of trust', -1.0)]
    >>> tone_evidence("Relations will remain tense, if not frozen at all.")
    [('tense', -1.0), ('frozen', -1.5)]
    """
    return [(label, weight) for _, label, weight in _evidence(text)]


def tone_score(text: str, cues: frozenset[str] | None = None) -> float:
    """The sum of :func:`tone_evidence` weights: > 0 leans cooperative, < 0 conflictual.

    >>> tone_score("The two countries cooperate, but their rivalry deepens.")
    -0.75
    """
    return float(sum(weight for key, _, weight in _evidence(text) if _allowed(cues, key)))


def relation_tone(text: str, cues: frozenset[str] | None = None) -> str:
    """``"positive"``, ``"negative"`` or ``"neutral"``: the tone ``text`` takes toward the
    international relation it discusses, from the lexicon in ``helpers/data/tone_lexicon.yml``.

    Positive when :func:`tone_score` >= the lexicon's ``threshold``, negative when <=
    ``-threshold``, neutral otherwise, including when no cue fires. ``cues``, if given, limits
    scoring to those lexicon entries (see :func:`tone_cues`): the leave-one-article-out check
    uses it to score an article with only the entries the other articles also use.

    >>> relation_tone("Russia and China stood shoulder to shoulder.")
    'positive'
    >>> relation_tone("There is no mistrust between us.") != "negative"
    True
    >>> relation_tone("Tuberculosis is caused by a bacterium.")
    'neutral'
    """
    score = tone_score(text, cues)
    threshold = load_tone_lexicon().threshold
    if score >= threshold:
        return "positive"
    if score <= -threshold:
        return "negative"
    return "neutral"
