"""What a theme leaves out of a page for lack of room, told while it renders.

Owns `Omissions`: a render passes one to the theme as `omitted`; a template that drops a field
it has (a story that would not fit, captions the photo strip has no room for, detail photos
past the strip's slots) says so with `{{ omitted.omit("story", product.sku) }}` (it writes
nothing). The render turns what was said into notes of its result, in Indonesian and English
("Cerita tidak dicetak di A5 untuk 12 produk: ..."), so nothing is dropped without a word.

A theme is user content, so what it may say is bounded: at most MAX_ENTRIES omissions per
render, field names and SKUs cut to MAX_TEXT characters, and at most MAX_SKUS_SHOWN SKUs named
per note.
"""

from __future__ import annotations

MAX_ENTRIES = 20_000
MAX_TEXT = 60
MAX_SKUS_SHOWN = 8

# The fields a theme may name, in both languages (others are reported by their own name).
FIELD_NAMES: dict[str, tuple[str, str]] = {
    "story": ("Cerita", "Stories"),
    "caption": ("Keterangan foto", "Photo captions"),
    "photo": ("Foto detail", "Detail photos"),
    "description": ("Deskripsi", "Descriptions"),
    "motif": ("Makna motif", "Motif meanings"),
}


class Omissions:
    """The fields a theme left out, per field, with the SKUs they were left out of."""

    def __init__(self) -> None:
        self._by_field: dict[str, list[str]] = {}
        self._count = 0

    def omit(self, field: object, sku: object = "") -> str:
        """Called from a template: `field` was not printed for product `sku`. Returns ""."""
        if self._count >= MAX_ENTRIES:
            return ""
        self._count += 1
        name = str(field)[:MAX_TEXT]
        skus = self._by_field.setdefault(name, [])
        code = str(sku)[:MAX_TEXT]
        if code not in skus:
            skus.append(code)
        return ""

    def __bool__(self) -> bool:
        return bool(self._by_field)

    def fields(self) -> dict[str, list[str]]:
        return {name: list(skus) for name, skus in self._by_field.items()}

    def notes(self, paper: str) -> tuple[tuple[str, str], ...]:
        """One line per field in both languages: what was not printed, on which paper, where."""
        out = []
        for name, skus in self._by_field.items():
            label_id, label_en = FIELD_NAMES.get(name, (name, name))
            shown = ", ".join(s for s in skus[:MAX_SKUS_SHOWN] if s)
            more = "…" if len(skus) > MAX_SKUS_SHOWN else ""
            which = f": {shown}{more}" if shown else ""
            out.append(
                (
                    f"{label_id} tidak dicetak di {paper} untuk {len(skus)} produk{which} "
                    "(tidak muat di halamannya).",
                    f"{label_en} not printed on {paper} for {len(skus)} products{which} "
                    "(no room on their page).",
                )
            )
        return tuple(out)
