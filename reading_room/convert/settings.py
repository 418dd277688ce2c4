"""Settings of the sources: the archivist's per-folder `source.yml`, validated once (the
run-wide options are `publish.archive.BuildSettings`).

`source.yml` (optional, in any folder under the sources directory) says what the pages
themselves may not print:

    publication: 郑州日报          # the paper of every file in this folder
    encoding: gb18030             # a default when detection is unsure (a Python codec name)
    files:                        # per-file overrides, by file name
      000_296d3495bee0e4b2.txt: {publication: 郑州日报}

Does not: read files (`store` does) or know about the command line.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass, field

import yaml

KNOWN_KEYS = {"publication", "encoding", "files"}
FILE_KEYS = {"publication", "encoding"}


class SettingsError(ValueError):
    """A `source.yml` that cannot be used."""


@dataclass(frozen=True)
class SourceSettings:
    publication: str | None = None
    encoding: str | None = None
    #: Lines of this file that recur across its folder (`recurring.recurring_lines`): archive
    #: evidence of furniture.  Part of the file's cache key, so a file whose evidence changes is
    #: converted again.
    recurring: frozenset[str] = frozenset()


@dataclass(frozen=True)
class FolderSettings:
    default: SourceSettings = SourceSettings()
    files: dict = field(default_factory=dict)  # file name -> SourceSettings

    def for_file(self, name: str) -> SourceSettings:
        own = self.files.get(name)
        if own is None:
            return self.default
        return SourceSettings(own.publication or self.default.publication,
                              own.encoding or self.default.encoding)


def parse_source_yml(text: str, where: str = "source.yml") -> FolderSettings:
    """Validate the YAML of one `source.yml`."""
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise SettingsError(f"{where}: not valid YAML ({exc.__class__.__name__})") from exc
    if not isinstance(data, dict):
        raise SettingsError(f"{where}: expected a mapping of settings")
    unknown = set(data) - KNOWN_KEYS
    if unknown:
        raise SettingsError(f"{where}: unknown key(s) {', '.join(sorted(unknown))};"
                            f" known: {', '.join(sorted(KNOWN_KEYS))}")
    default = SourceSettings(_str(data.get("publication")), _encoding(data.get("encoding"), where))
    files = {}
    for name, value in (data.get("files") or {}).items():
        if not isinstance(value, dict) or set(value) - FILE_KEYS:
            raise SettingsError(f"{where}: files.{name} may set only {', '.join(sorted(FILE_KEYS))}")
        encoding = _encoding(value.get("encoding"), f"{where}: files.{name}")
        files[str(name)] = SourceSettings(_str(value.get("publication")), encoding)
    return FolderSettings(default, files)


def _encoding(value, where: str) -> str | None:
    """The `encoding` setting, if it names a Python codec (legacy labels such as gb2312, gbk and
    big5 do; decode widens them).  A misspelt one would otherwise be skipped without a word at
    decode time, and the file decoded by guesswork."""
    label = _str(value)
    if label is None:
        return None
    try:
        codecs.lookup(label)
    except (LookupError, ValueError):  # ValueError: a NUL inside the name
        raise SettingsError(f"{where}: encoding {label!r} is not a known codec"
                            f" (use a Python codec name such as gb18030, big5hkscs or utf-8)") from None
    return label


def _str(value) -> str | None:
    return None if value is None else str(value)
