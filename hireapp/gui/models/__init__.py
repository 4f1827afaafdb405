# SPDX-License-Identifier: MIT
"""Item models shared by several screens; each screen's own models stay beside it."""
