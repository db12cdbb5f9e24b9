"""Findings fail loudly when their condition stops holding."""

from __future__ import annotations

import pytest

from helpers.findings import FindingNoLongerHolds, Findings


def test_findings_number_and_render() -> None:
    f = Findings()
    f.add("Wong speaks in 21 of 23 sentences.", 21 / 23 > 0.5, "the voice table")
    f.add("Second.", True)
    assert f.markdown() == (
        "### Findings\n\n1. Wong speaks in 21 of 23 sentences. *(Evidence: the voice table.)*\n2. Second."
    )
    assert f._repr_markdown_() == f.markdown()


def test_a_finding_that_no_longer_holds_raises_with_its_number() -> None:
    f = Findings()
    f.add("True one.", True)
    with pytest.raises(FindingNoLongerHolds, match=r"Finding 2 no longer holds: Most sentences are Wong's\."):
        f.add("Most sentences are Wong's.", 3 > 4)
    assert len(f.items) == 1
