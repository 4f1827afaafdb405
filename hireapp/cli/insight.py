# SPDX-License-Identifier: MIT
"""`hireapp insight order`: each interviewer's order effects, as Insight's Order effects tab shows
them (issue 14, item 5)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from hireapp.cli.common import Subcommands, open_database, print_table

if TYPE_CHECKING:
    from hireapp.services.comparison.insight import InterviewerOrder

FLAG_MARK = "⚑"
SLOT_NAMES = {1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 5: "5th+"}


def reading(o: InterviewerOrder) -> str:
    """The running-mean correlation in plain words; a drift only when its interval excludes 0."""
    if o.drift == "toward":
        return "Scores drift toward the day's earlier scores."
    if o.drift == "away":
        return "Scores move away from the day's earlier scores (a contrast effect)."
    if o.running_mean.r is None or o.running_mean.low is None:
        return "Too few interviews, or too little variation, to tell."
    return "No clear drift with the day's earlier scores."


def _figure(value: float | None, decimals: int) -> str:
    if value is None:
        return "-"
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def _interval(o: InterviewerOrder) -> str:
    low, high = o.running_mean.low, o.running_mean.high
    return "-" if low is None or high is None else f"{_figure(low, 2)} to {_figure(high, 2)}"


def _in_a_row(o: InterviewerOrder) -> str:
    if not o.past_four:
        return f"longest {o.longest_run}"
    return "; ".join(
        f"{FLAG_MARK} {run.interviews} in a row on {run.day.isoformat()}" for run in o.long_runs
    )


def _as_json(o: InterviewerOrder) -> dict[str, Any]:
    r = o.running_mean
    return {
        "id": o.id,
        "interviewer": o.name,
        "interviews": o.interviews,
        "days": o.days,
        "mean_by_position": [
            {"position": SLOT_NAMES[s.slot], "mean": s.mean, "n": s.n} for s in o.by_slot
        ],
        "running_mean": {"r": r.r, "low": r.low, "high": r.high, "n": r.n},
        "drift": o.drift,
        "reading": reading(o),
        "longest_run": o.longest_run,
        "past_four": o.past_four,
        "runs_past_four": [
            {
                "day": run.day.isoformat(),
                "first": run.first.isoformat(timespec="minutes"),
                "last": run.last.isoformat(timespec="minutes"),
                "interviews": run.interviews,
            }
            for run in o.long_runs
        ],
    }


def _zone() -> str:
    now = dt.datetime.now().astimezone()
    return f"{now.tzname()}, UTC{now:%z}"


def order(args: argparse.Namespace) -> int:
    import json

    from hireapp.services.comparison.insight import LAST_SLOT, order_effects
    from hireapp.services.people import position_id

    db = open_database(args)
    position = None if args.position is None else position_id(db, args.position)
    found = order_effects(db, position)
    if args.format == "json":
        data = {
            "position": args.position,
            "score": "structured",
            "time_zone": _zone(),
            "interviewers": [_as_json(o) for o in found],
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    where = args.position or "every position"
    print(
        f"Order effects, {where}: the structured score (0-100) by place in the interviewer's "
        f"day, in this computer's time zone ({_zone()})."
    )
    if not found:
        print("No submitted interview with a structured score yet.")
        return 0
    print()
    slots = range(1, LAST_SLOT + 1)
    rows = []
    for o in found:
        means = {s.slot: s.mean for s in o.by_slot}
        rows.append([
            o.name, o.interviews, o.days, *(_figure(means.get(slot), 1) for slot in slots),
            _figure(o.running_mean.r, 2), _interval(o), o.running_mean.n, _in_a_row(o),
        ])  # fmt: skip
    print_table(
        ["interviewer", "interviews", "days", *(SLOT_NAMES[s] for s in slots),
         "running-mean r", "95% CI", "n", "in a row"],
        rows,
    )  # fmt: skip
    print()
    for o in found:
        print(f"{o.name}: {reading(o)}")
    flagged = [o for o in found if o.past_four]
    if flagged:
        print()
        for o in flagged:
            for run in o.long_runs:
                print(
                    f"{FLAG_MARK} {o.name}: {run.interviews} interviews in a row on "
                    f"{run.day.isoformat()}, {run.first:%H:%M} to {run.last:%H:%M}."
                )
    return 0


def register(commands: Subcommands) -> None:
    parser = commands.add_parser("insight", help="figures about the interviewers")
    figures = parser.add_subparsers(dest="insight_command", metavar="FIGURES", required=True)
    command = figures.add_parser(
        "order",
        help="order effects: scores by place in each interviewer's day, against the running "
        "mean of the day's earlier scores, and who did more than four interviews in a row",
    )
    command.add_argument("--position", metavar="POSITION", help="title or id (default: all)")
    command.add_argument("--format", choices=("table", "json"), default="table")
    command.set_defaults(handler=order)
