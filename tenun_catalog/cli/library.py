"""Library-wide commands: init, info, demo, photo, import/export, search, check, backup, restore."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from .. import operations as ops
from ..domain import vocab
from ..domain.findings import Finding
from ..store import Library
from .output import Out, Progress, print_json, print_table
from .records import print_products


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="buat pustaka kosong / create an empty library")
    p.set_defaults(handler=_init, needs_library=False)
    p = sub.add_parser("info", help="ringkasan isi pustaka / what the library holds")
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    p.set_defaults(handler=_info)
    p = sub.add_parser("demo", help="isi pustaka contoh / fill a demo library")
    p.add_argument(
        "--products",
        type=int,
        metavar="N",
        help="jumlah produk (tambahan sintetis) / number of products (synthetic extra)",
    )
    p.add_argument(
        "--producers",
        type=int,
        metavar="N",
        help="jumlah produsen (tambahan sintetis, untuk uji skala kota) / number of producers "
        "(synthetic extra, for city-scale tests)",
    )
    p.add_argument(
        "--if-empty",
        action="store_true",
        help="hanya bila pustaka belum berisi produk / only when the library is empty",
    )
    p.add_argument(
        "--photo-size",
        type=_photo_size,
        metavar="WxH",
        help="ukuran foto contoh dalam piksel (bawaan 2800x2100) / demo photo size in pixels "
        "(default 2800x2100)",
    )
    p.set_defaults(handler=_demo)

    p = sub.add_parser("photo", help="foto produk / product photos")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    q = actions.add_parser("add", help="tambah foto ke produk / add photos to a product")
    q.add_argument("sku")
    q.add_argument("files", nargs="+", type=Path, metavar="FILE")
    q.add_argument("--role", choices=vocab.PHOTO_ROLES.codes(), help="peran foto / photo role")
    q.set_defaults(handler=_photo_add)
    q = actions.add_parser("list", help="daftar foto produk / list a product's photos")
    q.add_argument("sku")
    q.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    q.set_defaults(handler=_photo_list)
    q = actions.add_parser("remove", help="lepas foto dari produk / detach a photo")
    q.add_argument("photo_id", type=int)
    q.set_defaults(handler=_photo_remove)

    p = sub.add_parser(
        "import",
        help="impor produk dari CSV/XLSX/XLS/ODS / import products from CSV/XLSX/XLS/ODS",
    )
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="hanya laporkan yang akan berubah / only report what would change",
    )
    p.add_argument(
        "--skip-invalid",
        action="store_true",
        help="impor baris yang benar, lewati yang salah / import valid rows, skip others",
    )
    p.add_argument(
        "--allow-outside-paths",
        action="store_true",
        help="izinkan foto di luar folder lembar kerja / allow photo files outside the "
        "sheet's folder",
    )
    p.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="KOLOM=FIELD",
        help='arahkan kolom ke isian, mis. "Nama Produk=name_id" atau "No.=ignore" / map a '
        "column to a field (repeatable)",
    )
    p.add_argument(
        "--strict-columns",
        action="store_true",
        help="tolak kolom tidak dikenal (bukan diabaikan) / refuse unknown columns instead of "
        "ignoring them",
    )
    p.add_argument("--json", action="store_true", help="laporan JSON / JSON report")
    p.set_defaults(handler=_import)
    p = sub.add_parser("export", help="ekspor produk ke CSV/XLSX / export products to CSV/XLSX")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument(
        "--no-photos",
        action="store_true",
        help="tanpa menyalin foto / do not copy photos beside the sheet",
    )
    p.set_defaults(handler=_export)

    p = sub.add_parser("search", help="cari produk / search products")
    p.add_argument("query", nargs="+", metavar="QUERY")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    p.set_defaults(handler=_search)
    p = sub.add_parser(
        "check",
        help="periksa data (aturan domain; keluar 1 bila ada galat) / "
        "check data against the rules (exit 1 on an error)",
    )
    p.add_argument("--json", action="store_true", help="keluaran JSON / JSON output")
    p.add_argument("--errors-only", action="store_true", help="hanya galat / errors only")
    p.add_argument(
        "--for",
        dest="output",
        choices=["exhibition", "submission", "label", "web"],
        help="kesiapan untuk keluaran ini / readiness for this output",
    )
    p.add_argument(
        "--bilingual",
        action="store_true",
        help="terjemahan Inggris wajib / English translations required",
    )
    p.set_defaults(handler=_check)
    p = sub.add_parser(
        "gc",
        help="hapus berkas foto yang tidak dipakai / remove photo files nothing uses",
    )
    p.add_argument(
        "--dry-run",
        action="store_true",
        help="hanya sebutkan yang akan dihapus / only list what would be removed",
    )
    p.set_defaults(handler=_gc)
    p = sub.add_parser("backup", help="cadangkan pustaka ke ZIP / back up the library to a ZIP")
    p.add_argument(
        "--out",
        type=Path,
        metavar="FILE",
        help="berkas ZIP (bawaan: backups/ di pustaka) / ZIP file",
    )
    p.set_defaults(handler=_backup)
    p = sub.add_parser("restore", help="pulihkan dari cadangan ZIP / restore from a backup ZIP")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(handler=_restore, needs_library=False)


def _init(args: argparse.Namespace, lib: None, out: Out) -> int:
    with ops.opened(args.library) as opened:
        out.say(f"Pustaka siap di {opened.root}", f"Library ready at {opened.root}")
    return 0


def _info(args: argparse.Namespace, lib: Library, out: Out) -> int:
    s = ops.summary(lib)
    if args.json:
        print_json(s)
        return 0
    choice = getattr(args, "library_choice", None)
    if choice is not None and choice.root == s.root:
        out.say(choice.describe("id"), choice.describe("en"))
    else:
        out.say(f"Pustaka: {s.root}", f"Library: {s.root}")
    out.say(
        f"  {s.products} produk ({s.tenun} tenun, {s.sei} sei), {s.producers} produsen, "
        f"{s.motifs} motif, {s.photos} foto, {s.permits} izin",
        f"  {s.products} products ({s.tenun} tenun, {s.sei} sei), {s.producers} producers, "
        f"{s.motifs} motifs, {s.photos} photos, {s.permits} permits",
    )
    return 0


def _photo_size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()):
        raise argparse.ArgumentTypeError(f"WxH, misalnya/for example 1200x900: {text!r}")
    return int(width), int(height)


def _demo(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..demo import build_demo
    from ..demo.build import DEFAULT_PHOTO_SIZE

    if args.producers is not None:  # refused before the demo is built, not after
        from ..demo.bulk_producers import check_count

        check_count(args.producers)
    bar = Progress("contoh" if out.lang == "id" else "demo")
    started: list[int] = []

    def progress(done: int, total: int) -> None:
        if not started:  # said once, at once: the first step comes before any photo is drawn
            started.append(total)
            out.say(
                f"Membuat pustaka contoh di {lib.root} ({total} langkah)…",
                f"Building the demo library in {lib.root} ({total} steps)…",
            )
        bar(done, total)

    result = build_demo(
        lib,
        products=args.products,
        if_empty=args.if_empty,
        photo_size=args.photo_size or DEFAULT_PHOTO_SIZE,
        progress=progress,
    )
    if result.skipped:
        out.say(
            "Pustaka sudah berisi produk; contoh tidak ditambahkan.",
            "The library already has products; no demo added.",
        )
        return _info(argparse.Namespace(json=False), lib, out)
    if args.producers:
        from ..demo.bulk_producers import add_synthetic_producers

        added, permits = add_synthetic_producers(lib, args.producers)
        result = dataclasses.replace(
            result, producers=result.producers + added, permits=result.permits + permits
        )
    out.say(
        f"Contoh dibuat: {result.products} produk, {result.producers} produsen, "
        f"{result.motifs} motif, {result.photos} foto, {result.permits} izin.",
        f"Demo built: {result.products} products, {result.producers} producers, "
        f"{result.motifs} motifs, {result.photos} photos, {result.permits} permits.",
    )
    return 0


def _photo_add(args: argparse.Namespace, lib: Library, out: Out) -> int:
    result = ops.attach_photos(
        lib,
        args.sku,
        args.files,
        role=args.role,
        progress=Progress("foto" if out.lang == "id" else "photos"),
    )
    out.say(
        f"{len(result.added)} foto ditambahkan ke {args.sku}.",
        f"{len(result.added)} photos added to {args.sku}.",
    )
    for error in result.errors:
        out.warn(error.message_id, error.message_en)
    return 1 if result.errors else 0


def _photo_list(args: argparse.Namespace, lib: Library, out: Out) -> int:
    photos = ops.list_photos(lib, args.sku)
    if args.json:
        print_json(photos)
        return 0
    if not photos:
        out.say("Produk ini belum punya foto.", "This product has no photos yet.")
        return 0
    print_table(
        ["id", "urutan/order", "peran/role", "ukuran/size", "berkas asal/original", "keterangan"],
        [
            [
                p.id,
                p.position + 1,
                vocab.PHOTO_ROLES.label(p.role, out.lang),
                f"{p.width}x{p.height}",
                p.original_name,
                p.caption_en if out.lang == "en" else p.caption_id,
            ]
            for p in photos
        ],
    )
    return 0


def _photo_remove(args: argparse.Namespace, lib: Library, out: Out) -> int:
    ops.remove_photo(lib, args.photo_id)
    out.say(f"Foto {args.photo_id} dilepas.", f"Photo {args.photo_id} removed.")
    return 0


def _import(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from ..spreadsheet.columns import fold
    from ..spreadsheet.mapping import parse_map_options

    mapping = parse_map_options(args.map)
    report = ops.import_spreadsheet(
        lib,
        args.file,
        dry_run=args.dry_run,
        skip_invalid=args.skip_invalid,
        allow_outside_paths=args.allow_outside_paths,
        mapping=mapping or None,
        strict_columns=args.strict_columns,
    )
    chosen = {fold(h) for h in mapping}  # columns ignored with --map are not warned about
    for header in [h for h in report.ignored_columns if fold(h) not in chosen]:
        out.warn(
            f"Peringatan: kolom '{header}' diabaikan (tidak dikenal). Pakai --map "
            f'"{header}=FIELD" untuk mengimpornya, atau --strict-columns untuk menolak.',
            f"Warning: column '{header}' ignored (unknown). Use --map \"{header}=FIELD\" to "
            "import it, or --strict-columns to refuse it.",
        )
    if args.json:
        print_json(report)
        return 1 if report.errors and not report.applied else 0
    for e in report.errors:
        out.warn(e.message("id"), e.message("en"))  # row, column and cell ("D4")
    will = "akan " if report.dry_run else ""
    out.say(
        f"{'Uji coba: ' if report.dry_run else ''}{len(report.created)} produk {will}ditambahkan, "
        f"{len(report.updated)} {will}diubah, {report.photos_added} foto, "
        f"{len(report.new_producers)} produsen baru.",
        f"{'Dry run: ' if report.dry_run else ''}{len(report.created)} products "
        f"{'would be ' if report.dry_run else ''}added, {len(report.updated)} updated, "
        f"{report.photos_added} photos, {len(report.new_producers)} new producers.",
    )
    for sku, changed in report.updated.items():
        print(f"  {sku}: {', '.join(changed)}")
    if report.skipped_rows:
        out.warn(
            f"Baris dilewati: {', '.join(map(str, report.skipped_rows))}",
            f"Rows skipped: {', '.join(map(str, report.skipped_rows))}",
        )
    if report.errors and not report.applied and not report.dry_run:
        out.warn(
            "Tidak ada yang diimpor: perbaiki baris di atas, atau pakai --skip-invalid.",
            "Nothing was imported: fix the rows above, or use --skip-invalid.",
        )
        return 1
    return 1 if report.errors and report.dry_run else 0


def _export(args: argparse.Namespace, lib: Library, out: Out) -> int:
    report = ops.export_spreadsheet(lib, args.file, with_photos=not args.no_photos)
    out.say(
        f"{report.rows} produk diekspor ke {report.path} ({report.photos_copied} foto).",
        f"{report.rows} products exported to {report.path} ({report.photos_copied} photos).",
    )
    return 0


def _search(args: argparse.Namespace, lib: Library, out: Out) -> int:
    rows = ops.search_products(lib, " ".join(args.query), limit=args.limit)
    print_products(rows, args.json, out.lang)
    return 0


def _check(args: argparse.Namespace, lib: Library, out: Out) -> int:
    results = ops.check(lib, output=args.output, bilingual=args.bilingual)
    if args.errors_only:
        for r in results:
            r.findings = [f for f in r.findings if f.level == "error"]
    if not args.output:
        results = [r for r in results if r.findings]
    # Exit 1 when a rule says error (a script can rely on it); 0 with warnings only. Required
    # items missing for an output (--for) are readiness, shown as scores, not rule errors.
    failed = 1 if any(_is_rule_error(f) for r in results for f in r.findings) else 0
    if args.json:
        print_json(results)
        return failed
    errors = sum(1 for r in results for f in r.findings if _is_rule_error(f))
    missing = sum(1 for r in results for f in r.findings if f.code.startswith("missing_"))
    warnings = sum(1 for r in results for f in r.findings if f.level == "warning")
    for r in results:
        if args.output and not r.findings:
            continue
        score = f" [{r.score}%]" if r.score is not None else ""
        print(f"{r.entity} {r.key} {r.name}{score}".rstrip())
        for f in r.findings:
            mark = (
                ("GALAT" if out.lang == "id" else "ERROR")
                if f.level == "error"
                else ("PERINGATAN" if out.lang == "id" else "WARNING")
            )
            print(f"  {mark} [{f.field}] {f.message(out.lang)}")
    if args.output:
        ready = sum(1 for r in results if r.ready)
        out.say(f"Siap: {ready} dari {len(results)}.", f"Ready: {ready} of {len(results)}.")
    if args.output:
        out.say(f"{missing} isian wajib belum ada.", f"{missing} required items missing.")
    out.say(f"{errors} galat, {warnings} peringatan.", f"{errors} errors, {warnings} warnings.")
    return failed


def _is_rule_error(f: Finding) -> bool:
    return f.level == "error" and not f.code.startswith("missing_")


def _gc(args: argparse.Namespace, lib: Library, out: Out) -> int:
    """Remove unused originals. The command line holds no undo history, so every unused file
    older than an hour goes; younger ones may belong to an import still running."""
    from ..operations import gc

    if args.dry_run:
        unused = gc.unused_files(lib)
        for item in unused:
            print(f"  {item.name}  {gc.size_text(item.size)}")
        size = gc.size_text(sum(f.size for f in unused))
        out.say(
            f"Uji coba: {len(unused)} berkas tidak dipakai ({size}); tidak ada yang dihapus.",
            f"Dry run: {len(unused)} unused files ({size}); nothing removed.",
        )
        return 0
    result = gc.collect(lib)
    size = gc.size_text(result.removed_bytes)
    out.say(
        f"{len(result.removed)} berkas foto yang tidak dipakai dihapus ({size}).",
        f"{len(result.removed)} unused photo files removed ({size}).",
    )
    if result.kept_young:
        out.say(
            f"{len(result.kept_young)} berkas lebih muda dari 1 jam dibiarkan (mungkin impor "
            "yang sedang berjalan).",
            f"{len(result.kept_young)} files younger than 1 hour were left (an import may "
            "still be running).",
        )
    if result.failed:
        out.warn(
            f"{len(result.failed)} berkas tidak dapat dihapus: {', '.join(result.failed[:3])}",
            f"{len(result.failed)} files could not be removed: {', '.join(result.failed[:3])}",
        )
        return 1
    return 0


def _backup(args: argparse.Namespace, lib: Library, out: Out) -> int:
    from datetime import datetime

    target = args.out or lib.backups_dir / f"cadangan-{datetime.now():%Y%m%d-%H%M%S}.zip"
    result = ops.make_backup(lib, target)
    out.say(
        f"Cadangan dibuat: {result.path} ({result.photos} foto, {result.bytes // 1024} KB)",
        f"Backup written: {result.path} ({result.photos} photos, {result.bytes // 1024} KB)",
    )
    return 0


def _restore(args: argparse.Namespace, lib: None, out: Out) -> int:
    from ..store import default_root

    root = args.library or default_root()
    result = ops.restore_backup(args.file, root)
    out.say(
        f"Pustaka {result.root} dipulihkan ({result.photos_added} foto baru).",
        f"Library {result.root} restored ({result.photos_added} new photos).",
    )
    if result.previous_database:
        out.say(
            f"Basis data sebelumnya disimpan di {result.previous_database}",
            f"The previous database was kept at {result.previous_database}",
        )
    if result.photos_missing:
        out.warn(
            f"{result.photos_missing} berkas foto yang disebut basis data tidak ada di cadangan "
            "maupun di folder photos/.",
            f"{result.photos_missing} photo files the database names are neither in the backup "
            "nor in the photos/ folder.",
        )
    return 0
