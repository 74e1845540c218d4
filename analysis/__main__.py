"""``python -m analysis``: the kit's command line."""

import sys

from analysis.cli import main

sys.exit(main())
