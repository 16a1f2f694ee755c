"""`python -m tenun_catalog.cli`: the command line."""

import sys

from . import main

sys.exit(main())
