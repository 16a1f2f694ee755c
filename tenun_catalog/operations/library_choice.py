"""Which library the command line and the app use: one rule for both.

Owns the rule and the "last opened" file. The library is the folder given (`--library`), else
`$TENUN_CATALOG_LIBRARY`, else the last library a person opened (in the app, or with
`--library` on the command line), else the default folder in the user's data directory.

The last opened library is one line in `last-library.txt` under the user's config folder
(platformdirs; `TENUN_CATALOG_CONFIG_DIR` overrides it, e.g. for tests). Both front ends read
and write this file, so the command line never needs Qt's settings. The file is trusted only
as a hint: at most MAX_CHARS characters are read, and the path is used only when it is an
absolute folder that still holds a library database; anything else falls through to the default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..store import default_root
from ..store.library import DB_NAME, ENV_VAR

CONFIG_ENV_VAR = "TENUN_CATALOG_CONFIG_DIR"
LAST_FILE = "last-library.txt"
MAX_CHARS = 4096  # a path longer than this is not one we wrote

_SOURCES = {
    "given": ("dari --library", "from --library"),
    "env": (f"dari ${ENV_VAR}", f"from ${ENV_VAR}"),
    "last": ("terakhir dibuka", "last opened"),
    "default": ("pustaka bawaan", "default library"),
}


@dataclass(frozen=True)
class LibraryChoice:
    root: Path
    source: str  # 'given', 'env', 'last' or 'default'

    def describe(self, lang: str = "id") -> str:
        """'Pustaka: /home/ina/tenun (terakhir dibuka)' / 'Library: ... (last opened)'."""
        why_id, why_en = _SOURCES[self.source]
        if lang == "en":
            return f"Library: {self.root} ({why_en})"
        return f"Pustaka: {self.root} ({why_id})"


def config_dir() -> Path:
    if os.environ.get(CONFIG_ENV_VAR):
        return Path(os.environ[CONFIG_ENV_VAR]).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir("tenun-catalog", appauthor=False))


def last_opened() -> Path | None:
    """The remembered library, when the file holds an absolute path to a library that exists."""
    try:
        with open(config_dir() / LAST_FILE, encoding="utf-8") as f:
            text = f.read(MAX_CHARS + 1)
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    lines = text.splitlines()
    if len(text) > MAX_CHARS or not lines or "\x00" in text:
        return None
    path = Path(lines[0].strip())
    try:
        return path if path.is_absolute() and (path / DB_NAME).is_file() else None
    except (OSError, ValueError):
        return None


def remember_library(root: Path) -> None:
    """Write `root` as the last opened library (best effort: a read-only config folder only
    means the next start falls back to the default library)."""
    folder = config_dir()
    text = str(Path(root).resolve())
    if len(text) > MAX_CHARS or "\n" in text:
        return
    tmp = folder / f".{LAST_FILE}.{os.getpid()}.tmp"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.write_text(text + "\n", encoding="utf-8")
        os.replace(tmp, folder / LAST_FILE)
    except OSError:
        tmp.unlink(missing_ok=True)


def choose_library(given: Path | None = None) -> LibraryChoice:
    """The library to use: given, else $TENUN_CATALOG_LIBRARY, else last opened, else default."""
    if given is not None:
        return LibraryChoice(Path(given), "given")
    if os.environ.get(ENV_VAR):
        return LibraryChoice(Path(os.environ[ENV_VAR]).expanduser(), "env")
    last = last_opened()
    if last is not None:
        return LibraryChoice(last, "last")
    return LibraryChoice(default_root(), "default")
