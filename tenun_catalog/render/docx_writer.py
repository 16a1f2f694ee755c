"""Editable Word documents (DOCX) with python-docx, and only here: a typed document in, a file
out.

The contract is `DocxDocument`: a title, core properties (title, subject, author, keywords,
language), a header and footer line, and blocks in order (headings, paragraphs, bullet lists,
two-column fact tables, tables, pictures). The export module decides every word; this module
only lays them out with Word's own built-in styles (Title, Heading 1-2, List Bullet, Table
Grid), so the people finishing the document in Word or LibreOffice Writer edit ordinary
paragraphs and headings. The document is built in code rather than from a docxtpl template:
a template's Jinja tags split across Word's runs break silently when someone edits it in
Word, and the sections here are data-driven (one per motif, one row per step).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Mm, Pt, RGBColor

PLACEHOLDER_COLOUR = RGBColor(0x9A, 0x3B, 0x12)  # burnt orange: "the community decides here"
NOTE_COLOUR = RGBColor(0x55, 0x55, 0x55)
TABLE_TEXT = Pt(9.5)


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    text: str
    kind: str = ""  # "" plain, "note" (grey, small), "placeholder" (boxed colour, to decide)
    bold_lead: str = ""  # a bold lead-in before the text ("Makna: ")


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]


@dataclass(frozen=True)
class Facts:
    """A two-column table of label and value."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths_mm: tuple[float, ...] = ()


@dataclass(frozen=True)
class Picture:
    path: Path  # a JPEG or PNG
    caption: str
    width_mm: float = 80.0


Block = Heading | Para | Bullets | Facts | Table | Picture


@dataclass(frozen=True)
class DocxDocument:
    title: str
    subtitle: str
    blocks: tuple[Block, ...]
    header: str = ""
    footer: str = ""
    subject: str = ""
    author: str = ""
    keywords: str = ""
    language: str = "id-ID"
    comments: str = ""
    created: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)


def write_docx(document: DocxDocument, out: Path) -> int:
    """Write `document` to `out` (the caller makes `out` a temporary name); the blocks written."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(22)
    section.top_margin = section.bottom_margin = Mm(20)
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    if document.header:
        para = section.header.paragraphs[0]
        para.text = document.header
        para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _small(para, NOTE_COLOUR)
    if document.footer:
        para = section.footer.paragraphs[0]
        para.text = document.footer
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _small(para, NOTE_COLOUR)
    doc.add_heading(document.title, level=0)
    if document.subtitle:
        doc.add_paragraph(document.subtitle, style="Subtitle")
    for block in document.blocks:
        _block(doc, block)
    _core(doc, document)
    _drop_thumbnail(doc)
    doc.save(str(out))
    return len(document.blocks)


def _small(para, colour: RGBColor) -> None:
    for run in para.runs:
        run.font.size = Pt(8.5)
        run.font.color.rgb = colour


def _block(doc, block: Block) -> None:
    if isinstance(block, Heading):
        doc.add_heading(block.text, level=max(1, min(block.level, 3)))
    elif isinstance(block, Para):
        _para(doc, block)
    elif isinstance(block, Bullets):
        for item in block.items:
            doc.add_paragraph(item, style="List Bullet")
    elif isinstance(block, Facts):
        _table(doc, (), block.rows, (48, 118), bold_first=True)
    elif isinstance(block, Table):
        _table(doc, block.header, block.rows, block.widths_mm)
    elif isinstance(block, Picture):
        para = doc.add_paragraph()
        para.add_run().add_picture(str(block.path), width=Mm(block.width_mm))
        caption = doc.add_paragraph(block.caption, style="Caption")
        caption.paragraph_format.space_after = Pt(10)
    else:  # pragma: no cover - the Block union is closed
        raise TypeError(type(block))


def _para(doc, block: Para) -> None:
    para = doc.add_paragraph()
    if block.bold_lead:
        para.add_run(block.bold_lead).bold = True
    run = para.add_run(block.text)
    if block.kind == "note":
        run.font.size = Pt(9.5)
        run.font.color.rgb = NOTE_COLOUR
        run.italic = True
    elif block.kind == "placeholder":
        run.font.color.rgb = PLACEHOLDER_COLOUR
        para.paragraph_format.left_indent = Mm(6)
        para.paragraph_format.right_indent = Mm(6)
        _shade(para, "FCEFE3")


def _shade(para, fill: str) -> None:
    """A background colour behind a paragraph (Word's paragraph shading)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = para._p.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    ppr.append(shd)


def _table(doc, header, rows, widths_mm, bold_first: bool = False) -> None:
    columns = len(header) if header else max((len(r) for r in rows), default=1)
    table = doc.add_table(rows=0, cols=columns)
    table.style = "Table Grid"
    if header:
        cells = table.add_row().cells
        for cell, text in zip(cells, header, strict=True):
            cell.text = ""
            cell.paragraphs[0].add_run(text).bold = True
            _shade_cell(cell, "E8E2D6")
    for row in rows:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=True)):
            cell.text = ""
            lines = str(text).split("\n")
            run = cell.paragraphs[0].add_run(lines[0])
            run.bold = bold_first and index == 0
            for line in lines[1:]:
                cell.add_paragraph(line)
    for row in table.rows:  # tables read better a little smaller than the running text
        for cell in row.cells:
            for para in cell.paragraphs:
                for run in para.runs:
                    run.font.size = TABLE_TEXT
    if widths_mm and len(widths_mm) == columns:
        # Word reads the cells' widths, LibreOffice the table grid's: set both.
        table.autofit = False
        for column, width in zip(table.columns, widths_mm, strict=True):
            column.width = Mm(width)
        for row in table.rows:
            for cell, width in zip(row.cells, widths_mm, strict=True):
                cell.width = Mm(width)
    doc.add_paragraph()


def _shade_cell(cell, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _drop_thumbnail(doc) -> None:
    """python-docx's default template carries a preview picture of itself: not ours to ship."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    rels = doc.part.package.rels
    for key, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[key]


def _core(doc, document: DocxDocument) -> None:
    """Core properties: only what the export module gave (python-docx's template defaults such
    as 'python-docx' as author and its dates are replaced)."""
    core = doc.core_properties
    core.title = document.title
    core.subject = document.subject
    core.author = document.author
    core.last_modified_by = document.author
    core.keywords = document.keywords
    core.comments = document.comments
    core.language = document.language
    core.category = ""
    core.revision = 1
    when = document.created or datetime.now(UTC).replace(microsecond=0)
    core.created = core.modified = when
