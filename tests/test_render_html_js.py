"""The web catalog's filters: the pure rules of catalog.js run in Node on the data attributes of
a real export, and (when Chromium is installed) the page itself filters from its URL hash.

Skipped, saying why, when `node` or `chromium` is not installed (a missing `chromium` fails
instead when TENUN_REQUIRE_BROWSER=1, as in CI).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.export.html import render_html
from tests.html_helpers import CHROMIUM, dump_dom, make_library, need, parse

NODE = shutil.which("node")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("web-js")
    lib = ops.open_or_create(root / "library")
    try:
        make_library(lib, root / "incoming", extra_products=8)
        render_html(lib, root / "katalog")
    finally:
        lib.close()
    return root / "katalog"


def run_node(script: str, payload: object) -> object:
    run = subprocess.run(
        [NODE, "-e", script], input=json.dumps(payload), capture_output=True, text=True,
        timeout=30,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


DRIVER = """
const api = require(%s);
let input = "";
process.stdin.on("data", (d) => (input += d));
process.stdin.on("end", () => {
  const job = JSON.parse(input);
  const items = job.cards.map(api.itemFrom);
  const out = {
    fold: job.fold.map(api.fold),
    ranges: job.ranges.map((r) => api.parseRange(r).map((x) => (x === Infinity ? null : x))),
    states: job.states.map((s) => items.map((it) => api.matches(it, s))),
    hash: job.hashes.map((h) => api.formatHash(api.parseHash(h))),
  };
  process.stdout.write(JSON.stringify(out));
});
"""


@pytest.mark.skipif(NODE is None, reason="node is not installed: cannot run catalog.js")
def test_filter_rules_on_the_exported_cards(site: Path) -> None:
    cards = [
        {key[5:]: value for key, value in card.items() if key.startswith("data-")}
        for card in parse(site / "index.html").cards
    ]
    states = [
        {"query": "", "facets": {}},
        {"query": "", "facets": {"kind": ["sei"]}},
        {"query": "", "facets": {"kind": ["sei", "tenun"]}},
        {"query": "", "facets": {"kabupaten": ["ttu"], "technique": ["buna"]}},
        {"query": "", "facets": {"price": ["500000-1000000"]}},
        {"query": "", "facets": {"price": ["1000000-"]}},
        {"query": "KAIF", "facets": {}},
        {"query": "  sel  kaif ", "facets": {}},
        {"query": "Songkét", "facets": {}},
        {"query": "shawl", "facets": {"kabupaten": ["sikka"]}},
        {"query": "tidak-ada-apa-apa", "facets": {}},
    ]
    job = {
        "cards": cards,
        "fold": ["(Songkét),", "  Ikat   LUNGSI ", "Sei-Babi"],
        "ranges": ["0-250000", "1000000-", "x"],
        "states": states,
        "hashes": ["#q=kain%20ikat&kind=tenun,sei&kabupaten=ttu", "#", "#price=0-250000"],
    }
    js = site / "assets" / "catalog.js"
    out = run_node(DRIVER % json.dumps(str(js)), job)

    assert out["fold"] == ["songket", "ikat lungsi", "sei-babi"]
    assert out["ranges"] == [[0, 250000], [1000000, None], [0, None]]
    assert out["hash"] == ["#q=kain%20ikat&kabupaten=ttu&kind=tenun,sei", "", "#price=0-250000"]

    def expect(predicate) -> list[bool]:
        return [bool(predicate(c)) for c in cards]

    def words(c: dict) -> list[str]:
        return c["search"].split()

    price = [int(c["price"]) if c.get("price") else None for c in cards]
    wanted = [
        expect(lambda c: True),
        expect(lambda c: c["kind"] == "sei"),
        expect(lambda c: True),
        expect(lambda c: "ttu" in c["kabupaten"].split() and "buna" in c["technique"].split()),
        [p is not None and 500000 <= p < 1000000 for p in price],
        [p is not None and p >= 1000000 for p in price],
        expect(lambda c: "kaif" in words(c)),
        expect(lambda c: "kaif" in words(c) and any(w.startswith("sel") for w in words(c))),
        expect(lambda c: any(w.startswith("songket") for w in words(c))),
        expect(lambda c: "shawl" in words(c) and c["kabupaten"] == "sikka"),
        expect(lambda c: False),
    ]
    for state, got, want in zip(states, out["states"], wanted, strict=True):
        assert got == want, state
    assert sum(out["states"][1]) == 1 and sum(out["states"][3]) == 1  # not vacuous
    assert 0 < sum(out["states"][4]) < len(cards)


def test_the_page_filters_in_a_browser(site: Path) -> None:
    need(CHROMIUM, "chromium is not installed: cannot run the page")
    index = site / "index.html"
    total = len(parse(index).cards)
    dom = dump_dom(index.as_uri() + "#kind=sei")
    assert 'class="js"' in dom  # the script ran
    cards = re.findall(r'<li class="card"[^>]*>', dom)
    assert len(cards) == total
    shown = [c for c in cards if " hidden" not in c]
    assert len(shown) == 1 and 'data-kind="sei"' in shown[0]
    assert re.search(r"<span data-count(?:=\"\")?>1</span>", dom)
    pressed = re.findall(r'<button[^>]*aria-pressed="true"[^>]*>', dom)
    assert len(pressed) == 1 and 'data-value="sei"' in pressed[0]
    clear = re.search(r"<button[^>]*data-clear[^>]*>", dom)
    assert clear and "hidden" not in clear.group(0)

    dom = dump_dom(index.as_uri() + "#q=tidak%20ada")
    cards = re.findall(r'<li class="card"[^>]*>', dom)
    assert all(" hidden" in c for c in cards)
    empty = re.search(r"<p class=\"empty\"[^>]*>", dom)
    assert empty and "hidden" not in empty.group(0)

    dom = dump_dom(index.as_uri())  # no hash: nothing hidden, nothing pressed
    assert " hidden" not in "".join(re.findall(r'<li class="card"[^>]*>', dom))
    assert 'aria-pressed="true"' not in dom
