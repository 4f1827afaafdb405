# SPDX-License-Identifier: MIT
"""`hireapp candidates list`: the read model's figures, HR's full view (no scores withheld)."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from hireapp.cli.candidates_data import add_actions
from hireapp.cli.common import Subcommands, open_database, print_table
from hireapp.domain.catalogue import decision_label, translate
from hireapp.domain.formatting import decimal_text

if TYPE_CHECKING:
    from hireapp.services.decisions import DecisionInfo


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def _decision(made: DecisionInfo | None) -> dict[str, object] | None:
    """The current decision as `candidates list --format json` gives it."""
    if made is None:
        return None
    return {
        "decision": made.decision, "rationale": made.rationale, "decided_by": made.decided_by,
        "decided_at": made.decided_at.isoformat(),
        "after_last_interview_seconds": None
        if made.after_interview is None
        else made.after_interview.total_seconds(),
    }  # fmt: skip


def list_candidates(args: argparse.Namespace) -> int:
    from hireapp.domain.formatting import tally_text
    from hireapp.services.comparison import comparison_rows, write_comparison_rows
    from hireapp.services.people import position_id

    db = open_database(args)
    position = None if args.position is None else position_id(db, args.position)
    rows = sorted(comparison_rows(db, position), key=lambda r: (r.name.casefold(), r.id))
    if args.format == "json":
        from hireapp.services.decisions import decisions_by_id

        made = decisions_by_id(db, [r.decision_id for r in rows])
        decided = {r.id: made.get(r.decision_id or 0) for r in rows}
        records = [
            {
                "id": r.id, "name": r.name, "email": r.email, "position": r.position,
                "status": r.status, "stage": r.stage, "submitted_interviews": r.submitted,
                "draft_interviews": r.drafts, "overall": _rounded(r.overall),
                "first_impression": _rounded(r.impression), "structured": _rounded(r.structured),
                "halo_gap": _rounded(r.halo_gap), "halo_flag": r.halo,
                "disagreement": _rounded(r.disagreement), "recommendations": r.recommendations,
                "decision": _decision(decided[r.id]),
            }
            for r in rows
        ]  # fmt: skip
        json.dump(records, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif args.format == "csv":
        write_comparison_rows(sys.stdout, rows)
    elif not rows:
        print(translate("Cli", "no candidates yet: add some, or try `hireapp demo` (from a "
                               "source checkout: `make demo`)"), file=sys.stderr)  # fmt: skip
    else:
        print_table(
            [translate("Cli", "id"), translate("Cli", "name"), translate("Cli", "position"),
             translate("Cli", "stage"), translate("Cli", "int."), translate("Cli", "overall"),
             translate("Cli", "impression"), translate("Cli", "structured"),
             translate("Cli", "recommendations (--/-/+/++)"), translate("Cli", "decision")],
            [[r.id, r.name, r.position, r.stage, r.submitted, decimal_text(r.overall),
              decimal_text(r.impression), decimal_text(r.structured),
              tally_text(r.recommendations, "/"), decision_label(r.decision_label) or "-"]
             for r in rows],
        )  # fmt: skip
    return 0


def register(commands: Subcommands) -> None:
    candidates = commands.add_parser("candidates", help="list, import and erase candidates")
    actions = candidates.add_subparsers(dest="candidates_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="candidates with aggregated scores")
    listing.add_argument("--position", metavar="P", help="only this position (id or title)")
    listing.add_argument("--format", choices=("table", "csv", "json"), default="table")
    listing.set_defaults(handler=list_candidates)
    add_actions(actions)
