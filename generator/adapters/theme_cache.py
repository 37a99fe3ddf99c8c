"""The theme's templates compiled once per `mkdocs serve`, not once per rebuild.

MkDocs makes a new Jinja environment for every build, so every rebuild parses and compiles
Material's templates and partials again (about half a second on a 2-core machine) before it
renders a single page. While serving, the ladder plugin gives each new environment this
in-memory bytecode cache. Jinja keys an entry by the template's name and file, and uses it
only while the template's source is unchanged, so an edited override is compiled afresh.
"""

from __future__ import annotations

import jinja2
from jinja2.bccache import Bucket


class CompiledTemplates(jinja2.BytecodeCache):
    """Compiled templates kept in memory, across the builds of one process."""

    def __init__(self) -> None:
        self.stored: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        data = self.stored.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)  # ignored by Jinja if the source changed

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.stored[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self.stored.clear()
