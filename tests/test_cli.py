"""The command line as a contract: help everywhere, README coverage, exit codes, JSON output."""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tenun_catalog.cli import build_parser, main
from tenun_catalog.domain import fields

README = Path(__file__).resolve().parents[1] / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> list[tuple]:
    found = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found.append((*prefix, name))
                found += _commands(sub, (*prefix, name))
    return found


COMMANDS = _commands(build_parser())


def test_there_are_the_issue_commands():
    names = {" ".join(c) for c in COMMANDS}
    for entity in ("producer", "product", "motif", "permit"):
        for action in ("add", "list", "show", "edit", "remove"):
            assert f"{entity} {action}" in names
    for name in (
        "init",
        "demo",
        "photo add",
        "photo list",
        "photo remove",
        "import",
        "export",
        "search",
        "check",
        "backup",
        "restore",
        "gui",
    ):
        assert name in names


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_has_help(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([*command, "--help"])
    assert done.value.code == 0
    assert "usage: tenun-catalog" in capsys.readouterr().out


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_readme_documents_every_command(command):
    text = README.read_text(encoding="utf-8")
    assert re.search(rf"tenun-catalog (\[[^\]]*\] )*{re.escape(' '.join(command))}\b", text), (
        f"README.md does not document `tenun-catalog {' '.join(command)}`"
    )


def test_field_flags_are_unique_per_entity():
    for entity, specs in fields.FIELDS_BY_ENTITY.items():
        flags = [s.flag for s in specs]
        assert len(flags) == len(set(flags)), entity


def run(lib_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tenun_catalog.cli", "--library", str(lib_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_session_from_the_command_line(tmp_path, photo_files):
    lib = tmp_path / "lib"
    assert run(lib, "init").returncode == 0
    r = run(
        lib,
        "producer",
        "add",
        "--name",
        "Koperasi Tenun Lii Ndao",
        "--kabupaten",
        "Rote Ndao",
        "--nib",
        "8120 0012 3456 7",
        "--legal-form",
        "Koperasi",
    )
    assert r.returncode == 0, r.stderr
    r = run(
        lib,
        "product",
        "add",
        "--kind",
        "tenun",
        "--sku",
        "TX-1",
        "--name-id",
        "Selendang Lafa Rote",
        "--name-en",
        "Rote lafa shawl",
        "--story-id",
        "Dicelup lumpur dan ditenun dengan motif Songkét.",
        "--price",
        "Rp450.000",
        "--producer",
        "Koperasi Tenun Lii Ndao",
        "--techniques",
        "ikat lungsi; sotis",
        "--width-cm",
        "60,5",
    )
    assert r.returncode == 0, r.stderr
    r = run(lib, "photo", "add", "TX-1", *map(str, photo_files))
    assert r.returncode == 0, r.stderr
    listed = json.loads(run(lib, "product", "list", "--json").stdout)
    assert listed[0]["sku"] == "TX-1" and listed[0]["kind"] == "tenun"
    assert listed[0]["name_id"] == "Selendang Lafa Rote" and listed[0]["photo_count"] == 3
    found = json.loads(run(lib, "search", "tenun", "songket", "--json").stdout)
    assert [p["sku"] for p in found] == ["TX-1"]
    shown = json.loads(run(lib, "product", "show", "TX-1", "--json").stdout)
    assert shown["price"] == 450000 and shown["tenun"]["width_cm"] == 60.5
    assert shown["tenun"]["techniques"] == ["ikat_lungsi", "sotis"]
    r = run(lib, "product", "edit", "TX-1", "--price", "500000")
    assert r.returncode == 0 and "price" in r.stdout
    photos = json.loads(run(lib, "photo", "list", "TX-1", "--json").stdout)
    assert run(lib, "photo", "remove", str(photos[0]["id"])).returncode == 0
    check = run(lib, "--lang", "en", "check", "--json")
    assert check.returncode == 0 and isinstance(json.loads(check.stdout), list)
    backup = tmp_path / "b.zip"
    assert run(lib, "backup", "--out", str(backup)).returncode == 0 and backup.is_file()
    assert run(tmp_path / "other", "restore", str(backup)).returncode == 0
    restored = json.loads(run(tmp_path / "other", "product", "list", "--json").stdout)
    assert [p["sku"] for p in restored] == ["TX-1"]
    assert run(lib, "product", "remove", "TX-1").returncode == 0


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["product", "show", "NOPE"], 1, "tidak ditemukan"),
        (["product", "add", "--kind", "kapal", "--sku", "X"], 1, "Jenis produk"),
        (["product", "add", "--kind", "sei", "--sku", "X", "--meat", "rusa"], 1, "dilindungi"),
        (["product", "add", "--kind", "tenun", "--sku", "X", "--price", "murah"], 1, "Harga"),
        (["--lang", "en", "product", "show", "NOPE"], 1, "No product"),
        (["product", "frobnicate"], 2, "invalid choice"),
        (["product", "add", "--sku", "X"], 2, "required"),
        (["photo", "add", "X"], 2, "required"),
    ],
)
def test_errors_have_one_clear_message_and_the_right_exit_code(tmp_path, args, code, words):
    r = run(tmp_path / "lib", *args)
    assert r.returncode == code
    assert words in r.stderr
    if code == 1:
        assert len(r.stderr.strip().splitlines()) == 1
        assert "Traceback" not in r.stderr


def test_photo_add_reports_each_bad_file_and_keeps_the_good(tmp_path, photo_files):
    lib = tmp_path / "lib"
    run(lib, "product", "add", "--kind", "tenun", "--sku", "TX-1")
    broken = tmp_path / "rusak.jpg"
    broken.write_bytes(b"")
    r = run(lib, "photo", "add", "TX-1", str(photo_files[0]), str(broken))
    assert r.returncode == 1 and "rusak.jpg" in r.stderr
    assert len(json.loads(run(lib, "photo", "list", "TX-1", "--json").stdout)) == 1


@pytest.mark.parametrize(
    ("path", "text", "value"),
    [
        ("price", "Rp150.000", 150000),
        ("price", "150.000,00", 150000),
        ("price", "150,000", 150000),
        ("tenun.width_cm", "52,5", 52.5),
        ("tenun.width_cm", "1.250", 1250.0),
        ("tenun.width_cm", "1.250,5", 1250.5),
        ("tenun.techniques", "Ikat lungsi; SOTIS", ["ikat_lungsi", "sotis"]),
        ("sei.shared_facility_pork", "ya", True),
    ],
)
def test_values_are_read_as_people_write_them(path, text, value):
    assert fields.parse(fields.spec_for("product", path), text) == value


@pytest.mark.parametrize(
    ("path", "text"),
    [
        ("price", "150.5"),
        ("price", "murah"),
        ("stock", "1" + "0" * 20),
        ("tenun.width_cm", "nan"),
        ("tenun.width_cm", "inf"),
        ("kind", "kapal"),
    ],
)
def test_values_that_cannot_be_read_name_the_field(path, text):
    spec = fields.spec_for("product", path)
    with pytest.raises(Exception) as caught:
        fields.parse(spec, text)
    assert caught.value.field == path and spec.label_id in caught.value.message_id


def test_channel_categories_are_set_listed_and_reset(tmp_path, capsys):
    lib = ["--library", str(tmp_path / "lib")]
    assert main([*lib, "channel", "category", "set", "--channel", "shopee", "--kind", "tenun",
                 "--value", "100643"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*lib, "channel", "category", "list", "--json"]) == 0
    rows = {(r["channel"], r["kind"]): r for r in json.loads(capsys.readouterr().out)}
    assert rows[("shopee", "tenun")] == {
        "channel": "shopee", "kind": "tenun", "value": "100643", "source": "set"
    }  # fmt: skip
    assert rows[("google", "tenun")]["value"] == "Apparel & Accessories > Clothing"
    assert rows[("google", "tenun")]["source"] == "default"
    assert main([*lib, "channel", "category", "set", "--channel", "shopee", "--kind", "tenun",
                 "--default"]) == 0  # fmt: skip
    capsys.readouterr()
    assert main([*lib, "channel", "category", "list", "--json"]) == 0
    rows = {(r["channel"], r["kind"]): r for r in json.loads(capsys.readouterr().out)}
    assert rows[("shopee", "tenun")]["value"] == ""
    assert rows[("shopee", "tenun")]["source"] == "default"
    code = main([*lib, "--lang", "en", "channel", "category", "set", "--channel", "shopee",
                 "--kind", "sei", "--value", "a\x07b"])  # fmt: skip
    assert code == 1 and "invisible character" in capsys.readouterr().err
