"""Photo credits written into JPEGs as XMP (IPTC Photo Metadata in XMP form).

Owns `PhotoCredit` (what a JPEG given to others says about itself), `xmp_packet` (the one place
that turns a credit into an XMP packet, escaping every value as XML: captions are user text) and
`with_xmp` / `copy_with_xmp` (an APP1 XMP segment spliced into a JPEG without re-encoding it, so
the pixels stay exactly those of the derivative). No Pillow is needed: it is byte work.

Properties written: dc:title, dc:description (x-default, id, en), dc:creator (photographer),
dc:rights (copyright notice), xmpRights:UsageTerms (licence), photoshop:Credit (credit line) and
Iptc4xmpExt:ArtworkOrObject (the cloth: its title and its weavers as creators). What goes in is
decided by the caller from the audience view: a weaver without consent and a withheld motif's
name never reach this module.

Limits: each value at most `MAX_VALUE_CHARS` characters, at most `MAX_ARTWORK_CREATORS` weavers;
the packet must fit one APP1 segment (`MAX_PACKET_BYTES`): values are cut shorter until it does.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

XMP_HEADER = b"http://ns.adobe.com/xap/1.0/\x00"
# An APP1 segment holds at most 65535 bytes including its 2-byte length and the header.
MAX_PACKET_BYTES = 65535 - 2 - len(XMP_HEADER)
MAX_VALUE_CHARS = 2000
MAX_ARTWORK_CREATORS = 20
_SCAN_LIMIT = 1 << 20  # metadata segments sit before the image data; never scan further

# Characters XML 1.0 does not allow (control characters, lone surrogates, U+FFFE/U+FFFF).
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


@dataclass(frozen=True)
class PhotoCredit:
    """What a photo says about itself: titles and captions per language, who took it, rights."""

    title_id: str = ""
    title_en: str = ""
    caption_id: str = ""
    caption_en: str = ""
    creator: str = ""  # the photographer
    copyright: str = ""  # "© Maria Lenggu. CC BY 4.0"
    licence: str = ""  # usage terms
    credit_line: str = ""  # "Foto: Maria Lenggu / KUB Tenun Ina Ndao"
    artwork_title: str = ""  # the cloth shown
    artwork_creators: tuple[str, ...] = ()  # weavers who consented to be named


def _clean(text: str, limit: int) -> str:
    text = _NOT_XML.sub("", text or "").strip()
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return text


def _text(text: str) -> str:
    return escape(text, {'"': "&quot;"})


def _alt(tag: str, values: list[tuple[str, str]]) -> str:
    items = [(lang, value) for lang, value in values if value]
    if not items:
        return ""
    lis = "".join(f'<rdf:li xml:lang="{lang}">{_text(value)}</rdf:li>' for lang, value in items)
    return f"<{tag}><rdf:Alt>{lis}</rdf:Alt></{tag}>"


def _lang_alt(tag: str, text_id: str, text_en: str) -> str:
    """A language alternative: x-default (Indonesian first), then id and en when given."""
    default = text_id or text_en
    return _alt(tag, [("x-default", default), ("id", text_id), ("en", text_en)])


def _seq(tag: str, values: list[str]) -> str:
    values = [v for v in values if v]
    if not values:
        return ""
    lis = "".join(f"<rdf:li>{_text(v)}</rdf:li>" for v in values)
    return f"<{tag}><rdf:Seq>{lis}</rdf:Seq></{tag}>"


def _packet(credit: PhotoCredit, limit: int) -> bytes:
    def c(text: str) -> str:
        return _clean(text, limit)

    parts = [
        _lang_alt("dc:title", c(credit.title_id), c(credit.title_en)),
        _lang_alt("dc:description", c(credit.caption_id), c(credit.caption_en)),
        _seq("dc:creator", [c(credit.creator)]),
        _alt("dc:rights", [("x-default", c(credit.copyright))]),
        _alt("xmpRights:UsageTerms", [("x-default", c(credit.licence))]),
    ]
    if c(credit.credit_line):
        parts.append(f"<photoshop:Credit>{_text(c(credit.credit_line))}</photoshop:Credit>")
    weavers = [c(w) for w in credit.artwork_creators[:MAX_ARTWORK_CREATORS]]
    artwork = _alt("Iptc4xmpExt:AOTitle", [("x-default", c(credit.artwork_title))])
    artwork += _seq("Iptc4xmpExt:AOCreator", weavers)
    if artwork:
        parts.append(
            '<Iptc4xmpExt:ArtworkOrObject><rdf:Bag><rdf:li rdf:parseType="Resource">'
            f"{artwork}</rdf:li></rdf:Bag></Iptc4xmpExt:ArtworkOrObject>"
        )
    body = "\n   ".join(p for p in parts if p)
    xml = (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/" x:xmptk="Tenun Catalog">\n'
        ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
        '  <rdf:Description rdf:about=""\n'
        '    xmlns:dc="http://purl.org/dc/elements/1.1/"\n'
        '    xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/"\n'
        '    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"\n'
        '    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">\n'
        f"   {body}\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        '<?xpacket end="r"?>'
    )
    return xml.encode("utf-8")


def xmp_packet(credit: PhotoCredit) -> bytes:
    """The XMP packet (UTF-8) for `credit`, small enough for one JPEG APP1 segment."""
    limit = MAX_VALUE_CHARS
    packet = _packet(credit, limit)
    while len(packet) > MAX_PACKET_BYTES and limit > 40:
        limit //= 2  # 2000 -> 31 at worst: a handful of rounds
        packet = _packet(credit, limit)
    if len(packet) > MAX_PACKET_BYTES:  # cannot happen with the limits above; be safe anyway
        packet = _packet(PhotoCredit(), limit)
    return packet


def _segments(data: bytes) -> tuple[int, list[tuple[int, int]]] | None:
    """(end of the leading APP0/Exif segments, [(start, end) of XMP APP1 segments]) of a JPEG,
    or None when `data` does not look like one."""
    if data[:2] != b"\xff\xd8":
        return None
    pos, insert_at, xmp = 2, 2, []
    leading = True
    while pos + 4 <= min(len(data), _SCAN_LIMIT):
        if data[pos] != 0xFF:
            return None
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker == 0xDA or not (0xC0 <= marker <= 0xFE):  # image data starts, or odd marker
            break
        length = int.from_bytes(data[pos + 2 : pos + 4], "big")
        end = pos + 2 + length
        if length < 2 or end > len(data):
            return None
        body = data[pos + 4 : end]
        is_xmp = marker == 0xE1 and body.startswith(XMP_HEADER)
        if is_xmp:
            xmp.append((pos, end))
        elif leading and (marker == 0xE0 or (marker == 0xE1 and body.startswith(b"Exif\0"))):
            insert_at = end
        else:
            leading = False
        pos = end
    return insert_at, xmp


def with_xmp(jpeg: bytes, packet: bytes) -> bytes:
    """`jpeg` with `packet` as its only XMP segment, placed after JFIF/Exif; the image data is
    not touched. Data that is not a JPEG is returned unchanged."""
    if len(packet) > MAX_PACKET_BYTES:
        raise ValueError("XMP packet too large for one APP1 segment")
    found = _segments(jpeg)
    if found is None:
        return jpeg
    insert_at, old = found
    for start, end in reversed(old):  # an earlier packet would contradict ours
        jpeg = jpeg[:start] + jpeg[end:]
        if start < insert_at:
            insert_at -= end - start
    body = XMP_HEADER + packet
    segment = b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body
    return jpeg[:insert_at] + segment + jpeg[insert_at:]


def copy_with_xmp(source: Path, target: Path, credit: PhotoCredit | None) -> None:
    """Copy the JPEG `source` to `target` carrying `credit` (a plain copy without one)."""
    if credit is None:
        shutil.copyfile(source, target)
        return
    Path(target).write_bytes(with_xmp(Path(source).read_bytes(), xmp_packet(credit)))


def read_xmp(jpeg: bytes) -> bytes:
    """The XMP packet of a JPEG, or b"" (for checks and tests)."""
    found = _segments(jpeg)
    if not found or not found[1]:
        return b""
    start, end = found[1][0]
    return jpeg[start + 4 + len(XMP_HEADER) : end]
