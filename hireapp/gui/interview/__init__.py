# SPDX-License-Identifier: MIT
"""The interviewer's screens: first impression, one page per question, wrap-up and submit."""
