"""``python -m attribution``: the same as the ``attribution`` console script."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
