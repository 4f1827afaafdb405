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
from hireapp.gui.models.text import decimal, english_plural, number
from hireapp.services.comparison.fair import SINGLE_INTERVIEWER_MARK

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


_DECISIONS: Final = {
    "advance": QT_TRANSLATE_NOOP("Figures", "Advance"),
    "hire": QT_TRANSLATE_NOOP("Figures", "Hire"),
    "reject": QT_TRANSLATE_NOOP("Figures", "Reject"),
    "hold": QT_TRANSLATE_NOOP("Figures", "On hold"),
}
DECISION_ORDER: Final = ("advance", "hire", "reject", "hold")
"""The decisions in the order the filter lists them (the issue's, the debrief's)."""


def decision_word(decision: str | None) -> str:
    """The panel's current decision (stored as a key: "hold") in words; empty before one."""
    return "" if decision is None else _word(_DECISIONS, decision)


def fair_text(adjusted: float, single_interviewer: bool) -> str:
    """A fair score as cells show it: whole points, † after one that rests on one interviewer."""
    points = number(whole(adjusted))
    return f"{points} {SINGLE_INTERVIEWER_MARK}" if single_interviewer else points


def interval_text(low: float, high: float) -> str:
    """An 80% interval as cells show it: 52, an en dash, 71."""
    return f"{number(whole(low))}–{number(whole(high))}"


def single_interviewer_note() -> str:
    """What † beside a fair score means."""
    return translate(
        "Figures",
        "† Seen by one interviewer only: the adjustment rests on how that interviewer rated "
        "other candidates, and the interval is wider.",
    )


def fair_explained(raw: float, adjusted: float, low: float, high: float, single: bool) -> str:
    """A fair score in words, for a tooltip or a screen reader."""
    text = translate(
        "Figures",
        "Fair score {adjusted} of 100 (80% interval {low} to {high}) beside the structured "
        "score {raw}: the interviewers' leniency or severity taken out, shrunk toward the "
        "position's mean where it rests on few interviews.",
    ).format(
        adjusted=number(whole(adjusted)),
        low=number(whole(low)),
        high=number(whole(high)),
        raw=number(whole(raw)),
    )
    return f"{text}\n{single_interviewer_note()}" if single else text
