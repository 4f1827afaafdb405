# SPDX-License-Identifier: MIT
"""How a figure reads on screen and on paper, decided once for every surface.

Scores are shown as whole points, rounded half up as people round (62.5 reads 63, not Python's
round-half-even 62), so the table, Side by side and the PDFs never disagree by one point; a gap
carries its sign; a mean level has one decimal.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from hireapp.domain.recommendation import RECOMMENDATION_LABELS, RECOMMENDATIONS


def whole(value: float) -> int:
    """The nearest whole number, halves away from zero (62.5 -> 63, -62.5 -> -63)."""
    return int(math.copysign(math.floor(abs(value) + 0.5), value))


def score_text(value: float | None, missing: str = "") -> str:
    """A 0-100 score in whole points; `missing` when there is none."""
    return missing if value is None else str(whole(value))


def decimal_text(value: float | None) -> str:
    """A figure for a file or a terminal column: two decimals, empty when there is none."""
    return "" if value is None else f"{value:.2f}"


def gap_text(value: float | None, missing: str = "") -> str:
    """A signed gap in whole points (+50, -13, 0)."""
    if value is None:
        return missing
    points = whole(value)
    return f"{points:+d}" if points else "0"


def level_text(value: float | None, missing: str = "") -> str:
    """A mean level on the 1-5 scale with one decimal."""
    return missing if value is None else f"{math.floor(value * 10 + 0.5) / 10:.1f}"


def levels_text(points: float | None, missing: str = "") -> str:
    """A signed gap in points as anchor levels (25 points a level), one decimal: +2.0."""
    if points is None:
        return missing
    tenths = whole(points / 25.0 * 10)
    return f"{tenths / 10:+.1f}" if tenths else "0.0"


HALO_MARK = "⚠"
"""Beside a halo gap that is flagged (statistics.is_halo), on every surface."""

SINGLE_INTERVIEWER_MARK = "†"
"""Beside a fair score that rests on one interviewer's ratings, on every surface (a sign, not
colour alone)."""


def halo_text(gap: float | None, flagged: bool, missing: str = "") -> str:
    """A halo gap as shown everywhere: the signed points, marked when flagged (⚠ +50)."""
    if gap is None:
        return missing
    return f"{HALO_MARK} {gap_text(gap)}" if flagged else gap_text(gap)


def tally_text(tally: Mapping[str, int], separator: str = " / ") -> str:
    """A recommendation tally, strong no first (0 / 1 / 0 / 1)."""
    return separator.join(str(tally[value]) for value in RECOMMENDATIONS)


def interviews_text(submitted: int, drafts: int) -> str:
    """Submitted interviews, with the drafts in brackets when there are any: 2 (1)."""
    return f"{submitted} ({drafts})" if drafts else str(submitted)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def interviews_explained(submitted: int, drafts: int) -> str:
    """What interviews_text reads as, in words, for a tooltip."""
    text = _count(submitted, "submitted interview", "submitted interviews")
    if drafts:
        text += (
            f" and {_count(drafts, 'draft', 'drafts')} still in progress (the number in "
            "brackets); drafts count in no figure until they are submitted"
        )
    return text + "."


TALLY_ORDER = " / ".join(RECOMMENDATION_LABELS[value].lower() for value in RECOMMENDATIONS)
"""The order of a tally's counts, for a header: strong no / no / yes / strong yes."""


def tally_explained(tally: Mapping[str, int]) -> str:
    """A tally in words, for a tooltip: 0 strong no, 1 no, 2 yes, 0 strong yes."""
    return ", ".join(
        f"{tally[value]} {RECOMMENDATION_LABELS[value].lower()}" for value in RECOMMENDATIONS
    )
