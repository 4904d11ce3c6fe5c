"""`python -m bot` is the same program as `jobbot`."""

import sys

from bot.cli import main

sys.exit(main())
