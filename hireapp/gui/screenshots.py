# SPDX-License-Identifier: MIT
"""`make screenshots`: every screen with demo data, rendered offscreen to PNG, light and dark.

Run as `python -m hireapp.gui.screenshots OUTPUT_DIR`. The pictures are for looking at (clipping,
alignment, empty states, long names, the dark palette) and for the README.
"""

from __future__ import annotations

import os
import pathlib
import sys
import tempfile
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from hireapp.gui.app import create_application
from hireapp.gui.main_window import MainWindow
from hireapp.gui.theme import dark_palette
from hireapp.services.demo import generate_demo
from hireapp.services.people import create_candidate
from hireapp.storage.session import Database

_alive: list[QWidget] = []


def _loaded(window: MainWindow) -> MainWindow:
    loop = QEventLoop()
    window.candidates_loaded.connect(loop.quit)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    return window


def _save(widget: QWidget, path: pathlib.Path) -> None:
    widget.show()
    QApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise OSError(f"cannot write {path}")
    print(path)


def _about(window: MainWindow) -> QWidget:
    _alive.append(window)  # the window must outlive its dialog
    box = QMessageBox(window)
    box.setWindowTitle("About hireapp")
    box.setText(window.about_text())
    box.setIconPixmap(window.windowIcon().pixmap(64, 64))
    return box


def render_all(output: pathlib.Path) -> None:
    output.mkdir(parents=True, exist_ok=True)
    app = create_application(["hireapp-screenshots"])
    app.setStyle("Fusion")
    light = app.palette()
    with tempfile.TemporaryDirectory(prefix="hireapp-shots-") as folder:
        os.environ["XDG_CONFIG_HOME"] = str(pathlib.Path(folder) / "config")
        QSettings().clear()
        demo = Database(str(pathlib.Path(folder) / "demo.sqlite3"))
        generate_demo(demo, candidates=200, seed=1)
        # A long, non-Latin name: it must neither clip nor break the table.
        create_candidate(demo, name="Maximiliane Alexandra Özdemir-Wolkenstein-Łukaszewicz",
                         email="long.name@example.org", position="Store associate")  # fmt: skip
        empty = Database(str(pathlib.Path(folder) / "empty.sqlite3"))
        screens: list[tuple[str, Callable[[], QWidget]]] = [
            ("main-window", lambda: _loaded(MainWindow(demo))),
            ("main-window-empty", lambda: _loaded(MainWindow(empty))),
            ("about", lambda: _about(_loaded(MainWindow(demo)))),
        ]
        for theme, palette in (("light", light), ("dark", dark_palette())):
            app.setPalette(palette)
            for name, make in screens:
                widget = make()
                widget.resize(widget.sizeHint().expandedTo(widget.size()))
                _save(widget, output / f"{name}-{theme}.png")
                widget.close()
        demo.dispose()
        empty.dispose()


if __name__ == "__main__":
    render_all(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))
