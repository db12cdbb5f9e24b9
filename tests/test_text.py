"""The offline splitter and tokenizer, rule by rule."""

from __future__ import annotations

import pytest

from helpers.text import count_words, split_sentences, tokenize_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. Secretary met Mr. Lavrov. Then he left.", ["The U.S. Secretary met Mr. Lavrov.", "Then he left."]),
        ("Sanctions ??? So I will remind !!! Yes.", ["Sanctions ???", "So I will remind !!!", "Yes."]),
        ("Trade grew by 3,4 percent. Celestial remains.", ["Trade grew by 3,4 percent.", "Celestial remains."]),
        ("It was 3.5 times more. Fine.", ["It was 3.5 times more.", "Fine."]),
        ("Reported by the media and. about. Permanent Representative X.", ["Reported by the media and. about. Permanent Representative X."]),
        ("He asked. – What can it lead to? — Joint actions.", ["He asked.", "– What can it lead to?", "— Joint actions."]),
        ("Relations with India. - the author concludes.", ["Relations with India. - the author concludes."]),
        ("“China vs. USA” matters. “USA vs. China” too.", ["“China vs. USA” matters.", "“USA vs. China” too."]),
        ('He said: "We agree." Then silence.', ['He said: "We agree."', "Then silence."]),
        ("the honey system. assistance was destroyed.", ["the honey system. assistance was destroyed."]),
        ("John F. Kennedy spoke.", ["John F. Kennedy spoke."]),
        ("  spaced   out\ttext.  ", ["spaced out text."]),
        ("", []),
    ],
)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_tokenize_words_keeps_inner_hyphens_and_apostrophes() -> None:
    assert tokenize_words("America's post-Soviet space - $ 20 billion, “reset”!") == [
        "America's", "post-Soviet", "space", "20", "billion", "reset",
    ]
    assert count_words("– What can it lead to?") == 5
    assert count_words("Заголовок открываемого материала") == 3
