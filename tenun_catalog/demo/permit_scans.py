"""The demo's permit scans and motif permission letters: one-page PDFs written byte by byte
(no PDF library).

Owns `scan_pdf` and `letter_pdf`: an A4 page that says what the permit is (kind, number, issuer,
dates, holder), or who gave a motif's permission, when and for what, and that it is a demo
sample, so the submission package's `izin/` folder and the motif book have something real to
point at. The same record gives the same bytes (no timestamps), like the demo's photos.
"""

from __future__ import annotations

from ..domain import vocab
from ..domain.entities import Motif, Permit


def _text(value: str) -> str:
    """A PDF literal string in Latin-1 (Helvetica's WinAnsi), with ( ) \\ escaped."""
    safe = value.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def scan_pdf(permit: Permit, holder: str) -> bytes:
    return _sample_pdf(
        [
            ("F2", 18, "CONTOH / SAMPLE - pindaian izin demo Tenun Catalog"),
            ("F1", 13, vocab.PERMIT_KINDS.label(permit.kind, "id")),
            ("F1", 13, f"Nomor: {permit.number}"),
            ("F1", 13, f"Pemegang: {holder}"),
            ("F1", 13, f"Penerbit: {permit.issuer}"),
            ("F1", 13, f"Terbit: {permit.issued or '-'}   Berlaku sampai: {permit.expires or '-'}"),
        ]
    )


def letter_pdf(motif: Motif) -> bytes:
    """A demo permission letter for a restricted motif (who granted it, when, for what)."""
    return _sample_pdf(
        [
            ("F2", 18, "CONTOH / SAMPLE - surat izin motif, demo Tenun Catalog"),
            ("F1", 13, f"Motif: {motif.name_local or motif.name_id}"),
            ("F1", 13, f"Pemberi izin: {motif.permission_by}"),
            ("F1", 13, f"Tanggal: {motif.permission_date or '-'}"),
            ("F1", 13, "Untuk: " + (", ".join(motif.permission_uses) or "semua keluaran")),
        ]
    )


def _sample_pdf(lines: list[tuple[str, int, str]]) -> bytes:
    ops = ["BT", "60 770 Td"]
    for font, size, text in lines:
        ops += [f"/{font} {size} Tf", f"({_text(text)}) Tj", "0 -28 Td"]
    ops.append("ET")
    ops.append("40 40 515 762 re S")  # a frame, like the border of a certificate
    content = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
