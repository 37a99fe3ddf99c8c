"""The page script's texts of the review: the comparison, readiness checks and verdict, the
suggested plan, and the Markdown summary.

Keys are the script's (`t("review.heading")` in strings.js); messages are English gettext
messages with `%(name)s` fields, translated in each language's catalogue.
"""

from __future__ import annotations

from generator.locale import N_, NP_

MESSAGES: dict[str, str | tuple[str, str]] = {
    "review.heading": N_("Review"),
    "review.thisForm": N_("This form"),
    "review.alone": N_(
        "From this form alone. Import your manager's file (or one of your own from an earlier "
        "cycle) above to compare."
    ),
    "review.sideBySide": N_("This form (%(me)s) side by side with the imported file (%(them)s)."),
    "review.lowerCounts": N_(
        "Where the two ratings differ, the lower one counts for gaps, readiness and the plan until "
        "you agree."
    ),
    "review.sameRater": N_(
        "Both are from the same rater: gaps, readiness and the plan follow this form."
    ),
    "review.expected": N_("What is expected"),
    "review.roleSummary": N_("%(role)s: %(summary)s"),
    "review.competency": N_("Competency"),
    "review.requiredFor": N_("Required for %(role)s"),
    "review.required": N_("Required"),
    "review.thisFormColumn": N_("This form: %(label)s"),
    "review.importedColumn": N_("Imported: %(label)s"),
    "review.difference": N_("Difference"),
    "review.gapColumn": N_("Gap"),
    "review.compared": N_("Ratings compared"),
    "review.ratings": N_("Ratings and gaps"),
    "review.differs": N_("≠ Differs: "),
    "review.gap": N_("▼ Gap: "),
    "review.noGap": N_("✓ none"),
    "review.kpi": N_("KPI"),
    "review.target": N_("Target"),
    "review.imported": N_("Imported"),
    "review.result": N_("Result"),
    "review.readiness": N_("Readiness"),
    "review.readinessFor": N_("Readiness for %(target)s"),
    "review.chooseTarget": N_(
        "Choose the role you are working towards (under About this assessment) for a readiness "
        "verdict against that move's rule."
    ),
    "review.noMove": N_(
        "%(role)s has no move to another role in this ladder, so there is no readiness rule to "
        "check."
    ),
    "review.verdict": N_("Verdict: %(verdict)s."),
    "review.rule": N_("The readiness rule of this move, checked one condition at a time"),
    "review.ruleDefault": N_(
        "The readiness rule of this move (the handbook's default), checked one condition at a time"
    ),
    "review.ruleLower": N_(", with the lower of the two ratings counting:"),
    "review.ruleEnd": N_(":"),
    "review.plan": N_("Suggested plan"),
    "review.planIntro": N_(
        "In the handbook's four stages, from the gaps above. Agree on it in the conversation; it "
        "is a starting point, not a decision."
    ),
    "review.announced": N_("Announced to others."),
    "review.notAnnounced": N_("Not announced to others."),
    "review.history": N_("How ratings moved over time"),
    "review.legend": N_(
        "Shaded rows with a bar at the left need a word in the review: ≠ marks where the two "
        "ratings differ, ▼ where a rating is below the required level."
    ),
    "required.not": N_("not required"),
    "required.hidden": N_("hidden until rated"),
    "required.now": N_("%(level)s now"),
    "required.forTarget": N_("%(level)s for %(target)s"),
    "verdict.ready": N_("ready for %(target)s"),
    "verdict.notReady": N_("not ready yet for %(target)s"),
    "verdict.incomplete": N_("not enough information yet to tell"),
    "check.met": N_("Met"),
    "check.not-met": N_("Not met"),
    "check.unknown": N_("Not known yet"),
    "check.share": N_(
        "At least %(share)s of the competencies %(target)s requires at or above the required "
        "level: %(count)s of %(total)s (%(needed)s needed)"
    ),
    "check.unrated": N_(", %(count)s not rated yet"),
    "check.gap": N_(
        "No competency more than %(allowed)s below the required level: the largest gap is "
        "%(largest)s"
    ),
    "check.amongRated": N_(" among the rated ones"),
    "check.kpis": N_(
        "Every KPI of %(role)s at its target or better: %(count)s of %(total)s at target"
    ),
    "check.kpisShort": N_(", %(count)s short of target"),
    "check.kpisMissing": N_(", %(count)s without an actual result"),
    "check.months": NP_(
        "At least %(count)s month as %(role)s: %(months)s",
        "At least %(count)s months as %(role)s: %(months)s",
    ),
    "check.monthsUnknown": N_("months in the role not given"),
    "difference.unknown": N_("cannot compare: not rated by both"),
    "difference.same": N_("same rating"),
    "difference.other": N_("The other"),
    "difference.higher": NP_(
        "%(who)s rates %(count)s step higher",
        "%(who)s rates %(count)s steps higher",
    ),
    "difference.lower": NP_(
        "%(who)s rates %(count)s step lower",
        "%(who)s rates %(count)s steps lower",
    ),
    "gap.below": N_("%(levels)s below %(level)s (%(role)s)"),
    "history.thisForm": N_(" (this form)"),
    "history.up": N_(" (up from %(from)s)"),
    "history.down": N_(" (down from %(from)s)"),
    "history.same": N_(" (unchanged)"),
    "plan.example": N_("For example: %(text)s"),
    "plan.twoRatings": N_(
        "%(low)s by %(lowWho)s, %(high)s by %(highWho)s; the plan follows the lower rating until "
        "you agree"
    ),
    "who.self": N_("the person in the role"),
    "who.manager": N_("the manager"),
    "plan.rateFirst": N_("Rate %(name)s first: the plan needs a rating to work from."),
    "plan.rateAllFirst": N_("Rate the competencies first: the plan needs ratings to work from."),
    "plan.deepen": N_("Deepen %(name)s: rated %(rating)s, %(role)s requires %(level)s."),
    "plan.theExpectation": N_("the expectation"),
    "plan.kpiToTarget": N_("Bring %(name)s to target (%(goal)s)."),
    "plan.allAtLevel": N_(
        "Every competency is at the level %(role)s requires: keep using the whole breadth of the "
        "role and stay a model for others."
    ),
    "plan.chooseTarget": N_(
        "Choose the role you are working towards (above) to see what this stage holds for that "
        "move."
    ),
    "plan.noMove": N_("%(role)s has no move to another role in this ladder; grow within the role."),
    "plan.start": N_("Start: %(text)s"),
    "plan.rateToSee": N_("Rate %(name)s to see how far it is from what %(target)s requires."),
    "plan.practise": N_("Practise %(name)s towards %(level)s (now rated %(rating)s)."),
    "plan.takeOn": N_("Take on: %(text)s"),
    "plan.moveTo": N_("Move to %(target)s (%(kind)s), usually after %(time)s as %(role)s."),
    "plan.readinessNow": N_("Readiness now: %(verdict)s."),
    "plan.newIn": N_("New in %(target)s: %(name)s at %(level)s."),
    "plan.newInHidden": N_("New in %(target)s: %(name)s."),
    "md.title": N_("Self-assessment: %(role)s"),
    "md.version": N_("Ladder version: %(value)s"),
    "md.ratedBy": N_("Rated by: %(value)s"),
    "md.raterNamed": N_("%(rater)s (%(name)s)"),
    "md.person": N_("Person assessed: %(value)s"),
    "md.notStated": N_("not stated"),
    "md.date": N_("Date: %(value)s"),
    "md.months": N_("Months in the role: %(value)s"),
    "md.notGiven": N_("not given"),
    "md.towards": N_("Working towards: %(value)s"),
    "md.noMove": N_("no move in view"),
    "md.comparedWith": N_("Compared with: %(value)s"),
    "md.competencies": N_("Competencies"),
    "md.requiredFor": N_("Required for %(role)s: %(level)s"),
    "md.evidence": N_("Evidence: %(text)s"),
    "md.difference": N_("Difference: %(text)s"),
    "md.gap": N_("Gap: %(text)s"),
    "md.kpis": N_("KPIs"),
    "md.kpi": N_("%(name)s: target %(target)s; actual %(actual)s (%(result)s)"),
    "md.summary": N_("Summary"),
    "md.strengths": N_("Strengths to build on: %(text)s"),
    "md.focus": N_("What to work on next: %(text)s"),
    "md.verdict": N_("Verdict: %(verdict)s."),
    "md.announced": N_("announced"),
    "md.notAnnounced": N_("not announced"),
    "md.history": N_("How ratings moved"),
}
