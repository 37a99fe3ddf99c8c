"""Cross-checks of tracks: each has roles, a lowest entry role, and every role is reachable."""

from __future__ import annotations

from generator.model import Role, Track
from generator.validate.check_handbook import value_refs
from generator.validate.parts import Parts, Report, unknown


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
        entry = parts.roles.get(track.entry_role)
        if entry is None:
            names = [role.id for role in members]
            report.add(doc, ("entry_role",), unknown("role on this track", track.entry_role, names))
            continue
        if entry[0].track != track.id:
            report.add(
                doc,
                ("entry_role",),
                f'entry role "{track.entry_role}" is on track "{entry[0].track}", not on this one',
            )
            continue
        lowest = min(role.level for role in members)
        if entry[0].level > lowest:
            report.add(
                doc,
                ("entry_role",),
                f'entry role "{track.entry_role}" is level {entry[0].level}, but the track has '
                f"a role at level {lowest}; the entry role must be the lowest",
            )
        _check_reachable(parts, track, members, report)


def _check_reachable(parts: Parts, track: Track, members: list[Role], report: Report) -> None:
    reached = {track.entry_role}
    frontier = [track.entry_role]
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
                f'role "{role.id}" cannot be reached from "{track.entry_role}", the entry role '
                f'of track "{track.id}"; add a transition to it from a role on the track',
            )
