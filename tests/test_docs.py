"""The documentation keeps up with the command line."""

from __future__ import annotations

from pathlib import Path

import click

from qsreport.cli import main

ROOT = Path(__file__).resolve().parents[1]


def _documentation() -> str:
    return "\n".join(path.read_text("utf-8") for path in
                     [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def test_every_command_and_option_is_documented() -> None:
    """Each command of `qsreport --help` and each of its long options appears in the README
    or docs/ (sqlite-utils' habit: a new option without docs fails the suite)."""
    text = _documentation()
    context = click.Context(main)
    missing = []
    for name in main.list_commands(context):
        command = main.get_command(context, name)
        assert command is not None
        if f"qsreport {name}" not in text:
            missing.append(f"qsreport {name}")
        for parameter in command.params:
            for option in parameter.opts:
                if option.startswith("--") and option not in ("--help",) and option not in text:
                    missing.append(f"qsreport {name} {option}")
    assert not missing, f"not in README.md or docs/: {missing}"
