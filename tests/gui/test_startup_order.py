# SPDX-License-Identifier: MIT
"""Start-up imports SQLAlchemy before PySide6, whose import hook slows every later import.

Measured here: about 10% of the time to the loaded main window. An import sorter once moved the
import back behind PySide6 without anyone noticing, so a child process checks the order.
"""

from __future__ import annotations

import os
import subprocess
import sys

CHILD = """
import sys
from hireapp.gui.app import create_application
create_application(["hireapp"])
order = list(sys.modules)
print(order.index("sqlalchemy"), order.index("PySide6"))
"""


def test_the_storage_layer_loads_before_qt() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    sqlalchemy, pyside = map(int, result.stdout.split())
    assert sqlalchemy < pyside
