# SPDX-License-Identifier: MIT
"""Persistence: models, sessions and migrations. Nothing here imports Qt."""
