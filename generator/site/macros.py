"""Ladder data inside hand-written pages, so prose never drifts from the YAML.

A guide in `content/` that says "an account executive should reach 100% of quota" goes
stale the day the YAML changes. With these macros it writes
`{{ kpi_target("account-executive", "quota-attainment") }}` and the number stays current.

How it is wired: the `ladder` MkDocs plugin loads the ladder once, then hands these macros
and variables to mkdocs-macros through its API for other plugins (`register_macros`,
`register_variables`), so every page sees the same `Ladder` the generated pages came from
and `mkdocs.yml` needs no module path. `ladder stage` renders the same macros itself (see
`render_markdown`), so a staged docs tree needs no macros plugin at all.

Pages opt in: `mkdocs.yml` sets `render_by_default: false`, and a hand-written page that
quotes ladder data says `render_macros: true` in its front matter. Generated pages never
opt in (they say `render_macros: false`), so text typed in the YAML is never evaluated as a
template. Opt-in also keeps a guide that talks about `{{ }}` literally from breaking. The
plugin warns when a page calls one of these macros without opting in.

Every value from the YAML passes through `generator.text.plain` (Text) or `prose` (Prose),
exactly as on generated pages: a title typed as `<script>` shows as typed. Links are
Markdown links to the generated page's `.md` source, relative to the page being rendered,
so `mkdocs build --strict` checks them like any other link.

Each macro's docstring says what to write and what it gives (`Write:` / `Gives:`); the
editors' tables in CONTRIBUTING.md are generated from them (tools/macro_reference.py).

Times read as on role pages ("12 to 18 months", "2 to 3 years"). Readiness fields:
`at_or_above_share` (a percentage, "80%"), `largest_gap` (proficiency levels, "1"),
`minimum_months_in_role` (months, "9") and `kpis_at_target` ("yes" or "no"); a move's rule is
its own, else the default. Plan stages: `current_role`, `trial`, `new_responsibilities`,
`new_role`. MONTH is a whole number without quotes that the role's ramp for the KPI lists.
`pay_mix` is an error for a role without a compensation section.

Every word a macro writes into a page is in the handbook's language (`language:`), whoever
calls it: "(niveau 1, Vente)" in `role_list`, the review table's headings, "oui" for
`kpis_at_target`, amounts and times as the language writes them. A page that tests such a
word compares it with the language's own ("oui"). What a macro tells an editor who called it
wrongly (an unknown id, a wrong field) is a build error and stays English, as every message of
`ladder validate` does.

PAGE is one of map, tracks, roles, competencies, matrices, kpis (only when the ladder has
KPIs), values (only with values), changelog. The counts and lists, `overview_link` and
`review_cadence` work for any ladder (overview_macros.py): the starter pages use only them.

Ids are the YAML ids (file names without `.yml`). An unknown id stops the build with a
message naming the macro and the closest id; "own line" macros give several lines of
Markdown and must stand alone on a line, not indented.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import jinja2
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from generator import locale
from generator.ladder import Ladder
from generator.locale import _
from generator.model import TARGET_FIELDS
from generator.site.addresses import KPIS, VALUES, competency_path, role_path, track_path
from generator.site.guide_macros import GuideMacros
from generator.site.macro_lookup import find
from generator.site.overview_macros import OVERVIEW_NAMES, MacroError, OverviewMacros, bullets
from generator.site.text import plain, prose
from generator.site.wording import measure
from generator.validate.messages import did_you_mean

VARIABLE_NAMES = ("organisation", "ladder_version")
MACRO_NAMES = (
    "role_title",
    "role_link",
    "track_name",
    "track_link",
    "track_roles",
    "competency_name",
    "competency_link",
    "kpi_name",
    "kpi_link",
    "kpi_target",
    "value_name",
    "value_link",
    "role_level",
    "typical_time",
    "readiness",
    "plan_stage",
    "ramp_target",
    "pay_mix",
    *OVERVIEW_NAMES,
)
_CALL = re.compile(r"\{\{-?\s*(" + "|".join(MACRO_NAMES + VARIABLE_NAMES) + r")\b")


class MacrosHost(Protocol):
    """The part of mkdocs-macros' plugin these functions use (duck-typed: no mkdocs import)."""

    def register_macros(self, items: dict[str, Any]) -> None: ...
    def register_variables(self, items: dict[str, Any]) -> None: ...


@dataclass(frozen=True)
class LadderMacros(GuideMacros, OverviewMacros):
    """The macros for one ladder. `page_path` names the page being rendered (docs-relative),
    so every link can be relative to it."""

    ladder: Ladder
    page_path: Callable[[], str]

    def variables(self) -> dict[str, Any]:
        """Write: `{{ organisation }}`
        Gives: the organisation's name, as handbook.yml writes it

        Write: `{{ ladder_version }}`
        Gives: the current ladder version
        """
        return {
            "organisation": plain(self.ladder.handbook.organisation.name),
            "ladder_version": plain(self.ladder.version),
        }

    def macros(self) -> dict[str, Callable[..., Markup | int]]:
        """Every macro, writing its words in the handbook's language whoever calls it."""
        return {name: self._in_language(getattr(self, name)) for name in MACRO_NAMES}

    def _in_language(self, macro: Callable[..., Markup | int]) -> Callable[..., Markup | int]:
        @functools.wraps(macro)
        def written(*args: Any, **kwargs: Any) -> Markup | int:
            with locale.use(self.ladder.handbook.language):
                return macro(*args, **kwargs)

        return written

    # -- roles and tracks -------------------------------------------------------------------
    def role_title(self, role_id: str) -> Markup:
        """Write: `{{ role_title("account-executive") }}`
        Gives: the role's title
        """
        return plain(find("role_title", "role", self.ladder.roles, role_id).title)

    def role_link(self, role_id: str, anchor: str | None = None, text: str | None = None) -> Markup:
        """Write: `{{ role_link("account-executive") }}`
        Gives: a link to the role page, with the title as text

        Write: `{{ role_link("account-executive", anchor="discovery") }}`
        Gives: a link straight to one competency or KPI on the role page (the id must be one the
            role has)

        Write: `{{ role_link("account-executive", text="your role page") }}`
        Gives: the same link with your own words
        """
        role = find("role_link", "role", self.ladder.roles, role_id)
        if anchor is not None and anchor not in role.competencies and anchor not in role.kpis:
            choices = [*role.competencies, *role.kpis]
            raise MacroError(
                f'role_link: the role "{role_id}" has no competency or KPI "{anchor}"'
                f"{did_you_mean(anchor, choices)}"
            )
        label = plain(text) if text is not None else plain(role.title)
        return self._link(label, role_path(role.id), anchor)

    def track_name(self, track_id: str) -> Markup:
        """Write: `{{ track_name("account-executive") }}` / `{{ track_link("account-executive") }}`
        Gives: a track's name / a link to the track page
        """
        return plain(find("track_name", "track", self.ladder.tracks, track_id).name)

    def track_link(self, track_id: str) -> Markup:
        track = find("track_link", "track", self.ladder.tracks, track_id)
        return self._link(plain(track.name), track_path(track.id))

    def track_roles(self, track_id: str) -> Markup:
        """Write: `{{ track_roles("account-executive") }}`
        Gives: a bulleted list of the track's roles in level order, linked, with their level
        """
        track = find("track_roles", "track", self.ladder.tracks, track_id)
        items = [
            Markup(_("%(role)s (level %(level)s)"))
            % {"role": self._link(plain(role.title), role_path(role.id)), "level": role.level}
            for role in self.ladder.roles_on(track.id)
        ]
        return bullets(items)

    # -- competencies, KPIs, values -------------------------------------------------------
    def competency_name(self, competency_id: str) -> Markup:
        """Write: `{{ competency_name("discovery") }}` / `{{ competency_link("discovery") }}`
        Gives: a competency's name / a link to its page
        """
        competencies = self.ladder.competencies
        return plain(find("competency_name", "competency", competencies, competency_id).name)

    def competency_link(self, competency_id: str, level: str | None = None) -> Markup:
        """Write: `{{ competency_link("discovery", level="proficient") }}`
        Gives: a link to one proficiency level's descriptor
        """
        competency = find("competency_link", "competency", self.ladder.competencies, competency_id)
        if level is not None and level not in competency.levels:
            raise MacroError(
                f'competency_link: "{level}" is not a proficiency level of "{competency_id}"'
                f"{did_you_mean(level, competency.levels)}"
            )
        return self._link(plain(competency.name), competency_path(competency.id), level)

    def kpi_name(self, kpi_id: str) -> Markup:
        """Write: `{{ kpi_name("win-rate") }}` / `{{ kpi_link("win-rate") }}`
        Gives: a KPI's name / a link to it in the KPI catalogue
        """
        return plain(find("kpi_name", "KPI", self.ladder.kpis, kpi_id).name)

    def kpi_link(self, kpi_id: str) -> Markup:
        kpi = find("kpi_link", "KPI", self.ladder.kpis, kpi_id)
        return self._link(plain(kpi.name), KPIS, kpi.id)

    def kpi_target(self, role_id: str, kpi_id: str, field: str = "target") -> Markup:
        """Write: `{{ kpi_target("account-executive", "quota-attainment") }}`
        Gives: the role's target for that KPI, in the KPI's unit (100%; EUR 250,000; 45 days); for a
            qualitative KPI, the written expectation

        Write: `{{ kpi_target("account-executive", "quota-attainment", "threshold") }}`
        Gives: the threshold; `"stretch"` gives the stretch target
        """
        role = find("kpi_target", "role", self.ladder.roles, role_id)
        kpi = find("kpi_target", "KPI", self.ladder.kpis, kpi_id)
        if field not in TARGET_FIELDS:
            raise MacroError(
                f'kpi_target: "{field}" is not one of {", ".join(TARGET_FIELDS)}'
                f"{did_you_mean(field, TARGET_FIELDS)}"
            )
        target = role.kpis.get(kpi.id)
        if target is None:
            raise MacroError(
                f'kpi_target: the role "{role_id}" has no target for the KPI "{kpi_id}"'
                f"{did_you_mean(kpi_id, role.kpis)}"
            )
        value: float | None = getattr(target, field)
        if value is None and field == "target" and target.expectation is not None:
            return prose(target.expectation)
        if value is None:
            raise MacroError(f'kpi_target: the role "{role_id}" sets no {field} for "{kpi_id}"')
        return measure(kpi, value)

    def value_name(self, value_id: str) -> Markup:
        """Write: `{{ value_name("transparency") }}` / `{{ value_link("transparency") }}`
        Gives: a company value's name / a link to it on the values page
        """
        values = {value.id: value for value in self.ladder.handbook.values}
        return plain(find("value_name", "value", values, value_id).name)

    def value_link(self, value_id: str) -> Markup:
        values = {value.id: value for value in self.ladder.handbook.values}
        value = find("value_link", "value", values, value_id)
        return self._link(plain(value.name), VALUES, value.id)

    # -- numbers for guides: levels, times, readiness, stages, ramps, pay ----------------------
    def role_level(self, role_id: str) -> Markup:
        """Write: `{{ role_level("principal-account-executive") }}`
        Gives: the role's level (6)
        """
        return Markup(find("role_level", "role", self.ladder.roles, role_id).level)


# -- wiring -----------------------------------------------------------------------------------
def register(host: MacrosHost, ladder: Ladder, page_path: Callable[[], str]) -> None:
    """Give mkdocs-macros (`host`) this ladder's macros and variables."""
    macros = LadderMacros(ladder, page_path)
    host.register_variables(macros.variables())
    host.register_macros(dict(macros.macros()))


def called_in(markdown: str) -> list[str]:
    """The ladder macros and variables a page's Markdown uses, for the plugin's warning about
    pages that forgot to opt in."""
    return sorted(set(_CALL.findall(markdown)))


def environment() -> SandboxedEnvironment:
    """mkdocs-macros' Jinja2 settings (the defaults), sandboxed, with strict undefined names."""
    return SandboxedEnvironment(undefined=jinja2.StrictUndefined, autoescape=False)


def render_markdown(markdown: str, ladder: Ladder, page_path: str) -> str:
    """A hand-written page's Markdown (without front matter) with the macros expanded.

    This is what `ladder stage` writes, so other site engines need no macros plugin. It
    uses the same Jinja2 settings mkdocs-macros uses (the defaults), so the result equals
    what MkDocs renders, and a sandbox with strict undefined names: a macro or variable
    that is not in the table above is an error here, as it is in the MkDocs build.
    """
    env = environment()
    macros = LadderMacros(ladder, lambda: page_path)
    env.globals.update(macros.variables())
    env.globals.update(macros.macros())
    with locale.use(ladder.handbook.language):
        return env.from_string(markdown).render()
