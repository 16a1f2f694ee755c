"""The output registry: every output declared once, with one run signature.

An `OutputSpec` says what an output is (key, labels in both languages, file or folder, suffix,
themes), what it is made of (`per`: a catalog, chosen products, or producers), which readiness
output it checks, which audience it reads, its typed options, and how to run it:
`run(lib, selection, options, progress, cancelled) -> OutputResult`. The CLI's `render` and
`package` commands and the app's export menu are generated from this registry, so adding an
output is one module plus a `register(...)` call. `report` outputs (the legality report) are
documents about the library rather than catalogs; they take no selection flags. Every run reads
the library only through the audience view (`audience.build_view`, or for reports over every
producer `audience.build_producer_view`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..store import Library
from .audience import Selection
from .result import OutputResult

Progress = Callable[[int, int], None]
Check = Callable[[], bool]
Runner = Callable[
    [Library, Selection, Path, Mapping[str, Any], Progress | None, Check | None], OutputResult
]


@dataclass(frozen=True)
class OptionSpec:
    """One typed option of an output; the CLI flag and its help are made from it."""

    name: str  # key in the options mapping
    flag: str  # "--paper"
    help_id: str
    help_en: str
    type: str = "text"  # text, bool (a switch), int, choice, date
    choices: tuple[str, ...] = ()
    default: Any = None
    required: bool = False
    metavar: str | None = None

    def parse(self, value: Any) -> Any:
        if value is None:
            return self.default
        if self.type == "int":
            return int(value)
        if self.type == "bool":
            return bool(value)
        return value


@dataclass(frozen=True)
class AppPreset:
    """One entry of the app's export menu: a label and the options it runs with."""

    key: str
    label_id: str
    label_en: str
    options: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class OutputSpec:
    key: str  # the CLI subcommand: `render <key>` or `package <key>`
    label_id: str
    label_en: str
    writes: str  # "file" or "folder"
    suffix: str  # ".pdf", ".zip", "" for a folder
    run: Runner
    command: str = "render"  # render, package or report
    per: str = "catalog"  # catalog, products (chosen SKUs, or a catalog's), producers
    readiness: str = "exhibition"  # the readiness output it checks
    audience: str = "public"
    themes: tuple[str, ...] = ()
    options: tuple[OptionSpec, ...] = ()
    presets: tuple[AppPreset, ...] = ()  # the app's menu entries; none: one with the defaults
    sku_required: bool = False  # per products: --sku must be given
    # what `OutputResult.pages` counts, in the summary line: pages, pictures, rows
    unit_id: str = "halaman"
    unit_en: str = "pages"
    # A report that can print the overview's numbers as JSON (`--json`, then --out is optional).
    json_summary: bool = False
    out_metavar: str = ""  # the --out placeholder in the help, when not FILE<suffix>

    def label(self, lang: str = "id") -> str:
        return self.label_en if lang == "en" else self.label_id

    def defaults(self) -> dict[str, Any]:
        return {o.name: o.default for o in self.options}

    def app_presets(self) -> tuple[AppPreset, ...]:
        return self.presets or (AppPreset("", self.label_id, self.label_en),)

    @property
    def in_app(self) -> bool:
        """Whether the app's catalog page can run it with defaults (no form to fill in)."""
        return self.per != "producers" and not any(o.required for o in self.options)


_REGISTRY: dict[str, OutputSpec] = {}
COMMANDS = ("render", "package", "report")  # report: documents about the library (legality)


def register(spec: OutputSpec) -> OutputSpec:
    if spec.writes not in ("file", "folder") or spec.command not in COMMANDS:
        raise ValueError(f"bad output spec {spec.key}")
    if spec.per not in ("catalog", "products", "producers"):
        raise ValueError(f"bad output spec {spec.key}: per {spec.per}")
    _REGISTRY[spec.key] = spec
    return spec


def unregister(key: str) -> None:
    _REGISTRY.pop(key, None)


def registered(command: str | None = None) -> list[OutputSpec]:
    _load_builtin()
    return [s for s in _REGISTRY.values() if command is None or s.command == command]


def get(key: str) -> OutputSpec:
    _load_builtin()
    return _REGISTRY[key]


def run(
    key: str,
    lib: Library,
    selection: Selection,
    out: Path,
    options: Mapping[str, Any] | None = None,
    progress: Progress | None = None,
    cancelled: Check | None = None,
) -> OutputResult:
    """Run a registered output with its defaults overridden by `options`."""
    spec = get(key)
    merged = spec.defaults()
    merged.update({k: v for k, v in (options or {}).items() if v is not None})
    return spec.run(lib, selection, Path(out), merged, progress, cancelled)


_loaded = False


def _load_builtin() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        from . import builtin_outputs  # noqa: F401 - registers the bundled outputs
