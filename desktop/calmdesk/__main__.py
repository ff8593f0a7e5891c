"""Allow `python -m calmdesk`."""

from calmdesk.cli import main

raise SystemExit(main())
