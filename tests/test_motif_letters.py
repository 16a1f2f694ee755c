"""The scan of a motif's permission letter (issue 13): kept in photos/ like a permit's scan,
set from the command line and the app, carried by backups, spared by the removal of unused
files, and named in the community's motif book."""

from __future__ import annotations

import hashlib
import os
import time
from datetime import date

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.demo.permit_scans import letter_pdf
from tenun_catalog.domain import Motif
from tenun_catalog.domain.errors import UserError


def _letter(tmp_path, name="surat.pdf"):
    path = tmp_path / name
    path.write_bytes(letter_pdf(Motif(name_id="Motif Raja", permission_by="Tetua adat")))
    return path


def _cli(lib, capsys, *args):
    code = main(["--library", str(lib.root), "--lang", "en", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_cli_sets_and_replaces_a_motif_permission_letter(filled, capsys, tmp_path):
    letter = _letter(tmp_path)
    code, out, err = _cli(filled, capsys, "motif", "edit", "Motif Raja", "--permission-by",
                          "Tetua adat Insana", "--permission-scan", str(letter))  # fmt: skip
    assert code == 0, err
    motif = ops.get_motif(filled, "Motif Raja")
    assert motif.permission_scan == hashlib.sha256(letter.read_bytes()).hexdigest() + ".pdf"
    assert (filled.photos_dir / motif.permission_scan).read_bytes() == letter.read_bytes()
    code, _out, err = _cli(filled, capsys, "motif", "add", "--name-id", "Kaif",
                           "--permission-scan", str(letter))  # fmt: skip
    assert code == 0, err
    assert ops.get_motif(filled, "Kaif").permission_scan == motif.permission_scan


def test_a_bad_letter_is_refused_and_nothing_is_written(filled, capsys, tmp_path):
    fake = tmp_path / "surat.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf at all")
    before = sorted(p.name for p in filled.photos_dir.iterdir())
    code, _out, err = _cli(filled, capsys, "motif", "edit", "Motif Raja", "--permission-scan",
                           str(fake))  # fmt: skip
    assert code != 0 and "surat.pdf" in err and "Traceback" not in err
    assert sorted(p.name for p in filled.photos_dir.iterdir()) == before
    assert ops.get_motif(filled, "Motif Raja").permission_scan == ""


def test_a_stored_name_that_is_not_in_the_library_is_refused(filled) -> None:
    with pytest.raises(UserError) as missing:
        ops.edit_motif(filled, "Motif Raja", {"permission_scan": "a" * 64 + ".pdf"})
    assert missing.value.field == "permission_scan"
    with pytest.raises(UserError):
        ops.edit_motif(filled, "Motif Raja", {"permission_scan": "../../etc/passwd"})


def test_backups_carry_the_letter_and_unused_file_removal_spares_it(filled, tmp_path):
    ops.edit_motif(filled, "Motif Raja", {}, scan=_letter(tmp_path))
    name = ops.get_motif(filled, "Motif Raja").permission_scan
    old = time.time() - 3 * 3600  # older than the hour the removal waits for
    os.utime(filled.photos_dir / name, (old, old))
    from tenun_catalog.operations import gc

    assert name not in {f.name for f in gc.unused_files(filled)}
    gc.collect(filled, min_age_s=0)
    assert (filled.photos_dir / name).exists()
    backup = ops.make_backup(filled, tmp_path / "cadangan.zip").path
    (filled.photos_dir / name).unlink()
    root = filled.root
    filled.close()
    ops.restore_backup(backup, root)
    with ops.opened(root) as lib:
        assert ops.get_motif(lib, "Motif Raja").permission_scan == name
        assert (lib.photos_dir / name).read_bytes().startswith(b"%PDF")


def test_the_motif_book_says_whether_the_letter_is_scanned(filled, tmp_path) -> None:
    from pypdf import PdfReader

    from tenun_catalog.export import outputs
    from tenun_catalog.export.audience import Selection

    ops.edit_motif(filled, "Motif Raja", {"permission_by": "Tetua adat",
                                           "permission_date": date(2025, 3, 1)})  # fmt: skip
    book = tmp_path / "buku.pdf"
    outputs.run("motif-book", filled, Selection(), book)
    text = " ".join(p.extract_text() for p in PdfReader(book).pages)
    assert "belum dipindai" in text
    ops.edit_motif(filled, "Motif Raja", {}, scan=_letter(tmp_path))
    outputs.run("motif-book", filled, Selection(), book)
    text = " ".join(p.extract_text() for p in PdfReader(book).pages)
    assert "tersimpan di pustaka" in text
