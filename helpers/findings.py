"""Numbered findings whose numbers come from code and whose truth is checked when they are stated.

A notebook's conclusions are only as good as the numbers behind them, and numbers typed into
prose go stale silently. A finding here is written with the computed values formatted in, next
to the condition that makes it true; if a changed text or method breaks the condition, stating
the finding raises :class:`FindingNoLongerHolds` and the notebook (and nbval, and CI) fails.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class FindingNoLongerHolds(AssertionError):
    """The data or the method no longer support a finding the notebook states."""


@dataclass
class Findings:
    """An ordered list of findings for one notebook, rendered as a numbered Markdown list."""

    title: str = "Findings"
    items: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str, holds: bool, evidence: str = "") -> str:
        """Record finding ``text`` if ``holds`` is true, else raise naming the finding.

        ``evidence`` says where the reader finds the figure or table behind it.
        """
        number = len(self.items) + 1
        if not bool(holds):
            raise FindingNoLongerHolds(f"Finding {number} no longer holds: {text}")
        self.items.append((text, evidence))
        return text

    def markdown(self) -> str:
        """The findings as Markdown: a heading and a numbered list with their evidence."""
        lines = [f"### {self.title}", ""]
        for i, (text, evidence) in enumerate(self.items, start=1):
            suffix = f" *(Evidence: {evidence}.)*" if evidence else ""
            lines.append(f"{i}. {text}{suffix}")
        return "\n".join(lines)

    def _repr_markdown_(self) -> str:
        return self.markdown()
