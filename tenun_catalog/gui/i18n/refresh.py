"""Regenerate the translation files: `python -m tenun_catalog.gui.i18n.refresh`.

Runs pyside6-lupdate over every module of tenun_catalog/gui into tenun_catalog_id.ts (new
strings arrive unfinished: translate them with Qt Linguist, `pyside6-linguist`) and
tenun_catalog_en.ts (English is the source language, so each translation is its source), then
pyside6-lrelease into the .qm files the app loads. `qtbase_id.ts` (Qt's own dialog strings, see
the package docstring) is edited by hand and only compiled here. tests/test_gui_i18n.py fails
while a string has no Indonesian translation or a .qm file is older than its .ts.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

from . import FOLDER

GUI = FOLDER.parent
QT_TS = FOLDER / "qtbase_id.ts"  # Qt's own dialog strings in Indonesian, kept by hand


def tool(name: str) -> str:
    """The lupdate/lrelease shipped inside the PySide6 wheel (or pyside6-<name> on PATH)."""
    bundled = Path(PySide6.__file__).parent / name
    if bundled.exists():
        return str(bundled)
    return str(Path(sys.executable).parent / f"pyside6-{name}")


def sources() -> list[Path]:
    return sorted(p for p in GUI.rglob("*.py") if "i18n" not in p.parts)


def ts_path(lang: str) -> Path:
    return FOLDER / f"tenun_catalog_{lang}.ts"


def update(lang: str) -> None:
    files = [str(p.relative_to(GUI)) for p in sources()]
    command = [
        tool("lupdate"),
        "-silent",
        "-no-obsolete",
        "-locations",
        "none",
        "-target-language",
        {"id": "id_ID", "en": "en_GB"}[lang],
        *files,
        "-ts",
        str(ts_path(lang)),
    ]
    subprocess.run(command, check=True, cwd=GUI)


def fill_english() -> None:
    """English is the source language: every translation is its source text."""
    path = ts_path("en")
    tree = ET.parse(path)
    for message in tree.iter("message"):
        translation = message.find("translation")
        translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    write(tree, path)


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def release(lang: str, out: Path | None = None, source: Path | None = None) -> Path:
    source = source or ts_path(lang)
    target = out or source.with_suffix(".qm")
    command = [tool("lrelease"), "-silent", str(source), "-qm", str(target)]
    subprocess.run(command, check=True)
    return target


def normalise(lang: str) -> None:
    """Write the .ts back in one stable layout (lupdate and Linguist indent differently), so
    a refresh changes only the lines of the strings that changed."""
    path = ts_path(lang)
    write(ET.parse(path), path)


def main() -> int:
    for lang in ("id", "en"):
        update(lang)
    fill_english()
    normalise("id")
    for lang in ("id", "en"):
        release(lang)
    release("id", source=QT_TS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
