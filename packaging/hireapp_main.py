# SPDX-License-Identifier: MIT
"""The bundle's entry point: the `hireapp` command, exactly as the wheel's console script runs it.

One addition, for checking a build and timing its start-up (packaging/ci_install_test.sh and
benchmarks/bench_startup_installed.py), never for users: with HIREAPP_BUNDLE_CHECK=quit-when-loaded
in the environment, the app prints one line and quits as soon as its main window has shown the
candidates of its database. The app itself has no way to quit after opening, and a check that only
waited for a timeout could not tell a window that loaded from one that hung.
"""

from __future__ import annotations

import multiprocessing
import os
import sys

CHECK_VARIABLE = "HIREAPP_BUNDLE_CHECK"
LOADED_LINE = "hireapp bundle check: main window loaded"


def _quit_when_loaded() -> None:
    """Make the main window, once shown, quit the app when its candidates have loaded."""
    # Storage before PySide6, as hireapp.gui.app imports them (the faster order).
    import hireapp.storage.session  # noqa: F401

    # isort: split
    from PySide6.QtWidgets import QApplication

    from hireapp.gui.main_window import MainWindow

    show = MainWindow.show

    def show_then_quit_when_loaded(window: MainWindow) -> None:
        def loaded(count: int) -> None:
            print(f"{LOADED_LINE}: {window.windowTitle()}, {count} candidates", flush=True)
            QApplication.quit()

        window.candidates_loaded.connect(loaded)
        show(window)

    MainWindow.show = show_then_quit_when_loaded  # type: ignore[method-assign]


def main() -> int:
    # `hireapp report --position` renders in spawned worker processes: in a bundle each is this
    # program started again, which must run the worker instead of the command line.
    multiprocessing.freeze_support()
    if os.environ.get(CHECK_VARIABLE) == "quit-when-loaded":
        _quit_when_loaded()
    from hireapp.cli import main as hireapp_main

    return hireapp_main()


if __name__ == "__main__":
    sys.exit(main())
