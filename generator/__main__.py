"""`python -m generator` is the same as the `ladder` command."""

from generator.adapters.cli import main

raise SystemExit(main())
