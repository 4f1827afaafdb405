# SPDX-License-Identifier: MIT
"""HR's comparison screen: the table per position, side by side, and insight.

The main window embeds ComparisonView. The side-by-side and insight dialogs are imported when
first opened, so QtCharts stays out of start-up.
"""

from hireapp.gui.compare.model import ComparisonModel, Filter
from hireapp.gui.compare.view import ComparisonView

__all__ = ["ComparisonModel", "ComparisonView", "Filter"]
