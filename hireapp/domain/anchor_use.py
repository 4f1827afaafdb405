# SPDX-License-Identifier: MIT
"""Which questions and anchors work: plain flags on how a question's levels were used.

A question whose levels are never used, whose ratings pile up on one level, on which interviewers
disagree, or which is often skipped is not doing its job: its anchors may be unclear, too easy or
too hard, or the question may not fit the role. The thresholds (docs/rubric-format.md):

- a level never chosen, once the question has NEVER_USED_AFTER (30) ratings or more;
- more than PILED_UP_SHARE (60%) of the ratings at one level, from PILED_UP_AFTER (10) ratings;
- agreement between interviewers (ICC(1), see statistics.icc1_from_sums) below LOW_AGREEMENT
  (0.4), once it can be computed;
- skipped in more than OFTEN_SKIPPED (20%) of the submitted interviews.
"""

from __future__ import annotations

from collections.abc import Mapping

NEVER_USED_AFTER = 30
PILED_UP_SHARE = 0.6
PILED_UP_AFTER = 10
LOW_AGREEMENT = 0.4
OFTEN_SKIPPED = 0.2


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def question_flags(
    levels: Mapping[int, int], skipped: int, interviews: int, icc: float | None
) -> list[str]:
    """The flags for one question: how often each level (1-5) was chosen, how often it was
    skipped, in how many submitted interviews it was asked, and its agreement."""
    flags = []
    ratings = sum(levels.values())
    if ratings >= NEVER_USED_AFTER:
        unused = [level for level in range(1, 6) if not levels.get(level)]
        if unused:
            names = ", ".join(str(level) for level in unused)
            noun = "level" if len(unused) == 1 else "levels"
            flags.append(f"{noun} {names} never chosen in {ratings} ratings")
    if ratings >= PILED_UP_AFTER:
        level, count = max(levels.items(), key=lambda item: (item[1], -item[0]))
        if count / ratings > PILED_UP_SHARE:
            flags.append(f"{_percent(count / ratings)} of ratings at level {level}")
    if icc is not None and icc < LOW_AGREEMENT:
        flags.append(f"low agreement between interviewers (ICC {icc:.2f})")
    if interviews and skipped / interviews > OFTEN_SKIPPED:
        flags.append(f"skipped in {_percent(skipped / interviews)} of interviews")
    return flags
