# SPDX-License-Identifier: MIT
"""`python -m hireapp` is the same program as the `hireapp` command."""

from hireapp.cli import main

raise SystemExit(main())
