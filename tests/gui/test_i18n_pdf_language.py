# SPDX-License-Identifier: MIT
"""The PDFs the GUI prints speak the GUI's language (issue 12, item 2): i18n.install hands its
language to hireapp.domain.catalogue, which the reports read without Qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from hireapp.domain import catalogue
from hireapp.gui import i18n
from hireapp.gui.app import create_application
from hireapp.services.reports import candidate_summary_pdf
from hireapp.storage.session import Database
from tests.factories import add_candidate, take_interview
from tests.reports.conftest import flat, pdf_text


@pytest.fixture
def app(qtbot: QtBot) -> Iterator[None]:
    create_application()
    QSettings().clear()
    yield
    i18n.uninstall()
    QSettings().clear()


def test_a_summary_printed_from_the_german_gui_is_german(app: None, sqlite_db: Database) -> None:
    add_candidate(sqlite_db)
    take_interview(sqlite_db)
    assert i18n.install("de") == "de"
    assert catalogue.current() == "de"
    german = flat("\n".join(pdf_text(candidate_summary_pdf(sqlite_db, "1").data)[1]))
    assert "Zusammenfassung der Person · strukturierte Interviews" in german
    assert "Seite 1 von 2" in german and "Page 1 of" not in german
    # Back to English with the GUI's language (the tests' environment says English).
    i18n.uninstall()
    assert catalogue.current() == "en"
    english = flat("\n".join(pdf_text(candidate_summary_pdf(sqlite_db, "1").data)[1]))
    assert "Candidate summary · structured interviews" in english
