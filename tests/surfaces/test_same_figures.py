# SPDX-License-Identifier: MIT
"""Every surface shows the same figures for the same candidates: the one read model at work.

The table model, `hireapp candidates list --format csv`, the table's CSV export, Side by side
(service and its Qt model), Insight, the summary PDF and the shortlist PDF (both read back with
pypdf) are checked against figures worked out by hand in tests/surfaces/case.py.
"""

from __future__ import annotations

import csv
import io
import pathlib

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from hireapp.gui.compare.model import COLUMN_KEYS, ComparisonModel
from hireapp.services.comparison import (
    comparison_rows,
    insight,
    side_by_side,
    write_comparison_csv,
)
from hireapp.services.reports import candidate_summary_pdf, comparison_pdf
from hireapp.storage.session import Database
from tests.cli.clirun import hireapp
from tests.reports.conftest import flat, pdf_text
from tests.surfaces.case import ANN, BO, Case, Expected, build_case


@pytest.fixture
def case(db: Database) -> Case:
    return build_case(db)


def _points(value: float | None) -> str:
    """A figure as the CSVs write it (two decimals) rounded as the screens show it."""
    from hireapp.domain.formatting import score_text

    return score_text(value)


def test_the_read_model_has_the_figures_worked_by_hand(db: Database, case: Case) -> None:
    rows = {r.id: r for r in comparison_rows(db)}
    ann, bo = rows[case.ann], rows[case.bo]
    assert ann.impression == pytest.approx(75) and ann.structured == pytest.approx(62.5)
    assert ann.halo_gap == pytest.approx(50) and ann.halo  # not 75 - 62.5 = 12.5
    assert ann.disagreement == pytest.approx(75) and ann.drafts == 0
    assert bo.impression == pytest.approx(75) and bo.structured == pytest.approx(87.5)
    assert bo.halo_gap == pytest.approx(-12.5) and not bo.halo
    assert bo.disagreement == pytest.approx(25) and bo.drafts == 1 and bo.submitted == 2


def test_the_table_model_shows_them(qtbot: QtBot, db: Database, case: Case) -> None:
    model = ComparisonModel()
    model.set_rows(comparison_rows(db))
    shown = {}
    for r in range(model.rowCount()):
        cells = {key: model.index(r, n).data() for n, key in enumerate(COLUMN_KEYS)}
        shown[cells["name"]] = cells
    for name, expected in (("Ann Halo", ANN), ("Bo Skip", BO)):
        cells = shown[name]
        assert cells["overall"] == expected.overall
        assert cells["impression"] == expected.impression
        assert cells["structured"] == expected.structured
        assert cells["halo"] == expected.halo
        assert cells["disagreement"] == expected.disagreement
        assert cells["recommendations"] == " / ".join(map(str, expected.tally))


def _csv_checks(text: str) -> None:
    rows = {r["name"]: r for r in csv.DictReader(io.StringIO(text))}
    for name, expected in (("Ann Halo", ANN), ("Bo Skip", BO)):
        r = rows[name]
        assert _points(float(r["overall"])) == expected.overall
        assert _points(float(r["first_impression"])) == expected.impression
        assert _points(float(r["structured"])) == expected.structured
        assert (r["halo_flag"] == "yes") == expected.halo.startswith("⚠")
        assert float(r["halo_gap"]) == pytest.approx(50 if name == "Ann Halo" else -12.5)
        assert _points(float(r["disagreement"])) == expected.disagreement
        tally = tuple(int(r[k]) for k in ("strong_no", "no", "yes", "strong_yes"))
        assert tally == expected.tally
        assert int(r["draft_interviews"]) == expected.drafts


def test_the_command_line_csv_shows_them(db: Database, case: Case) -> None:
    result = hireapp("--db", db.url, "candidates", "list", "--format", "csv")
    assert result.returncode == 0, result.stderr
    _csv_checks(result.stdout)
    # The columns scripts already read keep their places; the flag came last.
    assert result.stdout.splitlines()[0] == (
        "id,name,email,position,status,stage,submitted_interviews,draft_interviews,overall,"
        "first_impression,structured,halo_gap,disagreement,strong_no,no,yes,strong_yes,halo_flag"
    )


def test_the_table_export_shows_them(db: Database, case: Case, tmp_path: pathlib.Path) -> None:
    path = tmp_path / "table.csv"
    write_comparison_csv(path, comparison_rows(db))
    _csv_checks(path.read_text(encoding="utf-8"))
    cli = hireapp("--db", db.url, "candidates", "list", "--format", "csv").stdout
    # One writer for both: the same header and the same lines, order aside.
    assert sorted(cli.splitlines()) == sorted(path.read_text(encoding="utf-8").splitlines())


def test_side_by_side_shows_them(qtbot: QtBot, db: Database, case: Case) -> None:
    from hireapp.gui.compare.side_by_side import SideBySideModel

    data = side_by_side(db, [case.ann, case.bo])
    model = SideBySideModel(data)
    headlines = {
        model.headerData(row, _vertical()): [model.index(row, c).data() for c in range(2)]
        for row in range(len(SideBySideModel.HEADLINES))
    }
    assert headlines["Overall"] == [ANN.overall, BO.overall]
    assert headlines["First impression"] == [ANN.impression, BO.impression]
    assert headlines["Structured"] == [ANN.structured, BO.structured]
    assert headlines["Halo gap"] == [ANN.halo, BO.halo]
    # Sections by id, with the draft's level-1 answers nowhere: Bo's urgency is (4 + 5) / 2.
    urgency = data.sections[0].questions[0]
    assert urgency.cells[1].levels == (4, 5) and urgency.cells[1].mean == pytest.approx(4.5)
    assert [s.id for s in data.sections] == ["service-attitude"]


def _vertical() -> object:
    return Qt.Orientation.Vertical


def test_insight_shows_the_same_halo(qtbot: QtBot, db: Database, case: Case) -> None:
    from hireapp.gui.compare.insight import halo_model

    found = insight(db)
    assert [(h.name, round(h.gap)) for h in found.halo_candidates] == [("Ann Halo", 50)]
    assert found.interviews == 4  # the draft is not one of them
    model = halo_model(found)
    shown = [model.index(0, c).data() for c in range(model.columnCount())]
    assert shown == ["Ann Halo", ANN.impression, ANN.structured, "+50", "+2.0"]
    assert "on average 50 points (2.0 levels) above" in model.index(0, 0).data(
        Qt.ItemDataRole.ToolTipRole
    )


def _summary_checks(text: str, expected: Expected, tally_words: str) -> None:
    assert f"{expected.overall} {expected.impression} {expected.structured} Overall" in text
    assert f"Halo gap {expected.halo} (first impression minus structured" in text
    assert f"Disagreement {expected.disagreement} (points" in text
    assert tally_words in text


def test_the_summary_pdfs_show_them(db: Database, case: Case) -> None:
    _reader, pages = pdf_text(candidate_summary_pdf(db, case.ann).data)
    ann = flat(" ".join(pages))
    _summary_checks(ann, ANN, "Strong no 0 · No 1 · Yes 0 · Strong yes 1")
    assert "on average 50 points (2.0 levels) above the structured score" in ann
    _reader, pages = pdf_text(candidate_summary_pdf(db, case.bo).data)
    bo = flat(" ".join(pages))
    _summary_checks(bo, BO, "Strong no 0 · No 0 · Yes 1 · Strong yes 1")
    assert "Not included: 1 draft interview still in progress (Jonas Becker)" in bo
    assert "on average" not in bo  # -12.5 is not flagged: no note


def test_the_shortlist_pdf_shows_them(db: Database, case: Case) -> None:
    _reader, pages = pdf_text(comparison_pdf(db, [case.ann, case.bo]).data)
    text = flat(" ".join(pages))
    assert f"Overall {ANN.overall} {BO.overall}" in text
    assert f"First impression (30 s) {ANN.impression} {BO.impression}" in text
    assert f"Structured questions {ANN.structured} {BO.structured}" in text
    assert f"Halo gap (impression − structured) {ANN.halo} {BO.halo}" in text
    assert f"Disagreement (points) {ANN.disagreement} {BO.disagreement}" in text
    assert "Drafts left out 0 1" in text
    assert "Urgency 3.5 4.5" in text  # the same means as Side by side
    assert "Ann Halo: Where an interviewer recorded both, the first impression was on " in text
