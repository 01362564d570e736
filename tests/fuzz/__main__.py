"""`PYTHONPATH=tests python -m fuzz`: the same as `python tests/fuzz/run.py`."""

from fuzz.run import main

raise SystemExit(main())
