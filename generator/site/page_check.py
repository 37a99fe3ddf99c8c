"""Macros in hand-written pages, checked against the ladder before any page is rendered.

A guide in `content/` that quotes a role the ladder no longer has should fail the way a
YAML file with a wrong reference fails: `content/advancement.md:20:5: error: role_link:
there is no role with the id "x"; did you mean "y"?`, every such problem of every page at
once, and no traceback. `ladder validate` and the MkDocs build both call `check_pages`, so
an editor sees the same messages before building as the build prints.

How a page is checked (only pages that opt in with `render_macros: true`):
1. Jinja2 parses the page; a syntax error is one problem at its line.
2. Every name the page reads must be a ladder macro or variable (or one the page sets
   itself, such as a loop variable); an unknown name gets the closest known one.
3. Every call of a ladder macro whose arguments are written out (quoted ids, numbers) is
   made against the ladder; the macro's own error becomes a problem at the call. A call
   inside `{% if %}` is left to step 4, which makes it only when the condition holds.
4. A page with no problem so far is rendered once, as `ladder stage` renders it, which
   catches what the calls alone cannot (a macro called with a loop variable, say).

Jinja2 gives each name its line; the column comes from the lexer's tokens, which together
spell the page exactly, so the position of each name token is known.
"""

from __future__ import annotations

import sys
import traceback
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
from jinja2 import nodes

from generator.ladder import Ladder
from generator.problems import Problem, display_path, sort_problems
from generator.site.docs_tree import hand_written_paths
from generator.site.front_matter import opts_in, split_front_matter
from generator.site.macros import MACRO_NAMES, VARIABLE_NAMES, LadderMacros, environment
from generator.validate.messages import did_you_mean

KNOWN = (*MACRO_NAMES, *VARIABLE_NAMES)


def check_pages(ladder: Ladder, content_dir: Path) -> list[Problem]:
    """Every macro problem of every Markdown page under `content_dir`, sorted."""
    problems: list[Problem] = []
    if not content_dir.is_dir():
        return problems
    for path in hand_written_paths(content_dir):
        if not path.endswith(".md"):
            continue
        source = content_dir / path
        shown = display_path(source)
        try:
            text = source.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as error:
            problems.append(Problem(shown, 1, 1, f"not valid UTF-8 text: {error.reason}"))
            continue
        except OSError as error:
            problems.append(Problem(shown, 1, 1, f"cannot read the page: {error.strerror}"))
            continue
        problems += check_page(ladder, text, path, shown)
    return sort_problems(problems)


def check_page(ladder: Ladder, text: str, docs_path: str, shown: str) -> list[Problem]:
    """The macro problems of one page. `docs_path` is its path under the docs folder (links
    are relative to it); `shown` is the path printed in each problem."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # as MkDocs reads it
    front, body = split_front_matter(text)
    if not opts_in(front):
        return []
    after_front = text[len(front) :]
    offset = front.count("\n") + len(after_front) - len(after_front.lstrip("\n"))
    env = environment()
    macros = LadderMacros(ladder, lambda: docs_path)

    def at(line: int, column: int, message: str) -> Problem:
        return Problem(shown, offset + max(line, 1), max(column, 1), message)

    try:
        tree = env.parse(body)
    except jinja2.TemplateSyntaxError as error:
        return [at(error.lineno or 1, 1, syntax_message(error))]
    columns = _name_columns(env, body)
    problems = [
        at(node.lineno, columns(node), message) for node, message in _problems_in(tree, macros)
    ]
    if problems:
        return sort_problems(problems)
    try:
        env.globals.update(macros.variables())
        env.globals.update(macros.macros())
        env.from_string(body).render()
    except Exception as error:  # a macro's own error, raised with arguments only known now
        return [at(_template_line(), 1, _message(error))]
    return []


def _problems_in(tree: nodes.Template, macros: LadderMacros) -> Iterator[tuple[nodes.Name, str]]:
    callable_ = macros.macros()
    local = _names_set_in(tree)
    for name in tree.find_all(nodes.Name):
        if name.ctx != "load" or name.name in KNOWN or name.name in local:
            continue
        yield name, _unknown(name.name)
    eval_ctx = nodes.EvalContext(jinja2.Environment())
    guarded = {
        id(c)
        for node in tree.find_all((nodes.If, nodes.CondExpr))
        for c in node.find_all(nodes.Call)
    }
    for call in tree.find_all(nodes.Call):
        if not isinstance(call.node, nodes.Name) or call.node.name not in callable_:
            continue
        if id(call) in guarded:
            continue  # runs only when its condition holds: step 4 renders it
        if call.node.name in local or call.dyn_args is not None or call.dyn_kwargs is not None:
            continue
        try:
            args = [arg.as_const(eval_ctx) for arg in call.args]
            kwargs = {kw.key: kw.value.as_const(eval_ctx) for kw in call.kwargs}
        except nodes.Impossible:
            continue  # an argument known only when the page renders: step 4 checks it
        try:
            callable_[call.node.name](*args, **kwargs)
        except Exception as error:
            yield call.node, _message(error, call.node.name)


def _names_set_in(tree: nodes.Template) -> set[str]:
    """Names the page defines itself: `{% set %}`, loop variables, its own macros."""
    found = {"loop", "caller", "varargs", "kwargs"}
    for node in tree.find_all(nodes.Stmt):
        if isinstance(node, nodes.Assign | nodes.AssignBlock | nodes.For):
            found |= {n.name for n in node.target.find_all(nodes.Name)}
            if isinstance(node.target, nodes.Name):
                found.add(node.target.name)
        if isinstance(node, nodes.Macro | nodes.CallBlock):
            found |= {arg.name for arg in node.args}
        if isinstance(node, nodes.Macro):
            found.add(node.name)
    return found


def _name_columns(env: jinja2.Environment, body: str) -> Callable[[nodes.Name], int]:
    """A function giving each Name node its column: the n-th node of a name on a line is the
    n-th token of that name on that line (nodes are visited left to right)."""
    where: dict[tuple[int, str], list[int]] = defaultdict(list)
    line, column = 1, 1
    for _, kind, value in env.lexer.tokeniter(body, None):
        if kind == "name":
            where[(line, value)].append(column)
        newlines = value.count("\n")
        if newlines:
            line += newlines
            column = len(value) - value.rfind("\n")
        else:
            column += len(value)
    seen: dict[tuple[int, str], int] = defaultdict(int)
    given: dict[int, int] = {}

    def column_of(node: nodes.Name) -> int:
        if id(node) in given:
            return given[id(node)]
        key = (node.lineno, node.name)
        index = seen[key]
        seen[key] += 1
        found = where.get(key, [])
        given[id(node)] = found[index] if index < len(found) else 1
        return given[id(node)]

    return column_of


def _unknown(word: str) -> str:
    guess = did_you_mean(word, KNOWN)
    return f'unknown macro or variable "{word}"' + (
        guess or "; the ladder macros are listed in CONTRIBUTING.md"
    )


def _message(error: BaseException, macro: str | None = None) -> str:
    if isinstance(error, jinja2.UndefinedError):
        name = str(error.message or "").split("'")[1::2][:1]
        return _unknown(name[0] if name else "?")
    if isinstance(error, TypeError) and macro is not None:
        return f"{macro}: {_arguments_message(str(error))}"
    if isinstance(error, jinja2.TemplateError):
        return f"the macro cannot run: {error.message}"
    return str(error)


def _arguments_message(text: str) -> str:
    """Python's complaint about a call's arguments, in the editor's words."""
    if "unexpected keyword argument" in text:
        word = text.split("'")[1::2][:1]
        return f'no option "{word[0] if word else "?"}"; check the spelling of the option name'
    if "missing" in text and "required" in text:
        return "an id is missing; give every id the macro needs, in quotes"
    if "positional argument" in text:
        return "too many values; check which ids the macro takes"
    return "the values given do not fit this macro; check which ids it takes"


def syntax_message(error: jinja2.TemplateSyntaxError) -> str:
    """Jinja2's syntax errors, rewritten: what is wrong in the braces and how to fix it."""
    raw = error.message or ""
    if "unexpected end of template" in raw or "unexpected end of print statement" in raw:
        return "a macro here is not closed; end it with }} (or %} for a {% block)"
    if "unexpected '}'" in raw or "expected token" in raw:
        return (
            'this macro is not written as expected; write it as {{ name("id") }}, '
            "with quotes around ids and a comma between them"
        )
    if "unknown tag" in raw:
        word = raw.split("'")[1::2][:1]
        return (
            f'unknown block "{word[0] if word else "?"}" in {{% %}}; the blocks a page may use '
            "are if, for, set and raw"
        )
    if "unexpected char" in raw:
        return (
            "a character in this macro is not allowed; quote ids with straight quotes, "
            'as in {{ role_title("my-role") }}'
        )
    return f'this macro cannot be read ({raw}); write it as {{{{ name("id") }}}}'


def _template_line() -> int:
    """The line of the page being rendered where the current exception was raised."""
    line = 1
    for frame, number in traceback.walk_tb(sys.exc_info()[2]):
        if frame.f_code.co_filename == "<template>":
            line = number
    return line
