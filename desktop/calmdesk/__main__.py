"""Allow `python -m calmdesk`."""

from calmdesk.cli.main import main

raise SystemExit(main())
