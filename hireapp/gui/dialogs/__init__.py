# SPDX-License-Identifier: MIT
"""Dialogs on Qt Designer forms."""
