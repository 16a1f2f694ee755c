"""Every interface string has an Indonesian translation, and the shipped .qm files are current.

Strings are found in the GUI sources the way pyside6-lupdate finds them: literal arguments of
`translate("Context", "text")` and `QT_TRANSLATE_NOOP("Context", "text")` calls.
"""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[1] / "tenun_catalog" / "gui"
I18N = GUI / "i18n"
CALLS = {"translate", "QT_TRANSLATE_NOOP"}
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def source_strings() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for path in GUI.rglob("*.py"):
        if "i18n" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else ""
            if isinstance(node.func, ast.Attribute):
                name = node.func.attr
            if name not in CALLS or len(node.args) < 2:
                continue
            context, text = node.args[:2]
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant):
                found.add((context.value, text.value))
    return found


def ts_messages(lang: str) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(I18N / f"tenun_catalog_{lang}.ts")
    return {
        (ctx.findtext("name"), m.findtext("source")): m.find("translation")
        for ctx in tree.getroot().iter("context")
        for m in ctx.iter("message")
    }


def test_sources_use_translate_with_literal_context_and_text():
    strings = source_strings()
    assert len(strings) > 100
    assert ("MainWindow", "Products") in strings


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_string_has_a_finished_translation(lang):
    messages = ts_messages(lang)
    missing = sorted(source_strings() - set(messages))
    assert not missing, f"run python -m tenun_catalog.gui.i18n.refresh: {missing[:5]}"
    unfinished = [
        key
        for key, translation in messages.items()
        if translation.get("type") in ("unfinished", "obsolete", "vanished")
        or not (translation.text or "").strip()
    ]
    assert not unfinished, f"translate these in tenun_catalog_{lang}.ts: {unfinished[:5]}"
    for (context, source), translation in messages.items():
        assert sorted(PLACEHOLDER.findall(source)) == sorted(
            PLACEHOLDER.findall(translation.text)
        ), (context, source, translation.text)


def test_indonesian_is_really_indonesian():
    messages = ts_messages("id")
    assert messages[("MainWindow", "Products")].text == "Produk"
    same = [k for k, t in messages.items() if t.text == k[1] and len(k[1]) > 12]
    assert not same, same


@pytest.mark.parametrize("lang", ["id", "en", "qtbase_id"])
def test_qm_files_are_compiled_from_the_current_ts(lang, tmp_path):
    from tenun_catalog.gui.i18n import refresh

    if (
        shutil.which(refresh.tool("lrelease")) is None
        and not Path(refresh.tool("lrelease")).exists()
    ):
        pytest.skip("lrelease not available")
    if lang == "qtbase_id":
        shipped = I18N / "qtbase_id.qm"
        rebuilt = refresh.release("id", tmp_path / shipped.name, source=refresh.QT_TS)
    else:
        shipped = I18N / f"tenun_catalog_{lang}.qm"
        rebuilt = refresh.release(lang, tmp_path / shipped.name)
    assert rebuilt.read_bytes() == shipped.read_bytes(), (
        f"{shipped.name} is older than its .ts: run python -m tenun_catalog.gui.i18n.refresh"
    )
