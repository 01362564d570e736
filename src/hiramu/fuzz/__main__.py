"""``python -m hiramu.fuzz [URL] [options]``; ``--help`` lists the options."""

from hiramu.fuzz.run import main

raise SystemExit(main())
