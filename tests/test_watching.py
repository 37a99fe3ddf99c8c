"""`mkdocs serve` hears of a save from the operating system (generator/adapters/watching.py):
a write, a rename or a removal asks the server for a rebuild; reading a file does not."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from watchdog.events import (
    DirModifiedEvent,
    FileClosedNoWriteEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileOpenedEvent,
)
from watchdog.observers import Observer
from watchdog.observers.polling import PollingObserver

from generator.adapters import watching


def test_files_are_followed_through_their_folder_unless_it_is_watched_whole(
    tmp_path: Path,
) -> None:
    (tmp_path / "ladder").mkdir()
    (tmp_path / "code").mkdir()
    paths = [
        str(tmp_path / "ladder"),
        str(tmp_path / "ladder" / "handbook.yml"),  # inside a folder watched whole
        str(tmp_path / "code" / "a.py"),
        str(tmp_path / "code" / "b.py"),
        str(tmp_path / "mkdocs.yml"),
    ]
    assert watching.targets(paths) == {
        str(tmp_path / "ladder"): None,
        str(tmp_path / "code"): {str(tmp_path / "code" / "a.py"), str(tmp_path / "code" / "b.py")},
        str(tmp_path): {str(tmp_path / "mkdocs.yml")},
    }


def test_only_changes_to_the_files_followed_count(tmp_path: Path) -> None:
    calls: list[int] = []
    followed = str(tmp_path / "a.py")
    handler = watching.Changes(str(tmp_path), {followed}, lambda: calls.append(1))
    handler.on_any_event(FileOpenedEvent(followed))
    handler.on_any_event(FileClosedNoWriteEvent(followed))
    handler.on_any_event(FileModifiedEvent(str(tmp_path / "__pycache__" / "a.pyc")))
    handler.on_any_event(DirModifiedEvent(str(tmp_path)))
    assert calls == []
    handler.on_any_event(FileModifiedEvent(followed))
    handler.on_any_event(FileMovedEvent(str(tmp_path / "a.py.tmp"), followed))  # saved by rename
    assert calls == [1, 1]


def wait_until(condition, limit: float = 20.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def quiet(server: LiveReloadServer, still: float = 1.0, limit: float = 20.0) -> bool:
    """Clear the server's request for a rebuild until none comes for `still` seconds."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        server._want_rebuild = False
        time.sleep(still)
        if not server._want_rebuild:
            return True
    return False


@pytest.mark.skipif(Observer is PollingObserver, reason="this system has no native observer")
def test_the_server_rebuilds_when_a_file_is_written_not_when_it_is_read(tmp_path: Path) -> None:
    ladder = tmp_path / "ladder"
    ladder.mkdir()
    role = ladder / "rep.yml"
    role.write_text("id: rep\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n", encoding="utf-8")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    server.watch(str(ladder))
    server.watch(str(config))
    observer = watching.use_native_events(server)
    assert observer is not None
    try:
        assert server.observer.emitters == set()  # nothing left for MkDocs' polling
        assert len(server._watched_paths) == 2  # so pages still get the live-reload script
        role.read_text(encoding="utf-8")
        config.read_text(encoding="utf-8")
        time.sleep(1.0)
        assert server._want_rebuild is False
        role.write_text("id: rep\ntitle: Rep\n", encoding="utf-8")
        assert wait_until(lambda: server._want_rebuild)
        assert quiet(server)  # the write's last events (modified, closed) have arrived
        (tmp_path / "other.yml").write_text("x: 1\n", encoding="utf-8")  # not watched
        time.sleep(1.0)
        assert server._want_rebuild is False
        config.write_text("site_name: y\n", encoding="utf-8")
        assert wait_until(lambda: server._want_rebuild)
    finally:
        observer.stop()
        observer.join(timeout=10)
        server.server_close()
