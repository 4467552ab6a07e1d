"""``python -m govreport``: the same as the ``govreport`` command."""

import sys

from ._cli import main

sys.exit(main())
