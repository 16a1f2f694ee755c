"""The production steps of a product (yarn, dyeing with plant names, tying, weaving...): add,
list and remove, each in one transaction, returning a Change.

The app's product editor edits them as one list (`replace_steps`, one undo step per change); the
command line (`product step ...`) and the demo add and remove them one by one. The GI
description draft (`report gi-draft`) reads them through the audience view.
"""

from __future__ import annotations

import dataclasses

from ..domain import fields, vocab
from ..domain.entities import ProductionStep
from ..domain.errors import NotFound, UserError
from ..store import Library, products, steps, transaction
from .changes import Change

MAX_STEPS = 30  # per product: far above the six kinds of step; bounds the documents


def _product_id(lib: Library, sku: str) -> int:
    found = products.get(lib.conn, sku)
    if found is None or found.id is None:
        raise NotFound(
            f"Produk dengan SKU '{sku}' tidak ditemukan.", f"No product with SKU '{sku}'."
        )
    return found.id


def list_steps(lib: Library, sku: str) -> list[ProductionStep]:
    """The steps of the product `sku`, in order."""
    return steps.for_product(lib.conn, _product_id(lib, sku))


def _check(step: ProductionStep) -> None:
    if step.kind not in vocab.PRODUCTION_STEPS:
        choices = ", ".join(vocab.PRODUCTION_STEPS.codes())
        raise UserError(
            f"Tahap produksi '{step.kind}' tidak dikenal. Pilihan: {choices}",
            f"Unknown production step '{step.kind}'. Choices: {choices}",
            field="kind",
        )
    if step.days is not None and step.days < 0:
        raise UserError(
            "Lama tahap (hari) tidak boleh negatif.",
            "A step cannot take a negative number of days.",
            field="days",
        )
    step.plants = [p.strip() for p in step.plants if p.strip()]
    fields.check_lengths("step", step)


def add_step(lib: Library, sku: str, step: ProductionStep) -> Change:
    """Append a production step to the product `sku`."""
    _check(step)
    step.id = None
    with transaction(lib.conn):
        step.product_id = _product_id(lib, sku)
        if steps.count(lib.conn, step.product_id) >= MAX_STEPS:
            raise UserError(
                f"Produk '{sku}' sudah punya {MAX_STEPS} tahap produksi, batas paling banyak.",
                f"Product '{sku}' already has {MAX_STEPS} production steps, the most allowed.",
            )
        steps.insert(lib.conn, step)
    return Change("created", "step", str(step.id), None, step)


def remove_step(lib: Library, step_id: int | str) -> Change:
    """Remove one production step by its number."""
    with transaction(lib.conn):
        found = None
        if isinstance(step_id, int) or str(step_id).strip().isdigit():
            found = steps.get(lib.conn, int(step_id))
        if found is None:
            raise NotFound(
                f"Tahap produksi nomor {step_id} tidak ditemukan.",
                f"Production step {step_id} not found.",
            )
        steps.delete(lib.conn, found.id)
    return Change("deleted", "step", str(found.id), found, None)


def replace_steps(lib: Library, sku: str, wanted: list[ProductionStep]) -> list[int]:
    """Make `wanted` (in order) the product's whole list of steps, in one transaction (what the
    app's editor and its undo need); returns the new ids."""
    if len(wanted) > MAX_STEPS:
        raise UserError(
            f"Paling banyak {MAX_STEPS} tahap produksi per produk.",
            f"At most {MAX_STEPS} production steps per product.",
        )
    fresh = [dataclasses.replace(step, id=None, plants=list(step.plants)) for step in wanted]
    for step in fresh:
        _check(step)
    with transaction(lib.conn):
        product_id = _product_id(lib, sku)
        for old in steps.for_product(lib.conn, product_id):
            steps.delete(lib.conn, old.id)
        for step in fresh:  # appended in order: positions 0, 1, 2...
            step.product_id = product_id
            steps.insert(lib.conn, step)
    return [step.id for step in fresh]
