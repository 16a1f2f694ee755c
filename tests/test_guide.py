"""The user guides (docs/panduan.md, docs/guide.md) and their screenshots stay in step.

Every picture a guide shows exists, is at most 1200 px wide and belongs to its language's
folder; both guides show exactly the shots that scripts/make_guide_screenshots.py makes, and
no picture lies unused. One shot is made for real (small demo photos) so the script keeps
working with the app; the full run takes about a minute and is not part of the suite.
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
GUIDES = {"id": DOCS / "panduan.md", "en": DOCS / "guide.md"}
IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)\s]+)\)")
MAX_BYTES = 3_000_000


def _script():
    path = ROOT / "scripts" / "make_guide_screenshots.py"
    spec = importlib.util.spec_from_file_location("make_guide_screenshots", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _references(lang: str) -> list[tuple[str, str]]:
    return IMAGE.findall(GUIDES[lang].read_text(encoding="utf-8"))


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_picture_a_guide_shows_exists(lang):
    references = _references(lang)
    assert len(references) >= 6
    for alt, target in references:
        assert alt.strip(), f"{target}: a picture needs words for readers who cannot see it"
        assert target.startswith(f"img/{lang}/"), target
        path = DOCS / target
        assert path.is_file(), f"{target} is missing: run scripts/make_guide_screenshots.py"
        width, height = _png_size(path)
        assert width <= 1200 and height > 0, (target, width)


def test_the_guides_show_exactly_the_shots_the_script_makes():
    shots = set(_script().SHOTS)
    for lang in GUIDES:
        shown = {Path(target).stem for _alt, target in _references(lang)}
        assert shown == shots, (lang, sorted(shown ^ shots))
        files = {p.stem for p in (DOCS / "img" / lang).glob("*.png")}
        assert files == shots, f"unused or missing pictures in docs/img/{lang}: {files ^ shots}"


def test_the_pictures_stay_small():
    total = sum(p.stat().st_size for p in (DOCS / "img").rglob("*.png"))
    assert total < MAX_BYTES, f"{total / 1e6:.1f} MB of screenshots"


def test_the_guides_link_to_each_other():
    assert "(guide.md)" in GUIDES["id"].read_text(encoding="utf-8")
    assert "(panduan.md)" in GUIDES["en"].read_text(encoding="utf-8")


def test_the_script_makes_a_shot(qapp, tmp_path):
    script = _script()
    files = script.make(tmp_path, ["catalog-new"], ("id",), photo_size=(400, 300))
    assert files == [tmp_path / "id" / "catalog-new.png"]
    width, height = _png_size(files[0])
    assert width == script.WIDTH and 600 < height < 800
