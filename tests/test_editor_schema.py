"""What an editor shows: the YAML language server (the one VS Code's YAML extension runs) over
ladder files, with the schemas that `ladder schema` writes for the ladder's own ids.

The server is the npm package pinned in tests/editor/package-lock.json (`make test` installs
it). The test talks to it as an editor does, over stdio: initialize, open a file, read the
diagnostics it publishes.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import FIXTURE

from generator.adapters.cli import main as ladder_cli

ROOT = Path(__file__).parent.parent
SERVER = ROOT / "tests/editor/node_modules/yaml-language-server/bin/yaml-language-server"
SETTINGS = json.loads((ROOT / ".vscode/settings.json").read_text("utf-8"))
WAIT = 30.0


class LanguageServer:
    """A minimal LSP client: JSON-RPC messages with Content-Length headers over pipes."""

    def __init__(self, root: Path, settings: dict[str, Any]) -> None:
        if shutil.which("node") is None or not SERVER.is_file():
            pytest.fail("yaml-language-server is not installed; run `make test`, which installs it")
        self.settings = settings
        self.process = subprocess.Popen(
            ["node", str(SERVER), "--stdio"],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.next_id = 0
        self.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": root.as_uri(),
                "workspaceFolders": [{"uri": root.as_uri(), "name": root.name}],
                "capabilities": {"workspace": {"configuration": True}},
            },
        )
        self.wait_for(lambda m: m.get("id") == 1 and "result" in m)
        self.notify("initialized", {})
        self.notify("workspace/didChangeConfiguration", {"settings": {"yaml": settings}})

    def close(self) -> None:
        self.process.kill()
        self.process.wait()

    def send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        assert self.process.stdin is not None
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def request(self, method: str, params: dict[str, Any]) -> None:
        self.next_id += 1
        self.send({"id": self.next_id, "method": method, "params": params})

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self.send({"method": method, "params": params})

    def receive(self, timeout: float) -> dict[str, Any] | None:
        out = self.process.stdout
        assert out is not None
        if not select.select([out], [], [], timeout)[0]:
            return None
        length = 0
        while (line := out.readline()) not in (b"\r\n", b""):
            name, _, value = line.decode("ascii").partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        body = out.read(length) if length else b""
        if not body:
            pytest.fail(f"the language server stopped (exit {self.process.poll()})")
        message: dict[str, Any] = json.loads(body)
        if "method" in message and "id" in message:  # the server asks the editor something
            items = message.get("params", {}).get("items", [])
            answer = (
                [self.settings for _ in items]
                if message["method"].endswith("configuration")
                else None
            )
            self.send({"id": message["id"], "result": answer})
        return message

    def wait_for(self, wanted: Any) -> dict[str, Any]:
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            message = self.receive(deadline - time.monotonic())
            if message is not None and wanted(message):
                return message
        pytest.fail("the language server did not answer in time")

    def diagnostics(self, path: Path) -> list[dict[str, Any]]:
        """Open the file as an editor does and return what the server flags in it."""
        uri = path.resolve().as_uri()
        self.notify(
            "textDocument/didOpen",
            {
                "textDocument": {
                    "uri": uri,
                    "languageId": "yaml",
                    "version": 1,
                    "text": path.read_text("utf-8"),
                }
            },
        )
        message = self.wait_for(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
            )
        )
        found: list[dict[str, Any]] = message["params"]["diagnostics"]
        return found


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository laid out like this one: ladder/ and the schemas `ladder schema` writes."""
    shutil.copytree(FIXTURE, tmp_path / "ladder")
    for path in (tmp_path / "ladder").rglob("*.yml"):  # as the default ladder's files say
        lines = path.read_text("utf-8").splitlines(keepends=True)
        depth = len(path.relative_to(tmp_path).parts) - 1
        lines[0] = f"# yaml-language-server: $schema={'../' * depth}.ladder-schemas/" + (
            f"{_kind(path)}.schema.json\n"
        )
        path.write_text("".join(lines), encoding="utf-8")
    assert ladder_cli(["schema", "--ids-only", "--ladder", str(tmp_path / "ladder")]) == 0
    return tmp_path


def _kind(path: Path) -> str:
    return {"roles": "role", "tracks": "track", "competencies": "competency", "kpis": "kpi"}.get(
        path.parent.name, "handbook"
    )


def misspell(path: Path, old: str, new: str) -> int:
    """Replace `old` by `new` on its one line; returns that line, counting from 1."""
    lines = path.read_text("utf-8").splitlines(keepends=True)
    (number,) = [n for n, line in enumerate(lines, start=1) if line.startswith(old)]
    lines[number - 1] = lines[number - 1].replace(old, new, 1)
    path.write_text("".join(lines), encoding="utf-8")
    return number


@pytest.fixture
def server(project: Path) -> Any:
    language_server = LanguageServer(project, {**SETTINGS_YAML, "schemaStore": {"enable": False}})
    yield language_server
    language_server.close()


SETTINGS_YAML = {
    key.removeprefix("yaml."): value for key, value in SETTINGS.items() if key.startswith("yaml.")
}


def test_a_correct_role_file_shows_nothing(project: Path, server: LanguageServer) -> None:
    assert server.diagnostics(project / "ladder/roles/rep.yml") == []


def test_a_misspelt_competency_id_is_flagged_on_its_line(
    project: Path, server: LanguageServer
) -> None:
    role = project / "ladder/roles/rep.yml"
    line = misspell(role, "  negotiation: basic", "  negotation: basic")
    (flagged,) = server.diagnostics(role)
    assert flagged["range"]["start"] == {"line": line - 1, "character": 2}  # LSP counts from 0
    assert flagged["range"]["end"] == {"line": line - 1, "character": 2 + len("negotation")}
    assert flagged["severity"] == 1  # an error
    assert '"coaching", "discovery", "negotiation"' in flagged["message"]


def test_a_misspelt_track_and_proficiency_are_flagged(
    project: Path, server: LanguageServer
) -> None:
    role = project / "ladder/roles/rep.yml"
    track = misspell(role, "track: selling", "track: seling")
    level = misspell(role, "  discovery: basic", "  discovery: basics")
    flagged = server.diagnostics(role)
    assert sorted(d["range"]["start"]["line"] + 1 for d in flagged) == sorted([track, level])
    assert all("Value is not accepted" in d["message"] for d in flagged)


def test_the_vscode_mapping_applies_to_a_file_without_a_first_line(
    project: Path, server: LanguageServer
) -> None:
    """A file whose schema line was deleted still gets the ladder's ids from .vscode/."""
    role = project / "ladder/roles/rep.yml"
    text = role.read_text("utf-8").split("\n", 1)[1]
    role.write_text(text, encoding="utf-8")
    line = misspell(role, "  negotiation: basic", "  negotation: basic")
    (flagged,) = server.diagnostics(role)
    assert flagged["range"]["start"]["line"] == line - 1
