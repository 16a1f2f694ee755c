"""The look of the app: Fusion with the NTT dye palette, bundled fonts, a small style sheet.

Owns the colour constants (tarum accent, kapas cards, status colours), `apply(app)` that sets
style, palette, fonts and style sheet, and the fonts used by delegates (`ui_font`, `title_font`).
Kunyit is too light for text on kapas (WCAG), so warnings are written in `KUNYIT_TEXT` and kunyit
itself is kept for dots, rings and ornaments.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from .. import resources

TARUM = "#1F2A44"
TARUM_LIGHT = "#34426A"
MENGKUDU = "#8E2C1F"
KUNYIT = "#C8962E"
KUNYIT_TEXT = "#7A5A12"
KAPAS = "#F6F0E6"
KAPAS_DARK = "#E8DFD0"
LUMPUR = "#1B1A18"
MUTED = "#5E5A52"
WINDOW = "#FBF9F5"
GREEN = "#2E6B3A"
GREEN_LIGHT = "#E3EFE2"
KUNYIT_LIGHT = "#F6EBD2"
MENGKUDU_LIGHT = "#F4E1DC"

UI_FAMILY = "Inter"
TITLE_FAMILY = "EB Garamond 12"
BASE_PT = 10

STATUS_COLOURS = {  # status -> (text colour, background)
    "ok": (GREEN, GREEN_LIGHT),
    "warning": (KUNYIT_TEXT, KUNYIT_LIGHT),
    "error": (MENGKUDU, MENGKUDU_LIGHT),
    "none": (MUTED, KAPAS_DARK),
}

STYLE_SHEET = f"""
QMainWindow, QDialog {{ background: {WINDOW}; }}
QToolTip {{ color: {LUMPUR}; background: {KAPAS}; border: 1px solid {KAPAS_DARK}; padding: 4px; }}
QListWidget#sidebar {{
    background: {TARUM}; color: {KAPAS}; border: none; outline: none;
    padding-top: 8px; font-size: 11pt;
}}
QListWidget#sidebar::item {{ padding: 10px 14px; border-left: 4px solid transparent; }}
QListWidget#sidebar::item:selected {{
    background: {TARUM_LIGHT}; color: white; border-left: 4px solid {KUNYIT};
}}
QListWidget#sidebar::item:hover:!selected {{ background: #2A3656; }}
QLabel#appTitle {{ color: {KAPAS}; font-size: 13pt; padding: 14px 14px 4px 14px; }}
QLabel#libraryName {{ color: #C9C2B4; font-size: 9pt; padding: 0 14px 10px 14px; }}
QWidget#sidebarPanel {{ background: {TARUM}; }}
QLabel#pageTitle {{ color: {TARUM}; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#subtitle {{ color: {MUTED}; font-style: italic; }}
QPushButton {{
    padding: 6px 14px; border-radius: 4px; border: 1px solid #C9C0B0; background: white;
}}
QPushButton:hover {{ border-color: {TARUM}; }}
QPushButton:focus {{ border: 2px solid {KUNYIT}; }}
QPushButton#primary {{
    background: {TARUM}; color: white; border: 1px solid {TARUM}; font-weight: 600;
}}
QPushButton#primary:hover {{ background: {TARUM_LIGHT}; }}
QPushButton#primary:disabled {{ background: #8E94A6; border-color: #8E94A6; color: #EEF0F4; }}
QPushButton:disabled {{ color: #9A958C; border-color: {KAPAS_DARK}; }}
QPushButton#danger {{ color: {MENGKUDU}; }}
QPushButton[compact="true"] {{ padding: 5px 8px; }}
QToolButton#viewToggle {{ padding: 5px 10px; border: 1px solid #C9C0B0; background: white; }}
QToolButton#viewToggle:checked {{ background: {TARUM}; color: white; border-color: {TARUM}; }}
QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit, QComboBox {{
    padding: 4px 6px; border: 1px solid #C9C0B0; border-radius: 3px; background: white;
    selection-background-color: {TARUM};
}}
QLineEdit:focus, QPlainTextEdit:focus, QSpinBox:focus, QDoubleSpinBox:focus,
QDateEdit:focus, QComboBox:focus {{ border: 2px solid {KUNYIT}; }}
QLineEdit#search {{ padding: 6px 10px; font-size: 10.5pt; }}
QTabWidget::pane {{ border: 1px solid {KAPAS_DARK}; border-radius: 4px; background: white; }}
QTabBar::tab {{ padding: 7px 14px; color: {MUTED}; border: none; }}
QTabBar::tab:selected {{ color: {TARUM}; border-bottom: 3px solid {TARUM}; font-weight: 600; }}
QScrollArea#formScroll {{ background: white; border: none; }}
QWidget#formBody {{ background: white; }}
QFrame#editorPanel {{ background: white; border-left: 1px solid {KAPAS_DARK}; }}
QListView#productGrid, QListView#recordList {{ background: {WINDOW}; border: none; }}
QListView#photoStrip {{ background: {KAPAS}; border: 1px solid {KAPAS_DARK}; border-radius: 4px; }}
QLabel#chip {{ border-radius: 9px; padding: 2px 10px; font-size: 9pt; font-weight: 600; }}
QLabel#fieldLabel {{ color: {LUMPUR}; }}
QLabel#langTag {{ color: {MUTED}; font-size: 8pt; font-weight: 600; }}
QLabel#notice {{
    background: {KUNYIT_LIGHT}; color: {LUMPUR}; border-left: 4px solid {KUNYIT};
    padding: 8px 10px;
}}
QLabel#noticeError {{
    background: {MENGKUDU_LIGHT}; color: {LUMPUR}; border-left: 4px solid {MENGKUDU};
    padding: 8px 10px;
}}
QStatusBar {{ background: {KAPAS}; color: {LUMPUR}; }}
QStatusBar QLabel {{ padding: 0 6px; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none;
}}
QComboBox::down-arrow {{ image: url({{down}}); width: 12px; height: 12px; }}
QSpinBox, QDoubleSpinBox, QDateEdit {{ padding-right: 22px; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QDateEdit::up-button {{
    subcontrol-origin: border; subcontrol-position: top right; width: 20px;
    border: none; border-left: 1px solid {KAPAS_DARK};
}}
QSpinBox::down-button, QDoubleSpinBox::down-button, QDateEdit::down-button {{
    subcontrol-origin: border; subcontrol-position: bottom right; width: 20px;
    border: none; border-left: 1px solid {KAPAS_DARK};
}}
QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none;
}}
QDateEdit::down-arrow {{ image: url({{down}}); width: 12px; height: 12px; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{ image: url({{up}}); width: 10px; height: 10px; }}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow {{
    image: url({{down}}); width: 10px; height: 10px;
}}
QSpinBox::up-button:hover, QSpinBox::down-button:hover, QDoubleSpinBox::up-button:hover,
QDoubleSpinBox::down-button:hover {{ background: {KAPAS}; }}
QScrollBar:vertical {{ background: transparent; width: 11px; margin: 0; }}
QScrollBar::handle:vertical {{
    background: #CFC6B6; border-radius: 4px; min-height: 32px; margin: 2px;
}}
QScrollBar::handle:vertical:hover {{ background: #A99F8D; }}
QScrollBar:horizontal {{ background: transparent; height: 11px; margin: 0; }}
QScrollBar::handle:horizontal {{
    background: #CFC6B6; border-radius: 4px; min-width: 32px; margin: 2px;
}}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: transparent; }}
QListWidget#findings::item {{ padding: 8px 6px; border-bottom: 1px solid {KAPAS}; }}
QLabel#panelTitle {{ color: {TARUM}; font-size: 10.5pt; font-weight: 600; }}
QListView#pickList, QTreeView#sectionTree {{
    background: white; border: 1px solid {KAPAS_DARK}; border-radius: 4px;
}}
QListView#pickList::item {{ padding: 5px 4px; border-bottom: 1px solid {KAPAS}; }}
QTreeView#sectionTree::item {{ padding: 4px 2px; }}
QListView#pickList::item:selected, QTreeView#sectionTree::item:selected {{
    background: {KAPAS_DARK}; color: {LUMPUR};
}}
QWidget#previewPanel {{ background: {KAPAS}; border-left: 1px solid {KAPAS_DARK}; }}
QWidget#previewBar {{ background: white; border-bottom: 1px solid {KAPAS_DARK}; }}
QLabel#previewStatus {{
    color: {KUNYIT_TEXT}; background: {KUNYIT_LIGHT}; font-weight: 600; padding: 5px 12px;
}}
QLabel#previewFooter {{ color: {MUTED}; padding: 6px 12px; background: white; }}
QLabel#previewFooter[level="error"] {{ color: {MENGKUDU}; }}
QProgressBar#previewProgress {{ border: none; background: {KAPAS_DARK}; }}
QProgressBar#previewProgress::chunk {{ background: {KUNYIT}; }}
QPdfView#pdfView {{ background: {KAPAS_DARK}; border: none; }}
QWidget#webSummary {{ background: white; }}
"""


def load_fonts() -> None:
    """Register the bundled Inter and EB Garamond so the app looks the same on every laptop."""
    try:
        folder = resources.assets_dir() / "fonts"
    except FileNotFoundError:
        return
    for path in sorted(folder.glob("*.otf")):
        QFontDatabase.addApplicationFont(str(path))


def ui_font(point_size: float = BASE_PT, weight: QFont.Weight = QFont.Normal) -> QFont:
    font = QFont(UI_FAMILY)
    font.setPointSizeF(point_size)
    font.setWeight(weight)
    return font


def title_font(point_size: float = 17) -> QFont:
    font = QFont(TITLE_FAMILY)
    font.setPointSizeF(point_size)
    font.setFeature(QFont.Tag("lnum"), 1)  # lining figures: permit numbers, sizes
    return font


def palette() -> QPalette:
    pal = QPalette()
    colours = {
        QPalette.Window: WINDOW,
        QPalette.WindowText: LUMPUR,
        QPalette.Base: "#FFFFFF",
        QPalette.AlternateBase: KAPAS,
        QPalette.Text: LUMPUR,
        QPalette.Button: KAPAS,
        QPalette.ButtonText: LUMPUR,
        QPalette.Highlight: TARUM,
        QPalette.HighlightedText: "#FFFFFF",
        QPalette.ToolTipBase: KAPAS,
        QPalette.ToolTipText: LUMPUR,
        QPalette.PlaceholderText: "#8A857B",
        QPalette.Link: TARUM,
        QPalette.Accent: TARUM,
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    pal.setColor(QPalette.Disabled, QPalette.Text, QColor("#9A958C"))
    pal.setColor(QPalette.Disabled, QPalette.ButtonText, QColor("#9A958C"))
    return pal


def style_sheet() -> str:
    """STYLE_SHEET with the bundled arrow images (QSS needs their file paths)."""
    try:
        icons = resources.assets_dir() / "icons"
    except FileNotFoundError:
        return STYLE_SHEET
    return STYLE_SHEET.replace("{down}", (icons / "chevron-down.svg").as_posix()).replace(
        "{up}", (icons / "chevron-up.svg").as_posix()
    )


def apply(app: QApplication) -> None:
    load_fonts()
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(palette())
    app.setFont(ui_font())
    app.setStyleSheet(style_sheet())


def chip_style(status: str) -> str:
    """Style sheet for a small rounded status label ('ok', 'warning', 'error', 'none')."""
    fg, bg = STATUS_COLOURS.get(status, STATUS_COLOURS["none"])
    return f"color: {fg}; background: {bg};"
