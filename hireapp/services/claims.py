# SPDX-License-Identifier: MIT
"""One interview, one writer.

A window that opens a draft interview for writing claims it: a row in `interview_claims` with a
random token, the machine, the account and the process. While the window is open it renews the
claim (`keep_claim`) every HEARTBEAT_S seconds; closing releases it. Opening an interview that
another live window has claimed raises InterviewInUse, and the user chooses read-only or an
explicit take-over (`claim_interview(..., take_over=True)`), which the audit trail records.

Every write of the window carries its Claim. `check_claim` (called by the interview services
inside the write's transaction, with the interview row locked) refuses the write with
InterviewChangedElsewhere when the claim is no longer this window's (taken over) or when the
interview changed since the window last read or wrote it (an import, say): such a write was made
from a stale view, and merging it would give a mix no window shows.

A claim counts as live when it was renewed within STALE_AFTER_S seconds; on the same machine a
claim whose process has ended (or of this very process, whose window on the interview is
closed) is not live whatever its age, so reopening after a crash asks nothing. Clocks of
different machines may differ: a machine whose clock runs more than STALE_AFTER_S - HEARTBEAT_S
seconds ahead sees a live claim as stale; the version check still refuses the stale window's
writes then (docs/data.md).
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import secrets
import socket
from dataclasses import dataclass, field
from typing import NoReturn

from sqlalchemy import delete, event
from sqlalchemy.orm import Session

from hireapp.errors import InterviewChangedElsewhere, InterviewInUse, NotFound
from hireapp.storage.models import AuditEvent, Interview, InterviewClaim, utcnow
from hireapp.storage.session import Database

HEARTBEAT_S = 20.0
STALE_AFTER_S = 90.0


@dataclass
class Claim:
    """This window's hold on one draft interview.

    `revision` is the interview's revision as this window last read or wrote it; only the
    window's write queue (one thread, one write at a time) moves it on, after a commit.
    """

    interview_id: int
    token: str = field(repr=False)
    revision: int


@dataclass(frozen=True)
class Holder:
    host: str
    account: str
    pid: int

    def __str__(self) -> str:
        return f"{self.account} on {self.host}" if self.account else self.host


def this_process(person: str = "") -> Holder:
    """This process as a holder; `person` (the interviewer) named before the system account,
    so that two windows on one machine are told apart by who works in them."""
    try:
        account = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container, say)
        account = str(os.getuid())
    if person:
        account = f"{person} ({account})"
    return Holder(host=socket.gethostname()[:255], account=account[:255], pid=os.getpid())


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # alive, but another account's
        return True
    return True


def _live(row: InterviewClaim, now: dt.datetime, here: Holder) -> bool:
    if row.host == here.host:
        # This process never has two windows on one interview (the main window raises the one
        # it has), so a claim of its own is one its closed window could not release.
        if row.pid == here.pid or not _process_alive(row.pid):
            return False
    return (now - row.seen_at).total_seconds() < STALE_AFTER_S


def _holder(row: InterviewClaim) -> Holder:
    return Holder(host=row.host, account=row.account, pid=row.pid)


def _local(moment: dt.datetime) -> str:
    return f"{moment.astimezone():%H:%M}"


def _in_use(row: InterviewClaim) -> InterviewInUse:
    holder = _holder(row)
    return InterviewInUse(
        f"this interview is open for writing by {holder} since "
        f"{_local(row.claimed_at)} (last seen {_local(row.seen_at)})",
        holder=str(holder),
        since=row.claimed_at,
    )


def live_holder(db: Database, interview_id: int) -> InterviewInUse | None:
    """Who else has the interview open for writing now (as the error claiming it would say),
    or None. A read: asked before a window writes anything, it never waits for a writer."""
    with db.read() as session:
        row = session.get(InterviewClaim, interview_id)
        if row is None or not _live(row, utcnow(), this_process()):
            return None
        return _in_use(row)


def new_claim(interview_id: int, revision: int) -> Claim:
    """A claim for a window that read the interview at `revision`; `claim_interview` makes it
    count. Made before it is registered, so the writes queued behind the registration carry it."""
    return Claim(interview_id=interview_id, token=secrets.token_hex(16), revision=revision)


def claim_interview(
    db: Database, claim: Claim, *, take_over: bool = False, person: str = ""
) -> None:
    """Register the claim of a window on a draft interview.

    Raises InterviewInUse when another live window holds it, unless `take_over`: then the other
    window's next write is refused, and the take-over goes to the audit trail. A claim left by a
    window that is gone (its process ended, or it was not renewed for STALE_AFTER_S) is taken
    without asking.
    """
    here = this_process(person)
    with db.write() as session:
        interview_id = claim.interview_id
        interview = session.get(Interview, interview_id, with_for_update=True)
        if interview is None:
            raise NotFound(f"no interview {interview_id}")
        row = session.get(InterviewClaim, interview_id, with_for_update=True)
        now = utcnow()
        if row is not None and row.token != claim.token and _live(row, now, here):
            if not take_over:
                raise _in_use(row)
            session.add(
                AuditEvent(
                    actor=str(here),
                    action="take over",
                    entity="interview",
                    entity_id=interview_id,
                    interview_id=interview_id,
                    detail=json.dumps(
                        {"from": str(_holder(row)), "to": str(here)}, ensure_ascii=False
                    ),
                )
            )
        if row is None:
            row = InterviewClaim(interview_id=interview_id)
            session.add(row)
        row.token = claim.token
        row.host, row.account, row.pid = here.host, here.account, here.pid
        row.claimed_at = row.seen_at = now


def keep_claim(db: Database, claim: Claim) -> None:
    """Renew the claim; InterviewChangedElsewhere when another window took the interview over."""
    with db.write() as session:
        row = session.get(InterviewClaim, claim.interview_id, with_for_update=True)
        if row is None or row.token != claim.token:
            _refuse_lost(session, claim)
        row.seen_at = utcnow()


def release_claim(db: Database, claim: Claim) -> None:
    """Give the interview up (the window closes); a claim already taken over stays theirs."""
    with db.write() as session:
        session.execute(
            delete(InterviewClaim).where(
                InterviewClaim.interview_id == claim.interview_id,
                InterviewClaim.token == claim.token,
            )
        )


def _refuse_lost(session: Session, claim: Claim) -> NoReturn:
    row = session.get(InterviewClaim, claim.interview_id)
    if row is None:
        raise InterviewChangedElsewhere(
            "this window no longer holds the interview; the change was not saved. "
            "Close the window and open the interview again"
        )
    raise InterviewChangedElsewhere(
        f"{_holder(row)} took this interview over at {_local(row.claimed_at)}; "
        "the change was not saved here. Go on in that window, or close this one "
        "and open the interview again to take it back"
    )


def check_claim(session: Session, interview: Interview, claim: Claim | None) -> None:
    """Inside a write, with the interview row locked: refuse a write from a stale view, and count
    the change. Without a claim (the command line, an import) the change is only counted."""
    if claim is not None:
        row = session.get(InterviewClaim, interview.id)
        if row is None or row.token != claim.token:
            _refuse_lost(session, claim)
        if interview.revision != claim.revision:
            raise InterviewChangedElsewhere(
                "this interview was changed elsewhere (an import or another program) since this "
                "window read it; the change was not saved. Close the window and open the "
                "interview again to see the changes"
            )
    interview.revision += 1
    if claim is not None:
        landed = interview.revision

        def committed(_session: Session) -> None:
            claim.revision = landed

        event.listen(session, "after_commit", committed, once=True)
