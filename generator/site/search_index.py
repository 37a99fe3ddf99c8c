"""The last touches to the site's search index, so that the page or section whose title is
exactly what was typed comes first.

Material's search runs lunr with field-length normalisation off (`b = 0`) and a wildcard after
every word typed. A title that holds every word of the query then scores the same whatever else
it holds: "Senior account executive" ties with "Account executive" for "account executive",
and the section "Team quota attainment" with "Quota attainment" for "quota"; the page whose
text repeats the words most often wins the tie. Worse, a word typed also matches longer words
that start with it, each scored by its own rarity: "sales engineer" finds "Sales engineering
manager" before "Sales engineer", because "engineering" is a rarer word than "engineer".

`weigh` divides each entry's weight (a page, or a section of a page under its own heading) by
the score its own title would have, counted as lunr counts it (the rarity of each word across
the index, and how often the title repeats it). A query matching the whole of a title then
scores the same for every title, and one matching part of a title scores that part's share,
so the exact title comes first; between titles matched alike, the weight the page asks for in
its front matter (`search: boost:`, generator/site/front_matter.py) decides.

The other names a ladder declares for a role, a KPI or a competency (`aliases`, such as "AE")
go into a field of their own that weighs as much as a title (their words that the title does
not already have), on the entry of the page or
section that the thing has: typing "SDR" finds the Sales development representative before
the pages whose text says "SDRs" most often.

Entries lose their tags: Material draws every tag of a page under each hit (a role page
tagged with its track and ten competencies shows ten chips under each of its sections). Tags
serve the tags index, which the tags plugin builds from the pages' front matter, not from here.

Plain data in, plain data out: the MkDocs adapter reads and writes the file. Counting the
words of every entry is most of the work (about a second at 300 roles); a preview that weighs
the index on every save passes a `WordMemo`, so only the entries whose text changed are
split again.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from typing import Any

from generator.ladder import Ladder
from generator.memo import Recent
from generator.site.addresses import Paths, competency_path, role_path, served_at

SCALE = 10.0
"""A title's own score is divided into this, so weights stay near those of the front matter
(a title of two or three words scores about 5 to 10) and far from lunr's rounding."""
SMALLEST_TITLE_SCORE = 1.0
"""A title of very common words scores at least this, so its page does not weigh without
bound."""
DEFAULT_SEPARATOR = r"[\s\-]+"
"""Material's separator of words for English, French and German, when the index names none."""
_MARKUP = re.compile(r"<[^>]*>")
ALIASES = "aliases"
"""The index field that holds the other names of a role, KPI or competency."""
_K1 = 1.2
"""lunr's term-frequency saturation, with its length normalisation off as Material sets it."""


def words(text: str, separator: str = DEFAULT_SEPARATOR) -> list[str]:
    """The words of a field as the search splits them: markup such as <code> left out, in
    lower case. A separator Python cannot read (JavaScript's syntax differs a little) counts
    as Material's."""
    plain = _MARKUP.sub(" ", text)
    try:
        parts = re.split(separator, plain)
    except re.error:
        parts = re.split(DEFAULT_SEPARATOR, plain)
    return [part.lower() for part in parts if part]


WordMemo = Recent[tuple[str, str], frozenset[str]]
"""The distinct words of each field text (by separator and text) weighed in the last round."""


def rarity(documents: int, containing: int) -> float:
    """lunr's inverse document frequency; `containing` counts a document once per field."""
    return math.log(1 + abs((documents - containing + 0.5) / (containing + 0.5)))


def repeated(count: int) -> float:
    """lunr's weight of a word that a field holds `count` times."""
    return (_K1 + 1) * count / (_K1 + count)


def asked_for(boost: Any) -> float:
    """The weight a page's front matter asks for: a positive number, else Material's 1."""
    if isinstance(boost, bool) or not isinstance(boost, int | float | str):
        return 1.0
    try:
        weight = float(boost)
    except ValueError:
        return 1.0
    return weight if math.isfinite(weight) and weight > 0 else 1.0


def aliases_of(ladder: Ladder) -> dict[str, list[str]]:
    """The other names of each role, KPI and competency, by the address of its page or, for a
    KPI, of its section in the KPI catalogue (as the search index names entries)."""
    found: dict[str, list[str]] = {}
    for role in ladder.roles.values():
        if role.aliases:
            found[served_at(role_path(role.id))] = list(role.aliases)
    for competency in ladder.competencies.values():
        if competency.aliases:
            found[served_at(competency_path(competency.id))] = list(competency.aliases)
    for kpi in ladder.kpis.values():
        if kpi.aliases:
            found[f"{served_at(Paths.kpis())}#{kpi.id}"] = list(kpi.aliases)
    return found


def other_words(entry: Mapping[str, Any], names: Sequence[str], separator: str) -> list[str]:
    """The words of an entry's other names that its title does not have: a word in both would
    count twice, and "pre-sales engineer" would make "Sales engineer" outrank "Senior sales
    engineer" for the query "senior sales engineer"."""
    own = set(words(str(entry.get("title") or ""), separator))
    return list(dict.fromkeys(w for name in names for w in words(name, separator) if w not in own))


def weigh(
    index: Mapping[str, Any],
    aliases: Mapping[str, Sequence[str]] | None = None,
    memo: WordMemo | None = None,
) -> dict[str, Any]:
    """The search index with each entry's weight divided by its own title's score, the
    `aliases` (by entry address) in a field weighing as much as titles, and without tags.
    With a `memo`, texts it has seen are not split into words again."""
    config = dict(index.get("config") or {})
    separator = str(config.get("separator") or DEFAULT_SEPARATOR)
    docs = [
        {key: value for key, value in entry.items() if key != "tags"}
        for entry in index.get("docs") or []
    ]
    fields = [name for name in config.get("fields") or {"title": {}, "text": {}} if name != "tags"]
    if aliases:
        for entry in docs:
            if entry.get("location") in aliases:
                entry[ALIASES] = other_words(entry, aliases[entry["location"]], separator)
        known = dict(config.get("fields") or {})
        known.setdefault(ALIASES, dict(known.get("title") or {"boost": 1000}))
        config["fields"] = known
        fields += [] if ALIASES in fields else [ALIASES]
    memo = memo if memo is not None else WordMemo()
    containing: Counter[str] = Counter(
        chain.from_iterable(
            _distinct(memo, str(entry.get(name) or ""), separator)
            for entry in docs
            for name in fields
        )
    )
    memo.done()
    scores: dict[str, float] = {}  # a title's own score: many sections share a title
    for entry in docs:
        title = str(entry.get("title") or "")
        own = scores.get(title)
        if own is None:
            counted = Counter(words(title, separator)).items()
            own = sum(rarity(len(docs), containing[w]) * repeated(n) for w, n in counted)
            scores[title] = own
        weight = asked_for(entry.get("boost")) * SCALE / max(own, SMALLEST_TITLE_SCORE)
        entry["boost"] = round(weight, 4)
    return {**index, "config": config, "docs": docs}


def _distinct(memo: WordMemo, text: str, separator: str) -> frozenset[str]:
    return memo.value((separator, text), lambda: frozenset(words(text, separator)))
