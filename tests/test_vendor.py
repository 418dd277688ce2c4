"""The theme files copied from Material (overrides/vendor/) still match what they were copied
from: each names its original and that file's SHA-256, and the installed Material's file must
still have it.  When Material changes one, the copy is stale until someone re-applies our
changes to the new original."""
from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from rr_site import REPO

VENDOR = REPO / "overrides" / "vendor"
#: The header every vendored copy opens with (see overrides/vendor/nav.html).
ORIGIN = re.compile(r"Vendored from Material for MkDocs [0-9.]+: (partials/[\w.-]+\.html)")
DIGEST = re.compile(r"sha256 of the original: ([0-9a-f]{64})")


def _material_templates() -> Path:
    import material

    return Path(material.__file__).parent / "templates"


def _copies() -> list[Path]:
    return sorted(VENDOR.glob("*.html"))


def test_there_are_vendored_copies():
    assert [p.name for p in _copies()] == ["nav.html", "search.html"]


@pytest.mark.parametrize("copy", _copies(), ids=lambda p: p.name)
def test_the_original_of_a_vendored_copy_is_unchanged(copy):
    text = copy.read_text("utf-8")
    origin, digest = ORIGIN.search(text), DIGEST.search(text)
    assert origin and digest, f"{copy.relative_to(REPO)} must name its original and its sha256"
    original = _material_templates() / origin.group(1)
    assert original.is_file(), f"Material no longer has {origin.group(1)}: see {copy.relative_to(REPO)}"
    actual = hashlib.sha256(original.read_bytes()).hexdigest()
    assert actual == digest.group(1), (
        f"Material's {origin.group(1)} changed: re-apply our changes to "
        f"{copy.relative_to(REPO).as_posix()} and update the hash")


@pytest.mark.parametrize("copy", _copies(), ids=lambda p: p.name)
def test_a_vendored_copy_is_used_through_a_thin_override(copy):
    """The file that shadows Material's partial is ours and small: it includes the copy."""
    origin = ORIGIN.search(copy.read_text("utf-8")).group(1)
    shim = REPO / "overrides" / origin
    text = shim.read_text("utf-8")
    assert f'{{% include "vendor/{copy.name}" %}}' in text
    assert len(text.splitlines()) <= 12, f"{shim.relative_to(REPO)} should stay a thin wrapper"


def test_no_other_override_copies_a_material_partial():
    """A Material partial shadowed in overrides/partials/ is a thin wrapper of a vendored copy."""
    material = _material_templates() / "partials"
    for path in sorted((REPO / "overrides" / "partials").glob("*.html")):
        if (material / path.name).is_file():
            assert (VENDOR / path.name).is_file(), f"{path.relative_to(REPO)}: move the copy to overrides/vendor/"
