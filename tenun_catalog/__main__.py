"""`python -m tenun_catalog`: the command line."""

import sys

from .cli import main

sys.exit(main())
