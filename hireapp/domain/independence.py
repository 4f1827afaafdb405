# SPDX-License-Identifier: MIT
"""Independent scoring, as words every surface shares.

The rule: while my own interview of a candidate is not submitted, I see no colleague's level,
note, recommendation or figure for that candidate, so their ratings cannot colour mine. It is
applied in one place, the read model (hireapp.services.comparison.figures); this module holds
only what a withheld figure reads, so the table, the CSV and the PDFs say the same.
"""

from __future__ import annotations

from typing import Final

WITHHELD: Final = "hidden until you submit"
"""What a withheld figure reads on every surface, never 0 or an empty cell."""
