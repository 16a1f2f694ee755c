"""Interface language: Qt translators for the app's own strings and the current language code.

Source strings are English, written as `translate("Context", "text")` so that pyside6-lupdate
finds them; `tenun_catalog_id.qm` turns them into Indonesian (the default). Vocabulary labels
and validation messages are not translated here: they come from the domain (label_id/label_en,
message_id/message_en) in `language()`. `set_language` installs the translator, which sends
QEvent.LanguageChange to every widget; widgets re-set their texts in `changeEvent`.
Regenerate the files with `python -m tenun_catalog.gui.i18n.refresh`.

Qt's own widgets (the file dialog, message-box and button-box buttons, the wizard's buttons,
the text fields' context menu) ask Qt's translator, and PySide6 ships no Indonesian one:
`qtbase_id.ts` is ours, holding the strings of the dialogs this app opens, compiled to
`qtbase_id.qm` and installed beside the app's own translator when the language is Indonesian.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("id", "en")
FOLDER = Path(__file__).resolve().parent
_state: dict[str, object] = {"lang": "id", "translators": ()}


def translate(context: str, text: str) -> str:
    """The translation of `text` in `context` (the English source when none is installed)."""
    return QCoreApplication.translate(context, text)


def language() -> str:
    return str(_state["lang"])


def qm_path(lang: str) -> Path:
    return FOLDER / f"tenun_catalog_{lang}.qm"


def qt_qm_path(lang: str) -> Path | None:
    """Our translation of Qt's own dialog strings; None for English (Qt's source language)."""
    path = FOLDER / f"qtbase_{lang}.qm"
    return path if lang != "en" and path.exists() else None


def _load(app: QCoreApplication | None, path: Path | None) -> QTranslator | None:
    if path is None:
        return None
    translator = QTranslator(app)
    return translator if translator.load(str(path)) else None


def set_language(lang: str) -> None:
    """Switch the interface language now (widgets follow through LanguageChange)."""
    lang = lang if lang in LANGUAGES else "id"
    app = QCoreApplication.instance()
    old = tuple(_state["translators"])  # type: ignore[arg-type]
    _state["lang"] = lang
    QLocale.setDefault(
        QLocale(
            QLocale.Indonesian if lang == "id" else QLocale.English,
            QLocale.Indonesia if lang == "id" else QLocale.UnitedKingdom,
        )
    )
    loaded = [_load(app, qt_qm_path(lang)), _load(app, qm_path(lang))]
    translators = tuple(t for t in loaded if t is not None)
    _state["translators"] = translators
    if app is None:
        return
    for translator in translators:
        app.installTranslator(translator)
    for translator in old:
        app.removeTranslator(translator)
    if not translators and not old:
        # Nothing to install or remove: still tell the widgets so they re-read domain labels.
        from PySide6.QtCore import QEvent

        QCoreApplication.postEvent(app, QEvent(QEvent.LanguageChange))
