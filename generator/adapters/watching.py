"""`mkdocs serve` told of a save by the operating system, instead of finding it by polling.

MkDocs 1.6 polls every watched path twice a second, each in its own thread: a save waits up
to half a second to be seen, and the preview watches over a hundred paths (the ladder, the
page templates and each of the generator's source files), whose polling threads slow every
rebuild down. Here one native observer (inotify on Linux, FSEvents on macOS, ...) watches the
same paths and wakes the server's rebuild loop as soon as a file is written, moved or
removed; merely reading a file (as every build does) is not a change.

A watched file is followed through the folder it is in, so an editor that saves by writing a
new file and renaming it over the old one is still seen. When the system offers no native
observer, or refuses one (too many watches), the server keeps MkDocs' own polling.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from typing import Any

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

log = logging.getLogger("mkdocs.plugins.ladder")
CHANGES = {"created", "modified", "deleted", "moved", "closed"}
"""Event kinds that change a file; "opened" and "closed_no_write" are only reads."""


class Changes(FileSystemEventHandler):
    """Calls `changed` for a change to a file under `folder`, or to one of `only` in it."""

    def __init__(self, folder: str, only: set[str] | None, changed: Callable[[], None]) -> None:
        self.folder, self.only, self.changed = folder, only, changed

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type not in CHANGES:
            return
        if event.is_directory and event.event_type == "modified":
            return  # a file in it changed, and is reported by itself
        paths = [_text(event.src_path), _text(getattr(event, "dest_path", "") or "")]
        if self.only is None or any(path in self.only for path in paths):
            self.changed()


def targets(paths: list[str]) -> dict[str, set[str] | None]:
    """Folder -> the files to follow in it (None: everything under it, at any depth)."""
    folders: dict[str, set[str] | None] = {}
    for path in paths:
        if os.path.isdir(path):
            folders[path] = None
    for path in paths:
        if os.path.isdir(path):
            continue
        parent = os.path.dirname(path)
        if any(_inside(parent, folder) for folder, only in folders.items() if only is None):
            continue  # already seen through a folder watched as a whole
        followed = folders.setdefault(parent, set())
        if followed is not None:
            followed.add(path)
    return folders


def use_native_events(server: Any) -> BaseObserver | None:
    """Watch every path `server` watches with one native observer instead of the server's
    polling one; the observer, started, or None when the server keeps polling (no native
    observer here, or it refused the paths). The server's own list of paths stays: MkDocs
    adds the live-reload script to a page only while it has paths to watch."""
    watched = getattr(server, "_watched_paths", None)
    condition = getattr(server, "_rebuild_cond", None)
    if not isinstance(watched, dict) or not isinstance(condition, threading.Condition):
        return None  # not the live-reload server of MkDocs 1.6
    if Observer is PollingObserver or not watched:
        return None

    def rebuild() -> None:
        with condition:
            server._want_rebuild = True
            condition.notify_all()

    observer = Observer()
    try:
        for folder, only in targets(sorted(watched)).items():
            observer.schedule(Changes(folder, only, rebuild), folder, recursive=only is None)
        observer.start()
    except OSError as error:  # e.g. the system's limit on watches
        observer.stop()
        log.info(f"Watching for changes by polling: {error}")
        return None
    server.observer.unschedule_all()  # polling stops; the server keeps its list of paths,
    return observer  # which also tells it to add the live-reload script to pages


def _inside(path: str, folder: str) -> bool:
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _text(path: str | bytes) -> str:
    return os.fsdecode(path)
