"""The self-assessment page in Chromium: fill, reload, export, import, compare, print.

Runs against the fixture handbook (tests/fixtures/ladder) built with the repository's
mkdocs.yml and theme. Sales rep ("rep") requires Discovery and Negotiation at Basic; its one
move, to Senior sales rep, requires both at Skilled plus Coaching at Basic, under the
handbook's default readiness rule (80% at or above, largest gap 1 level, KPIs at target, 6
months in the role). The rating scale is No evidence yet, Basic, Skilled, Leading.

The script's pure functions (readiness, KPI results, file checks, the plan, the Markdown
summary) have their own unit tests in tests/js/, run by Node; these tests drive the page.
"""

from __future__ import annotations

import base64
import io
import json
import re
import urllib.request
import zlib
from pathlib import Path
from typing import Any

import axe_playwright_python
import jsonschema
import pytest
from playwright.sync_api import Browser, Page, Route, expect
from pypdf import PdfReader

from generator.model.assessment import Assessment

from .conftest import Site, Visit, arrived_at

pytestmark = pytest.mark.browser

REPO = Path(__file__).resolve().parents[2]
SCHEMA = json.loads(
    (REPO / "generator" / "schemas" / "assessment.schema.json").read_text(encoding="utf-8")
)
AXE = Path(axe_playwright_python.__file__).parent / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
REP = "roles/rep/self-assessment/"
STORAGE_KEY = "ladder-self-assessment:v1:rep:1.1"


# -- helpers ----------------------------------------------------------------------------------
def open_form(visit: Visit, address: str = REP) -> Page:
    visit.open(address)
    page = visit.page
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    return page


def fill_self_assessment(page: Page) -> None:
    """A complete self-assessment of a Sales rep working towards Senior sales rep."""
    page.fill("#ladder-sa-name", "Kim Ode")
    page.fill("#ladder-sa-date", "2026-06-01")
    page.check("#ladder-sa-rater-self")
    page.fill("#ladder-sa-months", "14")
    page.select_option("#ladder-sa-target", "senior-rep")
    page.check("#rating-discovery-skilled")
    page.fill("#evidence-discovery", "Ran 40 discovery calls; two became deals over 20k.")
    page.check("#rating-negotiation-skilled")
    page.fill("#evidence-negotiation", "Held price on the Acme renewal.")
    page.check("#rating-coaching-basic")  # only Senior sales rep requires Coaching
    page.fill("#evidence-coaching", "Buddy to one new rep this quarter.")
    page.fill("#actual-quota-attainment", "105%")
    page.fill("#actual-win-rate", "27")
    page.fill("#actual-sales-cycle-length", "40 days")
    page.fill("#ladder-sa-strengths", "Discovery depth.")
    page.fill("#ladder-sa-focus", "Multi-threading larger deals.")


def export(page: Page, button: str = "#ladder-sa-export-json") -> tuple[str, str]:
    """(file name, text) of a download started by the button."""
    with page.expect_download() as started:
        page.click(button)
    download = started.value
    path = download.path()
    assert path is not None
    return download.suggested_filename, Path(path).read_text(encoding="utf-8")


def manager_file(**changes: Any) -> dict[str, Any]:
    """The manager's assessment of the same person: lower on Discovery and Coaching."""
    document: dict[str, Any] = {
        "format": "ladder-assessment",
        "format_version": 1,
        "ladder_version": "1.1",
        "role": "rep",
        "role_title": "Sales rep",
        "target_role": "senior-rep",
        "rater": "manager",
        "name": "Kim Ode",
        "date": "2026-06-03",
        "months_in_role": 14,
        "ratings": {"discovery": "basic", "negotiation": "skilled", "coaching": "no-evidence"},
        "evidence": {"discovery": "Discovery notes are thin on budget and timing."},
        "kpi_actuals": {"quota-attainment": {"value": 105}},
        "summary": {"strengths": "Reliable forecasting.", "focus": "Discovery depth."},
    }
    document.update(changes)
    return document


def import_files(page: Page, *files: tuple[str, bytes]) -> str:
    """Import files through the file picker; the message shown afterwards."""
    messages = page.locator("#ladder-sa-messages")
    page.evaluate("document.getElementById('ladder-sa-messages').textContent = ''")
    page.set_input_files(
        "#ladder-sa-import",
        files=[{"name": n, "mimeType": "application/json", "buffer": b} for n, b in files],
    )
    expect(messages).not_to_be_empty()
    return messages.inner_text()


def as_file(document: Any) -> bytes:
    return json.dumps(document).encode("utf-8")


def saved(page: Page) -> Any:
    return page.evaluate(f"JSON.parse(localStorage.getItem({json.dumps(STORAGE_KEY)}))")


def axe_violations(page: Page) -> list[dict[str, Any]]:
    page.add_script_tag(path=str(AXE))
    found = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
            return result.violations.map((v) => ({
                id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => n.target.join(" ")),
            }));
        }""",
        AXE_TAGS,
    )
    assert isinstance(found, list)
    return found


def pdf_text(page: Page) -> tuple[int, str]:
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    text = "\n".join(p.extract_text() or "" for p in reader.pages)
    return len(reader.pages), re.sub(r"[ \t]+", " ", text)


def review_row(page: Page, competency: str) -> Any:
    return page.locator(f"table.ladder-sa-compare tr[data-competency='{competency}']")


# -- the form ---------------------------------------------------------------------------------
def test_the_script_enhances_the_printable_form(visit: Visit) -> None:
    page = open_form(visit)
    root = page.locator("#ladder-self-assessment")
    expect(root).to_have_attribute("data-ladder-enhanced", "true")
    expect(page.locator(".ladder-sa-nojs")).to_be_hidden()
    expect(page.locator("#ladder-sa-review h2")).to_have_text("Review")
    assert visit.refused == []
    assert any(url.endswith("/assets/javascripts/self-assessment.js") for url in visit.requests)


def test_a_filled_form_survives_a_reload(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    page.check("#ladder-sa-hide-expected")
    expect(page.locator("#ladder-sa-saved")).to_contain_text("Saved in this browser")
    page.reload()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    assert page.input_value("#ladder-sa-name") == "Kim Ode"
    assert page.input_value("#ladder-sa-date") == "2026-06-01"
    assert page.is_checked("#ladder-sa-rater-self")
    assert page.input_value("#ladder-sa-months") == "14"
    assert page.input_value("#ladder-sa-target") == "senior-rep"
    assert page.is_checked("#rating-discovery-skilled")
    assert page.is_checked("#rating-negotiation-skilled")
    assert page.is_checked("#rating-coaching-basic")  # the target's own item is rebuilt
    assert page.input_value("#evidence-coaching") == "Buddy to one new rep this quarter."
    assert page.input_value("#evidence-discovery").startswith("Ran 40 discovery calls")
    assert page.input_value("#actual-sales-cycle-length") == "40 days"
    assert page.input_value("#ladder-sa-focus") == "Multi-threading larger deals."
    assert page.is_checked("#ladder-sa-hide-expected")
    expect(page.locator("#status-sales-cycle-length")).to_contain_text("at or better than target")
    expect(page.locator("#status-quota-attainment")).to_contain_text("(read as 105%)")
    # Saved under this role and ladder version, and only in this browser.
    stored = saved(page)
    assert stored["form"]["ratings"] == {
        "discovery": "skilled",
        "negotiation": "skilled",
        "coaching": "basic",
    }
    assert visit.refused == []


def test_the_target_role_adds_its_requirements(visit: Visit) -> None:
    page = open_form(visit)
    discovery = page.locator(".ladder-sa-item[data-competency='discovery']")
    expect(discovery.locator(".ladder-sa-target-req")).to_have_count(0)
    expect(page.locator("#ladder-sa-target-items")).to_be_hidden()
    page.select_option("#ladder-sa-target", "senior-rep")
    target_req = discovery.locator(".ladder-sa-target-req")
    expect(target_req).to_contain_text("Required for Senior sales rep: Skilled")
    expect(target_req).to_contain_text("What must be demonstrated: Skilled Discovery shown alone.")
    coaching = page.locator(".ladder-sa-item--target[data-competency='coaching']")
    expect(coaching).to_contain_text("Required for Senior sales rep: Basic")
    expect(coaching.locator("fieldset legend")).to_have_text("Rating for Coaching")
    expect(coaching.locator("input[type=radio]")).to_have_count(4)
    expect(page.get_by_label("Why this rating: evidence for Coaching")).to_be_visible()
    page.select_option("#ladder-sa-target", "")
    expect(page.locator(".ladder-sa-item--target")).to_have_count(0)
    expect(discovery.locator(".ladder-sa-target-req")).to_have_count(0)


def test_hiding_the_expected_level_until_rated(visit: Visit) -> None:
    page = open_form(visit)
    expected = page.locator(".ladder-sa-expected[data-competency='discovery']")
    other = page.locator(".ladder-sa-expected[data-competency='negotiation']")
    expect(expected).to_be_visible()
    page.check("#ladder-sa-hide-expected")
    expect(expected).to_be_hidden()
    expect(other).to_be_hidden()
    expect(page.locator(".ladder-sa-concealed[data-competency='discovery']")).to_be_visible()
    review = page.locator("table.ladder-sa-expectations")
    expect(review).not_to_contain_text("Basic")
    page.check("#rating-discovery-basic")
    expect(expected).to_be_visible()
    expect(other).to_be_hidden()  # still unrated
    page.uncheck("#ladder-sa-hide-expected")
    expect(other).to_be_visible()


def test_export_as_json_follows_the_published_schema(visit: Visit, fixture_site: Site) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    name, text = export(page)
    assert name == "self-assessment-rep-2026-06-01-self.json"
    document = json.loads(text)
    jsonschema.Draft7Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(document)
    parsed = Assessment.model_validate(document)
    assert parsed.role == "rep" and parsed.target_role == "senior-rep"
    assert parsed.rater == "self" and parsed.ladder_version == "1.1"
    assert str(parsed.date) == "2026-06-01" and parsed.months_in_role == 14
    assert parsed.ratings == {"discovery": "skilled", "negotiation": "skilled", "coaching": "basic"}
    assert parsed.evidence["coaching"] == "Buddy to one new rep this quarter."
    assert parsed.kpi_actuals["quota-attainment"].value == 105
    assert parsed.kpi_actuals["sales-cycle-length"].value == 40
    assert parsed.summary.focus == "Multi-threading larger deals."
    # The schema the file names is published on the site, identical to the committed one.
    assert document["$schema"] == fixture_site.url + "assets/schemas/assessment.schema.json"
    with urllib.request.urlopen(document["$schema"]) as response:
        assert json.loads(response.read()) == SCHEMA
    expect(page.locator("#ladder-sa-messages")).to_contain_text(
        "Exported self-assessment-rep-2026-06-01-self.json"
    )


def test_export_needs_a_rater_and_fills_in_today(visit: Visit) -> None:
    page = open_form(visit)
    page.check("#rating-discovery-basic")
    page.click("#ladder-sa-export-json")
    expect(page.locator("#ladder-sa-messages")).to_contain_text("Choose who is rating")
    assert page.evaluate("document.activeElement.id") == "ladder-sa-rater-self"
    page.check("#ladder-sa-rater-manager")
    name, text = export(page)
    today = page.evaluate("new Date().toLocaleDateString('sv-SE')")  # YYYY-MM-DD, local
    assert json.loads(text)["date"] == today
    assert name == f"self-assessment-rep-{today}-manager.json"
    assert page.input_value("#ladder-sa-date") == today
    page.fill("#ladder-sa-date", "31/12/2026")
    page.click("#ladder-sa-export-json")
    expect(page.locator("#ladder-sa-messages")).to_contain_text("YYYY-MM-DD")


def test_export_as_markdown(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    name, text = export(page, "#ladder-sa-export-markdown")
    assert name == "self-assessment-rep-2026-06-01-self.md"
    assert text.startswith("# Self-assessment: Sales rep\n")
    for expected in (
        "- Ladder version: 1.1",
        "- Person assessed: Kim Ode",
        "- Rated by: Self (Kim Ode)",
        "- Working towards: Senior sales rep",
        "- Compared with: Manager, 2026-06-03, Kim Ode",
        "### Discovery",
        "- Required for Senior sales rep: Skilled",
        "  - Evidence: Discovery notes are thin on budget and timing.",
        "- Difference: Manager rates 1 step lower",
        "- Gap: 1 level below Skilled (Senior sales rep)",
        "- Quota attainment: target 100%; actual 105% (at or better than target)",
        "## Readiness for Senior sales rep",
        "Verdict: not ready yet for Senior sales rep.",
        "### Current role and a trial (not announced)",
        "- Start: Run one deal over 20k with a senior rep",
    ):
        assert expected in text, expected


# -- import and comparison ----------------------------------------------------------------
def test_importing_the_managers_file_compares_and_judges_readiness(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    message = import_files(page, ("manager.json", as_file(manager_file())))
    assert "Imported manager.json: Manager, 2026-06-03, Kim Ode." in message
    expect(page.locator("#ladder-sa-compare")).to_have_value("0")

    # Side by side, per competency; differences and gaps marked in words, not colour alone.
    discovery = review_row(page, "discovery")
    expect(discovery).to_contain_text("Skilled")  # self
    expect(discovery).to_contain_text("Ran 40 discovery calls")
    expect(discovery).to_contain_text("Discovery notes are thin on budget and timing.")
    expect(discovery).to_contain_text("≠ Differs: Manager rates 1 step lower")
    expect(discovery).to_contain_text("▼ Gap: 1 level below Skilled (Senior sales rep)")
    expect(discovery).to_have_class(re.compile(r"\bladder-sa-differs\b"))
    negotiation = review_row(page, "negotiation")
    expect(negotiation).to_contain_text("same rating")
    expect(negotiation).to_contain_text("✓ none")
    expect(negotiation).not_to_have_class(re.compile(r"ladder-sa-differs|ladder-sa-has-gap"))
    expect(review_row(page, "coaching")).to_contain_text("No evidence yet")
    expect(page.locator("table.ladder-sa-compare thead")).to_contain_text(
        "Imported: Manager, 2026-06-03, Kim Ode"
    )
    # One self and one manager rating are a comparison, not a history of cycles.
    expect(page.locator("table.ladder-sa-history")).to_have_count(0)

    # Readiness for Senior sales rep, with the lower rating counting: Discovery Basic and
    # Coaching "no evidence" leave 1 of 3 at or above (3 needed); largest gap 1 is allowed.
    verdict = page.locator(".ladder-sa-verdict")
    expect(verdict).to_have_attribute("data-verdict", "not-ready")
    expect(verdict).to_contain_text("not ready yet for Senior sales rep")
    checks = page.locator(".ladder-sa-check")
    expect(checks.filter(has_text="1 of 3 (3 needed)")).to_have_attribute("data-rule", "share")
    expect(page.locator(".ladder-sa-check[data-rule='share']")).to_contain_text("Not met")
    expect(page.locator(".ladder-sa-check[data-rule='largest-gap']")).to_contain_text("Met")
    expect(page.locator(".ladder-sa-check[data-rule='kpis']")).to_contain_text("3 of 3")
    expect(page.locator(".ladder-sa-check[data-rule='months']")).to_contain_text("14 months")

    # The plan in four stages, from the gaps and the move's own activities.
    stages = page.locator(".ladder-sa-stage")
    expect(stages).to_have_count(4)
    expect(stages.nth(0)).to_contain_text("Current role, full depth")
    expect(stages.nth(1)).to_contain_text("Start: Run one deal over 20k with a senior rep")
    expect(stages.nth(1)).to_contain_text("Practise Discovery towards Skilled")
    expect(stages.nth(1)).to_contain_text("Practise Coaching towards Basic")
    expect(stages.nth(1)).to_contain_text("Not announced to others.")
    expect(stages.nth(2)).to_contain_text("Take on: Own two larger accounts")
    expect(stages.nth(2)).to_contain_text("Announced to others.")
    expect(stages.nth(3)).to_contain_text("Move to Senior sales rep (promotion)")

    # Agreement on the ratings turns the verdict: the manager's revised file.
    revised = manager_file(
        date="2026-06-10",
        ratings={"discovery": "skilled", "negotiation": "skilled", "coaching": "basic"},
    )
    import_files(page, ("manager-revised.json", as_file(revised)))
    expect(page.locator("#ladder-sa-compare")).to_have_value("1")
    expect(verdict).to_have_attribute("data-verdict", "ready")
    expect(discovery).to_contain_text("same rating")
    # Choosing the earlier file again brings its verdict back.
    page.select_option("#ladder-sa-compare", "0")
    expect(verdict).to_have_attribute("data-verdict", "not-ready")
    # The imports are kept across a reload.
    page.reload()
    page.wait_for_load_state("networkidle")
    expect(page.locator(".ladder-sa-import-list > li")).to_have_count(2)
    expect(verdict).to_have_attribute("data-verdict", "not-ready")


def test_several_cycles_show_how_each_rating_moved(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    earlier = [
        manager_file(rater="self", date="2025-12-01", ratings={"discovery": "no-evidence"}),
        manager_file(
            rater="self",
            date="2026-03-01",
            ratings={"discovery": "basic", "negotiation": "skilled"},
        ),
    ]
    import_files(page, *[(f"cycle-{n}.json", as_file(d)) for n, d in enumerate(earlier, 1)])
    expect(page.locator(".ladder-sa-import-list > li")).to_have_count(2)
    history = page.locator("table.ladder-sa-history")
    head = history.locator("thead th")
    expect(head).to_have_text(
        [
            "Competency",
            "Self, 2025-12-01, Kim Ode",
            "Self, 2026-03-01, Kim Ode",
            "Self, 2026-06-01, Kim Ode (this form)",
        ]
    )
    discovery = history.locator("tbody tr").filter(has_text="Discovery")
    expect(discovery.locator("td")).to_have_text(
        ["No evidence yet", "▲ Basic (up from No evidence yet)", "▲ Skilled (up from Basic)"]
    )
    negotiation = history.locator("tbody tr").filter(has_text="Negotiation")
    expect(negotiation.locator("td")).to_have_text(
        ["not rated", "Skilled", "= Skilled (unchanged)"]
    )


def test_a_file_from_another_ladder_version_maps_what_still_exists(visit: Visit) -> None:
    """Senior sales rep was called senior-seller; "cold-calling" is no longer in the ladder."""
    page = open_form(visit, "roles/senior-rep/self-assessment/")
    page.check("#ladder-sa-rater-self")
    older = manager_file(
        ladder_version="1.0",
        role="senior-seller",
        role_title="Senior seller",
        target_role="team-lead",
        ratings={"discovery": "leading", "cold-calling": "skilled", "negotiation": "mastery"},
        evidence={"cold-calling": "Forty calls a day."},
        kpi_actuals={"win-rate": {"value": 31}, "calls-made": {"value": 900}},
    )
    message = import_files(page, ("last-year.json", as_file(older)))
    for expected in (
        "Imported last-year.json",
        "It was made with ladder version 1.0; this page shows version 1.1.",
        "Every item that still exists was carried over: 1 rating.",
        'No longer part of this role, left out: "cold-calling", KPI "calls-made".',
        'Ratings not on this ladder\'s rating scale, left out: Negotiation ("mastery").',
        "Not rated in that file: Negotiation, Coaching.",
        'The role was called "senior-seller" then.',
    ):
        assert expected in message, expected
    expect(page.locator(".ladder-sa-notes")).to_contain_text("ladder version 1.0")
    expect(review_row(page, "discovery")).to_contain_text("Leading")
    expect(page.locator("table.ladder-sa-kpi-compare")).to_contain_text("31%")
    stored = saved_for(page, "senior-rep")
    mapped = stored["imports"][0]["assessment"]
    assert mapped["role"] == "senior-rep" and mapped["target_role"] == "team-lead"
    assert mapped["ratings"] == {"discovery": "leading"}
    assert mapped["kpi_actuals"] == {"win-rate": {"value": 31}}


def saved_for(page: Page, role: str) -> Any:
    key = f"ladder-self-assessment:v1:{role}:1.1"
    return page.evaluate(f"JSON.parse(localStorage.getItem({json.dumps(key)}))")


BAD_FILES = [
    ("notes.json", b"Kim did well this quarter.", "it is not a JSON file"),
    ("cut.json", as_file(manager_file())[:60], "it is a damaged JSON file"),
    (
        "list.json",
        b"[1, 2, 3]",
        "it is not a self-assessment file of this handbook: the file holds a list",
    ),
    (
        "shape.json",
        as_file({k: v for k, v in manager_file(rater="boss").items() if k != "date"}),
        'the field "date" is missing; "rater" should be "self" or "manager"',
    ),
    (
        "newer.json",
        as_file(manager_file(format_version=2)),
        "written in a newer version of the file format (2)",
    ),
    (
        "other-role.json",
        as_file(manager_file(role="team-lead", role_title="Team lead")),
        'it is an assessment of "Team lead" (team-lead), not of Sales rep',
    ),
    (
        "huge.json",
        as_file(manager_file(name="x" * (1024 * 1024))),
        "larger than the limit of 1,024 KB",
    ),
]


def test_bad_files_are_refused_with_a_message_and_change_nothing(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    before = saved(page)
    review_before = page.locator("#ladder-sa-review").inner_text()
    for name, content, reason in BAD_FILES:
        message = import_files(page, (name, content))
        assert f"Problem: {name} was not imported: " in message, message
        assert reason in message, (name, message)
        assert message.rstrip().endswith("Nothing was changed."), message
        after = saved(page)
        assert after["form"] == before["form"] and after["imports"] == before["imports"], name
        assert page.locator("#ladder-sa-review").inner_text() == review_before, name
        assert page.input_value("#evidence-discovery").startswith("Ran 40 discovery calls")
    again = import_files(page, ("manager-copy.json", as_file(manager_file())))
    assert "the same file is already imported" in again
    # One bad file among good ones: the good one is imported, the bad one named.
    mixed = import_files(
        page,
        ("broken.json", b"{"),
        ("earlier.json", as_file(manager_file(rater="self", date="2026-01-05"))),
    )
    assert "Problem: broken.json was not imported" in mixed
    assert "Imported earlier.json" in mixed
    expect(page.locator(".ladder-sa-import-list > li")).to_have_count(2)


def test_removing_an_import_and_clearing_the_form(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    page.get_by_role("button", name="Remove manager.json (Manager, 2026-06-03, Kim Ode)").click()
    expect(page.locator(".ladder-sa-import-list")).to_have_count(0)
    assert page.evaluate("document.activeElement.id") == "ladder-sa-import"
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click("#ladder-sa-clear")
    assert page.input_value("#ladder-sa-name") == "Kim Ode"  # dismissed: nothing cleared
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ladder-sa-clear")
    expect(page.locator("#ladder-sa-name")).to_have_value("")
    assert not page.is_checked("#rating-discovery-skilled")
    assert saved(page)["form"]["ratings"] == {}


def test_a_save_from_an_older_ladder_version_can_be_brought_in(visit: Visit) -> None:
    page = open_form(visit)
    older = {
        "saved_at": "2026-01-10T09:00:00.000Z",
        "form": {
            "name": "Kim Ode",
            "date": "2026-01-10",
            "rater": "self",
            "target": "",
            "months": "9",
            "hideExpected": False,
            "ratings": {"discovery": "basic", "prospecting": "skilled"},
            "evidence": {"discovery": "First quarter of calls."},
            "kpis": {"win-rate": {"text": "22", "met": None}},
            "strengths": "",
            "focus": "",
        },
        "imports": [],
        "companion": -1,
    }
    page.evaluate(
        "(value) => localStorage.setItem('ladder-self-assessment:v1:rep:1.0', value)",
        json.dumps(older),
    )
    page.reload()
    page.wait_for_load_state("networkidle")
    offer = page.locator(".ladder-sa-draft")
    expect(offer).to_contain_text("saved under ladder version 1.0")
    page.click("#ladder-sa-bring")
    message = page.locator("#ladder-sa-messages")
    expect(message).to_contain_text("Brought in the assessment saved under ladder version 1.0.")
    expect(message).to_contain_text('No longer part of this role, left out: "prospecting".')
    assert page.is_checked("#rating-discovery-basic")
    assert page.input_value("#evidence-discovery") == "First quarter of calls."
    assert page.input_value("#actual-win-rate") == "22"
    assert page.input_value("#ladder-sa-months") == "9"
    expect(offer).to_have_count(0)
    assert saved(page)["form"]["ratings"] == {"discovery": "basic"}


DAMAGED_SAVES = [
    '{"form":{"ratings":null}}',
    '{"form":{"ratings":{"discovery":"basic"},"evidence":[]},"imports":[]}',
    '{"form":{},"imports":[{"assessment":{"role":"rep"}}]}',
    '{"form":{"__proto__":{"name":"x"}}}',
    '{"form":{"name":"Kim"',
]


@pytest.mark.parametrize("damaged", DAMAGED_SAVES)
def test_a_damaged_save_is_set_aside_and_the_form_starts_clean(visit: Visit, damaged: str) -> None:
    page = visit.page
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    visit.open(REP)
    page.evaluate("([key, value]) => localStorage.setItem(key, value)", [STORAGE_KEY, damaged])
    page.reload()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    message = page.locator("#ladder-sa-messages")
    expect(message).to_contain_text("could not be read")
    expect(message).to_contain_text("the form starts empty")
    expect(message).to_contain_text("ladder-self-assessment:damaged:v1:rep:1.1")
    aside = page.evaluate("localStorage.getItem('ladder-self-assessment:damaged:v1:rep:1.1')")
    assert aside == damaged  # kept as it was, for someone to repair
    assert page.input_value("#ladder-sa-name") == ""
    # The form works: answers are saved over the damaged entry and survive a reload.
    page.check("#rating-discovery-basic")
    page.fill("#ladder-sa-name", "Kim Ode")
    assert saved(page)["form"]["ratings"] == {"discovery": "basic"}
    page.reload()
    page.wait_for_load_state("networkidle")
    expect(page.locator("#rating-discovery-basic")).to_be_checked()
    expect(message).to_be_empty()
    assert errors == []


def test_keys_every_object_has_are_plain_data(visit: Visit) -> None:
    """An import using "constructor" as an id: left out as any unknown id, never "Object"."""
    page = visit.page
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    open_form(visit)
    fill_self_assessment(page)
    odd = manager_file(
        ratings={"discovery": "basic", "constructor": "skilled"},
        evidence={"constructor": "Not a competency here."},
        kpi_actuals={"constructor": {"value": 3}},
    )
    message = import_files(page, ("odd.json", as_file(odd)))
    assert 'No longer part of this role, left out: "constructor", KPI "constructor".' in message
    assert "Object" not in message and "undefined" not in message
    stored = json.dumps(saved(page))
    assert "undefined" not in stored and '"constructor"' not in stored
    expect(review_row(page, "discovery")).to_contain_text("Differs")
    assert errors == []


def test_kpi_actuals_are_read_strictly_in_the_kpis_unit(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    status = page.locator("#status-sales-cycle-length")
    page.fill("#actual-sales-cycle-length", "2 months")
    expect(status).to_contain_text('"months" is not this KPI\'s unit: it is measured in days')
    expect(page.locator("#actual-sales-cycle-length")).to_have_attribute("aria-invalid", "true")
    assert page.input_value("#actual-sales-cycle-length") == "2 months"  # the text is kept
    page.fill("#actual-quota-attainment", "-5")
    expect(page.locator("#status-quota-attainment")).to_contain_text("cannot be below zero")
    # Lower is better: 50 days against 45 is above target, 82 past the lowest acceptable 60.
    page.fill("#actual-sales-cycle-length", "50 days")
    expect(status).to_contain_text("✗ above target (read as 50 days)")
    page.fill("#actual-sales-cycle-length", "82 days")
    expect(status).to_contain_text("✗ worse than the lowest acceptable result")
    expect(status).not_to_contain_text("below")
    page.fill("#actual-sales-cycle-length", "2 months")
    _, text = export(page)
    actuals = json.loads(text)["kpi_actuals"]
    assert actuals["sales-cycle-length"] == {"text": "2 months"}  # not read as 2 days
    assert actuals["quota-attainment"] == {"text": "-5"}


def test_the_date_and_months_are_checked_as_they_are_typed(visit: Visit) -> None:
    page = open_form(visit)
    page.check("#ladder-sa-rater-self")
    page.fill("#ladder-sa-date", "2026-02-30")
    problem = page.locator("#ladder-sa-date-problem")
    expect(problem).to_contain_text("There is no such day: 2026-02-30")
    expect(page.locator("#ladder-sa-date")).to_have_attribute("aria-invalid", "true")
    page.fill("#ladder-sa-date", "2026-02-28")
    expect(problem).to_be_hidden()
    page.fill("#ladder-sa-months", "-3")
    expect(page.locator("#ladder-sa-months-problem")).to_contain_text("whole number from 0 to 600")
    page.click("#ladder-sa-export-json")
    expect(page.locator("#ladder-sa-messages")).to_contain_text("Nothing was exported")
    page.fill("#ladder-sa-months", "14")
    expect(page.locator("#ladder-sa-months-problem")).to_be_hidden()
    _, text = export(page)
    assert json.loads(text)["months_in_role"] == 14


def test_an_empty_form_asks_once_for_ratings_and_marked_rows_have_a_legend(visit: Visit) -> None:
    page = open_form(visit)
    page.select_option("#ladder-sa-target", "senior-rep")
    stages = page.locator(".ladder-sa-stage")
    expect(stages.nth(0)).to_contain_text("Rate the competencies first")
    expect(page.locator(".ladder-sa-stage li", has_text="first")).to_have_count(1)
    expect(page.locator(".ladder-sa-legend")).to_have_count(0)  # nothing marked yet
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    legend = page.locator(".ladder-sa-legend")
    expect(legend).to_contain_text("≠ marks where the two ratings differ")
    expect(legend).to_contain_text("▼ where a rating is below the required level")


def test_ones_own_export_can_be_loaded_back_into_the_form(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    _, text = export(page)
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ladder-sa-clear")
    expect(page.locator("#ladder-sa-name")).to_have_value("")
    page.check("#ladder-sa-rater-self")
    message = import_files(page, ("mine.json", text.encode("utf-8")))
    assert "same rater as this form" in message
    page.get_by_role("button", name="Load mine.json into this form").click()
    expect(page.locator("#ladder-sa-name")).to_have_value("Kim Ode")
    expect(page.locator("#rating-coaching-basic")).to_be_checked()  # the target's own item too
    assert page.input_value("#evidence-discovery").startswith("Ran 40 discovery calls")
    expect(page.locator(".ladder-sa-import-list")).to_have_count(0)  # not a comparison now
    assert saved(page)["form"]["ratings"]["discovery"] == "skilled"
    # The manager's file is a comparison only: no offer to load it.
    import_files(page, ("manager.json", as_file(manager_file())))
    expect(page.locator("button.ladder-sa-load")).to_have_count(0)


def test_the_person_and_the_rater_are_named_apart(visit: Visit) -> None:
    page = open_form(visit)
    page.fill("#ladder-sa-name", "Kim Ode")
    page.fill("#ladder-sa-rater-name", "Alex Example")
    page.check("#ladder-sa-rater-manager")
    page.fill("#ladder-sa-date", "2026-06-03")
    _, text = export(page)
    document = json.loads(text)
    assert (document["name"], document["rater_name"]) == ("Kim Ode", "Alex Example")
    jsonschema.Draft7Validator(SCHEMA).validate(document)
    assert Assessment.model_validate(document).rater_name == "Alex Example"
    _, markdown = export(page, "#ladder-sa-export-markdown")
    assert "- Person assessed: Kim Ode\n- Rated by: Manager (Alex Example)\n" in markdown


def test_switching_who_is_rating_asks_and_keeps_each_raters_ratings(visit: Visit) -> None:
    page = open_form(visit)
    page.check("#ladder-sa-rater-self")
    page.check("#rating-discovery-skilled")
    page.fill("#evidence-discovery", "My own view.")
    page.once("dialog", lambda dialog: dialog.dismiss())
    page.click("#ladder-sa-rater-manager")
    expect(page.locator("#ladder-sa-rater-self")).to_be_checked()  # declined: nothing moved
    expect(page.locator("#rating-discovery-skilled")).to_be_checked()
    asked: list[str] = []

    def accept(dialog: Any) -> None:
        asked.append(dialog.message)
        dialog.accept()

    page.once("dialog", accept)
    page.click("#ladder-sa-rater-manager")
    assert "holds ratings by the person in the role" in asked[0]
    expect(page.locator("#ladder-sa-rater-manager")).to_be_checked()
    expect(page.locator("#rating-discovery-skilled")).not_to_be_checked()  # not relabelled
    expect(page.locator("#ladder-sa-messages")).to_contain_text("Now rating as the manager")
    page.check("#rating-discovery-basic")
    page.once("dialog", lambda dialog: dialog.accept())
    page.click("#ladder-sa-rater-self")
    expect(page.locator("#rating-discovery-skilled")).to_be_checked()  # the person's own again
    assert page.input_value("#evidence-discovery") == "My own view."
    page.reload()
    page.wait_for_load_state("networkidle")
    form = saved(page)["form"]
    assert form["ratings"] == {"discovery": "skilled"}
    assert form["others"]["manager"]["ratings"] == {"discovery": "basic"}


def test_the_target_roles_own_competency_is_announced_and_listed(visit: Visit) -> None:
    page = open_form(visit)
    page.focus("#ladder-sa-target")
    page.select_option("#ladder-sa-target", "senior-rep")
    note = page.locator("#ladder-sa-target-note")
    expect(note).to_contain_text(
        "Senior sales rep also requires Coaching, which Sales rep does not"
    )
    expect(note.get_by_role("link")).to_have_attribute("href", "#ladder-sa-target-heading")
    toc = page.locator(".md-nav--secondary")
    expect(toc.locator("a[href='#ladder-sa-target-coaching']")).to_have_count(1)
    expect(toc.locator("a[href='#ladder-sa-target-heading']")).to_contain_text(
        "Also required for Senior sales rep"
    )
    assert page.evaluate("document.activeElement.id") == "ladder-sa-target"  # focus stays
    page.select_option("#ladder-sa-target", "")
    expect(toc.locator(".ladder-sa-toc-target")).to_have_count(0)
    expect(note).to_be_empty()


def share_link(page: Page) -> str:
    page.click("#ladder-sa-share")
    expect(page.locator("#ladder-sa-share-box")).to_be_visible()
    return page.input_value("#ladder-sa-share-link")


def test_a_link_carries_the_assessment_to_compare(
    browser: Browser, visit: Visit, fixture_site: Site
) -> None:
    page = open_form(visit)
    expect(page.locator("#ladder-sa-share-help")).to_contain_text("never send that part")
    fill_self_assessment(page)
    link = share_link(page)
    assert link.startswith(fixture_site.url + REP + "#assessment=")
    expect(page.locator("#ladder-sa-messages")).to_contain_text("not through any server")
    # What the link holds is the export, compressed with raw DEFLATE in base64url.
    packed = link.split("#assessment=", 1)[1]
    raw = zlib.decompress(base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4)), -15)
    _, exported = export(page)
    expected = json.loads(exported)
    del expected["$schema"]
    assert json.loads(raw) == expected
    # The manager opens it in their own browser: it is there to compare, not in the form.
    context = browser.new_context()
    try:
        other = context.new_page()
        requests: list[str] = []
        other.on("request", lambda request: requests.append(request.url))
        other.goto(link)
        other.wait_for_load_state("networkidle")
        message = other.locator("#ladder-sa-messages")
        expect(message).to_contain_text("Opened the assessment in the link (Self, 2026-06-01")
        expect(other.locator("#ladder-sa-compare")).to_have_value("0")
        assert other.input_value("#ladder-sa-name") == ""
        assert "#" not in other.url  # a reload does not open it again
        assert not any("assessment=" in url for url in requests)  # never sent
        other.goto(fixture_site.url + REP + "#assessment=bm90IGRlZmxhdGU")
        other.wait_for_load_state("networkidle")
        expect(message).to_contain_text("the link is damaged")
    finally:
        context.close()


def test_a_link_too_long_for_mail_says_so_and_offers_the_file(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    noise = "".join(f"{(n * 7919) % 10007:05d}" for n in range(900))  # hard to compress
    page.fill("#evidence-negotiation", noise)
    link = share_link(page)
    assert len(link) > 2000
    message = page.locator("#ladder-sa-messages")
    expect(message).to_contain_text("some mail programs cut links longer than 2,000")
    expect(message).to_contain_text("send the JSON file instead")


# -- paper, accessibility, keyboard, navigation ----------------------------------------------
def test_the_review_packet_prints(visit: Visit) -> None:
    page = open_form(visit)
    fill_self_assessment(page)
    import_files(page, ("manager.json", as_file(manager_file())))
    pages, text = pdf_text(page)
    flat = re.sub(r"\s+", " ", text)
    for expected in (
        "Self-assessment: Sales rep",
        "Required for Sales rep: Basic",
        "Required for Senior sales rep: Skilled",
        "What is expected",
        "Ratings compared",
        "Ran 40 discovery calls; two became deals over 20k.",  # evidence, self
        "Discovery notes are thin on budget and timing.",  # evidence, manager
        "Differs: Manager rates 1 step lower",
        "Gap: 1 level below Skilled (Senior sales rep)",
        "Readiness for Senior sales rep",
        "not ready yet for Senior sales rep",
        "Suggested plan",
        "Current role and new responsibilities",
        "Multi-threading larger deals.",
        "version 1.1",
    ):
        assert expected in flat, expected
    for screen_only in ("Export as JSON", "Import a file", "Clear this form", "Save, compare"):
        assert screen_only not in flat, screen_only
    assert 3 <= pages <= 12


def test_on_paper_competencies_flow_and_evidence_boxes_fit(visit: Visit) -> None:
    """A filled competency continues on the next page instead of each one starting a page,
    and the printed copy of an evidence box, border included, stays inside the page."""
    page = open_form(visit)
    fill_self_assessment(page)
    page.fill("#evidence-discovery", "A long account of the quarter. " * 60)
    page.emulate_media(media="print")
    boxes = page.evaluate(
        """() => [...document.querySelectorAll('.ladder-sa-item')].map((item) => {
            const copy = item.querySelector('.ladder-sa-print-copy');
            const content = document.querySelector('.md-content').getBoundingClientRect();
            return {
                breakInside: getComputedStyle(item).breakInside,
                inside: !copy || copy.getBoundingClientRect().right <= content.right + 0.5,
            };
        })"""
    )
    assert boxes and all(b["breakInside"] == "auto" for b in boxes), boxes
    assert all(b["inside"] for b in boxes), boxes
    printed = PdfReader(io.BytesIO(page.pdf(format="A4", prefer_css_page_size=True))).pages
    on_page = [p.extract_text() or "" for p in printed]
    together = [t for t in on_page if "Rating for Discovery" in t and "Negotiation" in t]
    assert together, "Discovery and Negotiation should share a page when they fit"


def test_without_javascript_the_page_is_a_printable_blank_form(
    browser: Browser, fixture_site: Site
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(fixture_site.url + REP)
        expect(page.locator(".ladder-sa-nojs")).to_be_visible()
        expect(page.locator("#ladder-sa-controls")).to_be_hidden()
        expect(page.locator("#ladder-sa-review")).to_be_hidden()
        for label in (
            "Name of the person assessed",
            "Name of whoever fills in this form",
            "Date",
            "Months in this role",
            "Working towards (optional)",
            "Why this rating: evidence for Discovery",
            "Actual result for Quota attainment",
            "What to work on next",
        ):
            expect(page.get_by_label(label, exact=True)).to_be_editable()
        page.check("#rating-discovery-basic")  # a plain form still takes answers
        expect(page.locator(".ladder-sa-rating input[type=radio]")).to_have_count(8)
        pages, text = pdf_text(page)
        flat = re.sub(r"\s+", " ", text)
        for expected in ("Rating for Discovery", "Why this rating", "Quota attainment", "Summary"):
            assert expected in flat, expected
        assert "Saving, exporting and comparing need JavaScript" not in flat
        assert pages <= 8
    finally:
        context.close()


def test_no_accessibility_violations_before_and_after_filling_and_importing(
    visit: Visit,
) -> None:
    page = open_form(visit)
    assert axe_violations(page) == []
    fill_self_assessment(page)
    page.check("#ladder-sa-hide-expected")
    import_files(
        page,
        ("manager.json", as_file(manager_file())),
        ("earlier.json", as_file(manager_file(rater="self", date="2026-01-05"))),
        ("bad.json", b"nope"),
    )
    expect(page.locator("table.ladder-sa-history")).to_be_visible()
    assert axe_violations(page) == []


def test_no_accessibility_violations_in_the_rich_handbook(rich_visit: Visit) -> None:
    page = open_form(rich_visit, "roles/account-rep/self-assessment/")
    assert axe_violations(page) == []
    target = page.locator("#ladder-sa-target option").nth(1).get_attribute("value")
    assert target
    page.select_option("#ladder-sa-target", target)
    page.check("#ladder-sa-rater-self")
    for radio in page.locator("fieldset.ladder-sa-rating").all():
        radio.locator("input[type=radio]").nth(3).check()
    expect(page.locator(".ladder-sa-verdict")).to_be_visible()
    assert axe_violations(page) == []


def test_the_form_can_be_completed_with_the_keyboard_alone(visit: Visit) -> None:
    page = open_form(visit)
    keyboard = page.keyboard
    done: set[str] = set()
    for _ in range(400):
        keyboard.press("Tab")
        focus = page.evaluate(
            "() => { const e = document.activeElement;"
            " return {id: e.id, name: e.name || '', tag: e.tagName, type: e.type || ''}; }"
        )
        key = focus["id"] or focus["name"]
        if key in done:
            continue
        if focus["id"] == "ladder-sa-name":
            keyboard.type("Kim Ode")
        elif focus["id"] == "ladder-sa-date":
            keyboard.type("2026-06-01")
        elif focus["name"] == "rater":
            keyboard.press("Space")  # the first radio: the person in the role
            key = "rater"
        elif focus["id"] == "ladder-sa-months":
            keyboard.type("14")
        elif focus["id"] == "ladder-sa-target":
            keyboard.press("ArrowDown")  # the first move: Senior sales rep
        elif focus["name"].startswith("rating-"):
            keyboard.press("Space")  # No evidence yet ...
            keyboard.press("ArrowRight")  # ... then Basic
            key = focus["name"]
        elif focus["id"].startswith(("evidence-", "actual-")) or focus["id"] in (
            "ladder-sa-strengths",
            "ladder-sa-focus",
        ):
            keyboard.type("100" if focus["id"].startswith("actual-") else "Typed by keyboard.")
        else:
            continue
        done.add(key)
        if "ladder-sa-focus" in done:
            break
    assert {"rating-discovery", "rating-negotiation", "rating-coaching", "rater"} <= done
    # Back to the export button, by keyboard too, and Enter starts the download.
    for _ in range(400):
        keyboard.press("Shift+Tab")
        if page.evaluate("document.activeElement.id") == "ladder-sa-export-json":
            break
    with page.expect_download() as started:
        keyboard.press("Enter")
    path = started.value.path()
    assert path is not None
    document = json.loads(Path(path).read_text(encoding="utf-8"))
    assert document["ratings"] == {
        "discovery": "basic",
        "negotiation": "basic",
        "coaching": "basic",
    }
    assert document["target_role"] == "senior-rep" and document["rater"] == "self"
    assert document["evidence"]["coaching"] == "Typed by keyboard."
    assert document["kpi_actuals"]["win-rate"] == {"value": 100}
    assert document["months_in_role"] == 14 and document["name"] == "Kim Ode"


def test_instant_navigation_starts_the_form_once(visit: Visit) -> None:
    """Material swaps pages in place when the target is in its sitemap, which names the
    site_url's host and port (localhost:8000 here): the test serves the sitemap with the
    test server's address, so navigation is really instant, as on the published site.

    Each step waits for what the reader would see, not for the address bar alone (Material
    changes the address before the new page is in place): the sitemap is loaded before the
    first click (a click before it is a plain page load), the page left is gone before the
    next step, and the form shown after going back is the newly swapped-in one. An address
    may end in the anchor of the section in view (navigation.tracking writes it as the page
    scrolls), so the addresses are matched with or without one."""
    page = visit.page
    SELF_ASSESSMENT = arrived_at("/roles/rep/self-assessment/")
    ROLE_PAGE = arrived_at("/roles/rep/")

    def sitemap(route: Route) -> None:
        response = route.fetch()
        body = response.text().replace("http://localhost:8000/", visit.site.url)
        route.fulfill(response=response, body=body)

    page.route("**/sitemap.xml", sitemap)
    with page.expect_response(re.compile(r"/sitemap\.xml$")):
        visit.open("roles/rep/")
    page.evaluate("window.notReloaded = true")
    page.get_by_role("link", name="Self-assessment form for Sales rep").click()
    page.wait_for_url(SELF_ASSESSMENT)
    form = page.locator("#ladder-self-assessment")
    expect(form).to_have_attribute("data-ladder-enhanced", "true")
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    assert page.evaluate("window.notReloaded === true")  # Material swapped the page in place
    page.check("#rating-discovery-skilled")
    form.evaluate("(node) => { node.dataset.firstVisit = 'yes'; }")
    # Away (instantly) and back through the browser history: one form, started once.
    page.locator("article").get_by_role("link", name="Sales rep", exact=True).first.click()
    page.wait_for_url(ROLE_PAGE)
    expect(form).to_have_count(0)  # the role page is in place
    page.go_back()
    page.wait_for_url(SELF_ASSESSMENT)
    expect(form).to_have_attribute("data-ladder-enhanced", "true")
    expect(form).not_to_have_attribute("data-first-visit", "yes")  # a new page, not the old
    expect(page.locator("#ladder-sa-controls")).to_be_visible()
    assert page.evaluate("window.notReloaded === true")
    expect(page.locator("#rating-discovery-skilled")).to_be_checked()
    expected = page.locator(".ladder-sa-expected[data-competency]").count()
    expect(page.locator(".ladder-sa-concealed")).to_have_count(expected)
    expect(page.locator("#ladder-sa-review h2")).to_have_count(1)
    expect(page.locator("#ladder-sa-messages")).to_be_empty()
    page.check("#rating-negotiation-basic")
    assert saved(page)["form"]["ratings"] == {"discovery": "skilled", "negotiation": "basic"}
    # The script is one module graph, fetched from this site only.
    assert visit.refused == []
    modules = [u for u in visit.requests if "/assets/javascripts/self-assessment" in u]
    assert all(u.startswith(visit.site.url) for u in modules) and modules
