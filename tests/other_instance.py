# SPDX-License-Identifier: MIT
"""Another copy of hireapp with one interview open, as a real process, driven line by line.

    python -m tests.other_instance URL INTERVIEW_ID [take-over]

It claims the interview as an interview window does (printing CLAIMED, or IN USE and the
message), then obeys one command per line on stdin, answering one line each:
`note QUESTION TEXT` saves a note with its claim, `renew` renews the claim, `release` gives it
up, `quit` ends. An answer is OK, or REFUSED and the error's class and message.
"""

from __future__ import annotations

import sys

from hireapp.errors import HireappError
from hireapp.services import claims
from hireapp.services import interviews as iv
from hireapp.storage.session import Database


class OtherInstance:
    """The test's side: starts the process and talks to it."""

    def __init__(self, url: str, interview_id: int, *, take_over: bool = False) -> None:
        import subprocess

        args = [sys.executable, "-m", "tests.other_instance", url, str(interview_id)]
        self.process = subprocess.Popen(
            [*args, "take-over"] if take_over else args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.greeting = self._line()

    def _line(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def ask(self, command: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._line()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=10)
        self._close_pipes()

    def close(self) -> None:
        if self.process.poll() is None:
            self.ask("quit")
            self.process.wait(timeout=10)
        self._close_pipes()

    def _close_pipes(self) -> None:
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


def main(url: str, interview_id: int, take_over: bool) -> None:
    db = Database(url, migrate=False, check_integrity=False)
    state = iv.get_interview(db, interview_id)
    claim = claims.new_claim(interview_id, state.revision)
    try:
        claims.claim_interview(db, claim, take_over=take_over)
    except HireappError as exc:
        print(f"IN USE {exc}", flush=True)
        return
    print("CLAIMED", flush=True)
    for line in sys.stdin:
        command, _, rest = line.strip().partition(" ")
        try:
            if command == "note":
                question, _, text = rest.partition(" ")
                iv.save_note(db, interview_id, question, text, claim=claim)
            elif command == "renew":
                claims.keep_claim(db, claim)
            elif command == "release":
                claims.release_claim(db, claim)
            elif command == "quit":
                print("BYE", flush=True)
                break
        except HireappError as exc:
            print(f"REFUSED {type(exc).__name__} {exc}", flush=True)
        else:
            print("OK", flush=True)
    db.dispose()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), take_over=sys.argv[3:] == ["take-over"])
