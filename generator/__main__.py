"""`python -m generator` is the same as the `ladder` command."""

from .cli import main

raise SystemExit(main())
