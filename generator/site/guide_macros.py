"""The macros that quote the method's figures in guides: typical times, readiness rules, plan
stages, ramp milestones and pay mix. A mixin of `LadderMacros` (macros.py), which supplies
the ladder; kept apart so each module stays one screenful of macros.
"""

from __future__ import annotations

from markupsafe import Markup

from generator.ladder import Ladder, Move
from generator.model.handbook import PlanStages, ReadinessRule
from generator.site.macro_lookup import check_choice, find
from generator.site.overview_macros import MacroError
from generator.site.text import plain
from generator.site.wording import level_count, measure, month_count, months, percent, yes_no
from generator.validate.messages import did_you_mean

READINESS_FIELDS = tuple(ReadinessRule.model_fields)
PLAN_STAGES = tuple(PlanStages.model_fields)


class GuideMacros:
    """Figures of the method, for hand-written guides."""

    ladder: Ladder

    def typical_time(self, role_id: str, target_id: str | None = None) -> Markup:
        """How long people stay in a role, or in it before one move: "2 to 3 years".

        Write: `{{ typical_time("account-executive") }}`
        Gives: how long people usually stay in the role, worded as on role pages (2 to 3 years; 12
            to 18 months)

        Write: `{{ typical_time("account-executive", "senior-account-executive") }}`
        Gives: how long people usually spend in the first role before that move, same wording; the
            move must exist
        """
        if target_id is None:
            time = find("typical_time", "role", self.ladder.roles, role_id).typical_time
        else:
            time = self._move("typical_time", role_id, target_id).transition.typical_time
        if time is None:
            raise MacroError(f'typical_time: the ladder states no typical time for "{role_id}"')
        return Markup(months(time.min_months, time.max_months))

    def readiness(
        self,
        field: str,
        source_id: str | None = None,
        target_id: str | None = None,
        with_unit: bool = False,
    ) -> Markup:
        """One number of the default readiness rule, or of the rule one move uses.

        Write: `{{ readiness("at_or_above_share") }}`
        Gives: one figure of the handbook's default readiness rule: `"at_or_above_share"` gives
            80%, `"largest_gap"` 1 (proficiency levels), `"minimum_months_in_role"` 9 (months,
            the number only), `"kpis_at_target"` yes or no (in the handbook's language: oui or
            non, ja or nein)

        Write: `{{ readiness("at_or_above_share", "account-executive", "sales-engineer") }}`
        Gives: the same figure from the rule that applies to that move: its own, else the
            default (60%)

        Write: `{{ readiness("largest_gap", with_unit=true) }}`
        Gives: the figure with its unit, worded for its count in the handbook's language: 1
            level, 2 levels (1 niveau, 2 niveaux); `"minimum_months_in_role"` gives 1 month, 9
            months; so a sentence reads right whatever the number
        """
        check_choice("readiness", "a readiness field", field, READINESS_FIELDS)
        if (source_id is None) != (target_id is None):
            raise MacroError(
                "readiness: give both roles of the move, as in "
                'readiness("largest_gap", "from-role", "to-role"), or neither for the default'
            )
        rule = self.ladder.handbook.readiness
        if source_id is not None and target_id is not None:
            rule = self.ladder.readiness_for(self._move("readiness", source_id, target_id))
        if field == "at_or_above_share":
            return Markup(percent(rule.at_or_above_share))
        if field == "kpis_at_target":
            return Markup(yes_no(rule.kpis_at_target))
        value: int = getattr(rule, field)
        if with_unit:
            return Markup(level_count(value) if field == "largest_gap" else month_count(value))
        return Markup(value)

    def plan_stage(self, stage: str) -> Markup:
        """Write: `{{ plan_stage("trial") }}`
        Gives: a plan stage's name from handbook.yml; the stages are `"current_role"`, `"trial"`,
            `"new_responsibilities"`, `"new_role"`
        """
        check_choice("plan_stage", "a plan stage", stage, PLAN_STAGES)
        stage_data = getattr(self.ladder.handbook.plan_stages, stage)
        return plain(stage_data.name)

    def ramp_target(self, role_id: str, kpi_id: str, month: int) -> Markup:
        """The role's ramp milestone for one month, in the KPI's unit: "4", "1.0x".

        Write: `{{ ramp_target("sales-development-rep", "meetings-booked", 1) }}`
        Gives: the role's ramp milestone for that month, in the KPI's unit (4; 1.0x); the month is a
            number without quotes and must be one the ramp lists
        """
        role = find("ramp_target", "role", self.ladder.roles, role_id)
        kpi = find("ramp_target", "KPI", self.ladder.kpis, kpi_id)
        target = role.kpis.get(kpi.id)
        if target is None:
            raise MacroError(
                f'ramp_target: the role "{role_id}" has no target for the KPI "{kpi_id}"'
                f"{did_you_mean(kpi_id, role.kpis)}"
            )
        if not target.ramp:
            raise MacroError(f'ramp_target: the role "{role_id}" sets no ramp for "{kpi_id}"')
        listed = ", ".join(str(step.month) for step in target.ramp)
        if not isinstance(month, int) or isinstance(month, bool):
            raise MacroError(
                f"ramp_target: give the month as a whole number without quotes, like 1 "
                f'(the ramp of "{role_id}" for "{kpi_id}" lists months {listed})'
            )
        for step in target.ramp:
            if step.month == month:
                return measure(kpi, step.target)
        raise MacroError(
            f'ramp_target: the ramp of "{role_id}" for "{kpi_id}" has no milestone for month '
            f"{month}; it lists months {listed}"
        )

    def pay_mix(self, role_id: str) -> Markup:
        """Write: `{{ pay_mix("account-executive") }}`
        Gives: the role's pay mix, base to variable (50/50); an error for a role without a
            compensation section
        """
        role = find("pay_mix", "role", self.ladder.roles, role_id)
        if role.compensation is None:
            raise MacroError(
                f'pay_mix: the role "{role_id}" has no compensation section, so no pay mix'
            )
        return plain(role.compensation.pay_mix)

    def _move(self, macro: str, source_id: str, target_id: str) -> Move:
        source = find(macro, "role", self.ladder.roles, source_id)
        find(macro, "role", self.ladder.roles, target_id)
        try:
            return self.ladder.move(source.id, target_id)
        except KeyError:
            moves = [t.to for t in source.transitions]
            raise MacroError(
                f'{macro}: the role "{source_id}" has no move to "{target_id}"'
                f"{did_you_mean(target_id, moves)}"
            ) from None
