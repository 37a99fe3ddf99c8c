"""Run the builds of a dirty preview in a process of their own, as `mkdocs serve --dirty` does.

    python tests/preview_steps.py MKDOCS_YML SITE_DIR STEPS_JSON

Builds once, then for each step applies its edits (`[path, old text, new text]`, each old
text replaced once) and builds again, each time with a fresh config and the same plugin
objects, as `mkdocs serve --dirty` does between saves. Prints, as JSON, one record per build:
the pages whose Markdown MkDocs read and converted (`read`) and the files it wrote
(`written`, paths inside SITE_DIR). Used by tests/test_preview.py: MkDocs keeps plugin
objects for the whole process, so these builds must not run inside the test process.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

ADDRESS = "http://localhost:8000/"
"""The address serve would give; the same as the site's own, so full builds compare."""


def stamps(site: Path) -> dict[str, int]:
    return {
        p.relative_to(site).as_posix(): p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()
    }


def main() -> None:
    config_file, site, steps = sys.argv[1], Path(sys.argv[2]), json.loads(sys.argv[3])

    def run() -> dict[str, list[str]]:
        config = load_config(config_file=config_file, site_dir=str(site))
        config.site_url = ADDRESS
        before = stamps(site) if site.exists() else {}
        if not runs:
            config.plugins.on_startup(command="serve", dirty=True)
        build(config, serve_url=ADDRESS, dirty=True)
        after = stamps(site)
        written = sorted(path for path, stamp in after.items() if before.get(path) != stamp)
        memo = config.plugins["ladder"].memo
        return {"read": sorted(memo.read), "written": written}

    runs: list[dict[str, list[str]]] = []
    runs.append(run())
    for edits in steps:
        for path, old, new in edits:
            file = Path(path)
            text = file.read_text(encoding="utf-8")
            if old not in text:
                raise SystemExit(f"{path} has no {old!r}")
            file.write_text(text.replace(old, new, 1), encoding="utf-8")
        runs.append(run())
    print(json.dumps(runs))


if __name__ == "__main__":
    main()
