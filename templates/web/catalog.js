/* Tenun Catalog — web catalog behaviour: search and filter chips on the index, the photo
   gallery on product pages. Plain JavaScript, no framework, no network: everything it needs
   is in the page (data attributes on the cards), so it works from a USB stick (file://).

   The filtering rules are pure functions (fold, parseRange, itemFrom, matches, parseHash,
   formatHash), exported for Node when loaded as a module, so tests can run them. */
(function (root) {
  "use strict";

  // Lowercase words without accents or punctuation: "(Songkét)," -> "songket"
  // (the export folds data-search the same way).
  function fold(text) {
    return String(text || "")
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^\w\u0080-\uffff-]+/g, " ")
      .replace(/\s+/g, " ")
      .trim();
  }

  // "250000-500000" -> [250000, 500000]; "1000000-" -> [1000000, Infinity]. Max is exclusive.
  function parseRange(value) {
    var parts = String(value).split("-");
    var low = parseInt(parts[0], 10);
    var high = parts[1] ? parseInt(parts[1], 10) : Infinity;
    return [isNaN(low) ? 0 : low, isNaN(high) ? Infinity : high];
  }

  // The facets a card has (itemFrom) and an address may choose; any other key is ignored
  // ("#constructor=x" must not reach item["constructor"]).
  var FACETS = { kind: true, kabupaten: true, technique: true, price: true };

  // A card's data attributes (strings) -> the item the rules look at.
  function itemFrom(data) {
    function list(text) {
      return String(text || "").split(" ").filter(Boolean);
    }
    var price = data.price === undefined || data.price === "" ? null : Number(data.price);
    return {
      kind: list(data.kind),
      kabupaten: list(data.kabupaten),
      technique: list(data.technique),
      price: price === null || isNaN(price) ? null : price,
      search: String(data.search || ""),
    };
  }

  // Within a facet any chosen value matches (OR); across facets all must match (AND);
  // every word of the query must start a word of the item's search text.
  function matches(item, state) {
    var facets = state.facets || {};
    for (var key in facets) {
      var wanted = facets[key];
      if (!wanted || !wanted.length) continue;
      var ok = false;
      for (var i = 0; i < wanted.length && !ok; i++) {
        if (key === "price") {
          var range = parseRange(wanted[i]);
          ok = item.price !== null && item.price >= range[0] && item.price < range[1];
        } else {
          var have = FACETS.hasOwnProperty(key) ? item[key] : null;
          ok = Array.isArray(have) && have.indexOf(wanted[i]) !== -1;
        }
      }
      if (!ok) return false;
    }
    var words = fold(state.query).split(" ").filter(Boolean);
    if (!words.length) return true;
    var haystack = " " + item.search + " ";
    for (var w = 0; w < words.length; w++) {
      if (haystack.indexOf(" " + words[w]) === -1) return false;
    }
    return true;
  }

  // A malformed escape ("%E0%A4%A", "%ZZ") makes decodeURIComponent throw: such a part is
  // skipped, the rest of the address still applies. Bounded: an address longer than
  // HASH_MAX characters is ignored, at most HASH_PARTS parts are read.
  var HASH_MAX = 2000;
  var HASH_PARTS = 50;
  function decodePart(text) {
    try {
      return decodeURIComponent(text);
    } catch (e) {
      return null;
    }
  }

  // "#q=ikat&kind=tenun&kabupaten=ttu,sikka" <-> {query, facets}
  function parseHash(hash) {
    var state = { query: "", facets: {} };
    var text = String(hash || "");
    if (text.length > HASH_MAX) return state;
    text
      .replace(/^#/, "")
      .split("&")
      .slice(0, HASH_PARTS)
      .forEach(function (pair) {
        if (!pair) return;
        var at = pair.indexOf("=");
        var key = decodePart(at === -1 ? pair : pair.slice(0, at));
        var value = at === -1 ? "" : decodePart(pair.slice(at + 1).replace(/\+/g, " "));
        if (key === null || value === null) return;
        if (key === "q") state.query = value;
        else if (value && Object.prototype.hasOwnProperty.call(FACETS, key)) {
          state.facets[key] = value.split(",").filter(Boolean);
        }
      });
    return state;
  }

  function formatHash(state) {
    var parts = [];
    if (state.query) parts.push("q=" + encodeURIComponent(state.query));
    Object.keys(state.facets)
      .sort()
      .forEach(function (key) {
        var values = state.facets[key];
        if (values && values.length) {
          parts.push(encodeURIComponent(key) + "=" + values.map(encodeURIComponent).join(","));
        }
      });
    return parts.length ? "#" + parts.join("&") : "";
  }

  function activeCount(state) {
    var n = 0;
    for (var key in state.facets) n += state.facets[key].length;
    return n;
  }

  var api = {
    fold: fold,
    parseRange: parseRange,
    itemFrom: itemFrom,
    matches: matches,
    parseHash: parseHash,
    formatHash: formatHash,
    activeCount: activeCount,
  };

  if (typeof module !== "undefined" && module.exports) {
    module.exports = api;
  }
  if (typeof document === "undefined") return;
  root.TenunCatalog = api;

  // ---------- index: search and filter chips ----------

  function setupFinder(finder) {
    var grid = document.querySelector("[data-grid]");
    if (!grid) return;
    var cards = Array.prototype.slice.call(grid.children);
    var items = cards.map(function (card) {
      return itemFrom(card.dataset);
    });
    var input = finder.querySelector("[data-query]");
    var chips = Array.prototype.slice.call(finder.querySelectorAll("[data-facet]"));
    var toggle = finder.querySelector("[data-toggle]");
    var badge = finder.querySelector("[data-active-count]");
    var count = finder.querySelector("[data-count]");
    var clear = finder.querySelector("[data-clear]");
    var empty = document.querySelector("[data-empty]");
    var state = parseHash(window.location.hash);
    var timer = null;

    function apply(writeHash) {
      var shown = 0;
      for (var i = 0; i < cards.length; i++) {
        var show = matches(items[i], state);
        if (cards[i].hidden === show) cards[i].hidden = !show;
        if (show) shown++;
      }
      chips.forEach(function (chip) {
        var values = state.facets[chip.dataset.facet] || [];
        chip.setAttribute("aria-pressed", String(values.indexOf(chip.dataset.value) !== -1));
      });
      var active = activeCount(state);
      if (count) count.textContent = String(shown);
      if (badge) badge.textContent = active ? String(active) : "";
      if (clear) clear.hidden = !(active || state.query);
      if (empty) empty.hidden = shown !== 0;
      if (writeHash && window.history && history.replaceState) {
        try {
          var hash = formatHash(state);
          history.replaceState(null, "", hash || window.location.pathname + window.location.search);
        } catch (e) {
          /* some browsers refuse replaceState on file:// pages; the filters still work */
        }
      }
    }

    if (input) {
      input.value = state.query;
      input.addEventListener("input", function () {
        clearTimeout(timer);
        timer = setTimeout(function () {
          state.query = input.value;
          apply(true);
        }, 120);
      });
    }
    chips.forEach(function (chip) {
      chip.addEventListener("click", function () {
        var key = chip.dataset.facet;
        var values = (state.facets[key] || []).slice();
        var at = values.indexOf(chip.dataset.value);
        if (at === -1) values.push(chip.dataset.value);
        else values.splice(at, 1);
        state.facets[key] = values;
        apply(true);
      });
    });
    function setOpen(open) {
      if (!toggle) return;
      toggle.setAttribute("aria-expanded", String(open));
      if (open) finder.setAttribute("data-open", "");
      else finder.removeAttribute("data-open");
    }
    if (toggle) {
      toggle.addEventListener("click", function () {
        setOpen(toggle.getAttribute("aria-expanded") !== "true");
      });
    }
    var done = finder.querySelector("[data-close]");
    if (done) {
      done.addEventListener("click", function () {
        setOpen(false); // the grid is right under the closed panel
        toggle.focus();
      });
    }
    if (clear) {
      clear.addEventListener("click", function () {
        state = { query: "", facets: {} };
        if (input) input.value = "";
        apply(true);
        if (input) input.focus();
      });
    }
    if (activeCount(state) || state.query) apply(false);
  }

  // ---------- product page: swipeable gallery with thumbnails ----------

  function setupGallery(gallery) {
    var strip = gallery.querySelector(".gallery-strip");
    var thumbs = Array.prototype.slice.call(gallery.querySelectorAll("[data-thumb]"));
    if (!strip || !thumbs.length) return;
    var slides = Array.prototype.slice.call(strip.querySelectorAll(".slide"));

    function mark(index) {
      thumbs.forEach(function (thumb, i) {
        if (i === index) thumb.setAttribute("aria-current", "true");
        else thumb.removeAttribute("aria-current");
      });
    }

    thumbs.forEach(function (thumb, i) {
      thumb.addEventListener("click", function (event) {
        event.preventDefault(); // scroll the strip sideways, not the page
        strip.scrollTo({ left: slides[i].offsetLeft, top: 0 }); // strip is their offsetParent
        mark(i);
      });
    });
    var pending = null;
    strip.addEventListener(
      "scroll",
      function () {
        if (pending) return;
        pending = window.requestAnimationFrame(function () {
          pending = null;
          var width = strip.clientWidth || 1;
          mark(Math.round(strip.scrollLeft / width));
        });
      },
      { passive: true }
    );
  }

  function start() {
    var finder = document.querySelector("[data-finder]");
    if (finder) setupFinder(finder);
    var gallery = document.querySelector("[data-gallery]");
    if (gallery) setupGallery(gallery);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(typeof window !== "undefined" ? window : this);
