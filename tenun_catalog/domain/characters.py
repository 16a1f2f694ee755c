"""Which characters stored text may hold: no invisible control characters, and SKUs in ASCII.

Owns the character rule of every text a person types or imports, and the two finding codes
that refuse a product save (see `rules_product.save_blockers`):
- 'control_character': a text field holds a control character (NUL, ESC, ...: category Cc except
  tab, line feed and carriage return), a lone surrogate (category Cs, which SQLite cannot store),
  or a bidirectional override/isolate (U+202A..U+202E, U+2066..U+2069, which can make text read
  differently from what it holds).
- 'sku_character': an SKU holds anything but printable ASCII (U+0020..U+007E). Look-alike
  letters (Cyrillic 'Т', full-width 'ＴＮ', a zero-width space) would otherwise make two products
  whose SKUs look the same. An SKU is refused, never silently normalised: the message names the
  character and, when NFKC gives a plain ASCII form (full-width letters), suggests it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from .fields import FieldSpec, get_value
from .findings import Finding, error

# Category Cc (U+0000..U+001F, U+007F..U+009F) except tab, LF and CR; category Cs (surrogates);
# the bidirectional embeddings, overrides and isolates. One regex: every cell is checked.
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NOT_SKU = re.compile("[^\x20-\x7e]")
_CONTROL_NAMES = {0x00: "NULL", 0x1B: "ESCAPE", 0x7F: "DELETE"}


def describe(char: str) -> str:
    """'Т' -> 'U+0422 CYRILLIC CAPITAL LETTER TE'; '\\x00' -> 'U+0000 NULL'."""
    code = ord(char)
    name = _CONTROL_NAMES.get(code) or unicodedata.name(char, "")
    if not name:
        name = "CONTROL CHARACTER" if unicodedata.category(char) == "Cc" else "UNNAMED CHARACTER"
    return f"U+{code:04X} {name}"


def bad_character(text: str) -> tuple[int, str] | None:
    """(1-based position, character) of the first character no stored text may hold."""
    found = _FORBIDDEN.search(text)
    return (found.start() + 1, found.group()) if found else None


def sku_character(sku: str) -> tuple[int, str] | None:
    """(1-based position, character) of the first character an SKU may not hold."""
    found = _NOT_SKU.search(sku)
    return (found.start() + 1, found.group()) if found else None


def text_messages(text: str) -> tuple[str, str] | None:
    """The Indonesian and English message for a text with a forbidden character, or None."""
    found = bad_character(text)
    if found is None:
        return None
    position, char = found
    return (
        f"Teks ini berisi karakter tak terlihat {describe(char)} pada posisi {position}. "
        "Hapus karakter itu (biasanya terbawa saat menyalin dari program lain).",
        f"This text holds the invisible character {describe(char)} at position {position}. "
        "Remove it (it usually comes along when copying from another program).",
    )


def sku_messages(sku: str) -> tuple[str, str] | None:
    """The Indonesian and English message for an SKU outside printable ASCII, or None."""
    found = sku_character(sku)
    if found is None:
        return None
    position, char = found
    hint_id = hint_en = ""
    plain = unicodedata.normalize("NFKC", sku)
    if plain != sku and sku_character(plain) is None:
        hint_id, hint_en = f" Mungkin maksudnya '{plain}'.", f" Perhaps you meant '{plain}'."
    return (
        f"SKU '{sku}' berisi karakter {describe(char)} pada posisi {position}. SKU hanya boleh "
        "berisi huruf latin A-Z, angka dan tanda baca ASCII (misalnya TN-001), agar dua SKU "
        f"yang tampak sama selalu sama.{hint_id}",
        f"The SKU '{sku}' holds the character {describe(char)} at position {position}. An SKU "
        "may only hold Latin letters A-Z, digits and ASCII punctuation (for example TN-001), so "
        f"that two SKUs that look the same are the same.{hint_en}",
    )


def _texts(value: object) -> Iterable[str]:
    """The strings inside a field value (text, a list of texts, weaver credits)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(getattr(item, "name", item))


def check_characters(record: object, specs: Iterable[FieldSpec]) -> list[Finding]:
    """'control_character' findings for the text fields of `record`, and 'sku_character' for
    its SKU when it has one (one finding per field)."""
    found: list[Finding] = []
    for spec in specs:
        path = spec.path
        if spec.type not in ("text", "list", "weavers"):
            continue
        for text in _texts(get_value(record, path)):
            messages = sku_messages(text) if path == "sku" else text_messages(text)
            if messages is not None:
                code = "sku_character" if path == "sku" else "control_character"
                found.append(error(path, code, *messages))
                break
    return found
