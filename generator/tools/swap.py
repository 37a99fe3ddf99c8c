"""Put a freshly built folder in place of the old one, so a reader never sees half of either.

Used by every build the project runs (`ladder build`, `ladder versions build`): each builds
into a new folder beside its target and calls `replace` only when the build succeeded.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path


def scratch_beside(target: Path) -> Path:
    """A new empty folder next to `target` (same file system, so the move is a rename)."""
    parent = target.parent if str(target.parent) else Path(".")
    parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=parent))


def replace(target: Path, built: Path) -> None:
    """Put `built` where `target` is; the old one is moved aside first, then removed."""
    old: Path | None = None
    if target.exists() or target.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, old / target.name)
    try:
        os.replace(built, target)
    except OSError:
        if old is not None:  # put the previous one back
            os.replace(old / target.name, target)
        raise
    finally:
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
