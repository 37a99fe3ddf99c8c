"""The page script's texts about files: reading and checking an imported assessment, what
the browser saved, links, and the list of imported files.

Keys are the script's (`t("file.notJson")` in strings.js); messages are English gettext
messages with `%(name)s` fields, translated in each language's catalogue.
"""

from __future__ import annotations

from generator.locale import N_, NP_

MESSAGES: dict[str, str | tuple[str, str]] = {
    "shape.list": N_("the file holds a list, not an assessment"),
    "shape.value": N_("the file holds a single value, not an assessment"),
    "shape.unknownField": N_('it has a field this format does not know: "%(key)s"'),
    "shape.missing": N_('the field "%(key)s" is missing'),
    "shape.format": N_('"format" should be "%(format)s"'),
    "shape.newer": N_(
        "it was written in a newer version of the file format (%(found)s); this page reads version "
        "%(version)s"
    ),
    "shape.formatVersion": N_('"format_version" should be %(version)s'),
    "shape.schema": N_('"$schema" should be an address'),
    "shape.ladderVersion": N_('"ladder_version" should be a version such as "2026.2"'),
    "shape.role": N_('"role" should be a role id'),
    "shape.roleTitle": N_('"role_title" should be text'),
    "shape.targetRole": N_('"target_role" should be a role id or null'),
    "shape.rater": N_('"rater" should be "self" or "manager"'),
    "shape.name": N_('"%(key)s" should be text of at most %(limit)s characters'),
    "shape.date": N_('"date" should be a date written as YYYY-MM-DD'),
    "shape.months": N_('"months_in_role" should be a whole number of months from 0 to %(limit)s'),
    "shape.mapping": N_('"%(key)s" should be a mapping of ids to %(what)s'),
    "shape.tooMany": N_('"%(key)s" has more than %(limit)s entries'),
    "shape.badKey": N_('"%(key)s" has an entry whose key is not an id: "%(id)s"'),
    "shape.badEntry": N_('"%(key)s" has an entry for "%(id)s" that is not %(what)s'),
    "shape.what.ratings": N_("rating ids"),
    "shape.what.evidence": N_("text of at most %(limit)s characters"),
    "shape.what.kpis": N_("a result (value, text, met)"),
    "shape.summary": N_('"summary" should hold only "strengths" and "focus" texts'),
    "file.tooLarge": N_(
        "it is %(size)s KB, larger than the limit of %(limit)s KB; an exported assessment is a few "
        "KB"
    ),
    "file.damagedJson": N_(
        "it is a damaged JSON file (cut short or edited by hand, so it no longer reads as JSON); "
        "export it again from the page it came from"
    ),
    "file.notJson": N_("it is not a JSON file (an exported assessment ends in .json)"),
    "file.notOurs": N_("it is not a self-assessment file of this handbook: %(problems)s"),
    "file.otherRoleTitled": N_(
        'it is an assessment of "%(title)s" (%(id)s), not of %(role)s; import it on that role\'s '
        "self-assessment page"
    ),
    "file.otherRole": N_(
        'it is an assessment of the role "%(id)s", not of %(role)s; import it on that role\'s '
        "self-assessment page"
    ),
    "file.item": N_('"%(id)s"'),
    "file.kpiItem": N_('KPI "%(id)s"'),
    "file.renamed": N_('"%(id)s" is now %(name)s'),
    "file.kpiRenamed": N_('KPI "%(id)s" is now %(name)s'),
    "file.unknownRating": N_('%(name)s ("%(rating)s")'),
    "file.targetGone": N_(
        'It works towards "%(id)s", which is not a move from %(role)s in this version; that '
        "target was left out."
    ),
    "file.otherVersion": NP_(
        "It was made with ladder version %(then)s; this page shows version %(now)s. Every item "
        "that still exists was carried over: %(count)s rating.",
        "It was made with ladder version %(then)s; this page shows version %(now)s. Every item "
        "that still exists was carried over: %(count)s ratings.",
    ),
    "file.notRated": N_("Not rated in that file: %(names)s."),
    "file.roleWas": N_('The role was called "%(id)s" then.'),
    "file.renamedSince": N_("Renamed since: %(items)s."),
    "file.droppedItems": N_("No longer part of this role, left out: %(items)s."),
    "file.unknownRatings": N_("Ratings not on this ladder's rating scale, left out: %(items)s."),
    "saved.noStorage": N_(
        "This browser does not let the page save anything: export the assessment as JSON to keep "
        "it."
    ),
    "saved.at": N_(
        "Saved in this browser at %(time)s (this role, ladder version %(version)s). Nothing leaves "
        "the browser."
    ),
    "saved.failed": N_(
        "Could not save in this browser (its storage is full or blocked): export the assessment as "
        "JSON to keep it."
    ),
    "saved.damaged": N_(
        "The answers this browser had saved for this form could not be read (%(reason)s), so the "
        "form starts empty. The damaged copy was set aside in this browser's storage under "
        '"%(key)s", in case someone can repair it; nothing else was changed.'
    ),
    "saved.damagedNotKept": N_(
        "The answers this browser had saved for this form could not be read (%(reason)s), so the "
        "form starts empty."
    ),
    "saved.notJson": N_("it is not JSON"),
    "saved.notObject": N_("it is not a saved form"),
    "saved.noForm": N_("it holds no form"),
    "saved.unknownField": N_('it has a field this page does not write: "%(key)s"'),
    "saved.badField": N_('its "%(key)s" is not what this page writes'),
    "saved.notMapping": N_('its "%(what)s" is not a mapping of ids'),
    "saved.tooMany": N_('its "%(what)s" has too many entries'),
    "saved.badKey": N_('its "%(what)s" has a key that is not an id: "%(key)s"'),
    "saved.badEntry": N_('its "%(what)s" has an entry for "%(key)s" that this page does not write'),
    "saved.badImport": N_("one of its imported files does not read as an assessment of this role"),
    "share.copied": N_(
        "Link copied (%(length)s characters). Whoever opens it sees this assessment next to their "
        "own form; the answers travel inside the link, not through any server."
    ),
    "share.shown": N_(
        "The link is in the field below (%(length)s characters): copy it from there. The answers "
        "travel inside the link, not through any server."
    ),
    "share.long": N_(
        "This link is %(length)s characters long; some mail programs cut links longer than "
        "%(limit)s. If it does not open whole, send the JSON file instead (Export as JSON)."
    ),
    "share.tooLong": N_(
        "A link would be %(length)s characters long, more than %(limit)s, too long to share "
        "safely. Send the JSON file instead (Export as JSON). Nothing was copied."
    ),
    "share.unsupported": N_(
        "This browser cannot compress a link. Send the JSON file instead (Export as JSON)."
    ),
    "share.damaged": N_(
        "the link is damaged (cut short, or changed after it was made); ask for the link again or "
        "for the JSON file"
    ),
    "share.refused": N_(
        "The assessment in this link was not opened: %(reason)s. Nothing was changed."
    ),
    "share.source": N_("a link"),
    "share.opened": N_(
        "Opened the assessment in the link (%(label)s) to compare with this form. It was read in "
        "this browser; nothing was sent anywhere."
    ),
    "imports.nothing": N_("Nothing: show this form alone"),
    "imports.option": N_("%(label)s (%(source)s)"),
    "imports.compareWith": N_("Compare this form with"),
    "imports.listLabel": N_("Imported files"),
    "imports.from": N_(" from %(source)s, ladder version %(version)s"),
    "imports.remove": N_("Remove"),
    "imports.removeLabel": N_("Remove %(source)s (%(label)s)"),
    "imports.removed": N_("Removed %(source)s (%(label)s)."),
    "imports.goToReview": N_("Go to the review"),
    "imports.theFile": N_("the file"),
    "imports.refused": N_("%(name)s was not imported: %(reason)s. Nothing was changed."),
    "imports.tooMany": N_("the page keeps at most %(limit)s imported files; remove one first"),
    "imports.same": N_("the same file is already imported"),
    "imports.unreadable": N_("the browser could not read it"),
    "imports.done": N_("Imported %(name)s: %(label)s."),
    "imports.ownFile": N_(
        "It is by the same rater as this form: to carry on with it, use “Load into this form” in "
        "the list of imported files."
    ),
    "imports.load": N_("Load into this form"),
    "imports.loadLabel": N_("Load %(source)s into this form"),
    "imports.loadConfirm": N_(
        "Replace the answers on this form with the file's? The file's answers take their place."
    ),
    "imports.loaded": N_(
        "Loaded %(source)s into this form; it is no longer listed as a file to compare with."
    ),
    "imports.otherVersion": N_(
        "This browser also holds an assessment of this role saved under ladder version %(version)s."
    ),
    "imports.bring": N_("Bring it into this form"),
    "imports.bringNotEmpty": N_(
        "This form already has answers; clear it first if you want to bring in the older one. "
        "Nothing was changed."
    ),
    "imports.bringUnreadable": N_("The older assessment could not be read. Nothing was changed."),
    "imports.brought": N_("Brought in the assessment saved under ladder version %(version)s."),
}
