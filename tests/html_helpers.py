"""Helpers for the web catalog tests: a small real library, an HTML parser that collects
links, images, scripts, meta tags, cards and elements with a `lang` attribute, and headless
Chromium (`dump_dom`) for the tests that run a page in a browser."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain import Motif, Producer, Product
from tenun_catalog.images import synthetic

EVIL_STORY = "Ditenun oleh <script>alert(1)</script> ibu-ibu {{ 7*7 }} di Insana & Oelolok."
WITHHELD = "Motif Raja Rahasia"


def make_library(lib, folder: Path, extra_products: int = 0) -> None:
    """Producers, motifs (one withheld), tenun with photos, pork sei, a product without photo."""
    folder.mkdir(parents=True, exist_ok=True)
    shots = [
        synthetic.make_ikat_photo(folder / f"ikat{i}.jpg", seed=i, size=(480, 360), orientation=6)
        for i in range(3)
    ]
    sei_shot = synthetic.make_sei_photo(folder / "sei.jpg", seed=9, size=(480, 360), kind="babi")
    weavers = ops.add_producer(
        lib,
        Producer(
            name="Kelompok Tenun Bunga Kapas",
            kabupaten="ttu",
            village="Oelolok",
            whatsapp="0812-3456-7890",
            members_count=12,
            story_id="Kelompok penenun di Oelolok.",
            story_en="A weavers' group in Oelolok.",
        ),
    ).after
    kitchen = ops.add_producer(
        lib, Producer(name="Dapur Sei Baun", kabupaten="kupang", phone="081234567891")
    ).after
    free = ops.add_motif(
        lib,
        Motif(
            name_id="Kait Berantai",
            name_en="Linked Hooks",
            name_local="Kaif",
            meaning_id="Kait yang saling menyambung.",
            meaning_en="Hooks that hold each other.",
            meaning_source="Mama Maria Taek",
        ),
    ).after
    secret = ops.add_motif(
        lib, Motif(name_id=WITHHELD, name_local="Futus Raja", restriction="bangsawan")
    ).after
    tenun = Product(
        sku="TNN-001",
        kind="tenun",
        producer_id=weavers.id,
        name_id="Selendang Buna Kaif",
        name_en="Kaif Buna Shawl",
        description_id="Selendang buna dari Insana.",
        description_en="A buna shawl from Insana.",
        story_id=EVIL_STORY,
        story_en="Woven in Insana.",
        price=600000,
        motif_ids=[free.id, secret.id],
    )
    tenun.tenun.origin_kabupaten = "ttu"
    tenun.tenun.techniques = ["buna", "ikat_lungsi"]
    ops.add_product(lib, tenun)
    ops.attach_photos(lib, "TNN-001", shots)
    first = ops.list_photos(lib, "TNN-001")[0]
    ops.edit_photo(
        lib, first.id, {"alt_id": "Selendang kuning dengan kait merah", "alt_en": "A shawl"}
    )
    plain = Product(
        sku="TNN/002",  # slugs to tnn-002, like the next one: the pages must not collide
        kind="tenun",
        producer_id=weavers.id,
        name_id="Sarung Ikat Sikka",
        name_en="Sikka Ikat Sarong",
        price=1_800_000,
    )
    plain.tenun.origin_kabupaten = "sikka"
    plain.tenun.techniques = ["ikat_lungsi"]
    ops.add_product(lib, plain)
    ops.attach_photos(lib, "TNN/002", shots[1:2])
    nophoto = Product(
        sku="TNN-002",
        kind="tenun",
        producer_id=weavers.id,
        name_id="Destar Tanpa Foto",
        price=150000,
    )
    nophoto.tenun.origin_kabupaten = "ttu"
    ops.add_product(lib, nophoto)
    sei = Product(
        sku="SEI-BBI-1",
        kind="sei",
        producer_id=kitchen.id,
        name_id="Sei Babi Baun",
        name_en="Baun Smoked Pork",
        price=120000,
    )
    sei.sei.meat = "babi"
    sei.sei.halal_status = "tidak_halal"
    ops.add_product(lib, sei)
    ops.attach_photos(lib, "SEI-BBI-1", [sei_shot])
    for n in range(extra_products):
        extra = Product(
            sku=f"TNN-X{n:04d}",
            kind="tenun",
            producer_id=weavers.id,
            name_id=f"Selendang Contoh {n}",
            name_en=f"Sample Shawl {n}",
            price=100000 + 25000 * (n % 40),
        )
        extra.tenun.origin_kabupaten = ("ttu", "sikka", "rote_ndao", "kota_kupang")[n % 4]
        extra.tenun.techniques = ["ikat_lungsi"]
        ops.add_product(lib, extra)
        ops.attach_photos(lib, extra.sku, [shots[n % 3]])


@dataclass
class Page(HTMLParser):
    """Everything the tests look at in one HTML file."""

    links: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, attribute, url)
    images: list[dict[str, str | None]] = field(default_factory=list)
    scripts: list[dict[str, str | None]] = field(default_factory=list)
    script_text: list[str] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    cards: list[dict[str, str | None]] = field(default_factory=list)
    chips: list[dict[str, str | None]] = field(default_factory=list)
    langs: list[tuple[str, str, str]] = field(default_factory=list)  # (tag, lang, first text)
    ids: set[str] = field(default_factory=set)
    html_lang: str = ""
    _in_script: bool = False
    _pending_lang: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        HTMLParser.__init__(self, convert_charrefs=True)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "html":
            self.html_lang = a.get("lang") or ""
        elif a.get("lang"):
            self._pending_lang.append((tag, a["lang"] or ""))
        for name in ("href", "src"):
            if a.get(name):
                self.links.append((tag, name, a[name] or ""))
        if a.get("srcset"):
            for part in (a["srcset"] or "").split(","):
                url = part.strip().split(" ")[0]
                self.links.append((tag, "srcset", url))
        if tag == "img":
            self.images.append(a)
        if tag == "script":
            self.scripts.append(a)
            self._in_script = True
            self.script_text.append("")
        if tag == "meta":
            key = a.get("property") or a.get("name")
            if key:
                self.meta[key] = a.get("content") or ""
        if tag == "li" and "card" in (a.get("class") or "").split():
            self.cards.append(a)
        if tag == "button" and a.get("data-facet"):
            self.chips.append(a)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text[-1] += data
        if self._pending_lang and data.strip():
            tag, lang = self._pending_lang.pop()
            self.langs.append((tag, lang, data.strip()))


def parse(path: Path) -> Page:
    page = Page()
    page.feed(path.read_text(encoding="utf-8"))
    page.close()
    return page


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def need(found: object, reason: str) -> None:
    """Skip the test when a browser-test tool is missing, saying why; with
    TENUN_REQUIRE_BROWSER=1 (set by .ci/run) a missing tool fails the test instead."""
    if found:
        return
    if os.environ.get("TENUN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (TENUN_REQUIRE_BROWSER=1: required here)")
    pytest.skip(reason)


def dump_dom(url: str, *, window: tuple[int, int] | None = None, budget_ms: int = 3000) -> str:
    """The DOM of `url` after headless Chromium ran its scripts for `budget_ms` of virtual time
    (timers and promises advance instantly, so the run takes about a second)."""
    assert CHROMIUM is not None
    size = [f"--window-size={window[0]},{window[1]}"] if window else []
    with tempfile.TemporaryDirectory() as profile:
        run = subprocess.run(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", f"--user-data-dir={profile}", "--allow-file-access-from-files",
             f"--virtual-time-budget={budget_ms}", *size, "--dump-dom", url],
            capture_output=True, text=True, timeout=90,
        )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    return run.stdout
