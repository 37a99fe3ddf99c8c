"""Publishing and review set-up: the workflows, the versioned build, yamllint and the editor.

The workflows are checked twice: by actionlint (every finding fails the test) and by the
rules this project holds itself to, read from the YAML: a read-only pull-request workflow,
never `pull_request_target`, every action pinned to a full commit SHA, a deploy that only
follows a successful build.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from gitrepo import git

from generator.adapters.cli import main
from generator.tools.versions import Release, version_key, versions_json

ROOT = Path(__file__).parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
FIXTURE = Path(__file__).parent / "fixtures" / "ladder"
PINNED = re.compile(r"^[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@[0-9a-f]{40}$")


def workflow(name: str) -> dict[str, Any]:
    # BaseLoader keeps every scalar as text, so the key `on` stays "on" (not True).
    data = yaml.load((WORKFLOWS / name).read_text("utf-8"), Loader=yaml.BaseLoader)
    assert isinstance(data, dict)
    return data


def all_workflows() -> list[Path]:
    return sorted([*WORKFLOWS.glob("*.yml"), *WORKFLOWS.glob("*.yaml")])


def steps(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in data["jobs"].values() for step in job.get("steps", [])]


# -- actionlint --------------------------------------------------------------------------------


def actionlint() -> str:
    """The actionlint of the project's virtual environment (dev dependencies), else PATH."""
    beside = Path(sys.executable).parent / "actionlint"
    found = str(beside) if beside.is_file() else shutil.which("actionlint")
    if found is None:
        pytest.fail("actionlint is not installed; run `make test`, which installs the dev tools")
    return found


def test_actionlint_finds_nothing() -> None:
    files = [str(path.relative_to(ROOT)) for path in all_workflows()]
    assert files, "no workflows found"
    done = subprocess.run(
        [actionlint(), "-no-color", "-shellcheck=", "-pyflakes=", *files],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout + done.stderr) == (0, "")


def test_actionlint_does_find_mistakes(tmp_path: Path) -> None:
    """The check above is only worth something if actionlint really runs."""
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text("on: push\njobs:\n  a:\n    runs-onn: ubuntu-24.04\n", encoding="utf-8")
    done = subprocess.run(
        [actionlint(), "-no-color", str(bad)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 1
    assert "runs-onn" in done.stdout


# -- the project's own rules -------------------------------------------------------------------


@pytest.mark.parametrize("path", all_workflows(), ids=lambda p: p.name)
def test_never_pull_request_target(path: Path) -> None:
    assert "pull_request_target" not in workflow(path.name)["on"]
    code = [
        line for line in path.read_text("utf-8").splitlines() if not line.strip().startswith("#")
    ]
    assert not [line for line in code if "pull_request_target" in line]


@pytest.mark.parametrize("path", all_workflows(), ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit_sha_with_its_version(path: Path) -> None:
    for step in steps(workflow(path.name)):
        if "uses" in step and not step["uses"].startswith("./"):
            assert PINNED.match(step["uses"]), f"{step['uses']} is not pinned to a commit SHA"
    for line in path.read_text("utf-8").splitlines():
        if "uses:" in line and "@" in line:
            assert re.search(r"@[0-9a-f]{40} # v\d+(\.\d+)*$", line), f"no version comment: {line}"


def test_pull_request_workflow_is_read_only_without_secrets() -> None:
    data = workflow("pull-request.yml")
    assert list(data["on"]) == ["pull_request"]
    assert data["permissions"] == {"contents": "read"}
    for job in data["jobs"].values():
        assert job.get("permissions", {"contents": "read"}) == {"contents": "read"}
    assert "secrets." not in (WORKFLOWS / "pull-request.yml").read_text("utf-8")


def test_pull_request_workflow_runs_the_checks() -> None:
    data = workflow("pull-request.yml")
    checkout = next(s for s in steps(data) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == "0"
    assert checkout["with"]["persist-credentials"] == "false"
    # Debian with Python 3.11, so `make test` can install Debian's chromium for browser tests.
    assert data["jobs"]["check"]["container"]["image"] == "python:3.11-bookworm"
    runs = [step.get("run", "") for step in steps(data)]
    assert "make test" in runs
    assert ".venv/bin/ladder validate --format github --strict" in runs
    assert ".venv/bin/mkdocs build --strict" in runs
    diff = next(step for step in steps(data) if "ladder diff" in step.get("run", ""))
    assert diff["run"] == '.venv/bin/ladder diff "origin/${BASE_REF}" >> "$GITHUB_STEP_SUMMARY"'
    assert diff["env"] == {"BASE_REF": "${{ github.base_ref }}"}  # never ${{ }} in the script


def test_publish_workflow_deploys_only_a_successful_strict_build() -> None:
    data = workflow("publish.yml")
    assert set(data["on"]) == {"push", "workflow_dispatch"}
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["concurrency"] == {"group": "pages", "cancel-in-progress": "false"}
    assert data["permissions"] == {"contents": "read"}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert "permissions" not in build
    assert deploy["needs"] == "build"
    assert "if" not in deploy  # no always(): a failed build is never deployed
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    runs = [step.get("run", "") for step in build["steps"]]
    assert 'SITE_URL="${SITE_BASE%/}/latest/" make site' in runs  # mkdocs build --strict
    assert (
        '.venv/bin/ladder versions build --out build/pages --latest site --site-url "$SITE_BASE"'
        in runs
    )
    upload = next(s for s in build["steps"] if "upload-pages-artifact" in s.get("uses", ""))
    assert upload["with"]["path"] == "build/pages"
    uses = [step.get("uses", "").split("@")[0] for step in deploy["steps"]]
    assert uses == ["actions/configure-pages", "actions/deploy-pages"]


# -- the versioned build -----------------------------------------------------------------------


def test_versions_sort_as_numbers() -> None:
    versions = ["2026.9", "2026.10", "2025.1", "2026.2", "2026.2-rc1"]
    assert sorted(versions, key=version_key, reverse=True) == [
        "2026.10",
        "2026.9",
        "2026.2-rc1",
        "2026.2",
        "2025.1",
    ]


def test_versions_json_marks_the_release_main_carries_as_latest() -> None:
    releases = [Release("ladder-1.1", "1.1"), Release("ladder-1.0", "1.0")]
    assert versions_json(releases, "1.1") == [
        {"version": "1.1", "title": "1.1", "aliases": ["latest"]},
        {"version": "1.0", "title": "1.0", "aliases": []},
    ]
    assert versions_json(releases, "1.2") == [
        {"version": "latest", "title": "1.2 (unreleased)", "aliases": []},
        {"version": "1.1", "title": "1.1", "aliases": []},
        {"version": "1.0", "title": "1.0", "aliases": []},
    ]


STUB_BUILD = """
import os, pathlib, sys
site = pathlib.Path(sys.argv[1])
site.mkdir(parents=True)
version = [line for line in open("ladder/handbook.yml") if line.startswith("version:")][0]
first = os.environ.get("PYTHONPATH", "").split(os.pathsep)[0]
own = os.path.isabs(first) and os.path.samefile(first, os.getcwd())
source = "own" if own else "-"
(site / "index.html").write_text(version.split(":")[1].strip().strip('"') + " " + source)
(site / "site_url.txt").write_text(os.environ.get("SITE_URL", ""))
"""


def set_version(repo: Path, version: str) -> None:
    handbook = repo / "ladder" / "handbook.yml"
    text = re.sub(r'(?m)^version: ".*"$', f'version: "{version}"', handbook.read_text("utf-8"))
    handbook.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two released versions: ladder-1.0 and ladder-1.1; main carries 1.1."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "--quiet", "--initial-branch=main")
    shutil.copytree(FIXTURE, repo / "ladder")
    (repo / "build.py").write_text(STUB_BUILD, encoding="utf-8")
    set_version(repo, "1.0")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "1.0")
    git(repo, "tag", "ladder-1.0")
    set_version(repo, "1.1")
    git(repo, "commit", "--quiet", "-am", "1.1")
    git(repo, "tag", "-a", "ladder-1.1", "-m", "Ladder 1.1")
    monkeypatch.chdir(repo)
    return repo


def build_versions(*more: str) -> int:
    command = f"{shlex.quote(sys.executable)} build.py {{site_dir}}"
    return main(["versions", "build", "--out", "out", "--build-command", command, *more])


def test_every_release_is_built_into_its_own_folder(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert build_versions() == 0
    out = repo / "out"
    assert json.loads((out / "versions.json").read_text("utf-8")) == [
        {"version": "1.1", "title": "1.1", "aliases": ["latest"]},
        {"version": "1.0", "title": "1.0", "aliases": []},
    ]
    assert (out / "latest/index.html").read_text("utf-8") == "1.1 -"  # the working tree
    assert (out / "1.1/index.html").read_text("utf-8") == "1.1 own"  # the tag's own files
    assert (out / "1.0/index.html").read_text("utf-8") == "1.0 own"
    assert 'url=latest/"' in (out / "index.html").read_text("utf-8")
    assert capsys.readouterr().out == "out/1.1/ (latest)\nout/1.0/\n"
    assert git(repo, "status", "--porcelain") == "?? out/\n"  # nothing checked out


def test_unreleased_main_is_latest_on_its_own(repo: Path) -> None:
    set_version(repo, "1.2")
    assert build_versions() == 0
    entries = json.loads((repo / "out/versions.json").read_text("utf-8"))
    assert entries[0] == {"version": "latest", "title": "1.2 (unreleased)", "aliases": []}
    assert [entry["version"] for entry in entries] == ["latest", "1.1", "1.0"]


def test_each_build_gets_its_own_site_url(repo: Path) -> None:
    assert build_versions("--site-url", "https://example.org/handbook") == 0
    for folder in ("latest", "1.1", "1.0"):
        site_url = (repo / "out" / folder / "site_url.txt").read_text("utf-8")
        assert site_url == f"https://example.org/handbook/{folder}/"


def test_a_built_site_can_be_reused_as_latest(repo: Path) -> None:
    (repo / "site").mkdir()
    (repo / "site/index.html").write_text("built by make site", encoding="utf-8")
    assert build_versions("--latest", "site") == 0
    assert (repo / "out/latest/index.html").read_text("utf-8") == "built by make site"


def test_a_tag_must_name_the_version_it_holds(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "tag", "ladder-2.0")  # still 1.1 inside
    assert build_versions() == 1
    assert capsys.readouterr().err.endswith(
        'ladder versions build: tag "ladder-2.0" holds ladder version "1.1"; a release tag '
        'must name the version in its handbook.yml (expected "2.0")\n'
    )


def test_a_failed_build_stops_everything(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    command = f"{shlex.quote(sys.executable)} -c 'raise SystemExit(3)'"
    assert main(["versions", "build", "--out", "out", "--build-command", command]) == 1
    assert "failed (exit 3); nothing was published" in capsys.readouterr().err


def test_refuses_to_replace_a_folder_it_did_not_write(repo: Path) -> None:
    (repo / "out").mkdir()
    (repo / "out/precious.txt").write_text("keep me", encoding="utf-8")
    assert build_versions() == 1
    assert (repo / "out/precious.txt").read_text("utf-8") == "keep me"
    (repo / "out/precious.txt").unlink()
    assert build_versions() == 0
    assert build_versions() == 0  # its own output is replaced


def test_a_tag_that_cannot_be_a_folder_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git(repo, "tag", "ladder-latest")
    assert build_versions() == 1
    assert '"latest" cannot be a version folder' in capsys.readouterr().err


# -- yamllint, pre-commit, editor, code owners -------------------------------------------------


def yamllint(*paths: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "yamllint",
            "--strict",
            "-f",
            "parsable",
            "-c",
            ".yamllint.yml",
            *paths,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_yamllint_passes_on_the_ladder_and_the_project() -> None:
    done = yamllint("ladder", "tests/fixtures", ".github", ".pre-commit-config.yaml")
    assert (done.returncode, done.stdout) == (0, "")


def test_yamllint_flags_duplicate_keys_and_truthy_values_as_errors(tmp_path: Path) -> None:
    path = tmp_path / "role.yml"
    path.write_text("id: rep\ntitle: Rep\nid: rep-2\ncarries_quota: yes\n", encoding="utf-8")
    done = yamllint(str(path))
    assert done.returncode == 1
    assert done.stdout == (
        f'{path}:3:1: [error] duplication of key "id" in mapping (key-duplicates)\n'
        f"{path}:4:16: [error] truthy value should be one of [false, true] (truthy)\n"
    )


def test_pre_commit_hooks_use_the_project_tools() -> None:
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text("utf-8"))
    (repo,) = config["repos"]
    assert repo["repo"] == "local"
    hooks = {hook["id"]: hook for hook in repo["hooks"]}
    assert set(hooks) == {
        "yamllint",
        "ladder-validate",
        "ladder-schema",
        "ladder-reference",
        "ruff-check",
        "ruff-format",
    }
    assert hooks["ladder-schema"]["entry"] == ".venv/bin/ladder schema --check"
    assert hooks["ladder-reference"]["entry"] == ".venv/bin/ladder reference --check"
    for hook in hooks.values():
        assert hook["language"] == "system"
        assert hook["entry"].startswith(".venv/bin/")


def test_editor_maps_each_schema_to_its_files() -> None:
    settings = json.loads((ROOT / ".vscode/settings.json").read_text("utf-8"))
    schemas = settings["yaml.schemas"]
    ladder_schemas = {"handbook", "track", "role", "competency", "kpi"}
    assert {Path(name).name for name in schemas} == {f"{k}.schema.json" for k in ladder_schemas}
    for name, globs in schemas.items():
        assert (ROOT / name).is_file()
        assert all(glob.startswith("ladder/") for glob in globs)
    assert schemas["./generator/schemas/role.schema.json"] == ["ladder/roles/*.yml"]
    extensions = json.loads((ROOT / ".vscode/extensions.json").read_text("utf-8"))
    assert extensions["recommendations"] == ["redhat.vscode-yaml"]


def test_code_owners_separate_data_from_code() -> None:
    owners: dict[str, str] = {}
    for line in (ROOT / ".github/CODEOWNERS").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pattern, owner = line.split()
            owners[pattern] = owner
    for data in ("/ladder/", "/content/"):
        assert owners[data] == "@ladder-editors"
    for code in ("/generator/", "/overrides/", "/mkdocs.yml", "/.github/", "/Makefile"):
        assert owners[code] == "@handbook-maintainers"
    text = (ROOT / ".github/CODEOWNERS").read_text("utf-8")
    assert "mkdocs.yml looks like settings but can run code" in text
