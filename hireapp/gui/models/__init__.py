# SPDX-License-Identifier: MIT
"""Qt item models over rows that services return."""
