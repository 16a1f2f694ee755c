"""WeasyPrint, and only here: HTML string in, PDF file out, safely and observably.

Owns `write_pdf`: lays out the document with the SafeFetcher (only the allowed folders and
`data:` URLs), reports the layout page by page, polls for cancel between pages, captures the
renderer's own warnings (logger 'weasyprint', WARNING and above) and writes the PDF straight to
a file (`write_pdf(target=path)`: no extra in-memory copy). It passes NO image options
(`optimize_images`, `jpeg_quality`, `dpi`): with none set, WeasyPrint copies an EXIF-free JPEG
into the PDF byte for byte. A refused or missing URL becomes a UserError naming the URL.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from weasyprint import HTML
from weasyprint.urls import FatalURLFetchingError

from ..domain.errors import UserError
from .fetcher import RefusedURL, SafeFetcher

PDF_VARIANTS = ("pdf/a-3b", "pdf/a-2b", "pdf/ua-1", "pdf/x-4")

Stage = Callable[[str, int], None]  # ("layout", page) while laying out, ("write", pages) before


class LayoutAborted(BaseException):
    """Raised from inside WeasyPrint's layout loop when the caller cancels (BaseException, so
    no `except Exception` on the way swallows it)."""


@dataclass
class PdfWritten:
    pages: int
    warnings: list[str] = field(default_factory=list)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(f"{record.levelname}: {record.getMessage()}")


class _Pages(logging.Handler):
    """Turns WeasyPrint's 'Step 5 - Creating layout - Page N' into stage calls and cancels."""

    def __init__(self, stage: Stage | None, cancelled: Callable[[], bool] | None):
        super().__init__(logging.INFO)
        self.stage, self.cancelled = stage, cancelled

    def emit(self, record: logging.LogRecord) -> None:
        if self.cancelled is not None and self.cancelled():
            raise LayoutAborted()
        if self.stage is not None and "Creating layout - Page" in str(record.msg):
            page = record.args[0] if isinstance(record.args, tuple) and record.args else 0
            self.stage("layout", int(page))


@contextmanager
def _logging(stage: Stage | None, cancelled: Callable[[], bool] | None) -> Iterator[_Collect]:
    main = logging.getLogger("weasyprint")
    progress = logging.getLogger("weasyprint.progress")
    collect = _Collect()
    pages = _Pages(stage, cancelled)
    saved = (progress.level, progress.propagate, main.level)
    if main.getEffectiveLevel() > logging.WARNING:
        main.setLevel(logging.WARNING)
    main.addHandler(collect)
    progress.addHandler(pages)
    progress.setLevel(logging.INFO)
    progress.propagate = False  # our INFO records stay ours (not the app's log)
    try:
        yield collect
    finally:
        main.removeHandler(collect)
        progress.removeHandler(pages)
        progress.setLevel(saved[0])
        progress.propagate = saved[1]
        main.setLevel(saved[2])


def refused_error(url: str, reason: str) -> UserError:
    return UserError(
        f"Tema meminta berkas atau alamat yang tidak diizinkan: {url} ({reason}). "
        "Tema hanya boleh memakai berkas dari pustaka, folder tema, dan aset bawaan.",
        f"The theme asked for a file or address that is not allowed: {url} ({reason}). "
        "A theme may only use files of the library, its own folder and the bundled assets.",
    )


def write_pdf(
    html: str,
    out: Path,
    *,
    base_url: str,
    allowed: Sequence[Path],
    metadata: dict[str, str] | None = None,
    pdf_variant: str | None = None,
    cache: dict | None = None,
    stage: Stage | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PdfWritten:
    """Lay out `html` and write the PDF to `out` (the caller makes `out` a temporary name).

    `base_url` resolves relative URLs (the theme folder); `allowed` are the only folders a URL
    may point into. `metadata` (title, author, lang, description, keywords) fills in what the
    HTML head leaves out, so a user theme that forgets `<title>` still gets a titled PDF.
    `cache` keeps decoded images between renders. Raises UserError for a refused URL,
    LayoutAborted when `cancelled()` turns true during layout.
    """
    if pdf_variant is not None and pdf_variant not in PDF_VARIANTS:
        raise UserError(
            f"Varian PDF '{pdf_variant}' tidak dikenal ({', '.join(PDF_VARIANTS)}).",
            f"Unknown PDF variant '{pdf_variant}' ({', '.join(PDF_VARIANTS)}).",
        )
    fetcher = SafeFetcher(list(allowed))
    options: dict = {"pdf_variant": pdf_variant}
    if cache is not None:
        options["cache"] = cache
    with _logging(stage, cancelled) as collected:
        try:
            document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(**options)
            _apply_metadata(document, metadata or {})
            pages = len(document.pages)
            if cancelled is not None and cancelled():
                raise LayoutAborted()
            if stage is not None:
                stage("write", pages)
            document.write_pdf(target=str(out), **options)
        except RefusedURL as exc:
            raise refused_error(exc.url, exc.reason) from None
        except FatalURLFetchingError as exc:
            url = fetcher.refused[-1] if fetcher.refused else str(exc)
            raise refused_error(url, str(exc.__cause__ or exc)) from None
    if fetcher.refused:  # refused inside a code path that swallowed the error: still refuse
        raise refused_error(fetcher.refused[0], "refused")
    return PdfWritten(pages=pages, warnings=collected.messages)


def _apply_metadata(document, metadata: dict[str, str]) -> None:
    meta = document.metadata
    if metadata.get("title") and not meta.title:
        meta.title = metadata["title"]
    if metadata.get("author") and not meta.authors:
        meta.authors = [metadata["author"]]
    if metadata.get("description") and not meta.description:
        meta.description = metadata["description"]
    if metadata.get("lang") and not meta.lang:
        meta.lang = metadata["lang"]
    if metadata.get("keywords") and not meta.keywords:
        meta.keywords = [k.strip() for k in metadata["keywords"].split(",") if k.strip()]
