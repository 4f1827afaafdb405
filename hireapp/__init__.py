# SPDX-License-Identifier: MIT
"""hireapp: structured interviews for customer-facing roles."""

__version__ = "0.1.0"
