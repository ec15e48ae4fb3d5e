"""`python -m ficlint` and the `ficlint` command: Ctrl-C while ficlint is still starting exits 130 too."""

import sys


def run() -> None:
    try:
        from ficlint.cli import main
    except KeyboardInterrupt:
        print("interrupted: stopped (no file half-written)", file=sys.stderr)
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
