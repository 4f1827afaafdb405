# SPDX-License-Identifier: MIT
"""`hireapp validity`: does the interview predict the job? (issue 14, item 3)."""

from __future__ import annotations

import argparse

from hireapp.cli.common import Subcommands, open_database, print_table


def _figure(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def show(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    from hireapp.domain.validity import correlation_text
    from hireapp.services.validity import validity

    result = validity(open_database(args), args.position, args.review_days, args.customer)
    report = result.report
    if args.format == "json":
        data = {
            "position": result.position,
            "review_days": result.review_days,
            "customer_measure": result.customer_measure,
            **dataclasses.asdict(report),
        }
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return 0
    where = result.position or "every position"
    print(report.headline.text)
    print()
    print(f"{where}, outcomes at {result.review_days} days: {report.progress}.")
    if report.ready:
        print()
        print_table(
            ["predictor", "outcome", "r", "95% CI", "n"],
            [
                [f.predictor, f.outcome, _figure(f.correlation.r),
                 "-" if f.correlation.low is None else
                 f"{_figure(f.correlation.low)} to {_figure(f.correlation.high)}",
                 f.correlation.n]
                for outcome in result.outcomes for f in result.figures_for(outcome)
            ],
        )  # fmt: skip
        print()
        print("What the structured score adds to the first impression:")
        print_table(
            ["outcome", "R2 impression", "R2 both", "delta R2", "partial r", "n"],
            [
                [a.outcome, _figure(a.added.r2_impression), _figure(a.added.r2_both),
                 _figure(a.added.delta_r2), correlation_text(a.added.partial), a.added.n]
                for a in report.added_value
            ],
        )  # fmt: skip
    print()
    print(report.range_restriction)
    return 0


def register(commands: Subcommands) -> None:
    command = commands.add_parser(
        "validity",
        help="does the interview predict the job: interview figures against hires' outcomes",
    )
    command.add_argument("--position", metavar="POSITION", help="title or id (default: all)")
    command.add_argument("--review-days", type=int, default=90, metavar="DAYS",
                         help="the review point whose outcomes count (default: 90)")  # fmt: skip
    command.add_argument(
        "--customer", default="csat", metavar="MEASURE",
        help="the measure that is the customers' rating (default: csat)",
    )  # fmt: skip
    command.add_argument("--format", choices=("table", "json"), default="table")
    command.set_defaults(handler=show)
