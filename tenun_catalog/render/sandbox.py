"""The bounded sandbox that runs theme templates: what a theme may compute, and how much.

A theme is user content (a copied or downloaded folder), so besides Jinja's own sandbox (no
private attributes, no mutation of lists and dicts, `range` of at most 100,000 items) every
render is bounded here, and going past a bound is a `ThemeLimit` that env.py turns into the
usual "Kesalahan di tema <file>:<line>" message:

- one string, list or tuple that a theme builds (`*`, `+`, `~`, `%`, `{% set %}` blocks,
  filters, string methods, macro arguments) holds at most MAX_VALUE_CHARS items; sizes are
  checked BEFORE `*`, `**` and `+` run, so `"x" * 10**9` never allocates;
- an integer holds at most MAX_INT_BITS bits; a width or count given to a filter or string
  method (center, indent, wordwrap, ljust, slice, batch, `%1000000000s`...) at most MAX_WIDTH;
- `range()` yields at most MAX_RANGE_ITEMS items in all of one render; `lipsum` is bounded too;
- calls (macros, `caller()`, methods) nest at most MAX_CALL_DEPTH deep: a recursive macro stops
  long before Python's own recursion limit;
- the output of one render (and of any macro call) is at most MAX_OUTPUT_CHARS characters.
Time is bounded by env.py with render.watchdog (TEMPLATE_TIME_S).
"""

from __future__ import annotations

import operator
import re
import threading
from dataclasses import dataclass
from typing import Any

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame
from jinja2.sandbox import ImmutableSandboxedEnvironment, safe_range
from jinja2.utils import generate_lorem_ipsum
from markupsafe import Markup

MAX_VALUE_CHARS = 4_000_000  # one value built in a theme; a whole story is 5,000 characters
MAX_OUTPUT_CHARS = 50_000_000  # one render (~10 MB for a 1,000-product catalog)
MAX_INT_BITS = 4_096
MAX_WIDTH = 10_000  # a line or column width in characters, a number of slices or batches
MAX_RANGE_ITEMS = 2_000_000  # all range() items of one render
MAX_CALL_DEPTH = 64
MAX_LIPSUM = 50  # paragraphs of placeholder text


class ThemeLimit(Exception):
    """A theme went past one of the bounds above (messages in Indonesian and English)."""

    def __init__(self, message_id: str, message_en: str):
        super().__init__(message_en)
        self.message_id = message_id
        self.message_en = message_en


def _too_long(size: int, limit: int) -> ThemeLimit:
    return ThemeLimit(
        f"teks atau daftar terlalu panjang ({size:,} > {limit:,} unsur)",
        f"text or list too long ({size:,} > {limit:,} items)",
    )


@dataclass
class Budget:
    """What one render may still use (held per thread while it runs)."""

    range_items: int = MAX_RANGE_ITEMS
    depth: int = 0


_state = threading.local()


def begin() -> Budget:
    budget = Budget()
    _state.budget = budget
    return budget


def end() -> None:
    _state.budget = None


def _budget() -> Budget:
    budget = getattr(_state, "budget", None)
    if budget is None:  # a template used outside render_template: a fresh budget per thread
        budget = _state.budget = Budget()
    return budget


def check(value: Any, limit: int = MAX_VALUE_CHARS) -> Any:
    """`value` itself, when it is within the size limits."""
    if isinstance(value, str | list | tuple | bytes) and len(value) > limit:
        raise _too_long(len(value), limit)
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_INT_BITS:
        raise ThemeLimit("bilangan terlalu besar", "number too large")
    return value


def _width(value: Any) -> None:
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_WIDTH:
        raise ThemeLimit(
            f"lebar atau jumlah terlalu besar ({value:,} > {MAX_WIDTH:,})",
            f"width or count too large ({value:,} > {MAX_WIDTH:,})",
        )


def _sized(value: Any) -> int | None:
    return len(value) if isinstance(value, str | list | tuple | bytes) else None


# ---- operators -------------------------------------------------------------------------------

_FORMAT_NUMBER = re.compile(r"%[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?|\{[^{}]*?:[^{}]*?(\d+|\{)")


def _check_format(template: Any) -> None:
    """Refuse `%1000000000s`-like widths (and `*` widths) in a format string."""
    if not isinstance(template, str):
        return
    for match in _FORMAT_NUMBER.finditer(template):
        for group in match.groups():
            if group in ("*", "{"):
                raise ThemeLimit(
                    "lebar dari argumen tidak diizinkan", "a width given as an argument is refused"
                )
            if group:
                _width(int(group))


def _mul(left: Any, right: Any) -> Any:
    for seq, count in ((left, right), (right, left)):
        size = _sized(seq)
        if size is not None and isinstance(count, int):
            check_total = size * max(count, 0)
            if check_total > MAX_VALUE_CHARS:
                raise _too_long(check_total, MAX_VALUE_CHARS)
    return check(operator.mul(left, right))


def _add(left: Any, right: Any) -> Any:
    a, b = _sized(left), _sized(right)
    if a is not None and b is not None and a + b > MAX_VALUE_CHARS:
        raise _too_long(a + b, MAX_VALUE_CHARS)
    return check(operator.add(left, right))


def _pow(left: Any, right: Any) -> Any:
    if isinstance(left, int) and isinstance(right, int) and abs(left) > 1:
        if right > 0 and left.bit_length() * right > MAX_INT_BITS:
            raise ThemeLimit("bilangan terlalu besar", "number too large")
    return check(operator.pow(left, right))


def _mod(left: Any, right: Any) -> Any:
    _check_format(left)
    return check(operator.mod(left, right))


# ---- filters and globals ---------------------------------------------------------------------


def _bounded_filter(func: Any) -> Any:
    """A filter whose width-like arguments and result are checked."""
    first = 2 if hasattr(func, "jinja_pass_arg") else 1  # the value comes after eval_ctx/env

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        for arg in (*args[first:], *kwargs.values()):
            _width(arg)
        return check(func(*args, **kwargs), MAX_OUTPUT_CHARS)

    wrapper.__name__ = getattr(func, "__name__", "filter")
    wrapper.__doc__ = func.__doc__
    if hasattr(func, "jinja_pass_arg"):  # pass_context / pass_environment / pass_eval_context
        wrapper.jinja_pass_arg = func.jinja_pass_arg  # type: ignore[attr-defined]
    return wrapper


def _joined_size(items: list[Any], separator: Any) -> None:
    total = sum(len(str(x)) for x in items) + len(str(separator)) * max(0, len(items) - 1)
    if total > MAX_OUTPUT_CHARS:
        raise _too_long(total, MAX_OUTPUT_CHARS)


def _join(eval_ctx: Any, value: Any, d: str = "", attribute: Any = None) -> Any:
    """Jinja's `join`, with the total length checked before the string is built."""
    items = list(value)
    if attribute is None:
        _joined_size(items, d)
    return check(jinja2.filters.do_join(eval_ctx, items, d, attribute), MAX_OUTPUT_CHARS)


_join.jinja_pass_arg = jinja2.filters.do_join.jinja_pass_arg  # type: ignore[attr-defined]


def _replace_size(s: Any, old: Any, new: Any, count: Any = None) -> None:
    text, old_s, new_s = str(s), str(old), str(new)
    hits = (len(text) + 1) if old_s == "" else text.count(old_s)
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    size = len(text) + hits * (len(new_s) - len(old_s))
    if size > MAX_OUTPUT_CHARS:
        raise _too_long(size, MAX_OUTPUT_CHARS)


def _replace(eval_ctx: Any, s: Any, old: Any, new: Any, count: int | None = None) -> Any:
    _replace_size(s, old, new, count)
    return jinja2.filters.do_replace(eval_ctx, s, old, new, count)


_replace.jinja_pass_arg = jinja2.filters.do_replace.jinja_pass_arg  # type: ignore[attr-defined]


def _format(value: Any, *args: Any, **kwargs: Any) -> Any:
    _check_format(value)
    return check(jinja2.filters.do_format(value, *args, **kwargs), MAX_OUTPUT_CHARS)


def _range(*args: int) -> range:
    budget = _budget()
    try:
        items = safe_range(*args)
    except OverflowError:
        raise ThemeLimit(
            "range() terlalu besar (paling banyak 100.000)", "range() too large (at most 100,000)"
        ) from None
    budget.range_items -= len(items)
    if budget.range_items < 0:
        raise ThemeLimit(
            f"terlalu banyak perulangan range() (lebih dari {MAX_RANGE_ITEMS:,})",
            f"too many range() items (more than {MAX_RANGE_ITEMS:,})",
        )
    return items


def _lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:  # noqa: A002
    if n > MAX_LIPSUM or min > MAX_WIDTH or max > MAX_WIDTH:
        raise ThemeLimit("lipsum terlalu panjang", "lipsum too long")
    return generate_lorem_ipsum(n, html, min, max)


# String methods that take a width.
_WIDTH_METHODS = {"center", "ljust", "rjust", "zfill", "expandtabs"}


def _check_method(func: Any, args: tuple) -> tuple:
    """Checks a call of a str/list method before it runs; returns the arguments to use (an
    iterable given to `join` is read once here, so it is passed on as a list)."""
    owner = getattr(func, "__self__", None)
    if owner is None:  # the sandbox's own wrapper of str.format / format_map
        owner = getattr(getattr(func, "__wrapped__", None), "__self__", None)
    if not isinstance(owner, str | list | tuple | bytes):
        return args
    name = getattr(func, "__name__", "")
    if name in _WIDTH_METHODS:
        for arg in args:
            _width(arg)
    elif name in ("format", "format_map"):
        _check_format(owner)
    elif name == "replace" and len(args) >= 2:
        _replace_size(owner, *args[:3])
    elif name == "join" and args:
        items = list(args[0])
        _joined_size(items, owner)
        args = (items, *args[1:])
    return args


# ---- the environment -------------------------------------------------------------------------


class _BoundedCodeGenerator(CodeGenerator):
    """Compiles `a ~ b` and `{% set x %}...{% endset %}` so their results are size-checked."""

    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        self.write("environment.checked_text(")
        super().visit_Concat(node, frame)
        self.write(")")

    def visit_AssignBlock(self, node: nodes.AssignBlock, frame: Frame) -> None:
        # jinja2 3.1's visit_AssignBlock, with the captured text passed through checked_text.
        self.push_assign_tracking()
        block_frame = frame.inner()
        block_frame.require_output_check = False
        block_frame.symbols.analyze_node(node)
        self.enter_frame(block_frame)
        self.buffer(block_frame)
        self.blockvisit(node.body, block_frame)
        self.newline(node)
        self.visit(node.target, frame)
        self.write(
            " = environment.checked_text((Markup if context.eval_ctx.autoescape else identity)("
        )
        if node.filter is not None:
            self.visit_Filter(node.filter, block_frame)
        else:
            self.write(f"concat({block_frame.buffer})")
        self.write("))")
        self.pop_assign_tracking(frame)
        self.leave_frame(block_frame)


class BoundedSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox with the bounds of this module."""

    code_generator_class = _BoundedCodeGenerator
    intercepted_binops = frozenset({"*", "+", "**", "%"})

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.binop_table.update({"*": _mul, "+": _add, "**": _pow, "%": _mod})
        self.globals["range"] = _range
        self.globals["lipsum"] = _lipsum
        for name in ("center", "indent", "wordwrap", "slice", "batch", "list"):
            self.filters[name] = _bounded_filter(self.filters[name])
        for name in ("string", "e", "escape", "forceescape", "urlencode", "tojson", "pprint"):
            self.filters[name] = _bounded_filter(self.filters[name])
        self.filters["join"] = _join
        self.filters["replace"] = _replace
        self.filters["format"] = _format

    def checked_text(self, value: Any) -> Any:
        return check(value, MAX_OUTPUT_CHARS)

    def call_binop(self, context: Any, operator_: str, left: Any, right: Any) -> Any:
        return self.binop_table[operator_](left, right)

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        for arg in (*args, *kwargs.values()):
            check(arg, MAX_OUTPUT_CHARS if isinstance(arg, Markup) else MAX_VALUE_CHARS)
        args = _check_method(__obj, args)
        budget = _budget()
        if budget.depth >= MAX_CALL_DEPTH:
            raise ThemeLimit(
                f"panggilan makro bersarang terlalu dalam (lebih dari {MAX_CALL_DEPTH})",
                f"macro calls nested too deep (more than {MAX_CALL_DEPTH})",
            )
        budget.depth += 1
        try:
            result = super().call(__context, __obj, *args, **kwargs)
        finally:
            budget.depth -= 1
        return check(result, MAX_OUTPUT_CHARS)


def render_bounded(template: jinja2.Template, context: dict[str, Any]) -> str:
    """Render with a fresh budget and the output cap (checked as the output is produced)."""
    begin()
    try:
        parts: list[str] = []
        size = 0
        for part in template.generate(**context):
            size += len(part)
            if size > MAX_OUTPUT_CHARS:
                raise _too_long(size, MAX_OUTPUT_CHARS)
            parts.append(part)
        return "".join(parts)
    finally:
        end()
