"""Photo errors: the one exception type of the images package, with bilingual messages.

Owns `PhotoError` and the Indonesian/English wording for every way a photo can be refused
(empty, not an image, unsupported format, damaged/truncated, too large, unreadable, not
writable). Each message names the file and says what the person can do about it.
"""

from __future__ import annotations

import errno
from pathlib import Path

# code -> (Indonesian template, English template). Fields: name, label, detail, mp, limit.
_MESSAGES: dict[str, tuple[str, str]] = {
    "empty": (
        "Berkas {name} kosong (0 byte). Salin ulang foto itu dari ponsel atau kamera.",
        "The file {name} is empty (0 bytes). Copy the photo again from the phone or camera.",
    ),
    "not_image": (
        "Berkas {name} bukan foto. Pilih berkas foto berformat JPEG, PNG atau WebP.",
        "The file {name} is not a photo. Choose a JPEG, PNG or WebP photo file.",
    ),
    "unsupported_heic": (
        "Berkas {name} berformat {label} yang belum didukung. Ubah ke JPEG dulu "
        "(misalnya kirim lewat WhatsApp atau ekspor dari galeri).",
        "The file {name} is in {label} format, which is not supported yet. Convert it to "
        "JPEG first (for example send it through WhatsApp or export it from the gallery).",
    ),
    "unsupported": (
        "Berkas {name} berformat {label} yang belum didukung. Simpan ulang sebagai JPEG "
        "atau PNG dulu.",
        "The file {name} is in {label} format, which is not supported. Save it again as "
        "JPEG or PNG first.",
    ),
    "truncated": (
        "Berkas foto {name} rusak atau terpotong (tidak lengkap). Salin ulang foto itu dari "
        "ponsel atau kamera.",
        "The photo file {name} is damaged or cut off (incomplete). Copy the photo again from "
        "the phone or camera.",
    ),
    "too_large": (
        "Foto {name} terlalu besar ({mp} megapiksel; batasnya {limit} megapiksel). "
        "Perkecil ukuran foto itu dulu.",
        "The photo {name} is too large ({mp} megapixels; the limit is {limit} megapixels). "
        "Make the photo smaller first.",
    ),
    "too_large_file": (
        "Berkas {name} terlalu besar ({detail}; batasnya 1 GB). Perkecil ukuran foto itu dulu.",
        "The file {name} is too large ({detail}; the limit is 1 GB). Make the photo smaller first.",
    ),
    "unreadable": (
        "Berkas {name} tidak bisa dibaca ({detail}). Periksa apakah berkas itu masih ada "
        "dan bisa dibuka.",
        "The file {name} cannot be read ({detail}). Check that the file still exists and "
        "can be opened.",
    ),
    "write_failed": (
        "Foto {name} tidak bisa disimpan ke pustaka ({detail}). Periksa sisa ruang disk "
        "dan izin folder pustaka.",
        "The photo {name} could not be saved into the library ({detail}). Check the free "
        "disk space and the library folder permissions.",
    ),
}

CODES = frozenset(
    {"empty", "not_image", "truncated", "too_large", "unsupported", "unreadable", "write_failed"}
)


class PhotoError(Exception):
    """A photo that cannot be used, with a reason code and a message in both languages.

    `str(error)` is the Indonesian message (the default interface language).
    """

    code: str
    path: Path
    message_id: str
    message_en: str

    def __init__(self, code: str, path: Path, message_id: str, message_en: str) -> None:
        super().__init__(message_id)
        self.code = code
        self.path = Path(path)
        self.message_id = message_id
        self.message_en = message_en

    def __str__(self) -> str:
        return self.message_id

    def __repr__(self) -> str:
        return f"PhotoError({self.code!r}, {str(self.path)!r})"

    def __reduce__(self):  # picklable across the import process pool
        return (PhotoError, (self.code, self.path, self.message_id, self.message_en))

    def message(self, lang: str = "id") -> str:
        """The message in `lang` ('id' or 'en'; anything else falls back to Indonesian)."""
        return self.message_en if lang == "en" else self.message_id


def photo_error(
    code: str,
    path: Path,
    *,
    label: str = "",
    detail: str | tuple[str, str] = "",
    pixels: int = 0,
    limit: int = 0,
) -> PhotoError:
    """Build a PhotoError with the standard wording for `code`.

    `label` names a format (for 'unsupported'), `detail` a short reason (for 'unreadable'/
    'write_failed'; one text or an (Indonesian, English) pair), `pixels`/`limit` the sizes
    for 'too_large'.
    """
    key = code
    if code == "unsupported" and label in {"HEIC", "HEIF", "AVIF"}:
        key = "unsupported_heic"
    if code == "too_large" and detail and not pixels:
        key = "too_large_file"
    if key not in _MESSAGES:
        raise ValueError(f"unknown photo error code {code!r}")
    detail_id, detail_en = (detail, detail) if isinstance(detail, str) else detail
    fields = {
        "name": Path(path).name or str(path),
        "label": label or "?",
        "mp": _megapixels(pixels),
        "limit": _megapixels(limit),
    }
    template_id, template_en = _MESSAGES[key]
    return PhotoError(
        code,
        Path(path),
        template_id.format(detail=detail_id or "?", **fields),
        template_en.format(detail=detail_en or "?", **fields),
    )


def _megapixels(pixels: int) -> str:
    if pixels <= 0:
        return "?"
    value = pixels / 1_000_000
    return f"{value:.0f}" if value >= 10 else f"{value:.1f}"


_ERRNO_WORDS: dict[int, tuple[str, str]] = {
    errno.ENOENT: ("berkas tidak ditemukan", "file not found"),
    errno.EACCES: ("tidak ada izin", "permission denied"),
    errno.EPERM: ("tidak ada izin", "permission denied"),
    errno.EISDIR: ("itu sebuah folder", "it is a folder"),
    errno.ENOSPC: ("disk penuh", "the disk is full"),
    errno.EROFS: ("disk hanya-baca", "read-only disk"),
    errno.EIO: ("kesalahan baca/tulis disk", "disk input/output error"),
}


def os_detail(error: OSError) -> tuple[str, str]:
    """A short (Indonesian, English) reason for an OSError, without the path."""
    if error.errno in _ERRNO_WORDS:
        return _ERRNO_WORDS[error.errno]
    text = error.strerror or type(error).__name__
    return text, text
