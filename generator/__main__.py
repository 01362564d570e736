"""Command line: regenerate the package, or check that the committed one is current."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .driver import GenerationError, check, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--spec", type=Path, required=True, help="the OpenAPI document")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("--output", type=Path, help="folder that receives hiramu/ (wiped and rewritten)")
    target.add_argument("--check", type=Path, help="folder holding the committed hiramu/ to compare with")
    args = parser.parse_args(argv)
    try:
        if args.output is not None:
            package = generate(args.spec, args.output)
            print(f"generated {package}")
            return 0
        problems = check(args.spec, args.check)
    except GenerationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    if problems:
        print(
            f"{args.check}/hiramu is not what {args.spec} generates (run `make generate`):", file=sys.stderr
        )
        for problem in problems:
            print(f"  {problem}", file=sys.stderr)
        return 1
    print(f"{args.check}/hiramu matches {args.spec}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
