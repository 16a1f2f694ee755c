"""Break opportunities in very long unbroken runs of text, before WeasyPrint lays them out.

WeasyPrint's line breaking is quadratic (or worse) in the length of a run with no break
opportunity when hyphenation or `overflow-wrap` is on, as in our themes: one 2,000-character
word in a story took 65 s, 10,000 characters more than 300 s. CSS alone does not bound it
(measured: `overflow-wrap: anywhere` and `word-break: break-all` are slower still), so
`break_long_runs` inserts a ZERO WIDTH SPACE (U+200B, invisible, not copied as a space) every
RUN_CHARS characters inside any run of more than RUN_CHARS non-space characters, in the text of
the HTML only: tags, attribute values, comments, character references and the contents of
<script>, <style> and <svg> elements are left as they are. Every PDF and fit-check layout goes
through it (render.pdf, render.fit), whatever the theme.
"""

from __future__ import annotations

import re

RUN_CHARS = 60  # no real word or readable code is this long; a URL this long may break anywhere
ZWSP = "\u200b"

# Markup that is copied unchanged: comments, raw-text elements, inline SVG, any other tag.
_MARKUP = re.compile(
    r"<!--.*?-->|<(script|style|svg|textarea|title)\b.*?</\1\s*>|<[^>]*>",
    re.DOTALL | re.IGNORECASE,
)
# ASCII white space and U+200B only: a run joined by no-break spaces must be broken too.
_LONG_RUN = re.compile(r"[^ \t\n\r\f\u200b<]{" + str(RUN_CHARS + 1) + ",}")
# One character, or one character reference (never cut in the middle).
_ATOM = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|.", re.DOTALL)


def break_long_runs(html: str) -> str:
    """`html` with a break opportunity every RUN_CHARS characters in over-long text runs."""
    if not _LONG_RUN.search(html):
        return html  # the usual case: nothing to do, no copy
    out: list[str] = []
    position = 0
    for markup in _MARKUP.finditer(html):
        out.append(_break_text(html[position : markup.start()]))
        out.append(markup.group(0))
        position = markup.end()
    out.append(_break_text(html[position:]))
    return "".join(out)


def _break_text(text: str) -> str:
    if len(text) <= RUN_CHARS:
        return text
    return _LONG_RUN.sub(_break_run, text)


def _break_run(match: re.Match[str]) -> str:
    atoms = _ATOM.findall(match.group(0))
    return ZWSP.join("".join(atoms[i : i + RUN_CHARS]) for i in range(0, len(atoms), RUN_CHARS))
