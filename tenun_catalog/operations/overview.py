"""The officer's overview: legality and readiness across every producer, as one typed snapshot.

`overview(lib, today, kabupaten=None)` turns the SQL aggregates of store/overview.py into an
`Overview`; the numbers are counts, never names, so the app's overview page and the legality
report's summary can show them to anyone. The click-through lists behind a number (which
producers, which products) are `producer_ids(...)` and `unready_product_ids(...)`.

Readiness here is the required-field part of domain/readiness.py done in SQL (every required
field and the photo count; one language): "complete" means nothing required is missing. Rule
errors (a P-IRT on chilled Sei, a GI claimed outside its kabupaten...) need the Python rules per
product and are what `check` and the products page's readiness filter report; the page says so.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from ..domain import readiness, vocab
from ..domain.rules_tenun import find_gi
from ..store import Library
from ..store import overview as q

EXPIRY_WINDOWS = (30, 90)  # days: "expiring within 30 / 90 days" (the 90 includes the 30)


@dataclass(frozen=True)
class Share:
    """`count` of `total`, with its percentage (0 when there is nothing to count)."""

    count: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.count / self.total) if self.total else 0


@dataclass
class SeiOverview:
    products: int = 0
    makers: int = 0
    pirt: int = 0  # Sei products with a P-IRT number
    pirt_not_allowed: int = 0  # P-IRT on chilled/frozen Sei or a shelf life under 7 days
    bpom_required: int = 0  # frozen with a shelf life of 7 days or more
    bpom_required_present: int = 0
    bpom: int = 0
    no_permit: int = 0  # no permit although not made to order (shelf life >= 7 or unknown)
    non_pork: int = 0
    halal: int = 0  # non-pork with a halal certificate number (ID...)
    pork: int = 0
    pork_marked: int = 0  # pork marked not halal, with no halal number


@dataclass
class PermitOverview:
    expired: int = 0
    within30: int = 0
    within90: int = 0  # includes within30
    unknown: int = 0  # no expiry date (NIB, trademark...)
    total: int = 0
    producers_expired: int = 0
    producers_within30: int = 0
    producers_within90: int = 0
    by_kind: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> status -> count


@dataclass
class GiClaim:
    name: str  # as the GI registry spells it, or as written when it is not a registered GI
    registered: bool
    products: int
    outside: int  # claimed for a product whose origin is not the GI's kabupaten


@dataclass
class Overview:
    today: date
    kabupaten: str | None
    producers: int
    by_type: dict[str, int]
    by_kabupaten: dict[str, int]
    nib_valid: int
    nib_without: int
    nib_invalid: int
    products_by_kind: dict[str, int]
    sei: SeiOverview
    permits: PermitOverview
    readiness: dict[str, Share]  # output -> complete products of those it applies to
    gi_claims: list[GiClaim]

    @property
    def products(self) -> int:
        return sum(self.products_by_kind.values())

    def as_dict(self) -> dict:
        """Plain data for JSON: every count, each share with its percentage."""

        def share(x: Share) -> dict[str, int]:
            return {"count": x.count, "total": x.total, "percent": x.percent}

        data = asdict(self)
        data["today"] = self.today.isoformat()
        data["products"] = self.products
        data["nib"] = {k: share(v) for k, v in self.nib.items()}
        data["readiness"] = {k: share(v) for k, v in self.readiness.items()}
        return data

    @property
    def nib(self) -> dict[str, Share]:
        return {
            "valid": Share(self.nib_valid, self.producers),
            "without": Share(self.nib_without, self.producers),
            "invalid": Share(self.nib_invalid, self.producers),
        }


def overview(lib: Library, today: date | None = None, kabupaten: str | None = None) -> Overview:
    today = today or date.today()
    conn = lib.conn
    by_type: Counter[str] = Counter()
    by_kab: Counter[str] = Counter()
    nib: Counter[str] = Counter()
    for producer_type, kab, nib_state, count in q.producer_counts(conn, kabupaten):
        by_type[producer_type] += count
        by_kab[kab] += count
        nib[nib_state] += count
    sei = SeiOverview(
        **{k.removeprefix("sei_"): v for k, v in q.sei_counts(conn, kabupaten).items()}
    )
    permits = PermitOverview()
    for kind, status, count, _ in q.permit_counts(conn, today, kabupaten):
        permits.by_kind.setdefault(kind, {})[status] = count
        permits.total += count
        if status in ("expired", "unknown"):
            setattr(permits, status, getattr(permits, status) + count)
        if status == "within30":
            permits.within30 += count
        if status in ("within30", "within90"):
            permits.within90 += count
    permits.producers_expired = len(q.permit_producer_ids(conn, today, None, kabupaten))
    permits.producers_within30 = len(q.permit_producer_ids(conn, today, 30, kabupaten))
    permits.producers_within90 = len(q.permit_producer_ids(conn, today, 90, kabupaten))
    ready = {
        output: Share(done, total)
        for output, (total, done) in q.readiness_counts(conn, kabupaten).items()
    }
    return Overview(
        today=today,
        kabupaten=kabupaten,
        producers=sum(by_type.values()),
        by_type=dict(by_type.most_common()),
        by_kabupaten=dict(by_kab.most_common()),
        nib_valid=nib["valid"],
        nib_without=nib["without"],
        nib_invalid=nib["invalid"],
        products_by_kind=dict(q.product_kinds(conn, kabupaten)),
        sei=sei,
        permits=permits,
        readiness={o: ready[o] for o in readiness.OUTPUTS if o in ready},
        gi_claims=_gi_claims(q.gi_claims(conn, kabupaten)),
    )


def _gi_claims(rows: list[tuple[str, str, int]]) -> list[GiClaim]:
    claims: dict[str, GiClaim] = {}
    for written, origin, count in rows:
        found = find_gi(written)
        name = found[0] if found else written
        claim = claims.setdefault(name, GiClaim(name, found is not None, 0, 0))
        claim.products += count
        if found is None or origin not in found[1]:
            claim.outside += count
    return sorted(claims.values(), key=lambda c: (-c.products, c.name))


def producer_ids(
    lib: Library,
    what: str,
    today: date | None = None,
    kabupaten: str | None = None,
) -> list[int]:
    """The producers behind a number: `nib:valid|without|invalid`, `permits:expired`,
    `permits:30`, `permits:90`, `type:<producer type>`, `kabupaten:<code>`, `all`."""
    today = today or date.today()
    group, _, value = what.partition(":")
    if group == "all":
        return q.producer_ids_by_nib(lib.conn, "", kabupaten)
    if group == "type":
        return q.producer_ids_where(lib.conn, "producer_type", value, kabupaten)
    if group == "kabupaten":
        return q.producer_ids_where(lib.conn, "kabupaten", value, kabupaten)
    if group == "nib":
        return q.producer_ids_by_nib(lib.conn, value, kabupaten)
    if group == "permits":
        return q.permit_producer_ids(
            lib.conn, today, None if value == "expired" else int(value), kabupaten
        )
    raise ValueError(what)


def unready_product_ids(lib: Library, output: str, kabupaten: str | None = None) -> list[int]:
    """Products with a required field for `output` missing (the readiness number's list)."""
    if output not in q.READY:
        raise ValueError(output)
    return q.unready_ids(lib.conn, output, kabupaten)


def product_ids(lib: Library, what: str, kabupaten: str | None = None) -> list[int]:
    """The products behind a number: `unready:<output>`, `sei:<issue code>`, `gi:<GI name>`."""
    group, _, value = what.partition(":")
    if group == "unready":
        return unready_product_ids(lib, value, kabupaten)
    if group == "sei":
        if value not in q.SEI_ISSUES and value not in q.SEI_LISTS:
            raise ValueError(what)
        return q.sei_issue_product_ids(lib.conn, value, kabupaten)
    if group == "gi":
        out = []
        for product_id, written in q.gi_claim_rows(lib.conn, kabupaten):
            found = find_gi(written)
            if (found[0] if found else written) == value:
                out.append(product_id)
        return out
    raise ValueError(what)


def kabupaten_label(code: str, lang: str = "id") -> str:
    if not code:
        return "(belum diisi)" if lang == "id" else "(not filled in)"
    return vocab.KABUPATEN.label(code, lang) if code in vocab.KABUPATEN else code


SEI_ISSUE_LABELS = {  # code -> (id, en): what a Sei maker still has to arrange
    "no_permit": (
        "Sei tanpa izin edar (P-IRT/BPOM MD)",
        "Sei without a food permit (P-IRT/BPOM MD)",
    ),
    "pirt_not_allowed": (
        "P-IRT tidak berlaku (disimpan dingin/beku atau masa simpan < 7 hari)",
        "P-IRT not allowed (chilled/frozen or shelf life under 7 days)",
    ),
    "bpom_missing": ("Sei beku perlu BPOM MD", "Frozen Sei needs a BPOM MD"),
    "halal_missing": ("Sei non-babi belum bersertifikat halal", "Non-pork Sei not halal certified"),
    "pork_unmarked": (
        "Sei babi belum ditandai tidak halal",
        "Pork Sei not marked as not halal",
    ),
}


def sei_issues_by_producer(lib: Library, kabupaten: str | None = None) -> dict[int, dict[str, int]]:
    """Producer id -> {issue code: number of its Sei products with it} (codes: SEI_ISSUE_LABELS)."""
    return q.sei_issues_by_producer(lib.conn, kabupaten)
