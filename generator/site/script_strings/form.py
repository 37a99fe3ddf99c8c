"""The page script's texts of the form, KPI results, typed actuals and messages.

Keys are the script's (`t("form.requiredFor", {role})` in strings.js); messages are English
gettext messages with `%(name)s` fields, translated in each language's catalogue.
"""

from __future__ import annotations

from generator.locale import N_, NP_

MESSAGES: dict[str, str | tuple[str, str]] = {
    "rater.self": N_("Self"),
    "rater.manager": N_("Manager"),
    "rater.unknown": N_("Rater not stated"),
    "rater.switchConfirm": N_(
        "This form holds ratings by %(from)s. Switch to rating as %(to)s? The ratings by %(from)s "
        "are kept for them, and come back when you switch back."
    ),
    "rater.switched": N_(
        "Now rating as %(to)s. The ratings by %(from)s are kept: choose them again under “Who is "
        "rating” to see them."
    ),
    "punctuation.label": N_("%(label)s:"),
    "punctuation.list": N_("; "),
    "label.noDate": N_("no date"),
    "rating.none": N_("not rated"),
    "move.promotion": N_("promotion"),
    "move.lateral": N_("lateral move"),
    "move.track-change": N_("track change"),
    "levels": NP_("%(count)s level", "%(count)s levels"),
    "months": NP_("%(count)s month", "%(count)s months"),
    "form.concealed": N_("The required level is hidden until you rate this competency."),
    "form.targetConcealed": N_(
        "The level %(role)s requires is hidden until you rate this competency."
    ),
    "form.requiredFor": N_("Required for %(role)s: "),
    "form.lowerThanNow": N_(" (lower than now: %(reason)s)"),
    "form.alsoRequired": N_("Also required for %(role)s"),
    "form.targetAdds": N_(
        "%(target)s also requires %(names)s, which %(role)s does not: added to the form after the "
        "other competencies."
    ),
    "form.targetAddsLink": N_("Go to what %(target)s also requires"),
    "form.alsoRequiredIntro": N_(
        "%(target)s requires these competencies too, which %(role)s does not. Rate them as well:"
    ),
    "form.ratingFor": N_("Rating for %(name)s"),
    "form.evidenceFor": N_("Why this rating: evidence for %(name)s"),
    "descriptor.achieves": N_("What must be achieved: "),
    "descriptor.skills": N_("Which skills are needed: "),
    "descriptor.demonstrates": N_("What must be demonstrated: "),
    "descriptor.knows": N_("What must be known: "),
    "kpi.readAs": N_(" (read as %(value)s)"),
    "kpi.stretch": N_("stretch reached"),
    "kpi.atTarget": N_("at or better than target"),
    "kpi.belowTarget": N_("below target"),
    "kpi.aboveTarget": N_("above target"),
    "kpi.shortOfThreshold": N_("worse than the %(threshold)s result"),
    "kpi.met": N_("expectation met"),
    "kpi.notMet": N_("expectation not met"),
    "kpi.none": N_("no target"),
    "kpi.missing": N_("no actual yet"),
    "kpi.noTarget": N_("no fixed target"),
    "kpi.notGiven": N_("not given"),
    "actual.notANumber": N_(
        "Not understood: write a number in this KPI's unit, such as %(example)s."
    ),
    "actual.ambiguous": N_(
        '"%(text)s" could be %(grouped)s or %(decimal)s; this page groups thousands with '
        '"%(separator)s", so write one of those.'
    ),
    "actual.otherUnit": N_(
        '"%(word)s" is not this KPI\'s unit: it is measured in %(unit)s. Write, for example, '
        "%(example)s."
    ),
    "actual.negative": N_(
        "A result in %(unit)s cannot be below zero: write, for example, %(example)s."
    ),
    "actual.outOfScale": N_(
        "Above the top of this KPI's scale (%(max)s): write, for example, %(example)s."
    ),
    "input.percent": N_("%%|percent|per cent"),
    "input.days": N_("days|day|d"),
    "input.ratio": N_("x|×"),
    "input.outOf": N_("out of %(max)s"),
    "unit.percent": N_("percent"),
    "unit.currency": N_("%(currency)s"),
    "unit.days": N_("days"),
    "unit.ratio": N_("a ratio (such as 3.0x)"),
    "unit.score": N_("points of its scale"),
    "unit.count": N_("a plain count"),
    "unit.qualitative": N_("words"),
    "months.invalid": N_("Write the months as a whole number from 0 to %(limit)s, such as 14."),
    "date.invalid": N_("Write the date as year-month-day, such as 2026-03-31."),
    "date.noSuchDay": N_(
        "There is no such day: %(text)s. Write a real date as year-month-day, such as 2026-03-31."
    ),
    "message.problem": N_("Problem: "),
    "page.failed": N_(
        "The interactive part of this form stopped working. What you type is not saved; print the "
        "page, or reload it to try again."
    ),
    "export.needsRater": N_(
        "Choose who is rating (the person in the role or their manager) before exporting. Nothing "
        "was exported."
    ),
    "export.badMonths": N_(
        "The months in this role should be a whole number from 0 to %(limit)s. Nothing was "
        "exported."
    ),
    "export.badDate": N_(
        "The date should be written as YYYY-MM-DD, such as %(today)s. Nothing was exported."
    ),
    "export.json": N_(
        "Exported %(name)s. Send it to the other person in the review; they import it on this page "
        "to compare."
    ),
    "export.markdown": N_("Exported %(name)s, a summary to read or paste into review notes."),
    "clear.confirm": N_("Clear every answer on this form? Imported files stay."),
    "clear.done": N_("The form is empty again. Imported files are kept."),
}
