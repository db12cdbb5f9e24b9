"""Who speaks in each sentence: the outlet, the featured analyst, an interviewer, another source
or a reader.

Framing belongs to whoever utters the words. A Sputnik lead that calls Yu Sui "a researcher"
speaks for Sputnik; a Chinese spokesman quoted inside Maslov's interview speaks for Beijing; a
reader's comment speaks for the reader. Comparing *analysts* means measuring their own voice and
keeping the rest apart. The rules, in the order they apply:

* headline, lead, captions, related links and navigation are the ``outlet``; comments are ``reader``;
* a paragraph that opens with a quote or a dash takes the speaker its attribution names
  ("..., Yu Sui wrote", "– he emphasized", "– said Gen Shuang"), looking ahead over following
  quote-led paragraphs for a quote that runs on; "he"/"she" is the last named speaker;
* elsewhere a sentence with its own attribution ("according to X", "X told", "says X") takes X;
  X is the ``expert`` when it is one of the analyst's names or a singular "the author", "the
  expert", "the article", "a researcher"; anyone else is an ``other_source``;
* otherwise the body's default voice follows the catalog's form: in a ``retelling`` it is the
  analyst's (the outlet retells the piece), in ``news`` the outlet's; in an ``interview`` it is
  the outlet's until the analyst is introduced, after which a dash-led turn ending in "?" is the
  ``interviewer`` and every sentence of an answer is the ``expert``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from helpers.layout import Block
from helpers.text import DASHES

VOICES = ("outlet", "expert", "interviewer", "other_source", "reader")

_VERBS = (
    r"said|says|say|told|tells|wrote|writes|asserted|asserts|noted|notes|note|observed|observes|"
    r"pointed out|points out|emphasized|emphasised|stressed|added|concluded|concludes|suggested|"
    r"suggests|believes|believed|described|describes|explained|explains|argued|argues|claimed|"
    r"claims|warned|warns|stated|commented|reported"
)
_ACCORDING_RE = re.compile(r"\baccording to (?!which\b)(?P<who>[^,.;:]+)", re.IGNORECASE)
_INVERTED_RE = re.compile(rf"[,–—-][\"”’']?\s*(?:{_VERBS})\s+(?P<who>[A-Z][^,.;:]*)")
_DETERMINED_RE = re.compile(
    rf"(?P<who>\b(?:[Tt]he|[Aa]n?|[Hh]e|[Ss]he|[Mm]any|[Ss]ome)\b[^,.;:\"“”()]{{0,70}}?)\s+(?:{_VERBS})\b"
)
_NAMED_RE = re.compile(rf"(?P<who>(?:\b[A-Z][\w'’-]+\s){{1,4}}?)(?:{_VERBS})\b")
_REPORTED_BY_RE = re.compile(r"\breported by (?P<who>[^,;:]+)", re.IGNORECASE)
_IN_ARTICLE_RE = re.compile(r"\b(in|by) the (article|author)\b", re.IGNORECASE)
_GENERIC_EXPERT_RE = re.compile(
    r"^(?:the|a|an)\b.*\b(author|expert|analyst|article|researcher|scholar|professor|scientist)$",
    re.IGNORECASE,
)
_PASSIVE_RE = re.compile(r"\b(be|been|being|is|are|was|were)$", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"^(he|she)$", re.IGNORECASE)
_QUOTE_OPENERS = "\"“‘'«"


@dataclass(frozen=True)
class Attribution:
    """Who a sentence or paragraph says is speaking: a voice and the words that name them."""

    voice: str
    speaker: str


def find_attribution(
    sentence: str, aliases: tuple[str, ...], last: Attribution | None = None
) -> Attribution | None:
    """The speaker a sentence names, if it names one; ``None`` for an unattributed sentence.

    >>> find_attribution("Relations will stay tense, says Ka-Ho Wong.", ("Ka-Ho Wong",))
    Attribution(voice='expert', speaker='Ka-Ho Wong')
    >>> find_attribution("Geng Shuang said in response that...", ("Ka-Ho Wong",)).voice
    'other_source'
    """
    if _IN_ARTICLE_RE.search(sentence):
        return Attribution("expert", "the article")
    for pattern in (_ACCORDING_RE, _REPORTED_BY_RE, _INVERTED_RE, _DETERMINED_RE, _NAMED_RE):
        match = pattern.search(sentence)
        if match:
            who = " ".join(match["who"].split()).strip(" -–—")
            if not who or who.lower() in {"they", "it", "we", "i", "you"} or _PASSIVE_RE.search(who):
                continue
            return classify_speaker(who, aliases, last)
    return None


def classify_speaker(who: str, aliases: tuple[str, ...], last: Attribution | None = None) -> Attribution:
    """Map the words naming a speaker to a voice: the analyst, a pronoun's antecedent, or another."""
    lowered = who.lower()
    if any(alias.lower() in lowered for alias in aliases) or _GENERIC_EXPERT_RE.match(who):
        return Attribution("expert", who)
    if _PRONOUN_RE.match(who):
        return last if last is not None else Attribution("other_source", who)
    return Attribution("other_source", who)


def _as_analyst(found: Attribution | None, analyst: Attribution) -> Attribution | None:
    """The analyst's sentences all carry the analyst's name as speaker, however they are cited."""
    return analyst if found is not None and found.voice == "expert" else found


def _opens_quote(text: str) -> bool:
    return bool(text) and (text[0] in _QUOTE_OPENERS or text[0] in DASHES)


def assign_voices(
    blocks: list[Block],
    sentences: list[list[str]],
    form: str,
    author: str,
    aliases: tuple[str, ...],
    outlet: str,
) -> list[list[Attribution]]:
    """One :class:`Attribution` per sentence, for paragraphs ``blocks`` split into ``sentences``."""
    out: list[list[Attribution]] = []
    last: Attribution | None = None
    interview_started = False
    analyst = Attribution("expert", author)
    house = Attribution("outlet", outlet)
    for i, (block, sents) in enumerate(zip(blocks, sentences, strict=True)):
        if block.segment == "comment":
            out.append([Attribution("reader", block.commenter or "anonymous reader")] * len(sents))
            continue
        if block.segment != "body":
            out.append([house] * len(sents))
            continue
        if form == "interview" and interview_started:
            is_question = block.dash_turn and sents[-1].rstrip("”\"' ").endswith("?")
            voice = Attribution("interviewer", "interviewer") if is_question else analyst
            out.append([voice] * len(sents))
            continue
        if _opens_quote(block.text):
            found = _as_analyst(find_attribution(block.text, aliases, last), analyst)
            j = i + 1
            while found is None and j < len(blocks) and _opens_quote(blocks[j].text):
                found = _as_analyst(find_attribution(blocks[j].text, aliases, last), analyst)
                j += 1
            if found is None:  # an unattributed quote continues the last speaker
                found = analyst if form == "retelling" else (last or house)
            if form == "interview" and found.voice == "expert":
                interview_started = True
            out.append([found] * len(sents))
            last = found if found.voice != "outlet" else last
            continue
        default = analyst if form == "retelling" else house
        row: list[Attribution] = []
        for sentence in sents:
            found = _as_analyst(find_attribution(sentence, aliases, last), analyst)
            if found is not None:
                last = found
                if form == "interview" and found.voice == "expert":
                    interview_started = True
            row.append(found or default)
        out.append(row)
    return out
