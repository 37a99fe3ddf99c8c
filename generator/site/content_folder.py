"""Where the hand-written pages that go with a ladder are, for `ladder validate`.

It finds them the way MkDocs does: the `docs_dir` of the `mkdocs.yml` beside the ladder
folder (in the folder that holds `ladder/`), else `content/` beside the ladder folder.
`ladder validate --content DIR` names another.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DEFAULT_CONTENT = "content"


def content_dir(ladder_dir: Path) -> Path:
    """The hand-written pages that belong with `ladder_dir`."""
    root = ladder_dir.parent
    docs_dir = _docs_dir(root / "mkdocs.yml")
    return root / (docs_dir or DEFAULT_CONTENT)


def _docs_dir(config: Path) -> str | None:
    try:
        data = yaml.load(config.read_text(encoding="utf-8"), Loader=_AnyTags)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None
    value = data.get("docs_dir") if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None


class _AnyTags(yaml.SafeLoader):
    """Reads mkdocs.yml, whose `!ENV` and `!!python/name:` tags are MkDocs' to resolve: each
    tagged value is read as plain data and never executed."""


def _plain(loader: yaml.SafeLoader, suffix: str, node: yaml.Node) -> Any:
    if isinstance(node, yaml.ScalarNode):
        return loader.construct_scalar(node)
    if isinstance(node, yaml.SequenceNode):
        return loader.construct_sequence(node)
    return loader.construct_mapping(node)  # type: ignore[arg-type]


_AnyTags.add_multi_constructor("", _plain)
