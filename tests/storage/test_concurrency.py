# SPDX-License-Identifier: MIT
"""Two processes saving answers for the same candidate at once lose nothing and never fail.

Real processes, each with its own connection pool, as two copies of the app (on one SQLite file)
or two clients of a PostgreSQL server would be.
"""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import select

from hireapp.services import interviews as iv
from hireapp.storage.models import Answer
from hireapp.storage.session import Database
from tests.factories import QUESTIONS, add_candidate, start_interview

ROUNDS = 6

WORKER = """
import sys
from hireapp.services import interviews as iv
from hireapp.storage.session import Database

url, shared, own, first, last, rounds = sys.argv[1:7]
questions = sys.argv[7:]
db = Database(url)
for round_ in range(int(rounds)):
    for number, question in enumerate(questions):
        level = 1 + (round_ + number) % 5
        if int(first) <= number < int(last):
            iv.answer_question(db, int(shared), question, score=level, note=f"{first}:{round_}")
        iv.answer_question(db, int(own), question, score=level, note=f"own:{round_}")
print("done")
"""


def _expected(round_: int, number: int) -> int:
    return 1 + (round_ + number) % 5


def test_two_processes_saving_at_once_lose_nothing(db: Database) -> None:
    add_candidate(db, name="Ann Lee", email="ann@example.org")
    ids = [
        start_interview(db, candidate="ann@example.org", interviewer=name)
        for name in ("Shared", "First", "Second")
    ]
    shared, own_a, own_b = ids
    half = len(QUESTIONS) // 2
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WORKER,
                db.url,
                str(shared),
                str(own),
                str(first),
                str(last),
                str(ROUNDS),
                *QUESTIONS,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for own, first, last in ((own_a, 0, half), (own_b, half, len(QUESTIONS)))
    ]
    outputs = [worker.communicate(timeout=120) for worker in workers]
    for worker, (out, err) in zip(workers, outputs, strict=True):
        assert "locked" not in err.lower() and "Traceback" not in err, err
        assert worker.returncode == 0 and out.strip() == "done", err
    last_round = ROUNDS - 1
    with db.read() as session:
        for interview in ids:
            rows = session.execute(
                select(Answer.question_id, Answer.score, Answer.note).where(
                    Answer.interview_id == interview
                )
            ).all()
            scores = {row.question_id: row.score for row in rows}
            assert scores == {q: _expected(last_round, n) for n, q in enumerate(QUESTIONS)}, (
                interview
            )
    for interview in ids:
        state = iv.get_interview(db, interview)
        assert state.scores.answered == len(QUESTIONS)
