"""The demo library: curated Tenun and Sei content from Kupang and NTT, plus synthetic products.

Owns `build_demo` (fill a library with the demo, optionally up to N products for benchmarks)
and `DemoResult`. Content lives in the `content_*` modules, photo drawing in `photos`, the
synthetic products in `bulk` and `bulk_records`.
"""

from .build import DemoResult, build_demo
from .content import DELIBERATE

__all__ = ["DELIBERATE", "DemoResult", "build_demo"]
