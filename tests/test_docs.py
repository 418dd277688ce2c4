"""Docs guard (datasette style): every CLI option and every source.yml key is documented."""
import re

import click

import build_site
from reading_room.convert.settings import FILE_KEYS, KNOWN_KEYS


def test_every_cli_option_is_in_the_readme(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    for name, command in build_site.cli.commands.items():
        assert f"`{name}`" in readme, name
        for param in command.params:
            if isinstance(param, click.Option) and "--help" not in param.opts:
                assert any(re.search(rf"`{re.escape(opt)}\b", readme) for opt in param.opts), (name, param.opts)


def test_every_source_yml_key_is_in_the_readme(repo_root):
    readme = (repo_root / "README.md").read_text(encoding="utf-8")
    for key in KNOWN_KEYS | FILE_KEYS:
        assert f"`{key}`" in readme, key
