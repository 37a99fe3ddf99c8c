"""Publishing and review set-up: the workflows, the versioned build, yamllint and the editor.

The workflows are checked twice: by actionlint (every finding fails the test) and by the
rules this project holds itself to, read from the YAML: a read-only pull-request workflow,
never `pull_request_target`, every action pinned to a full commit SHA, a deploy that only
follows a successful build.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import FIXTURE
from gitrepo import git

from generator.adapters.cli import main
from generator.tools.versions import Release, version_key, versions_json

ROOT = Path(__file__).parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
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


def test_pull_request_workflow_runs_pull_request_code_read_only() -> None:
    """The job that runs the pull request's code can only read; the one job that may write
    checks nothing out and runs only GitHub's client, with the token given to it alone."""
    data = workflow("pull-request.yml")
    assert list(data["on"]) == ["pull_request"]
    assert data["permissions"] == {"contents": "read"}
    check, comment = data["jobs"]["check"], data["jobs"]["comment"]
    assert "permissions" not in check  # the workflow's read-only default
    assert set(data["jobs"]) == {"check", "comment"}
    assert comment["permissions"] == {"pull-requests": "write"}
    assert not any("uses" in step for step in comment["steps"])  # no checkout, no action
    assert all(step["run"].lstrip().startswith("marker=") for step in comment["steps"])
    assert "${{" not in "".join(step["run"] for step in comment["steps"])
    text = (WORKFLOWS / "pull-request.yml").read_text("utf-8")
    assert "secrets." not in text
    assert text.count("github.token") == 1


def test_pull_request_workflow_runs_the_checks() -> None:
    data = workflow("pull-request.yml")
    checkout = next(s for s in steps(data) if s.get("uses", "").startswith("actions/checkout@"))
    assert checkout["with"]["fetch-depth"] == "0"
    assert checkout["with"]["persist-credentials"] == "false"
    # Debian with Python 3.11, so `make test` can install Debian's chromium for browser tests;
    # the tag, and a digest when one is given (python:3.11-bookworm@sha256:...).
    image = data["jobs"]["check"]["container"]["image"]
    assert re.fullmatch(r"python:3\.11-bookworm(@sha256:[0-9a-f]{64})?", image), image
    runs = [step.get("run", "") for step in steps(data)]
    assert "make test" in runs
    assert ".venv/bin/ladder validate --format github --strict" in runs
    assert ".venv/bin/mkdocs build --strict" in runs
    diff = next(step for step in steps(data) if "ladder diff" in step.get("run", ""))
    assert diff["run"].startswith(
        '.venv/bin/ladder diff "origin/${BASE_REF}" --output ladder-diff.md\n'
        'cat ladder-diff.md >> "$GITHUB_STEP_SUMMARY"\n'
    )
    assert diff["env"] == {"BASE_REF": "${{ github.base_ref }}"}  # never ${{ }} in the script
    assert "${{" not in diff["run"]
    assert data["jobs"]["check"]["outputs"] == {"summary": "${{ steps.diff.outputs.summary }}"}


def test_the_summary_is_posted_only_where_the_token_may_write() -> None:
    data = workflow("pull-request.yml")
    condition = data["jobs"]["comment"]["if"]
    assert "github.event.pull_request.head.repo.full_name == github.repository" in condition
    assert "github.actor != 'dependabot[bot]'" in condition
    assert "!cancelled()" in condition  # a failing test still gets its summary posted
    note = next(s for s in steps(data) if s.get("name", "").endswith("from a fork"))
    assert "head.repo.full_name != github.repository" in note["if"]
    assert "GITHUB_STEP_SUMMARY" in note["run"]
    assert "not as a comment" in note["run"]


FAKE_GH = """#!/usr/bin/env python3
import json, os, sys
state = os.environ["GH_STATE"]
with open(state + ".log", "a") as log:
    log.write(json.dumps(sys.argv[1:]) + "\\n")
if "--method" not in sys.argv:  # listing the comments, as --jq would print them
    existing = open(state).read() if os.path.exists(state) else ""
    sys.stdout.write(existing)
"""


def comment_step(tmp_path: Path, existing: str) -> list[list[str]]:
    """Run the comment job's script with a stand-in `gh`; returns the calls it made."""
    (step,) = workflow("pull-request.yml")["jobs"]["comment"]["steps"]
    tools = tmp_path / "bin"
    tools.mkdir(exist_ok=True)
    gh = tools / "gh"
    gh.write_text(FAKE_GH.replace("python3", sys.executable, 1), encoding="utf-8")
    gh.chmod(0o755)
    state = tmp_path / "comments"
    state.write_text(existing, encoding="utf-8")
    env = {
        "PATH": f"{tools}{os.pathsep}{os.environ['PATH']}",
        "GH_STATE": str(state),
        "GH_REPO": "owner/handbook",
        "NUMBER": "7",
        "SUMMARY": "## Ladder changes\n\n- `rep`: title changed; $(touch pwned)",
    }
    done = subprocess.run(
        ["bash", "-eo", "pipefail", "-c", step["run"]],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert not (tmp_path / "pwned").exists()  # the summary is data, never run
    log = Path(f"{state}.log").read_text("utf-8").splitlines()
    return [json.loads(line) for line in log]


def test_the_first_push_posts_one_comment(tmp_path: Path) -> None:
    calls = comment_step(tmp_path, existing="")
    assert calls[0][:2] == ["api", "repos/owner/handbook/issues/7/comments"]
    post = calls[1]
    assert post[:4] == ["api", "--method", "POST", "repos/owner/handbook/issues/7/comments"]
    assert post[-2:] == [
        "-f",
        "body=<!-- ladder-diff-summary -->\n## Ladder changes\n\n- `rep`: title changed; "
        "$(touch pwned)",
    ]
    assert len(calls) == 2


def test_a_later_push_updates_the_same_comment(tmp_path: Path) -> None:
    calls = comment_step(tmp_path, existing="4242\n")
    assert calls[1][:4] == ["api", "--method", "PATCH", "repos/owner/handbook/issues/comments/4242"]
    assert len(calls) == 2


def test_workflows_use_current_majors_on_node_24() -> None:
    """The first major of each action that runs on Node 24 (or, for upload-pages-artifact, whose
    inner upload action does); an older pin would run on the retired Node 20."""
    first_on_node_24 = {
        "actions/checkout": 5,
        "actions/setup-python": 6,
        "actions/cache": 5,
        "actions/upload-pages-artifact": 5,
        "actions/configure-pages": 6,
        "actions/deploy-pages": 5,
    }
    seen = set()
    for path in all_workflows():
        for line in path.read_text("utf-8").splitlines():
            found = re.search(r"uses: ([\w/-]+)@[0-9a-f]{40} # v(\d+)", line)
            if found:
                action, major = found.group(1), int(found.group(2))
                assert action in first_on_node_24, f"{action}: which major runs on Node 24?"
                assert major >= first_on_node_24[action], line.strip()
                seen.add(action)
    assert seen == set(first_on_node_24)


def test_other_engines_are_built_and_reported_without_failing_the_run() -> None:
    data = workflow("other-engines.yml")
    assert data["permissions"] == {"contents": "read"}
    assert set(data["jobs"]) == {"properdocs", "zensical"}
    makefile = (ROOT / "Makefile").read_text("utf-8")
    for name, job in data["jobs"].items():
        build = next(step for step in job["steps"] if step.get("id") == "build")
        assert build["run"] == f"make {name}-site"
        assert f"\n{name}-site:" in makefile
        assert build["continue-on-error"] == "true"
        report = job["steps"][-1]
        assert report["env"] == {"OUTCOME": "${{ steps.build.outcome }}"}
        assert "GITHUB_STEP_SUMMARY" in report["run"]
        assert "::warning" in report["run"]
    assert "properdocs build --strict -f mkdocs.yml" in makefile
    assert "ladder stage build/staged" in makefile
    assert "zensical build --strict" in makefile


def test_dependabot_keeps_actions_and_python_packages_current() -> None:
    config = yaml.safe_load((ROOT / ".github/dependabot.yml").read_text("utf-8"))
    assert config["version"] == 2
    updates = {u["package-ecosystem"]: u for u in config["updates"]}
    assert set(updates) == {"github-actions", "pip"}
    for update in updates.values():
        assert update["directory"] == "/"
        assert update["schedule"]["interval"] in {"daily", "weekly", "monthly"}
    held = {rule["dependency-name"] for rule in updates["pip"].get("ignore", [])}
    assert held == {"mkdocs", "mkdocs-material"}  # 1.x and 9.x on purpose


def test_installs_are_cached() -> None:
    publish = workflow("publish.yml")
    setup = next(s for s in steps(publish) if "setup-python" in s.get("uses", ""))
    assert setup["with"]["cache"] == "pip"
    assert set(setup["with"]["cache-dependency-path"].split()) == {
        "pyproject.toml",
        "constraints.txt",
    }
    check = workflow("pull-request.yml")["jobs"]["check"]
    names = [s.get("uses", "").split("@")[0] or s.get("run", "") for s in check["steps"]]
    cache = next(s for s in check["steps"] if s.get("uses", "").startswith("actions/cache@"))
    assert set(cache["with"]["path"].split()) == {"~/.cache/pip", "/var/cache/apt/archives/*.deb"}
    assert "hashFiles('pyproject.toml', 'constraints.txt')" in cache["with"]["key"]
    # The cache is restored before anything is installed, and Debian's image keeps its .debs.
    assert names.index("actions/cache") < names.index("make .venv/.installed")
    keep = next(s for s in check["steps"] if "docker-clean" in s.get("run", ""))
    assert check["steps"].index(keep) < check["steps"].index(cache)


def test_publish_workflow_deploys_only_a_successful_strict_build() -> None:
    data = workflow("publish.yml")
    assert set(data["on"]) == {"push", "workflow_dispatch"}
    assert data["on"]["push"]["branches"] == ["main"]
    assert data["concurrency"] == {"group": "pages", "cancel-in-progress": "false"}
    assert data["permissions"] == {"contents": "read"}
    build, deploy = data["jobs"]["build"], data["jobs"]["deploy"]
    assert "permissions" not in build
    # workflow_dispatch can be started from any branch: only main is built (and so deployed).
    assert build["if"] == "${{ github.ref == 'refs/heads/main' }}"
    assert deploy["needs"] == "build"
    assert "if" not in deploy  # no always(): a failed or skipped build is never deployed
    assert deploy["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
    runs = [step.get("run", "") for step in build["steps"]]
    # mkdocs build --strict, with the version selector that only a versioned site may have
    assert 'VERSION_PROVIDER=mike SITE_URL="${SITE_BASE%/}/latest/" make site' in runs
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
CODE = "{code}"
site = pathlib.Path(sys.argv[1])
site.mkdir(parents=True)
version = [line for line in open("ladder/handbook.yml") if line.startswith("version:")][0]
pages = sorted(p.name for p in pathlib.Path("content").glob("*"))
(site / "index.html").write_text(version.split(":")[1].strip().strip('"') + " " + CODE)
(site / "pages.txt").write_text(" ".join(pages))
(site / "site_url.txt").write_text(os.environ.get("SITE_URL", ""))
(site / "provider.txt").write_text(os.environ.get("VERSION_PROVIDER", ""))
"""


def set_version(repo: Path, version: str) -> None:
    handbook = repo / "ladder" / "handbook.yml"
    text = re.sub(r'(?m)^version: ".*"$', f'version: "{version}"', handbook.read_text("utf-8"))
    handbook.write_text(text, encoding="utf-8")


def add_release(repo: Path, version: str) -> None:
    """main now carries `version`, with its changelog entry."""
    set_version(repo, version)
    handbook = repo / "ladder" / "handbook.yml"
    entry = f'changelog:\n  - version: "{version}"\n    date: 2026-09-01\n    summary: More.\n'
    text = handbook.read_text("utf-8").replace("changelog:\n", entry, 1)
    handbook.write_text(text, encoding="utf-8")


def set_code(repo: Path, code: str) -> None:
    (repo / "build.py").write_text(STUB_BUILD.replace("{code}", code), encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Two released versions, ladder-1.0 and ladder-1.1, each with its own build code and
    pages; main carries 1.1 and newer code than either tag."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "--quiet", "--initial-branch=main")
    shutil.copytree(FIXTURE, repo / "ladder")
    (repo / "content").mkdir()
    (repo / "content" / "one.md").write_text("# One\n", encoding="utf-8")
    set_code(repo, "code-1.0")
    set_version(repo, "1.0")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "1.0")
    git(repo, "tag", "ladder-1.0")
    set_version(repo, "1.1")
    set_code(repo, "code-1.1")
    (repo / "content" / "two.md").write_text("# Two\n", encoding="utf-8")
    git(repo, "add", "--all")
    git(repo, "commit", "--quiet", "-m", "1.1")
    git(repo, "tag", "-a", "ladder-1.1", "-m", "Ladder 1.1")
    set_code(repo, "code-main")
    git(repo, "commit", "--quiet", "-am", "newer code")
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
    assert (out / "latest/index.html").read_text("utf-8") == "1.1 code-main"
    # Each release: its own ladder and pages, built by the code being published.
    assert (out / "1.1/index.html").read_text("utf-8") == "1.1 code-main"
    assert (out / "1.0/index.html").read_text("utf-8") == "1.0 code-main"
    assert (out / "1.1/pages.txt").read_text("utf-8") == "one.md two.md"
    assert (out / "1.0/pages.txt").read_text("utf-8") == "one.md"
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


def test_each_build_turns_the_version_selector_on(repo: Path) -> None:
    """mkdocs.yml turns the selector (which fetches versions.json) on only when asked."""
    assert build_versions() == 0
    for folder in ("latest", "1.1", "1.0"):
        assert (repo / "out" / folder / "provider.txt").read_text("utf-8") == "mike"


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


def test_a_release_never_runs_its_own_code(repo: Path) -> None:
    """Whatever a tag holds besides ladder/ and content/ (here a build script that would
    write "code-1.0") is left out: the build is the published commit's."""
    assert build_versions() == 0
    for folder in ("1.0", "1.1"):
        assert "code-main" in (repo / "out" / folder / "index.html").read_text("utf-8")
    assert not list((repo / "out").rglob("*code-1.*"))


def test_a_release_without_pages_builds_with_none(repo: Path) -> None:
    git(repo, "rm", "--quiet", "-r", "content")
    add_release(repo, "1.2")
    git(repo, "commit", "--quiet", "-am", "1.2 without pages")
    git(repo, "tag", "ladder-1.2")
    assert build_versions() == 0
    assert (repo / "out/1.2/pages.txt").read_text("utf-8") == ""
    assert (repo / "out/1.0/pages.txt").read_text("utf-8") == "one.md"


def test_a_release_whose_ladder_has_errors_is_refused(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rep = repo / "ladder" / "roles" / "rep.yml"
    rep.write_text(rep.read_text("utf-8").replace("level: 1", "level: one"), encoding="utf-8")
    add_release(repo, "1.2")
    git(repo, "commit", "--quiet", "-am", "1.2, broken")
    git(repo, "tag", "ladder-1.2")
    assert build_versions() == 1
    err = capsys.readouterr().err
    assert "the ladder of ladder-1.2 has 1 error; nothing was built:\n" in err
    assert '  ladder-1.2:ladder/roles/rep.yml:6:8: expected a whole number, not "one"\n' in err
    assert not (repo / "out/1.2").exists()


def test_a_failed_build_stops_everything(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    command = f"{shlex.quote(sys.executable)} -c 'raise SystemExit(3)'"
    assert main(["versions", "build", "--out", "out", "--build-command", command]) == 1
    assert "failed (exit 3); nothing was published" in capsys.readouterr().err


def test_a_failed_build_leaves_the_previous_output_untouched(repo: Path) -> None:
    assert build_versions() == 0
    before = {p: p.read_bytes() for p in sorted((repo / "out").rglob("*")) if p.is_file()}
    command = f"{shlex.quote(sys.executable)} -c 'raise SystemExit(3)'"
    assert main(["versions", "build", "--out", "out", "--build-command", command]) == 1
    after = {p: p.read_bytes() for p in sorted((repo / "out").rglob("*")) if p.is_file()}
    assert after == before
    assert sorted(p.name for p in repo.iterdir() if p.name.startswith(".out.")) == []


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
    """VS Code maps the schemas with the ladder's own ids (.ladder-schemas/, written by
    `ladder schema`, `make site` and `make serve`; plain copies while the ladder has errors)."""
    settings = json.loads((ROOT / ".vscode/settings.json").read_text("utf-8"))
    schemas = settings["yaml.schemas"]
    ladder_schemas = {"handbook", "track", "role", "competency", "kpi"}
    assert {Path(name).name for name in schemas} == {f"{k}.schema.json" for k in ladder_schemas}
    for name, globs in schemas.items():
        assert name.startswith("./.ladder-schemas/")
        assert (ROOT / "generator/schemas" / Path(name).name).is_file()  # the plain copy
        assert all(glob.startswith("ladder/") for glob in globs)
    assert schemas["./.ladder-schemas/role.schema.json"] == ["ladder/roles/*.yml"]
    ignored = (ROOT / ".gitignore").read_text("utf-8").splitlines()
    assert ".ladder-schemas/" in ignored
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "site: $(STAMP) editor-schemas\n" in makefile
    assert "serve: $(STAMP) editor-schemas\n" in makefile
    assert "$(BIN)/ladder schema --ids-only" in makefile
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
