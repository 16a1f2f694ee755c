"""The web catalog export: a static folder that opens from a USB stick with no server.

Owns `render_html`: builds the context (photos placed by `WebPlacer`), renders `index.html` and
one `produk/<sku-slug>.html` per product through the theme (`render.env.render_template`),
copies the theme's CSS/JS and the fonts it uses, and only then moves the finished folder onto
`out_dir`. Everything is written into a temporary folder next to `out_dir`, so a cancel or a
failure leaves the previous export as it was. A folder that is not empty and was not made by
this export is never replaced. Motifs withheld by cultural protocol never reach a page.
"""

from __future__ import annotations

import json
import shutil
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..domain.entities import Catalog, Photo
from ..domain.errors import UserError
from ..render.context import CatalogCtx, ProductCtx, WebPageCtx
from ..render.env import Theme, contained, find_theme, render_template
from ..resources import assets_dir, templates_dir
from ..store import Library
from . import atomic, web_data
from .audience import AudienceView, Selection, build_view
from .context import BuildOptions, Cancelled, Progress, build_context
from .options import catalog_options
from .photo_credits import view_credits
from .result import RenderResult
from .web_images import WebPlacer

MARKER = ".tenun-catalog-web"  # says "this folder is a web catalog export; safe to replace"
EAGER_CARDS = 4  # cards on the first screen of a phone load at once, the rest lazily


@dataclass(frozen=True)
class WebTheme:
    """The web parts of a theme.toml: entry templates, image widths, files to copy."""

    theme: Theme
    index: str
    product: str
    widths: tuple[int, ...]
    default: int
    card_max: int
    static: tuple[str, ...]
    fonts: tuple[str, ...]


def render_html(
    lib: Library,
    out_dir: Path,
    *,
    catalog: Catalog | None = None,
    theme: str = "web",
    lang: str | None = None,
    base_url: str = "",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RenderResult:
    """Write the web catalog into `out_dir` (index.html, produk/, img/, assets/).

    progress(done, total) runs 2 steps per product: one as its photos are placed, one as its
    page is written. cancelled() is polled throughout; it raises `Cancelled` and nothing is
    written. Raises UserError for an unknown theme, a theme without HTML output, or an
    `out_dir` that holds other files.
    """
    started = time.perf_counter()
    web = load_web_theme(theme, lib.themes_dir)
    lang = lang or (catalog.language if catalog else "id")
    out_dir = Path(out_dir).absolute()
    _check_target(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    work = atomic.new_folder_beside(out_dir)
    try:
        result = _write(lib, work, web, catalog, lang, base_url, progress, cancelled)
        _check(cancelled)
        atomic.swap_folder(work, out_dir)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return RenderResult(
        path=out_dir / "index.html",
        pages=result.pages,
        products=result.products,
        withheld=result.withheld,
        missing_translations=result.missing_translations,
        warnings=result.warnings,
        seconds=time.perf_counter() - started,
    )


def load_web_theme(name: str, user_themes: Path | None) -> WebTheme:
    theme = find_theme(name, user_themes)
    if not theme.supports("html"):
        raise UserError(
            f"Tema '{name}' tidak membuat katalog web (HTML). Pakai tema 'web'.",
            f"Theme '{name}' does not make a web (HTML) catalog. Use the 'web' theme.",
        )
    data = tomllib.loads((theme.folder / "theme.toml").read_text(encoding="utf-8"))
    web = data.get("web", {})
    sizes = theme.images
    return WebTheme(
        theme=theme,
        index=theme.entry.get("html", "index.html"),
        product=theme.entry.get("product", "product.html"),
        widths=tuple(int(w) for w in sizes.get("widths", (320, 640, 1200))),
        default=int(sizes.get("default", 640)),
        card_max=int(sizes.get("card_max", 700)),
        static=tuple(web.get("static", ())),
        fonts=tuple(web.get("fonts", ())),
    )


def _write(
    lib: Library,
    work: Path,
    web: WebTheme,
    catalog: Catalog | None,
    lang: str,
    base_url: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> RenderResult:
    placer = WebPlacer(lib, work, web.widths, web.default)
    names = web_data.PageNames()
    stored = catalog_options(catalog)
    base_url = base_url or stored.base_url
    opts = BuildOptions(
        lang=lang,
        show_prices=stored.show_prices,
        qr=False,  # a QR code on a phone screen helps nobody; the PDF carries them
        qr_target="page",
        base_url=base_url,
        page_url=names,
    )
    view = build_view(lib, Selection(catalog), "public", cancelled=cancelled)
    placer.credits = view_credits(view)  # every JPEG carries its credit as XMP
    placer.prepare(_all_photos(view), cancelled)
    _check(cancelled)
    built = build_context(view, placer, catalog, opts, _half(progress, 0), cancelled)
    ctx = web_data.with_search(built.context)
    total = len(ctx.products)
    common = {"catalog": ctx, "labels": ctx.labels, "card_max": web.card_max}
    user = lib.themes_dir
    (work / web_data.PAGE_FOLDER).mkdir()
    done = 0
    for section in ctx.sections:
        for product in section.products:
            _check(cancelled)
            html = render_template(
                web.theme,
                web.product,
                user,
                product=product,
                producer=section.producer,
                page=_product_page(ctx, product),
                **common,
            )
            (work / product.page_url).write_text(html, encoding="utf-8")
            done += 1
            if progress:
                progress(total + done, 2 * total)
    _check(cancelled)
    index = render_template(
        web.theme, web.index, user, page=_index_page(ctx), eager_cards=EAGER_CARDS, **common
    )
    (work / "index.html").write_text(index, encoding="utf-8")
    _copy_static(web, work)
    (work / MARKER).write_text(
        json.dumps({"generator": f"Tenun Catalog {__version__}", "products": total}),
        encoding="utf-8",
    )
    return RenderResult(
        path=work / "index.html",
        pages=done,
        products=total,
        withheld=list(built.withheld),
        missing_translations=list(built.missing_translations),
    )


def _half(progress: Progress | None, offset: int) -> Progress | None:
    """Context building reports the first half of the steps (photos placed per product)."""
    if progress is None:
        return None
    return lambda done, total: progress(offset + done, 2 * total)


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled is not None and cancelled():
        raise Cancelled()


def _all_photos(view: AudienceView) -> list[Photo]:
    """The product photos the export will place, to prepare in parallel (producer photos,
    one per producer, are made when placed)."""
    return [photo for item in view.products for photo in item.photos]


def _description(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def _share_image(ctx: CatalogCtx, product: ProductCtx | None, root: str) -> tuple[str, int, int]:
    """The largest JPEG of the product's cover (or the catalog's) for og:image."""
    photo = product.cover if product else ctx.cover
    if photo is None:
        return "", 0, 0
    jpegs = [s for s in photo.sources if s.mime == "image/jpeg"]
    best = jpegs[-1] if jpegs else photo
    url = web_data.absolute(ctx.base_url, best.url) or f"{root}{best.url}"
    return url, best.width, best.height


def _index_page(ctx: CatalogCtx) -> WebPageCtx:
    image, width, height = _share_image(ctx, None, "")
    parts = [ctx.title.second, ctx.event_name, ctx.venue, ctx.organisation]
    return WebPageCtx(
        root="",
        title=ctx.title.main,
        description=_description(" · ".join(p for p in parts if p) or ctx.title.main),
        url=web_data.absolute(ctx.base_url, "index.html"),
        image=image,
        image_width=width,
        image_height=height,
    )


def _product_page(ctx: CatalogCtx, product: ProductCtx) -> WebPageCtx:
    root = "../"
    url = web_data.absolute(ctx.base_url, product.page_url)
    image, width, height = _share_image(ctx, product, root)
    text = product.description.main or product.story.main or product.name.main
    return WebPageCtx(
        root=root,
        title=f"{product.name.main} · {ctx.title.main}",
        description=_description(text),
        url=url,
        image=image,
        image_width=width,
        image_height=height,
        og_type="product",
        json_ld=web_data.product_json_ld(product, ctx, root, url),
    )


def _copy_static(web: WebTheme, work: Path) -> None:
    """The theme's CSS/JS and the fonts it names, copied into assets/. A theme.toml is a
    user's file: each name must be a plain file name, and each file must really be inside the
    theme folders (or the bundled fonts), symlinks resolved."""
    target = work / "assets"
    (target / "fonts").mkdir(parents=True)
    for name in web.static:
        shutil.copyfile(_theme_file(web.theme, name), target / _plain(web.theme, name))
    fonts = assets_dir() / "fonts"
    for name in web.fonts:
        source = fonts / _plain(web.theme, name)
        if not contained(source, [fonts]):
            raise _missing(web.theme, name)
        shutil.copyfile(source, target / "fonts" / source.name)


def _plain(theme: Theme, name: str) -> str:
    if not name or Path(name).name != name or name.startswith(".") or "\\" in name:
        raise UserError(
            f"Tema '{theme.name}': '{name}' bukan nama berkas biasa (theme.toml).",
            f"Theme '{theme.name}': '{name}' is not a plain file name (theme.toml).",
        )
    return name


def _missing(theme: Theme, name: str) -> UserError:
    return UserError(
        f"Berkas '{name}' dari tema '{theme.name}' tidak ditemukan di folder tema.",
        f"File '{name}' of theme '{theme.name}' was not found in the theme folders.",
    )


def _theme_file(theme: Theme, name: str) -> Path:
    """A static file of the theme; a user theme may override only some of them."""
    _plain(theme, name)
    for folder in (theme.folder, templates_dir() / theme.name, templates_dir() / "web"):
        if contained(folder / name, [folder]):
            return folder / name
    raise _missing(theme, name)


def _check_target(out_dir: Path) -> None:
    """Refuse to replace a folder that holds anything other than a previous web export."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        raise UserError(
            f"{out_dir} sudah ada dan bukan folder.",
            f"{out_dir} exists and is not a folder.",
        )
    if (out_dir / MARKER).is_file() or not any(out_dir.iterdir()):
        return
    raise UserError(
        f"Folder {out_dir} berisi berkas lain. Pilih folder kosong atau folder katalog web "
        "sebelumnya.",
        f"Folder {out_dir} holds other files. Choose an empty folder or a previous web catalog.",
    )
