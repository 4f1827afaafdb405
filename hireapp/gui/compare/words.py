# SPDX-License-Identifier: MIT
"""The comparison screens' words about a candidate's figures, in the user's language.

The same sentences the domain writes for the command line and the PDFs (hireapp.domain.formatting
and statistics), here through Qt's translation so that the table, Side by side and Insight read
in the language chosen. English, the source language, says exactly what the domain says.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from PySide6.QtCore import QCoreApplication

from hireapp.domain.formatting import whole
from hireapp.domain.recommendation import RECOMMENDATIONS
from hireapp.domain.statistics import LEVEL_POINTS
from hireapp.gui.i18n import QT_TRANSLATE_NOOP
from hireapp.gui.models.text import decimal, english_plural

translate = QCoreApplication.translate

_RECOMMENDATIONS: Final = {
    "strong_no": QT_TRANSLATE_NOOP("Figures", "strong no"),
    "no": QT_TRANSLATE_NOOP("Figures", "no"),
    "yes": QT_TRANSLATE_NOOP("Figures", "yes"),
    "strong_yes": QT_TRANSLATE_NOOP("Figures", "strong yes"),
}
_STATUSES: Final = {
    "active": QT_TRANSLATE_NOOP("Figures", "active"),
    "hired": QT_TRANSLATE_NOOP("Figures", "hired"),
    "rejected": QT_TRANSLATE_NOOP("Figures", "rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Figures", "withdrawn"),
}
_STAGES: Final = {
    "interviewed": QT_TRANSLATE_NOOP("Figures", "interviewed"),
    "in progress": QT_TRANSLATE_NOOP("Figures", "in progress"),
    "waiting": QT_TRANSLATE_NOOP("Figures", "waiting"),
}
_AGREEMENT: Final = {
    "poor": QT_TRANSLATE_NOOP("Figures", "poor"),
    "moderate": QT_TRANSLATE_NOOP("Figures", "moderate"),
    "good": QT_TRANSLATE_NOOP("Figures", "good"),
    "excellent": QT_TRANSLATE_NOOP("Figures", "excellent"),
    "not enough data": QT_TRANSLATE_NOOP("Figures", "not enough data"),
}


def _word(table: Mapping[str, str], key: str) -> str:
    """A stored value (a key) as the user reads it; an unknown one as it is stored."""
    return translate("Figures", table[key]) if key in table else key


def status_word(status: str) -> str:
    """A candidate's status (stored as a key: "active") in words."""
    return _word(_STATUSES, status)


def stage_word(stage: str) -> str:
    """A candidate's stage (stored as a key: "in progress") in words."""
    return _word(_STAGES, stage)


def agreement_word(label: str) -> str:
    """An agreement label (poor, moderate, good, excellent) in words."""
    return _word(_AGREEMENT, label)


def withheld() -> str:
    """What a withheld figure reads (the domain's WITHHELD in English)."""
    return translate("Figures", "hidden until you submit")


def withheld_tip() -> str:
    return translate(
        "Figures",
        "Hidden until you submit your own interview of this candidate, so that colleagues' "
        "scores cannot colour yours.",
    )


def recommendation_word(value: str) -> str:
    """A recommendation value ("strong_no") as a lower-case word (strong no)."""
    return _word(_RECOMMENDATIONS, value)


def tally_order() -> str:
    """The order of a tally's counts: strong no / no / yes / strong yes."""
    return " / ".join(recommendation_word(value) for value in RECOMMENDATIONS)


def tally_explained(tally: Mapping[str, int]) -> str:
    """A tally in words: 0 strong no, 1 no, 2 yes, 0 strong yes."""
    return ", ".join(f"{tally[value]} {recommendation_word(value)}" for value in RECOMMENDATIONS)


def interviews_explained(submitted: int, drafts: int) -> str:
    """What "2 (1)" in the Interviews column means, in words."""
    if not drafts:
        return english_plural(
            translate("Figures", "%n submitted interview(s).", None, submitted), submitted
        )
    counted = english_plural(
        translate("Figures", "%n submitted interview(s)", None, submitted), submitted
    )
    template = translate(
        "Figures",
        "{submitted} and %n draft(s) still in progress (the number in brackets); drafts count in "
        "no figure until they are submitted.",
        None,
        drafts,
    )
    return english_plural(template, drafts).format(submitted=counted)


def halo_sentence(gap: float | None) -> str | None:
    """The halo gap in plain words (as hireapp.domain.statistics.halo_sentence); None without."""
    if gap is None:
        return None
    points = abs(whole(gap))
    levels = decimal(abs(gap) / LEVEL_POINTS, 1)
    if points == 0:
        return translate(
            "Figures",
            "Where an interviewer recorded both, the first impression matched the structured "
            "score.",
        )
    if gap > 0:
        template = translate(
            "Figures",
            "Where an interviewer recorded both, the first impression was on average %n point(s) "
            "({levels} levels) above the structured score: the candidate came across better in the "
            "first 30 seconds than their answers bear out.",
            None,
            points,
        )
    else:
        template = translate(
            "Figures",
            "Where an interviewer recorded both, the first impression was on average %n point(s) "
            "({levels} levels) below the structured score: the answers were stronger than the "
            "first 30 seconds suggested.",
            None,
            points,
        )
    return english_plural(template, points).format(levels=levels)
