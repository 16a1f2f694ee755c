"""The web catalog has no serious accessibility violation: axe-core (WCAG 2.0/2.1 A and AA plus
axe's best practices) runs in headless Chromium on the index (as it opens, and filtered with the
filter panel open) and on a tenun and a pork sei product page, in Indonesian and in English, at
a phone and a desktop window size. Any "serious" or "critical" finding fails the test; moderate
and minor ones are reported as warnings.

axe-core comes from npm into the virtualenv (`make test` runs `npm install --prefix .venv
axe-core@$(AXE_VERSION)`, pinned in the Makefile); Chromium is Debian's `chromium`. Without either
the tests skip, saying why, except with TENUN_REQUIRE_BROWSER=1 (as .ci/run sets), where that is
a failure.
"""

from __future__ import annotations

import datetime
import html
import json
import re
import warnings
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.domain.entities import Catalog
from tenun_catalog.export.html import render_html
from tests.html_helpers import CHROMIUM, dump_dom, make_library, need

AXE_JS = Path(__file__).resolve().parents[1] / ".venv" / "node_modules" / "axe-core" / "axe.min.js"
TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
FAILING = {"serious", "critical"}
VIEWPORTS = {"phone": (390, 844), "desktop": (1280, 900)}

# Runs after load (styles, fonts, catalog.js, the URL hash applied), optionally clicks one
# visible element first (window.axeClick), and writes axe's findings into <pre id="axe-result">
# for `chromium --dump-dom` to carry out. A timer, not requestAnimationFrame: under
# --virtual-time-budget a frame callback sometimes never runs before the DOM is dumped.
RUNNER = """
window.addEventListener("load", function () {
  var target = window.axeClick && document.querySelector(window.axeClick);
  if (target && target.offsetParent !== null) target.click();
  setTimeout(function () {
    axe.run(document, {runOnly: {type: "tag", values: __TAGS__}, resultTypes: ["violations"]})
      .then(function (r) {
        return {
          version: r.testEngine.version,
          passes: r.passes.map(function (rule) { return rule.id; }),
          violations: r.violations.map(function (v) {
            return {id: v.id, impact: v.impact, help: v.help,
                    targets: v.nodes.map(function (n) { return n.target.join(" "); })};
          })
        };
      }, function (e) { return {error: String((e && e.stack) || e)}; })
      .then(function (out) {
        var pre = document.createElement("pre");
        pre.id = "axe-result";
        pre.textContent = JSON.stringify(out);
        document.body.appendChild(pre);
      });
  }, 50);
});
""".replace("__TAGS__", json.dumps(TAGS))

# (case id, page, URL hash, element to click before checking)
PAGES = [
    ("index", "index.html", "", ""),
    ("index-filtered", "index.html", "#q=tidak%20ada&kind=sei", "[data-toggle]"),
    ("tenun", "produk/tnn-001.html", "", ""),
    ("sei-babi", "produk/sei-bbi-1.html", "", ""),
]


def need_tools() -> None:
    need(CHROMIUM, "chromium is not installed (apt-get install chromium): cannot run axe-core")
    need(
        AXE_JS.is_file(),
        f"axe-core is not installed at {AXE_JS} (make test installs it with npm: "
        "npm install --prefix .venv --no-save axe-core, or make test)",
    )


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    """The test library exported in Indonesian and in English, with an event in the masthead."""
    root = tmp_path_factory.mktemp("web-a11y")
    lib = ops.open_or_create(root / "library")
    catalog = Catalog(
        name="pameran-uji",
        theme="web",
        event_name="Pameran UMKM Kupang",
        event_date=datetime.date(2025, 8, 17),
        venue="Gedung Sasando",
        booth="B12",
    )
    try:
        make_library(lib, root / "incoming", extra_products=3)
        for lang in ("id", "en"):
            render_html(lib, root / lang, catalog=catalog, lang=lang)
    finally:
        lib.close()
    return {lang: root / lang for lang in ("id", "en")}


def with_axe(site: Path, page: str, case: str, click: str) -> Path:
    """A copy of `page` next to it (same relative links) that loads axe-core and the runner."""
    (site / "axe.min.js").write_bytes(AXE_JS.read_bytes())
    (site / "axe-run.js").write_text(RUNNER, encoding="utf-8")
    source = site / page
    root = "../" * page.count("/")
    scripts = (
        f"<script>window.axeClick = {json.dumps(click)};</script>"
        f'<script src="{root}axe.min.js"></script><script src="{root}axe-run.js"></script>'
    )
    text = source.read_text(encoding="utf-8")
    assert "</head>" in text
    copy = source.with_name(f"{source.stem}.axe-{case}.html")
    copy.write_text(text.replace("</head>", scripts + "</head>", 1), encoding="utf-8")
    return copy


def run_axe(url: str, window: tuple[int, int]) -> dict:
    dom = dump_dom(url, window=window, budget_ms=20000)
    found = re.search(r'<pre id="axe-result">(.*?)</pre>', dom, re.S)
    assert found, "axe-core wrote no result (did the page load?):\n" + dom[-1500:]
    result = json.loads(html.unescape(found.group(1)))
    assert "error" not in result, result.get("error")
    return result


def describe(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"{v['id']} [{v['impact']}] {v['help']}")
        lines += [f"    {target}" for target in v["targets"]]
    return "\n".join(lines)


@pytest.mark.parametrize("viewport", list(VIEWPORTS))
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(("case", "page", "hash_", "click"), PAGES, ids=[p[0] for p in PAGES])
def test_no_serious_violation(
    sites, case: str, page: str, hash_: str, click: str, lang: str, viewport: str
) -> None:
    need_tools()
    copy = with_axe(sites[lang], page, case, click)
    result = run_axe(copy.as_uri() + hash_, VIEWPORTS[viewport])
    assert result["version"].startswith("4.")
    checked = set(result["passes"]) | {v["id"] for v in result["violations"]}
    assert {"color-contrast", "html-lang-valid", "landmark-one-main"} <= checked, checked
    serious = [v for v in result["violations"] if v["impact"] in FAILING]
    assert not serious, f"{page}{hash_} ({lang}, {viewport}):\n" + describe(serious)
    milder = [v for v in result["violations"] if v["impact"] not in FAILING]
    if milder:
        warnings.warn(f"{page} ({lang}, {viewport}):\n" + describe(milder), stacklevel=1)


def test_the_checker_sees_a_known_violation(tmp_path: Path) -> None:
    """The driver is not vacuous: a page with an unlabelled image and pale text fails."""
    need_tools()
    page = tmp_path / "bad.html"
    page.write_text(
        '<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Uji</title></head>'
        '<body><main><h1>Uji</h1><img src="x.png" width="10" height="10">'
        '<p style="color:#ddd;background:#fff">Teks pucat</p></main></body></html>',
        encoding="utf-8",
    )
    copy = with_axe(tmp_path, "bad.html", "canary", "")
    result = run_axe(copy.as_uri(), VIEWPORTS["desktop"])
    impacts = {v["id"]: v["impact"] for v in result["violations"]}
    assert impacts.get("image-alt") == "critical" and impacts.get("color-contrast") == "serious"
