"""Cross-checks of tracks: each has roles, a lowest entry role, and every role is reachable."""

from __future__ import annotations

from generator.model import Role, Track
from generator.read.load import Document
from generator.validate.check_handbook import value_refs
from generator.validate.parts import Parts, Report, unknown


def entry_role_of(track: Track, members: list[Role]) -> Role:
    """The track's entry role: the one it names, else its lowest-level role (then by title)."""
    named = [role for role in members if role.id == track.entry_role]
    return named[0] if named else min(members, key=lambda r: (r.level, r.title, r.id))


def check_tracks(parts: Parts, report: Report) -> None:
    for track, doc in parts.tracks.values():
        value_refs(parts, doc, [entry.value for entry in track.values], report)
        if not parts.roles_complete():
            continue  # which roles are on the track is unknown until every role file reads
        members = [role for role, _ in parts.roles.values() if role.track == track.id]
        if not members:
            report.add(doc, ("id",), f'track "{track.id}" has no roles; add a role or remove it')
            continue
        if len(members) < 2:
            report.check(
                "single-role-track",
                doc,
                ("id",),
                f'track "{track.id}" has only one role; a track is a path',
            )
        if track.entry_role is not None and not _entry_fits(parts, track, doc, members, report):
            continue
        _check_reachable(parts, track, entry_role_of(track, members).id, members, report)


def _entry_fits(
    parts: Parts, track: Track, doc: Document, members: list[Role], report: Report
) -> bool:
    """The named entry role exists, is on the track and has its lowest level."""
    entry = parts.roles.get(track.entry_role or "")
    if entry is None:
        names = [role.id for role in members]
        wanted = track.entry_role or ""
        report.add(doc, ("entry_role",), unknown("role on this track", wanted, names))
        return False
    if entry[0].track != track.id:
        report.add(
            doc,
            ("entry_role",),
            f'entry role "{track.entry_role}" is on track "{entry[0].track}", not on this one',
        )
        return False
    lowest = min(role.level for role in members)
    if entry[0].level > lowest:
        report.add(
            doc,
            ("entry_role",),
            f'entry role "{track.entry_role}" is level {entry[0].level}, but the track has '
            f"a role at level {lowest}; the entry role must be the lowest",
        )
    return True


def _check_reachable(
    parts: Parts, track: Track, entry_id: str, members: list[Role], report: Report
) -> None:
    """When the track's roles state transitions, each must be reachable from the entry role;
    a framework that states none orders its roles by level alone."""
    if not any(role.transitions for role in members):
        return
    reached = {entry_id}
    frontier = [entry_id]
    while frontier:
        role = parts.roles[frontier.pop()][0]
        for move in role.transitions:
            target = parts.roles.get(move.to)
            if target and target[0].track == track.id and move.to not in reached:
                reached.add(move.to)
                frontier.append(move.to)
    for role in members:
        if role.id not in reached:
            doc = parts.roles[role.id][1]
            report.add(
                doc,
                ("track",),
                f'role "{role.id}" cannot be reached from "{entry_id}", the entry role '
                f'of track "{track.id}"; add a transition to it from a role on the track',
            )
