"""`python -m tenun_catalog.gui [--library DIR] [--lang id|en]`: open the desktop app."""

from __future__ import annotations

import sys

from .app import main

if __name__ == "__main__":
    sys.exit(main())
