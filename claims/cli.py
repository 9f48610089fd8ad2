"""The ``python -m claims`` command line: a thin layer over the library functions.

Commands live one per module in ``claims.commands``. User errors raise ``UserError`` and
are printed as one line (exit 2); nothing a user can cause ends in a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys

import claims.commands
from claims.errors import UserError


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """The ``--workspace DIR`` option every command that touches a workspace takes."""
    parser.add_argument("--workspace", metavar="DIR", default=None,
                        help="workspace folder (default: $CLAIMS_WORKSPACE or ./workspace)")


class ProgressBar:
    """A tqdm bar on stderr fed by a library progress callback ``(done, total, message)``."""

    def __init__(self, desc: str, unit: str):
        self._desc, self._unit, self._bar = desc, unit, None

    def __call__(self, done: int, total, message: str = "") -> None:
        from tqdm import tqdm

        if self._bar is None:
            self._bar = tqdm(total=total, unit=self._unit, file=sys.stderr, dynamic_ncols=True,
                             mininterval=0.2, desc=self._desc)
        if total is not None and total != self._bar.total:
            self._bar.total = total
        if message:
            self._bar.set_postfix_str(message, refresh=False)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every command module's subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="python -m claims",
        description="Claim-tracking and fact-check workbench: extract attributed claims, "
        "store and search them, record verdicts.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(claims.commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"claims.commands.{info.name}")
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except UserError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
