"""Making hostile backup archives from a real one, and what "the library is unchanged" means."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path

from PIL import Image

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.store import open_library
from tenun_catalog.store.library import DB_NAME


def rewrite(
    good: Path,
    bad: Path,
    *,
    db: Callable[[sqlite3.Connection], None] | None = None,
    db_bytes: bytes | None = None,
    add: dict[str, bytes] | None = None,
    compress: int = zipfile.ZIP_STORED,
) -> Path:
    """Copy the backup `good` to `bad`, changing its database with `db` (SQL on a real copy) or
    replacing it by `db_bytes`, and adding the entries `add`."""
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(bad, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == DB_NAME:
                if db is not None:
                    work = bad.with_suffix(".work.sqlite3")
                    work.write_bytes(data)
                    conn = sqlite3.connect(work, isolation_level=None)
                    try:
                        db(conn)
                    finally:
                        conn.close()
                    data = work.read_bytes()
                    work.unlink()
                if db_bytes is not None:
                    data = db_bytes
            dst.writestr(info.filename, data, zipfile.ZIP_DEFLATED)
        for name, data in (add or {}).items():
            dst.writestr(name, data, compress)
    return bad


def png_bytes(seed: int = 1, size: tuple[int, int] = (64, 48)) -> bytes:
    image = Image.effect_noise(size, 40 + seed).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def stored_name(data: bytes, ext: str = "png") -> str:
    return f"{hashlib.sha256(data).hexdigest()}.{ext}"


def tree(root: Path) -> dict[str, int]:
    """Every file under the library folder with its size (the lock file aside)."""
    return {
        p.relative_to(root).as_posix(): p.stat().st_size
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".tenun-lock" and not p.name.startswith("catalog.sqlite3-")
    }


def state(root: Path) -> tuple:
    """Rows, photo files, integrity and the files in the folder: compared before and after."""
    from tests.conftest import library_state

    with open_library(root, create=False) as lib:
        rows = library_state(lib)
        products = sorted((p.sku, p.name_id, p.price) for p in ops.list_products(lib))
        fk = lib.conn.execute("PRAGMA foreign_key_check").fetchall()
    return rows, products, fk, tree(root)


def cli(capsys, *argv: str, lang: str = "en") -> tuple[int, str]:
    code = main(["--lang", lang, *argv])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err + captured.out
    return code, captured.err


def refused_both_languages(capsys, root: Path, archive: Path) -> tuple[str, str]:
    """Restore `archive` into `root` by the CLI in Indonesian and in English; both exit 1.
    Returns (Indonesian, English) messages; each names the archive."""
    code_id, err_id = cli(capsys, "--library", str(root), "restore", str(archive), lang="id")
    code_en, err_en = cli(capsys, "--library", str(root), "restore", str(archive), lang="en")
    assert (code_id, code_en) == (1, 1), (err_id, err_en)
    assert err_id.startswith("Galat: ") and err_en.startswith("Error: "), (err_id, err_en)
    assert "pustaka tidak diubah" in err_id.lower(), err_id
    assert "library was not changed" in err_en.lower(), err_en
    return err_id, err_en
