"""Interface language: Qt translators for the app's own strings and the current language code.

Source strings are English, written as `translate("Context", "text")` so that pyside6-lupdate
finds them; `tenun_catalog_id.qm` turns them into Indonesian (the default). Vocabulary labels
and validation messages are not translated here: they come from the domain (label_id/label_en,
message_id/message_en) in `language()`. `set_language` installs the translator, which sends
QEvent.LanguageChange to every widget; widgets re-set their texts in `changeEvent`.
Regenerate the files with `python -m tenun_catalog.gui.i18n.refresh`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("id", "en")
FOLDER = Path(__file__).resolve().parent
_state: dict[str, object] = {"lang": "id", "translator": None}


def translate(context: str, text: str) -> str:
    """The translation of `text` in `context` (the English source when none is installed)."""
    return QCoreApplication.translate(context, text)


def language() -> str:
    return str(_state["lang"])


def qm_path(lang: str) -> Path:
    return FOLDER / f"tenun_catalog_{lang}.qm"


def set_language(lang: str) -> None:
    """Switch the interface language now (widgets follow through LanguageChange)."""
    lang = lang if lang in LANGUAGES else "id"
    app = QCoreApplication.instance()
    old = _state["translator"]
    _state["lang"] = lang
    QLocale.setDefault(
        QLocale(
            QLocale.Indonesian if lang == "id" else QLocale.English,
            QLocale.Indonesia if lang == "id" else QLocale.UnitedKingdom,
        )
    )
    translator = QTranslator(app)
    if not translator.load(str(qm_path(lang))):
        translator = None
    _state["translator"] = translator
    if app is None:
        return
    if translator is not None:
        app.installTranslator(translator)
    if old is not None:
        app.removeTranslator(old)  # type: ignore[arg-type]
    elif translator is None:
        # Nothing to install or remove: still tell the widgets so they re-read domain labels.
        from PySide6.QtCore import QEvent

        QCoreApplication.postEvent(app, QEvent(QEvent.LanguageChange))
