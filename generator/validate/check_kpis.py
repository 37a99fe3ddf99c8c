"""Cross-checks of KPI files: an id of its own, a scale only for scores, a currency only for
amounts."""

from __future__ import annotations

from generator.validate.parts import Parts, Report


def check_kpis(parts: Parts, report: Report) -> None:
    for kpi, doc in parts.kpis.values():
        if kpi.id in parts.competencies:
            other = parts.competencies[kpi.id][1].path
            report.add(
                doc,
                ("id",),
                f'the id "{kpi.id}" is also a competency\'s id ({other}); '
                "both become anchors on role pages, so give the KPI another id",
            )
        if kpi.unit == "score" and kpi.scale is None:
            report.add(doc, ("unit",), "a score needs a scale: add scale: with min and max")
        if kpi.unit != "score" and kpi.scale is not None:
            report.add(doc, ("scale",), f"only a score has a scale; this KPI is {kpi.unit}")
        if kpi.scale is not None and kpi.scale.min >= kpi.scale.max:
            report.add(doc, ("scale", "min"), "the scale's min must be below its max")
        if kpi.currency is not None and kpi.unit != "currency":
            report.add(
                doc, ("currency",), f"only a currency KPI has a currency; this is {kpi.unit}"
            )
