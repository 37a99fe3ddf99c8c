"""Ladder versions in git: reading a ladder at a ref, and building every released version.

A link pasted into last year's review must still show last year's expectations. Each
released ladder version is a git tag `ladder-<version>` (such as `ladder-2026.2`), and the
published handbook keeps one folder per version beside `latest/`, the build of main:

    <out>/index.html      redirects to latest/
    <out>/versions.json   the list Material's version selector reads (mike's format)
    <out>/latest/         main
    <out>/2026.2/         the tag ladder-2026.2: its ladder and pages, today's code

Every version is built by the code of the commit being published (HEAD): its generator,
mkdocs.yml and theme. A tag contributes only data, its `ladder/` and `content/` folders,
which are validated before anything is built. So whoever can push a tag cannot make the
publish workflow run code that was never reviewed on main, on the origin where
self-assessments are kept in the browser.

Nothing here checks out a ref: files are read with `git archive` into a temporary folder,
so the working tree and its index are never touched.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TextIO

from generator.tools.swap import replace, scratch_beside

TAG_PREFIX = "ladder-"
LATEST = "latest"
# A version becomes a folder name and part of every address of its pages.
VERSION_PATTERN = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,39}$")
SITE_DIR = "{site_dir}"
DATA = ("ladder", "content")
"""What a release tag contributes to its build; everything else comes from the published commit."""
DEFAULT_BUILD = ("{python}", "-m", "mkdocs", "build", "--strict", "--site-dir", SITE_DIR)


class VersionsError(Exception):
    """git refused, a tag is unusable or a build failed; the message is for the terminal."""


@dataclass(frozen=True)
class Release:
    tag: str
    version: str


# -- reading refs ------------------------------------------------------------------------------


def _git(args: Sequence[str], cwd: Path | None = None) -> bytes:
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError as error:
        raise VersionsError("git is not installed or not on PATH") from error
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise VersionsError(detail[-1] if detail else f"git {' '.join(args)} failed")
    return done.stdout


def is_ref(ref: str, cwd: Path | None = None) -> bool:
    if ref.startswith("-"):
        return False  # never let a "ref" become an option of git
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], cwd)
    except VersionsError:
        return False
    return True


def export(ref: str, dest: Path, paths: Sequence[str] = (), cwd: Path | None = None) -> list[str]:
    """Write the files of `ref` (only `paths`, if given) under `dest`, as `git archive` has them.

    Returns the paths of symbolic links, which are left out: a ladder must not contain them,
    and following one could read a file outside the repository.
    """
    if not is_ref(ref, cwd):
        raise VersionsError(f'"{ref}" is not a folder and not a git commit, branch or tag')
    data = _git(["archive", "--format=tar", ref, "--", *paths], cwd)
    links: list[str] = []
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        for member in archive.getmembers():
            parts = PurePosixPath(member.name).parts
            if not parts or member.name.startswith("/") or ".." in parts:
                continue
            target = dest.joinpath(*parts)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
            elif member.isfile():
                source = archive.extractfile(member)
                if source is None:
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source.read())
                if member.mode & 0o111:
                    target.chmod(0o755)
            elif member.issym() or member.islnk():
                links.append(member.name)
    return links


def commit_time(ref: str, cwd: Path | None = None) -> str:
    """Seconds since the epoch of the ref's commit, for reproducible dates in its build."""
    return _git(["log", "-1", "--format=%ct", ref, "--"], cwd).decode().strip()


# -- releases ----------------------------------------------------------------------------------


def version_key(version: str) -> tuple[tuple[int, int | str], ...]:
    """Numbers compare as numbers: 2026.10 comes after 2026.9."""
    return tuple(
        (0, int(part)) if part.isdigit() else (1, part)
        for part in re.findall(r"\d+|[^\d.]+", version)
    )


def releases(prefix: str = TAG_PREFIX, cwd: Path | None = None) -> list[Release]:
    """Every released version, newest first."""
    names = _git(["tag", "--list", f"{prefix}*"], cwd).decode("utf-8", "replace").split()
    found = []
    for tag in names:
        version = tag[len(prefix) :]
        if not VERSION_PATTERN.match(version) or version == LATEST:
            raise VersionsError(
                f'tag "{tag}": "{version}" cannot be a version folder; use digits, letters, '
                'dots and hyphens, such as "ladder-2026.2"'
            )
        found.append(Release(tag, version))
    return sorted(found, key=lambda release: version_key(release.version), reverse=True)


def versions_json(releases: Sequence[Release], latest_version: str) -> list[dict[str, object]]:
    """What Material's version selector reads (the format mike writes), newest first.

    The release whose version main carries gets the alias "latest". When main carries a
    version that has no tag yet, "latest" is listed on its own, marked unreleased.
    """
    entries: list[dict[str, object]] = []
    released = {release.version for release in releases}
    if latest_version not in released:
        title = f"{latest_version} (unreleased)"
        entries.append({"version": LATEST, "title": title, "aliases": []})
    for release in releases:
        aliases = [LATEST] if release.version == latest_version else []
        entries.append({"version": release.version, "title": release.version, "aliases": aliases})
    return entries


def redirect_page(target: str) -> str:
    return (
        "<!doctype html>\n"
        '<html lang="en">\n'
        '<meta charset="utf-8">\n'
        "<title>Redirecting</title>\n"
        f'<meta http-equiv="refresh" content="0; url={target}">\n'
        f'<link rel="canonical" href="{target}">\n'
        f'<p><a href="{target}">Go to the latest version of the handbook</a></p>\n'
        "</html>\n"
    )


# -- building ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Build:
    out: Path
    command: Sequence[str] = DEFAULT_BUILD
    """The build, run in a source tree; {site_dir} and {python} are filled in."""
    latest_site: Path | None = None
    """A site already built from the working tree (such as `make site`'s site/), to reuse."""
    ladder: Path = Path("ladder")
    prefix: str = TAG_PREFIX
    site_url: str | None = None
    """The published address of the whole site; each build gets SITE_URL=<it>/<folder>/."""
    code_ref: str = "HEAD"
    """The commit whose code (generator, mkdocs.yml, theme) builds every release."""

    def env(self, folder: str) -> dict[str, str]:
        """The environment of one build: the version selector on (mkdocs.yml reads
        VERSION_PROVIDER), and the build's own address when the site's is known."""
        env = {"VERSION_PROVIDER": "mike"}
        if self.site_url:
            env["SITE_URL"] = f"{self.site_url.rstrip('/')}/{folder}/"
        return env


def build_all(build: Build, log: TextIO | None = None) -> list[dict[str, object]]:
    """Build main and every release into `build.out`; returns what versions.json holds."""
    target = build.out.resolve()
    _check_out(target)
    out = scratch_beside(target)  # moved into place only when every version built
    try:
        entries = _build_into(build, out, log)
        replace(target, out)
    finally:
        shutil.rmtree(out, ignore_errors=True)
    return entries


def _build_into(build: Build, out: Path, log: TextIO | None) -> list[dict[str, object]]:
    latest_version = read_version(build.ladder / "handbook.yml")
    found = releases(build.prefix)
    if build.latest_site is not None:
        if not (build.latest_site / "index.html").is_file():
            raise VersionsError(f"{build.latest_site}: no built site there (index.html is missing)")
        shutil.copytree(build.latest_site, out / LATEST)
    else:
        _run(build.command, Path.cwd(), out / LATEST, build.env(LATEST), log)
    for release in found:
        _say(log, f"building {release.tag} into {release.version}/")
        with tempfile.TemporaryDirectory(prefix="ladder-version-") as scratch:
            source = Path(scratch)
            release_tree(release, build, source)
            env = {
                **build.env(release.version),
                "SOURCE_DATE_EPOCH": commit_time(release.tag),
            }
            _run(build.command, source, out / release.version, env, log)
    entries = versions_json(found, latest_version)
    (out / "versions.json").write_text(json.dumps(entries, indent=2) + "\n", encoding="utf-8")
    (out / "index.html").write_text(redirect_page(f"{LATEST}/"), encoding="utf-8")
    return entries


def release_tree(release: Release, build: Build, dest: Path) -> None:
    """The source tree a release is built in: the code of `build.code_ref` with the tag's
    ladder and hand-written pages in place of its own, checked before anything is built."""
    ladder_dir = build.ladder.as_posix().strip("/") or "ladder"
    data = {PurePosixPath(ladder_dir).parts[0], *(d for d in DATA if d != "ladder")}
    code = [name for name in _top_level(build.code_ref) if name not in data]
    if code:
        export(build.code_ref, dest, code)
    present = [name for name in _top_level(release.tag) if name in data]
    links = export(release.tag, dest, present) if present else []
    if links:
        raise VersionsError(
            f"{release.tag}:{links[0]}: a release may not hold symbolic links; nothing was built"
        )
    (dest / "content").mkdir(exist_ok=True)  # a ladder without hand-written pages
    tagged = read_version(dest / ladder_dir / "handbook.yml", release.tag)
    if tagged != release.version:
        raise VersionsError(
            f'tag "{release.tag}" holds ladder version "{tagged}"; a release tag must '
            f'name the version in its handbook.yml (expected "{release.version}")'
        )
    _check_ladder(release, dest / ladder_dir, dest)


def _top_level(ref: str) -> list[str]:
    names = _git(["ls-tree", "--name-only", ref]).decode("utf-8", "replace").splitlines()
    return [name for name in names if name]


def _check_ladder(release: Release, ladder_dir: Path, root: Path) -> None:
    """Refuse a release whose ladder has errors, naming them as TAG:path:line:col."""
    from generator.problems import errors
    from generator.validate.folder import load_ladder

    ladder, problems = load_ladder(ladder_dir)
    failed = errors(problems)
    if ladder is not None and not failed:
        return
    shown = []
    for problem in failed[:5]:
        where = Path(problem.path)
        with contextlib.suppress(ValueError):
            where = where.resolve().relative_to(root.resolve())
        shown.append(
            f"  {release.tag}:{where.as_posix()}:{problem.line}:{problem.column}: {problem.message}"
        )
    more = f"\n  ... and {len(failed) - 5} more" if len(failed) > 5 else ""
    raise VersionsError(
        f"the ladder of {release.tag} has {len(failed) or 'unreadable'} error"
        f"{'s' * (len(failed) != 1)}; nothing was built:\n" + "\n".join(shown) + more
    )


def read_version(handbook: Path, where: str = "") -> str:
    """The `version:` of a handbook.yml, read strictly but without validating the rest."""
    from generator.read.load import load_document

    document, problems = load_document(handbook)
    version = document.data.get("version") if document else None
    if not isinstance(version, str) or not VERSION_PATTERN.match(version) or version == LATEST:
        place = f" at {where}" if where else ""
        detail = f"; {problems[0].format()}" if problems else ""
        raise VersionsError(f"{handbook}{place}: no usable ladder version{detail}")
    return version


def _check_out(out: Path) -> None:
    """Only an output folder that a previous run wrote (it has versions.json) is replaced, and
    only once the new one is complete: a failed run leaves it as it was."""
    ours = out.is_dir() and (not any(out.iterdir()) or (out / "versions.json").is_file())
    if out.exists() and not ours:
        raise VersionsError(f"{out} exists and was not written by `ladder versions build`")


def _run(
    command: Sequence[str],
    cwd: Path,
    site_dir: Path,
    env: dict[str, str],
    log: TextIO | None,
) -> None:
    argv = [
        part.replace(SITE_DIR, str(site_dir)).replace("{python}", sys.executable)
        for part in command
    ]
    _say(log, f"$ {' '.join(argv)}  (in {cwd})")
    done = subprocess.run(argv, cwd=cwd, env={**os.environ, **env}, check=False)
    if done.returncode != 0:
        raise VersionsError(
            f"the build in {cwd} failed (exit {done.returncode}); nothing was published"
        )
    if not site_dir.is_dir():
        raise VersionsError(f"the build in {cwd} wrote nothing to {site_dir}")


def _say(log: TextIO | None, text: str) -> None:
    if log is not None:
        print(text, file=log)
