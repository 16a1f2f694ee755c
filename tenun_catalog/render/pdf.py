"""WeasyPrint, and only here: HTML string in, PDF file out, safely and observably.

Owns `write_pdf`: lays out the document with the SafeFetcher (only the allowed folders and
`data:` URLs), reports the layout page by page, polls for cancel between pages, captures the
renderer's own warnings (logger 'weasyprint', WARNING and above) and writes the PDF straight to
a file (`write_pdf(target=path)`: no extra in-memory copy). It passes NO image options
(`optimize_images`, `jpeg_quality`, `dpi`): with none set, WeasyPrint copies an EXIF-free JPEG
into the PDF byte for byte. A refused or missing URL becomes a UserError naming the URL.

Before layout, over-long unbroken runs of text get break opportunities (render.textbreak: one
long word made layout take minutes). The layout has a wall-clock limit that grows with the
pages laid out so far (LAYOUT_BASE_S + LAYOUT_MB_S per MB of HTML + LAYOUT_PAGE_S per page,
render.watchdog); passing it stops the render with a message, and nothing is written.
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
from .textbreak import break_long_runs
from .watchdog import TimeLimit, time_limit

PDF_VARIANTS = ("pdf/a-3b", "pdf/a-2b", "pdf/ua-1", "pdf/x-4")

Stage = Callable[[str, int], None]  # ("layout", page) while laying out, ("write", pages) before

# The layout time limit: generous (a mid-range laptop lays out a catalog page in well under a
# second), it only stops a render that would otherwise never end.
LAYOUT_BASE_S = 120.0
LAYOUT_MB_S = 60.0  # per MB of HTML: parsing and styling come before the first page
LAYOUT_PAGE_S = 6.0


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
        self.on_page: Callable[[int], None] | None = None
        self.pages = 0

    def emit(self, record: logging.LogRecord) -> None:
        if self.cancelled is not None and self.cancelled():
            raise LayoutAborted()
        if "Creating layout - Page" in str(record.msg):
            page = record.args[0] if isinstance(record.args, tuple) and record.args else 0
            self.pages = int(page)
            if self.on_page is not None:
                self.on_page(self.pages)
            if self.stage is not None:
                self.stage("layout", int(page))


@contextmanager
def _logging(
    stage: Stage | None, cancelled: Callable[[], bool] | None, pages: _Pages | None = None
) -> Iterator[_Collect]:
    main = logging.getLogger("weasyprint")
    progress = logging.getLogger("weasyprint.progress")
    collect = _Collect()
    pages = pages or _Pages(stage, cancelled)
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


def layout_limit(html: str, pages: int = 0) -> float:
    """Seconds a layout of `html` may take once `pages` pages are laid out."""
    return LAYOUT_BASE_S + LAYOUT_MB_S * len(html) / 1_000_000 + LAYOUT_PAGE_S * pages


def time_limit_error(seconds: float, pages: int) -> UserError:
    return UserError(
        f"Pembuatan PDF dihentikan: tata letak berjalan lebih dari {seconds:g} detik "
        f"({pages} halaman selesai). Tidak ada berkas yang ditulis. Periksa teks yang sangat "
        "panjang atau tema yang dipakai.",
        f"PDF making stopped: the layout ran for more than {seconds:g} seconds ({pages} pages "
        "done). Nothing was written. Look for very long text or at the theme in use.",
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
    time_limit_s: float | None = None,
) -> PdfWritten:
    """Lay out `html` and write the PDF to `out` (the caller makes `out` a temporary name).

    `base_url` resolves relative URLs (the theme folder); `allowed` are the only folders a URL
    may point into. `metadata` (title, author, lang, description, keywords) fills in what the
    HTML head leaves out, so a user theme that forgets `<title>` still gets a titled PDF.
    `cache` keeps decoded images between renders. Raises UserError for a refused URL,
    LayoutAborted when `cancelled()` turns true during layout. `time_limit_s` replaces the
    layout limit's base (LAYOUT_BASE_S + LAYOUT_MB_S per MB); pages still add LAYOUT_PAGE_S.
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
    html = break_long_runs(html)
    base = layout_limit(html) if time_limit_s is None else time_limit_s
    counter = _Pages(stage, cancelled)
    with _logging(stage, cancelled, counter) as collected:
        try:
            with time_limit(base) as watch:
                counter.on_page = lambda page: watch.extend(base + LAYOUT_PAGE_S * page)
                document = HTML(string=html, base_url=base_url, url_fetcher=fetcher).render(
                    **options
                )
                _apply_metadata(document, metadata or {})
                pages = len(document.pages)
                if cancelled is not None and cancelled():
                    raise LayoutAborted()
                if stage is not None:
                    stage("write", pages)
                document.write_pdf(target=str(out), **options)
        except TimeLimit:
            raise time_limit_error(watch.seconds, counter.pages) from None
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
