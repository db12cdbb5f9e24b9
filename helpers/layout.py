"""Tell the article from the page around it: headline, lead, body, furniture and comments.

A saved news page mixes the article with things that are not the article: photo credits and
captions, related-story links, subscribe and sign-in prompts, chat widgets, and reader comments
with their commenters' names and timestamps. Counting those as the analyst's words would distort
every theme and sentiment figure, so each line of the raw text is given a segment first. The
patterns are data (``helpers/data/furniture.yml``); the order of the rules is here:

1. the first non-empty line is the ``headline``;
2. once a comment-section opener or a numbered, indented list item appears, every later line is
   a reader ``comment``; commenter names and timestamps become metadata, not text;
3. navigation notices, captions and related links are recognised by their patterns (a related
   link is a line that follows a caption and does not end like a sentence);
4. the first remaining paragraph after the headline is the ``lead``, the rest is ``body``.

Each non-empty line is one paragraph, as in these files. A short dash-led line that only
attributes ("- the author concludes.") is joined to the paragraph before it, where it belongs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from helpers.paths import DATA_DIR
from helpers.text import DASHES

SEGMENTS = ("headline", "lead", "body", "caption", "related", "navigation", "comment")
#: Segments that belong to the article itself (what the analysts' framing is measured on).
ARTICLE_SEGMENTS = ("headline", "lead", "body")
FURNITURE_SEGMENTS = ("caption", "related", "navigation")

_TAIL_RE = re.compile(
    rf"^[{DASHES}]\s*[a-z][\w\s,.'-]*?\b(said|says|concludes|concluded|added|adds|noted|notes|"
    r"emphasized|emphasised|stressed|writes|wrote|explained|explains|believes)\b[^.]*\.?$"
)
_LIST_ITEM_RE = re.compile(r"^\s+(\d+)\.\s*(.*)$")
_USER_STATUS_RE = re.compile(r"^(?P<user>\S+) (?:Online|Offline) (?P=user)$")
_USER_STAMP_RE = re.compile(
    r"^(?P<user>\S.*?) \((?P<real>[^)]*)\) (?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+) (?P<year>\d{4}) "
    r"(?P<hour>\d{1,2}): ?(?P<minute>\d{2})$"
)
_MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"], start=1)}
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’')\]]*$")


@dataclass(frozen=True)
class Block:
    """One paragraph of a raw text with its segment and, for comments, its metadata."""

    line: int
    paragraph: int
    segment: str
    text: str
    dash_turn: bool = False
    comment_no: int | None = None
    commenter: str | None = None
    comment_time: str | None = None


@dataclass(frozen=True)
class Furniture:
    """Compiled furniture patterns (see ``helpers/data/furniture.yml``)."""

    navigation: tuple[re.Pattern[str], ...]
    comments_start: tuple[re.Pattern[str], ...]
    caption: tuple[re.Pattern[str], ...]
    related_prefix: tuple[re.Pattern[str], ...]
    version: int


@lru_cache(maxsize=1)
def furniture_patterns() -> Furniture:
    """Load and compile the furniture patterns once (a pure read of a package data file)."""
    raw = yaml.safe_load((DATA_DIR / "furniture.yml").read_text(encoding="utf-8"))

    def comp(key: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(p, re.IGNORECASE) for p in raw[key])

    return Furniture(
        navigation=comp("navigation"),
        comments_start=comp("comments_start"),
        caption=comp("caption"),
        related_prefix=comp("related_prefix"),
        version=int(raw["version"]),
    )


def _any(patterns: tuple[re.Pattern[str], ...], line: str) -> bool:
    return any(p.search(line) for p in patterns)


def is_foreign_script(line: str) -> bool:
    """True when most letters are not Latin: an untranslated interface line (Cyrillic UI text)."""
    letters = [c for c in line if c.isalpha()]
    if not letters:
        return False
    latin = sum(1 for c in letters if c.isascii())
    return latin / len(letters) < 0.5


def _stamp(m: re.Match[str]) -> str | None:
    month = _MONTHS.get(m["month"])
    if month is None:
        return None
    return f"{m['year']}-{month:02d}-{int(m['day']):02d} {int(m['hour']):02d}:{m['minute']}"


def parse_layout(text: str) -> list[Block]:
    """Segment a raw text (LF line ends) into paragraphs labelled with their segment.

    >>> [(b.segment, b.text) for b in parse_layout("Big news\\n\\nLead here.\\n\\nMore.\\nSubscribe")]
    [('headline', 'Big news'), ('lead', 'Lead here.'), ('body', 'More.'), ('navigation', 'Subscribe')]
    """
    pats = furniture_patterns()
    blocks: list[Block] = []
    in_comments = False
    seen_lead = False
    previous_segment: str | None = None
    comment_no: int | None = None
    commenter: str | None = None
    comment_time: str | None = None
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        para = len(blocks) + 1
        if not blocks:
            blocks.append(Block(line_no, para, "headline", line))
            previous_segment = "headline"
            continue
        item = _LIST_ITEM_RE.match(raw)
        if not in_comments and (item or _any(pats.comments_start, line)):
            in_comments = True
        if in_comments:
            if item:
                comment_no, commenter, comment_time = int(item[1]), None, None
                line = item[2].strip()
                if not line:
                    continue
            status = _USER_STATUS_RE.match(line)
            stamp = _USER_STAMP_RE.match(line)
            if status:
                commenter = status["user"]
                continue
            if stamp:
                commenter = commenter or stamp["user"]
                comment_time = _stamp(stamp)
                continue
            if comment_no is None or _any(pats.navigation, line) or is_foreign_script(line):
                segment = "navigation"
                blocks.append(Block(line_no, para, segment, line, comment_no=comment_no))
            else:
                blocks.append(
                    Block(line_no, para, "comment", line, line[0] in DASHES, comment_no, commenter, comment_time)
                )
            continue
        if _any(pats.navigation, line) or is_foreign_script(line):
            segment = "navigation"
        elif _any(pats.caption, line):
            segment = "caption"
        elif _any(pats.related_prefix, line) or (
            previous_segment in ("caption", "related") and not _SENTENCE_END_RE.search(line)
        ):
            segment = "related"
        elif _TAIL_RE.match(line) and blocks[-1].segment in ARTICLE_SEGMENTS:
            last = blocks[-1]
            blocks[-1] = Block(last.line, last.paragraph, last.segment, f"{last.text} {line}", last.dash_turn)
            previous_segment = last.segment
            continue
        elif not seen_lead:
            segment, seen_lead = "lead", True
        else:
            segment = "body"
        blocks.append(Block(line_no, para, segment, line, line[0] in DASHES))
        previous_segment = segment
    return blocks
