"""Reading a DOCX back as a person (or a search) would: every paragraph, table cell (nested
tables too), header and footer, the core and app properties, and the raw text of every XML part
(so text hidden in a part python-docx does not expose is found as well)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx


def _cells(table) -> list[str]:
    out = []
    for row in table.rows:
        for cell in row.cells:
            out += [p.text for p in cell.paragraphs]
            for inner in cell.tables:
                out += _cells(inner)
    return out


def docx_paragraphs(data: bytes | Path) -> list[tuple[str, str]]:
    """(style name, text) of the body's paragraphs, in order."""
    document = docx.Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))
    return [(p.style.name, p.text) for p in document.paragraphs]


def docx_text(data: bytes | Path) -> str:
    raw = data if isinstance(data, bytes) else Path(data).read_bytes()
    document = docx.Document(io.BytesIO(raw))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        texts += _cells(table)
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header,
                     section.first_page_footer, section.even_page_header,
                     section.even_page_footer):  # fmt: skip
            texts += [p.text for p in part.paragraphs]
            for table in part.tables:
                texts += _cells(table)
    core = document.core_properties
    texts += [
        str(getattr(core, name) or "")
        for name in ("title", "subject", "author", "keywords", "comments", "category",
                     "last_modified_by", "content_status", "identifier", "language", "version")
    ]  # fmt: skip
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        for name in zf.namelist():
            texts.append(name)
            if name.endswith((".xml", ".rels")):
                xml = zf.read(name).decode("utf-8", errors="replace")
                texts.append(re.sub(r"<[^>]+>", " ", xml))
    return "\n".join(texts)


def docx_images(data: bytes) -> list[tuple[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [
            (name, zf.read(name))
            for name in zf.namelist()
            if name.lower().endswith((".jpg", ".jpeg", ".png", ".webp"))
        ]
