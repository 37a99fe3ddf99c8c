"""Macros about the whole ladder, which work whatever the ladder holds.

A guide written for any ladder (the starter pages of `ladder init`, or an organisation's own
pages that must survive a reorganisation) cannot name a role or a KPI: the ids change. It
can still say how many roles there are, list every track or role, link the overview pages
and show the review cadence. Counts are plain numbers, so a page can leave out a sentence
that does not apply: `{% if kpi_count() %}...{% endif %}`.

`LadderMacros` (macros.py) inherits these; the table of every macro is in macros.py.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from markupsafe import Markup

from generator.ladder import Ladder
from generator.locale import _
from generator.site.addresses import Paths, role_path, track_path
from generator.site.render import relative_link
from generator.site.text import plain, prose
from generator.site.wording import yes_no
from generator.validate.messages import did_you_mean

OVERVIEW_NAMES = (
    "track_count",
    "role_count",
    "competency_count",
    "kpi_count",
    "value_count",
    "review_count",
    "track_list",
    "role_list",
    "overview_link",
    "review_cadence",
)


class MacroError(ValueError):
    """A hand-written page asked for ladder data that does not exist."""


class OverviewMacros:
    """Needs `ladder` and `page_path` (the page being rendered), as LadderMacros has them."""

    ladder: Ladder
    page_path: Callable[[], str]

    # -- counts -----------------------------------------------------------------------------
    def track_count(self) -> int:
        """Write: `{{ track_count() }}`, `{{ role_count() }}`, `{{ competency_count() }}`,
            `{{ kpi_count() }}`, `{{ value_count() }}`, `{{ review_count() }}`
        Gives: how many the ladder has, as a number
        """
        return len(self.ladder.tracks)

    def role_count(self) -> int:
        return len(self.ladder.roles)

    def competency_count(self) -> int:
        return len(self.ladder.competencies)

    def kpi_count(self) -> int:
        """Write: `{% if kpi_count() %}...{% endif %}`
        Gives: the text in between only when the ladder has KPIs (any count works the same way)
        """
        return len(self.ladder.kpis)

    def value_count(self) -> int:
        return len(self.ladder.handbook.values)

    def review_count(self) -> int:
        return len(self.ladder.handbook.reviews)

    # -- lists ------------------------------------------------------------------------------
    def track_list(self) -> Markup:
        """Write: `{{ track_list() }}`
        Gives: a bulleted list of every track, linked, with its summary
        """
        items = [
            Markup(_("%(label)s:")) % {"label": self._link(plain(track.name), track_path(track.id))}
            + Markup(" ")
            + prose(track.summary)
            if track.summary
            else self._link(plain(track.name), track_path(track.id))
            for track in self.ladder.tracks.values()
        ]
        return bullets(items)

    def role_list(self) -> Markup:
        """Every role, track by track in level order, with its track and level.

        Write: `{{ role_list() }}`
        Gives: a bulleted list of every role, track by track in level order, linked, with its level
            and track
        """
        items = [
            Markup(_("%(role)s (level %(level)s, %(track)s)"))
            % {
                "role": self._link(plain(role.title), role_path(role.id)),
                "level": role.level,
                "track": plain(track.name),
            }
            for track in self.ladder.tracks.values()
            for role in self.ladder.roles_on(track.id)
        ]
        return bullets(items)

    def overview_link(self, page: str, text: str) -> Markup:
        """A link to one of the overview pages the handbook has for this ladder.

        Write: `{{ overview_link("map", "the map") }}`
        Gives: a link, in your words, to an overview page: `"map"`, `"tracks"`, `"roles"`,
            `"competencies"`, `"matrices"`, `"kpis"` (only when the ladder has KPIs),
            `"values"` (only with values), `"changelog"`
        """
        pages = self.overview_pages()
        if page not in pages:
            known = ", ".join(pages)
            missing = {"kpis": "KPIs", "values": "values"}
            if page in missing:
                raise MacroError(
                    f'overview_link: this ladder has no {missing[page]}, so there is no "{page}" '
                    f"page; put the sentence inside {{% if {page[:-1]}_count() %}} ... "
                    "{% endif %}"
                )
            raise MacroError(
                f'overview_link: there is no overview page "{page}"; use one of {known}'
                f"{did_you_mean(str(page), pages)}"
            )
        if not isinstance(text, str):
            raise MacroError("overview_link: give the link's words as text in quotes")
        return self._link(plain(text), pages[page])

    def overview_pages(self) -> dict[str, str]:
        """The overview pages this ladder has, by name."""
        pages = {
            "map": Paths.map(),
            "tracks": Paths.tracks(),
            "roles": Paths.roles(),
            "competencies": Paths.competencies(),
            "matrices": Paths.matrices(),
            "kpis": Paths.kpis(),
            "values": Paths.values(),
            "changelog": Paths.changelog(),
        }
        if not self.ladder.kpis:
            del pages["kpis"]
        if not self.ladder.handbook.values:
            del pages["values"]
        return pages

    def review_cadence(self) -> Markup:
        """Write: `{{ review_cadence() }}`
        Gives: a table of every review: name, how often, format, who takes part, whether it feeds
            pay
        """
        rows = [
            Markup("| ")
            + Markup(" | ").join(
                Markup(heading)
                for heading in (
                    _("Review"),
                    _("How often"),
                    _("Format"),
                    _("Who takes part"),
                    _("Feeds pay and recognition"),
                )
            )
            + Markup(" |"),
            Markup("| --- | --- | --- | --- | --- |"),
        ]
        for review in self.ladder.handbook.reviews:
            feeds = yes_no(review.feeds_pay_and_recognition)
            cells = [
                plain(review.name),
                plain(review.frequency),
                plain(review.format),
                plain(review.participants),
                Markup(feeds),
            ]
            rows.append(Markup("| ") + Markup(" | ").join(cells) + Markup(" |"))
        return Markup("\n").join(rows)

    def _link(self, label: Markup, target: str, anchor: str | None = None) -> Markup:
        href = relative_link(self.page_path(), target, anchor)
        return Markup("[") + label + Markup("](") + href + Markup(")")


def bullets(items: Iterable[Markup]) -> Markup:
    return Markup("\n").join(Markup("- ") + item for item in items)
