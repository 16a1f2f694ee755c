"""The motif registry (issue 13): provenance, protocols, permitted use, per-audience visibility,
the permission's uses, narratives with their own audience, the migration from the single
`restriction` code, and the GI vocabulary. Real SQLite files, no mocks."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tenun_catalog import operations as ops
from tenun_catalog.cli import main
from tenun_catalog.domain import fields, rules, vocab
from tenun_catalog.domain.entities import Motif, Narrative, Producer, Product
from tenun_catalog.domain.errors import UserError
from tenun_catalog.domain.rules_tenun import check_gi
from tenun_catalog.export import outputs
from tenun_catalog.export.audience import Selection, build_view
from tenun_catalog.store import db, migrations, open_library
from tenun_catalog.store.library import DB_NAME
from tests.pdf_helpers import all_text

PERMIT_DAY = date(2025, 3, 14)
AUDIENCES = ("public", "submission", "internal")


def _state(lib) -> tuple:
    tables = ("producers", "products", "motifs", "motif_narratives", "product_motifs")
    counts = tuple(lib.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables)
    return counts, lib.conn.execute("PRAGMA integrity_check").fetchone()[0]


# ---- Motif.shown_to -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("motif", "expected"),
    [
        (Motif("a"), (True, True, True)),
        (Motif("a", restriction="bangsawan"), (False, False, True)),
        (Motif("a", restriction="klan", permission_by="Ina"), (False, False, True)),  # no date
        (
            Motif("a", restriction="upacara", permission_by="Ina", permission_date=PERMIT_DAY),
            (True, True, True),
        ),
        (Motif("a", holder="keluarga"), (False, False, True)),
        (Motif("a", holder="komunitas_ganda"), (True, True, True)),  # provenance, no limit
        (Motif("a", protocols=["sakral"]), (False, False, True)),
        (Motif("a", permitted_use="komunitas"), (False, False, True)),
        (Motif("a", permitted_use="nonkomersial"), (True, True, True)),
        (
            Motif(
                "a",
                holder="klan",
                permission_by="Ina",
                permission_date=PERMIT_DAY,
                permission_uses=["submission"],
            ),
            (False, True, True),
        ),
        (Motif("a", audiences=["internal"]), (False, False, True)),  # the community's decision
        (Motif("a", audiences=["public"]), (True, False, False)),
        (
            Motif(
                "a",
                protocols=["sakral"],
                audiences=["public", "submission"],  # a decision never opens without permission
            ),
            (False, False, False),
        ),
    ],
)
def test_shown_to_per_audience(motif: Motif, expected: tuple[bool, bool, bool]) -> None:
    assert tuple(motif.shown_to(a) for a in AUDIENCES) == expected
    assert motif.is_public == expected[0]


def test_narrative_audiences_nest() -> None:
    shown = {
        aud: [a for a in AUDIENCES if Narrative(1, "x", audience=aud).shown_to(a)]
        for aud in (*AUDIENCES, "unknown")
    }
    assert shown == {
        "public": ["public", "submission", "internal"],
        "submission": ["submission", "internal"],
        "internal": ["internal"],
        "unknown": ["internal"],
    }


def test_new_fields_are_validated_and_have_specs() -> None:
    bad = Motif(
        "a",
        holder="raja",
        protocols=["rahasia"],
        permitted_use="x",
        audiences=["semua"],
        tk_labels=["tk_secret"],
        notice="z",
        kik_type="hki",
    )
    found = [(f.field, f.code) for f in rules.validate_motif(bad)]
    for name in (
        "holder",
        "protocols",
        "permitted_use",
        "audiences",
        "tk_labels",
        "notice",
        "kik_type",
    ):
        assert (name, "unknown_code") in found, name
        spec = fields.spec_for("motif", name)
        assert spec.label_id and spec.label_en and spec.vocabulary is not None
    assert len(vocab.KIK_TYPES.codes()) == 5  # PP 56/2022 names five kinds
    assert "tk_secret_sacred" in vocab.TK_LABELS and "tk_notice" not in vocab.TK_LABELS
    assert "attribution_incomplete" in vocab.LC_NOTICES


def test_withheld_message_names_what_restricts_it() -> None:
    [f] = rules.validate_motif(Motif("Wo", protocols=["sakral"]))
    assert (f.code, f.level) == ("motif_withheld", "warning")
    assert "Sakral" in f.message_id and "Sacred" in f.message_en
    partial = Motif(
        "Wo", holder="klan", permission_by="Ina", permission_date=PERMIT_DAY,
        permission_uses=["submission"],
    )  # fmt: skip
    [f] = rules.validate_motif(partial)
    assert "tidak mencakup" in f.message_id and "does not cover" in f.message_en


# ---- the audience view ------------------------------------------------------------------------


def _library_with(lib, motif: Motif) -> Motif:
    producer = ops.add_producer(lib, Producer(name="Kelompok Seba", kabupaten="sabu_raijua")).after
    saved = ops.add_motif(lib, motif).after
    product = Product(
        sku="TN-1",
        kind="tenun",
        producer_id=producer.id,
        name_id="Sarung Sabu",
        story_id=f"Motif {motif.name_id} ditenun perempuan. Benangnya pintal tangan.",
        price=900000,
        motif_ids=[saved.id],
    )
    product.tenun.origin_kabupaten = "sabu_raijua"
    ops.add_product(lib, product)
    return saved


def test_permission_for_submission_only_reaches_the_submission_view(lib) -> None:
    _library_with(
        lib,
        Motif(
            "Wo Boi", holder="klan", permission_by="Mama Ina Bire",
            permission_date=PERMIT_DAY, permission_uses=["submission"],
        ),
    )  # fmt: skip
    public = build_view(lib, Selection(skus=("TN-1",)), "public")
    submission = build_view(lib, Selection(skus=("TN-1",)), "submission")
    internal = build_view(lib, Selection(skus=("TN-1",)), "internal")
    assert public.withheld_motifs == ["Wo Boi"]
    assert public.product("TN-1").product.story_id == "Benangnya pintal tangan."
    [item] = [w for w in public.withheld if w.kind == "motif"]
    assert "does not cover public outputs" in item.reason_en
    assert "tidak mencakup keluaran publik" in item.reason_id
    assert submission.withheld_motifs == [] and internal.withheld_motifs == []
    assert [m.name_id for m in submission.product("TN-1").motifs] == ["Wo Boi"]
    assert internal.internal_only == ["Wo Boi"]  # not public: marked for the community


def test_the_communitys_audience_list_binds_even_internally(lib) -> None:
    _library_with(lib, Motif("Hau Nitas", audiences=["public", "submission"]))
    internal = build_view(lib, Selection(skus=("TN-1",)), "internal")
    assert internal.withheld_motifs == ["Hau Nitas"]
    [item] = [w for w in internal.withheld if w.kind == "motif"]
    assert "the community decided" in item.reason_en
    assert build_view(lib, Selection(skus=("TN-1",))).withheld_motifs == []


def test_narratives_are_filtered_by_their_own_audience_and_redacted(lib) -> None:
    motif = _library_with(
        lib, Motif("Wo Boi", restriction="klan", permission_by="Ina", permission_date=PERMIT_DAY)
    )
    secret = ops.add_motif(lib, Motif("Patola Ratu", restriction="bangsawan")).after
    ops.edit_product(lib, "TN-1", {"motif_ids": [motif.id, secret.id]})
    for audience in AUDIENCES:
        ops.add_narrative(
            lib,
            motif.id,
            Narrative(0, f"Penutur {audience}", audience=audience, text_id=f"Cerita {audience}."),
        )
    ops.add_narrative(
        lib,
        motif.id,
        Narrative(
            0, "Mama Lado", audience="public",
            text_id="Mirip Patola Ratu milik bangsawan. Ditenun di Seba.",
        ),
    )  # fmt: skip
    ops.add_narrative(lib, secret.id, Narrative(0, "Tetua", audience="public", text_id="Rahasia."))

    def tellers(audience: str) -> dict[int, list[str]]:
        item = build_view(lib, Selection(skus=("TN-1",)), audience).product("TN-1")
        return {k: [n.teller for n in v] for k, v in item.narratives.items()}

    assert tellers("public") == {motif.id: ["Penutur public", "Mama Lado"]}
    assert tellers("submission") == {
        motif.id: ["Penutur public", "Penutur submission", "Mama Lado"]
    }
    assert tellers("internal") == {
        motif.id: ["Penutur public", "Penutur submission", "Penutur internal", "Mama Lado"],
        secret.id: ["Tetua"],  # the withheld motif's narratives only reach the community
    }
    public = build_view(lib, Selection(skus=("TN-1",))).product("TN-1")
    [lado] = [n for n in public.narratives[motif.id] if n.teller == "Mama Lado"]
    assert lado.text_id == "Ditenun di Seba."  # the sentence naming the withheld motif is cut
    assert "Patola" not in json.dumps([n.__dict__ for v in public.narratives.values() for n in v])


# ---- narratives: operations and the command line ---------------------------------------------


def test_narrative_add_edit_list_remove(lib) -> None:
    motif = ops.add_motif(lib, Motif("Kaif")).after
    first = ops.add_narrative(lib, "Kaif", Narrative(0, "Mama Maria", text_id="Satu.")).after
    second = ops.add_narrative(lib, motif.id, Narrative(0, "Bapak Yos", text_en="Two.")).after
    assert [n.teller for n in ops.list_narratives(lib, "Kaif")] == ["Mama Maria", "Bapak Yos"]
    assert (first.position, second.position, first.audience) == (0, 1, "internal")
    change = ops.edit_narrative(lib, second.id, {"audience": "public", "community": "Insana"})
    assert change.fields == ("audience", "community")
    assert ops.get_narrative(lib, second.id).audience == "public"
    ops.remove_narrative(lib, first.id)
    assert [n.id for n in ops.list_narratives(lib, motif.id)] == [second.id]
    ops.remove_motif(lib, motif.id)  # its narratives go with it
    assert lib.conn.execute("SELECT count(*) FROM motif_narratives").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("narrative", "changes", "message"),
    [
        (Narrative(0, "  ", text_id="x"), None, "penutur"),
        (Narrative(0, "Ina"), None, "masih kosong"),
        (Narrative(0, "Ina", text_id="x", audience="semua"), None, "tidak dikenal"),
        (Narrative(0, "Ina", text_id="x" * (fields.MAX_LONG_TEXT + 1)), None, "terlalu panjang"),
        (None, {"audience": "semua"}, "tidak dikenal"),
        (None, {"motif_id": 99}, "tidak bisa dipindah"),
        (None, {"text_id": "", "text_en": ""}, "masih kosong"),
    ],
)
def test_a_refused_narrative_changes_nothing(lib, narrative, changes, message) -> None:
    motif = ops.add_motif(lib, Motif("Kaif")).after
    kept = ops.add_narrative(lib, motif.id, Narrative(0, "Ina", text_id="Asli.")).after
    before = _state(lib)
    with pytest.raises(UserError) as refused:
        if narrative is not None:
            ops.add_narrative(lib, motif.id, narrative)
        else:
            ops.edit_narrative(lib, kept.id, changes)
    assert message in refused.value.message("id")
    assert refused.value.message("en") and refused.value.message("en") != refused.value.message(
        "id"
    )
    assert _state(lib) == before
    assert ops.get_narrative(lib, kept.id) == kept


def test_narratives_per_motif_are_bounded(lib, monkeypatch) -> None:
    from tenun_catalog.operations import records

    monkeypatch.setattr(records, "MAX_NARRATIVES", 2)  # the real bound is 50; the rule is one
    motif = ops.add_motif(lib, Motif("Kaif")).after
    for i in range(2):
        ops.add_narrative(lib, motif.id, Narrative(0, f"Penutur {i}", text_id="x"))
    before = _state(lib)
    with pytest.raises(UserError, match="batas paling banyak"):
        ops.add_narrative(lib, motif.id, Narrative(0, "Satu lagi", text_id="x"))
    assert _state(lib) == before


def test_cli_motif_narrative(tmp_path, capsys) -> None:
    root = str(tmp_path / "lib")
    assert main(["--library", root, "motif", "add", "--name-id", "Wo Boi"]) == 0
    args = ["--library", root, "motif", "narrative", "add", "Wo Boi", "--teller", "Mama Ina"]
    assert main([*args, "--audience", "public", "--text-id", "Cerita."]) == 0
    capsys.readouterr()
    assert main([*args, "--audience", "semua", "--text-id", "Cerita."]) == 1
    err = capsys.readouterr().err
    assert "tidak bisa dipakai" in err and "Traceback" not in err
    assert main(["--library", root, "--lang", "en", *args[2:], "--text-id", ""]) == 1
    err = capsys.readouterr().err
    assert "The narrative is empty" in err and "Traceback" not in err
    assert main(["--library", root, "motif", "narrative", "list", "Wo Boi", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["teller"], row["audience"], row["text_id"]) == ("Mama Ina", "public", "Cerita.")
    assert main(["--library", root, "motif", "narrative", "remove", "99"]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err


# ---- the migration from the single restriction code --------------------------------------------

OLD_MOTIFS = [
    # name, restriction, clan_line, permission_by, permission_date
    ("Njara", "bebas", "", "", None),
    ("Patola", "bangsawan", "", "", None),
    ("Marapu", "bangsawan", "", "Umbu Hina", "2025-01-02"),
    ("Wini", "klan", "Garis ibu", "", None),
    ("Hawu", "klan", "Garis ibu", "Mama Ina", "2025-03-14"),
    ("Upacara", "upacara", "", "", None),
    ("Lado", "upacara", "", "Bapa Lado", "2024-11-30"),
    ("Tanpa Tanggal", "klan", "", "Mama Ina", None),  # who without when: no record
    ("Lama", "", "", "", None),  # an empty code read as bebas
]


def _old_library(path) -> None:
    """A library at the previous schema (5), each old restriction code on one product."""
    conn = db.connect(path)
    migrations.upgrade(conn, target=5)
    conn.execute("INSERT INTO producers (name, kabupaten) VALUES ('Koperasi Lama', 'sumba_timur')")
    for i, (name, code, clan, by, when) in enumerate(OLD_MOTIFS, start=1):
        conn.execute(
            "INSERT INTO motifs (name_id, restriction, clan_line, permission_by, permission_date)"
            " VALUES (?, ?, ?, ?, ?)",
            (name, code, clan, by, when),
        )
        conn.execute(
            "INSERT INTO products (sku, kind, producer_id, name_id, story_id, price)"
            " VALUES (?, 'tenun', 1, 'Kain', ?, 500000)",
            (f"OLD-{i}", f"Motif {name} ditenun. Benang pintal tangan."),
        )
        conn.execute("INSERT INTO tenun_details (product_id) VALUES (?)", (i,))
        conn.execute("INSERT INTO product_motifs (product_id, motif_id) VALUES (?, ?)", (i, i))
    conn.close()


def _old_rule(code: str, by: str, when: str | None) -> bool:
    """Motif.is_public as it was before issue 13, written out."""
    return code in ("", "bebas") or bool(by and when)


def test_a_library_of_the_previous_schema_keeps_what_it_withheld(tmp_path) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    _old_library(root / DB_NAME)
    with open_library(root) as lib:
        assert migrations.version(lib.conn) == migrations.LATEST
        assert lib.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {m.name_id: m for m in ops.list_motifs(lib)}
        expected_public = set()
        for name, code, clan, by, _when in OLD_MOTIFS:
            m = stored[name]
            assert (m.restriction, m.clan_line, m.permission_by) == (code, clan, by)  # kept
            assert m.audiences == [] and m.permission_uses == []  # "not decided": as before
            if code in ("", "bebas"):
                assert (m.holder, m.protocols) == ("terbuka", [])
            elif code in ("bangsawan", "klan"):
                assert (m.holder, m.holder_name, m.protocols) == (code, clan, [])
            else:
                assert (m.holder, m.protocols) == ("", ["upacara"])
            if _old_rule(code, by, _when):
                expected_public.add(name)
            assert m.is_public == (name in expected_public)
            assert m.shown_to("submission") == m.is_public and m.shown_to("internal")
        assert expected_public == {"Njara", "Marapu", "Hawu", "Lado", "Lama"}
        withheld = set(OLD_MOTIFS_NAMES) - expected_public
        for audience in ("public", "submission"):
            view = build_view(lib, Selection(), audience)
            assert set(view.withheld_motifs) == withheld, audience
            for item in view.products:
                shown = [m.name_id for m in item.motifs]
                assert all(name in expected_public for name in shown)
                assert not any(w in item.product.story_id for w in withheld)
        internal = build_view(lib, Selection(), "internal")
        assert internal.withheld_motifs == [] and set(internal.internal_only) == withheld
        # a real output (hang tags: motif name and story) reports and leaves out the same motifs
        out = tmp_path / "label-gantung.pdf"
        skus = tuple(f"OLD-{i}" for i in range(1, len(OLD_MOTIFS) + 1))
        result = outputs.run("hang-tags", lib, Selection(skus=skus), out)
        assert set(result.withheld) == withheld
        text = all_text(out)
        assert "Marapu" in text  # a permitted one is printed: the search can see
        for name in withheld:
            assert name not in text, name
        # the readiness warning still names the withheld ones, and only those
        found = {c.key for c in ops.check(lib) for f in c.findings if f.code == "motif_withheld"}
        assert len(found) == 2 * len(withheld)  # on the motif and on the product using it


OLD_MOTIFS_NAMES = [m[0] for m in OLD_MOTIFS]


def test_migration_six_is_one_transaction(tmp_path, monkeypatch) -> None:
    root = tmp_path / "lib"
    root.mkdir()
    _old_library(root / DB_NAME)

    def broken(conn):
        migrations._script(migrations._V6_MOTIF_REGISTRY)(conn)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:5], broken])
    with pytest.raises(RuntimeError):
        open_library(root)
    conn = db.connect(root / DB_NAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    columns = {r[1] for r in conn.execute("PRAGMA table_info(motifs)")}
    assert "holder" not in columns
    assert conn.execute("SELECT count(*) FROM motifs").fetchone()[0] == len(OLD_MOTIFS)
    conn.close()


# ---- Geographical Indications ------------------------------------------------------------------


def _gi(claim: str, origin: str) -> list[str]:
    detail = Product(sku="x", kind="tenun").tenun
    detail.gi_claim, detail.origin_kabupaten = claim, origin
    return [f.code for f in check_gi(detail, Producer(name="p", mpig_member=True))]


@pytest.mark.parametrize(
    ("claim", "origin", "codes"),
    [
        ("Tenun Ikat Sikka", "sikka", []),
        ("tenun  ikat alor", "alor", []),
        ("Tenun Songket Alor", "alor", []),
        ("Tenun Ikat Ngada", "ngada", []),
        ("Tenun Ikat Flores Timur", "flores_timur", []),
        ("Tenun Ikat Ngada", "sikka", ["gi_origin"]),
        ("Tenun Ikat Flores Timur", "", ["gi_origin"]),
        ("Tenun Ikat Rote Ndao", "rote_ndao", ["gi_not_registered"]),
        ("Tenun Ikat Sumba", "sumba_timur", ["gi_unknown"]),
    ],
)
def test_gi_claim_only_when_registered_and_from_its_kabupaten(claim, origin, codes) -> None:
    assert _gi(claim, origin) == codes


def test_gi_registry_binds_kabupaten_and_certificate() -> None:
    sikka = vocab.find_gi("Tenun Ikat Sikka")
    assert sikka is not None and sikka.certificate == "ID G 000000056" and sikka.year == 2017
    registered = {gi.name for gi in vocab.GI_REGISTRY if gi.registered}
    assert registered == set(vocab.GEOGRAPHICAL_INDICATIONS) == {
        "Tenun Ikat Sikka", "Tenun Ikat Alor", "Tenun Songket Alor", "Tenun Ikat Ngada",
        "Tenun Ikat Flores Timur",
    }  # fmt: skip
    for gi in vocab.GI_REGISTRY:
        assert gi.kabupaten and gi.kabupaten <= set(vocab.KABUPATEN.codes()), gi.name
    [pending] = [gi for gi in vocab.GI_REGISTRY if not gi.registered]
    assert pending.kabupaten == {"rote_ndao"}


def test_an_unregistered_gi_claim_is_refused_by_the_rules(lib) -> None:
    product = Product(sku="TN-R", kind="tenun", name_id="Lambi", price=700000)
    product.tenun.origin_kabupaten = "rote_ndao"
    product.tenun.gi_claim = "Tenun Ikat Rote Ndao"
    [f] = [f for f in rules.validate_product(product) if f.code == "gi_not_registered"]
    assert f.level == "error" and "masih dalam proses" in f.message_id
    assert "still being registered" in f.message_en


def test_a_motif_permitted_for_the_submission_is_not_marked_for_the_community(lib) -> None:
    from tenun_catalog.export.context import BuildOptions, audience_mark, build_context

    class Placer:
        def place(self, photo, slot):
            return f"file:///{photo.filename}", photo.width, photo.height, ()

    _library_with(
        lib,
        Motif(
            "Wo Boi", holder="klan", permission_by="Mama Ina Bire",
            permission_date=PERMIT_DAY, permission_uses=["submission"],
        ),
    )  # fmt: skip
    names = {}
    for audience in ("submission", "internal"):
        view = build_view(lib, Selection(skus=("TN-1",)), audience)
        built = build_context(view, Placer(), opts=BuildOptions(lang="id", qr=False))
        [motif] = built.context.products[0].motifs
        names[audience] = motif.name.main
    assert names == {"submission": "Wo Boi", "internal": f"Wo Boi ({audience_mark('id')})"}
