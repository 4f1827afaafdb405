# SPDX-License-Identifier: MIT
"""Charts drawn with reportlab.graphics: horizontal bars, readable in greyscale.

Each series has its own shade from dark to light with a dark outline, values are written at the
bar ends. Labels are drawn here rather than by the axis, run by run, because a graphics string has
one font and a name such as "李小龙 Łukasz" needs two. A label that needs bidi or shaping (Arabic,
Devanagari...) cannot be a graphics string at all: the drawing keeps it aside and draws it on the
canvas after the chart, through hireapp.reports.scripts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib.attrmap import AttrMap, AttrMapValue
from reportlab.lib.validators import isAnything

from hireapp.reports.base import INK, MUTED, RULE, SERIES, fit
from hireapp.reports.fonts import SANS, runs, width
from hireapp.reports.scripts import draw_string, needs_scripts

LABEL_SIZE = 7.5


class ChartDrawing(Drawing):  # type: ignore[misc]
    """A drawing that also draws, on the canvas, the labels a graphics string cannot set."""

    _attrMap = AttrMap(  # noqa: N815 (ReportLab's name)
        BASE=Drawing, script_labels=AttrMapValue(isAnything)
    )

    def __init__(self, width: float, height: float) -> None:
        super().__init__(width, height)
        self.script_labels: list[tuple[float, float, str, float, bool]] = []

    def draw(self, show_boundary: object = None) -> None:  # overrides Drawing.draw
        super().draw()
        for x, y, text, size, right in self.script_labels:
            draw_string(self.canv, x, y, text, SANS, size, INK, right=right)


def label(
    drawing: ChartDrawing, x: float, y: float, text: str, *, size: float = LABEL_SIZE,
    right: bool = False,
) -> Group:  # fmt: skip
    """Text at (x, y), switching fonts per run; `right` aligns its end to x."""
    group = Group()
    if needs_scripts(text):
        drawing.script_labels.append((x, y, text, size, right))
        return group
    if right:
        x -= width(text, size)
    for font, chunk in runs(text):
        group.add(String(x, y, chunk, fontName=font, fontSize=size, fillColor=INK))
        x += width(chunk, size, font)
    return group


def bar_chart(
    total_width: float,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    value_max: float,
    step: float,
    value_format: Callable[[float], str],
    caption: str,
) -> Drawing:
    """Grouped horizontal bars: one group per category, one bar per series, a legend below.

    Missing values (None) leave a gap rather than a zero-length bar that would read as a score.
    """
    label_width = min(150.0, total_width * 0.3)
    bar = 7.0 if len(series) <= 3 else 5.0
    group = bar * len(series) + 6
    plot_height = group * len(categories)
    per_row = min(4, len(series))
    legend_rows = -(-len(series) // per_row)
    legend_height = legend_rows * 12 + 8
    height = plot_height + legend_height + 34
    drawing = ChartDrawing(total_width, height)
    drawing.add(label(drawing, 0, height - 10, caption, size=8.5))

    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = legend_height + 14
    chart.width = total_width - label_width - 24
    chart.height = plot_height
    # A horizontal chart draws its first category and first series at the bottom of the plot and
    # of each group; both are reversed so the chart reads top-down in the order of the legend.
    chart.data = [list(reversed(list(values))) for _name, values in reversed(series)]
    chart.categoryAxis.categoryNames = [""] * len(categories)
    chart.categoryAxis.strokeColor = MUTED
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = bar
    chart.groupSpacing = 6
    chart.barSpacing = 0
    chart.bars.strokeColor = INK
    chart.bars.strokeWidth = 0.4
    for index in range(len(series)):
        chart.bars[len(series) - 1 - index].fillColor = SERIES[index % len(SERIES)]
    chart.barLabelFormat = value_format
    chart.barLabels.fontName = SANS
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)

    slot = plot_height / len(categories)
    for index, name in enumerate(categories):
        middle = chart.y + plot_height - (index + 0.5) * slot - LABEL_SIZE / 3
        drawing.add(
            label(
                drawing,
                label_width - 6,
                middle,
                fit(name, label_width - 10, LABEL_SIZE),
                right=True,
            )
        )

    column = (total_width - label_width) / per_row
    for index, (name, _values) in enumerate(series):
        row, col = divmod(index, per_row)
        x = label_width + col * column
        y = legend_height - 8 - row * 12
        drawing.add(
            Rect(x, y - 1, 8, 8, fillColor=SERIES[index % len(SERIES)], strokeColor=INK,
                 strokeWidth=0.4)
        )  # fmt: skip
        drawing.add(label(drawing, x + 12, y, fit(name, column - 18, LABEL_SIZE)))
    drawing.hAlign = "LEFT"
    return drawing
