"""The README stays true: every setting and every CLI command is documented there."""

from __future__ import annotations

from pathlib import Path

from bot.cli import build_parser
from bot.settings import Settings

README = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")


def test_every_setting_is_documented():
    missing = [name.upper() for name in Settings.model_fields if f"`{name.upper()}`" not in README]
    assert not missing, f"settings missing from the README: {missing}"


def test_every_command_is_documented():
    commands = build_parser()._subparsers._group_actions[0].choices  # noqa: SLF001 - argparse has no public API
    for name in commands:
        assert f"jobbot {name}" in README, name
