"""Every command and option of ``python -m claims`` has help text and is documented in README.md.

In the style of sqlite-utils: the parser is the list of what must be documented, so a new
command or option without a line in the README fails here.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from claims.cli import build_parser

README = Path(__file__).resolve().parents[2] / "README.md"


def _commands(parser: argparse.ArgumentParser, prefix: str = ""):
    """(full command name, its parser, its one-line help) for every (sub)command."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help for a in action._choices_actions}
            for name, sub in action.choices.items():
                full = f"{prefix}{name}"
                yield full, sub, helps.get(name)
                yield from _commands(sub, prefix=f"{full} ")


def _options(parser: argparse.ArgumentParser):
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        yield action


COMMANDS = list(_commands(build_parser()))


def test_there_are_commands():
    assert "extract" in {name for name, _, _ in COMMANDS}


@pytest.mark.parametrize("name,parser,summary", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_command_and_options_have_help(name, parser, summary):
    assert summary and summary.strip(), f"`{name}` has no help line in `python -m claims --help`"
    assert parser.description and parser.description.strip(), f"`{name}` has no description"
    for action in _options(parser):
        label = "/".join(action.option_strings) or action.dest
        assert action.help and action.help != argparse.SUPPRESS and action.help.strip(), \
            f"`{name}` {label} has no help text"


@pytest.mark.parametrize("name,parser,summary", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_command_and_options_are_in_readme(name, parser, summary):
    if not README.exists():
        pytest.skip("README.md does not exist yet (the lead writes it)")
    readme = README.read_text(encoding="utf-8")
    if "python -m claims " not in readme:
        pytest.skip("README.md has no command-line section yet (no `python -m claims` in it)")
    assert re.search(rf"claims {re.escape(name)}\b", readme), \
        f"README.md does not show `python -m claims {name}`"
    missing = [
        max(action.option_strings, key=len)
        for action in _options(parser)
        if action.option_strings
        and not any(re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", readme)
                    for o in action.option_strings)
    ]
    assert not missing, f"README.md does not mention {', '.join(missing)} of `{name}`"
