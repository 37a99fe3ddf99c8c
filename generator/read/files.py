"""Reading a ladder file safely: regular files only, never blocking, never more than a limit.

A path in the ladder folder may name something that is not a file at all: a FIFO (reading
it waits for a writer forever), a device (`/dev/zero` never ends), a socket, or a symbolic
link to anywhere on the machine. Each is told apart with `lstat` before anything is opened,
and the file is then opened without following a link and without blocking, and checked
again on the open descriptor, so a path swapped between the two looks is caught too.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_BINARY = getattr(os, "O_BINARY", 0)

_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISLNK, "a symbolic link"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


class NotReadable(Exception):
    """The path cannot be read as a ladder file; the message says why, in an editor's words."""


def kind_of(mode: int) -> str:
    """What a file-system entry is, in words: "a regular file", "a FIFO (named pipe)", ..."""
    if stat.S_ISREG(mode):
        return "a regular file"
    for test, words in _KINDS:
        if test(mode):
            return words
    return "not a regular file"


def entry_kind(path: Path) -> str:
    """The kind of the entry itself (a link is a link, wherever it leads)."""
    try:
        return kind_of(os.lstat(path).st_mode)
    except (OSError, ValueError):  # ValueError: a NUL in the path; os.open reports both
        return "missing"


def leads_outside(link: Path, folder: Path) -> bool:
    """True when the symbolic link `link` resolves to a place outside `folder`."""
    try:
        target = link.resolve(strict=False)
        return not target.is_relative_to(folder.resolve(strict=False))
    except (OSError, RuntimeError):  # a loop of links
        return True


def read_regular(path: Path, limit: int) -> tuple[bytes, int]:
    """At most `limit` + 1 bytes of a regular file, and its size; raises NotReadable."""
    kind = entry_kind(path)
    if kind not in ("a regular file", "missing"):  # a missing file: os.open says so below
        raise NotReadable(
            f"the file cannot be read: this is {kind}, not a regular file; "
            "only regular files are read"
        )
    flags = os.O_RDONLY | _NONBLOCK | _NOFOLLOW | _BINARY | getattr(os, "O_CLOEXEC", 0)
    try:
        descriptor = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise NotReadable(
                "the file cannot be read: this is a symbolic link; only regular files are read"
            ) from None
        raise NotReadable(f"the file cannot be read: {error.strerror or error}") from None
    except ValueError as error:  # a NUL in the path
        raise NotReadable(f"the file cannot be read: {error}") from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):  # swapped after the first look
            what = kind_of(status.st_mode)
            raise NotReadable(f"the file cannot be read: this is {what}, not a regular file")
        size = max(status.st_size, 0)
        if size > limit:
            return b"", size
        chunks: list[bytes] = []
        remaining = limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
        return data, max(size, len(data))
    except OSError as error:
        raise NotReadable(f"the file cannot be read: {error.strerror or error}") from None
    finally:
        os.close(descriptor)
