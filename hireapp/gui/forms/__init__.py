# SPDX-License-Identifier: MIT
"""Python compiled from the Qt Designer forms in ui/ by `make forms`. Generated: do not edit."""
