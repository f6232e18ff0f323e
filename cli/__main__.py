"""`python -m dicomproto.cli` runs the `dicomproto` command."""

import sys

from . import main

sys.exit(main())
