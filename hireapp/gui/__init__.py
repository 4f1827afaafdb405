# SPDX-License-Identifier: MIT
"""The desktop front end (Qt). The only package that imports Qt."""
