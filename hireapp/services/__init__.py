# SPDX-License-Identifier: MIT
"""Use cases shared by the GUI and the CLI: plain values in, frozen dataclasses out, no Qt."""
