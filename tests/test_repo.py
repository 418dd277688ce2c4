"""Guards on the repository itself: inputs, pins, CI entry point, site config.

Each test here protects a platform fact from ../shared/DESIGN.md that would
otherwise fail silently (search without Chinese segmentation, MkDocs 2.0,
a nav that lists every article, a seed file edited by accident).
"""
from __future__ import annotations

import hashlib
import re

import pytest
import yaml
from packaging.specifiers import SpecifierSet
from packaging.version import Version


def sha256(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_pins(path) -> dict[str, str]:
    """`name==version` lines of a requirements file, names lower-cased."""
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^\s*([A-Za-z0-9_.\-]+)==([^\s;#]+)", line)
        if m:
            pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    return pins


class _TolerantLoader(yaml.SafeLoader):
    """SafeLoader that reads `!!python/name:...` and other tags as None."""


_TolerantLoader.add_multi_constructor("", lambda loader, suffix, node: None)


@pytest.fixture(scope="module")
def mkdocs_config(repo_root):
    return yaml.load((repo_root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_TolerantLoader)


def test_sources_hold_the_seeds_byte_identical(repo_root, shared_dir):
    seeds = sorted((shared_dir / "seeds").iterdir())
    assert len(seeds) == 5
    for seed in seeds:
        copy = repo_root / "sources" / seed.name
        assert copy.is_file(), f"sources/{seed.name} is missing"
        assert sha256(copy) == sha256(seed), f"sources/{seed.name} differs from the seed"


def test_requirements_are_exact_pins_within_platform_limits(repo_root):
    runtime = read_pins(repo_root / "requirements.txt")
    assert Version(runtime["mkdocs"]) in SpecifierSet("<2"), "MkDocs 2 drops plugins"
    assert Version(runtime["mkdocs-material"]) in SpecifierSet(">=9,<10")
    assert "jieba" in runtime, "without jieba Material's search stops segmenting Chinese"
    for line in (repo_root / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        assert not line or "==" in line, f"requirements.txt: not an exact pin: {line!r}"
    dev = (repo_root / "requirements-dev.txt").read_text(encoding="utf-8")
    assert "-r requirements.txt" in dev
    assert {"pytest", "hypothesis", "playwright"} <= read_pins(repo_root / "requirements-dev.txt").keys()


def test_ci_runs_the_whole_suite_through_make(repo_root):
    script = (repo_root / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    assert re.search(r"^make test\s*$", script, re.M)
    makefile = (repo_root / "Makefile").read_text(encoding="utf-8")
    test_recipe = re.search(r"^test:.*\n((?:\t.*\n)+)", makefile, re.M).group(1)
    pytest_args = test_recipe.partition("pytest")[2]
    assert pytest_args, "make test must run pytest"
    assert not re.search(r"\s-(k|x|m)\b|--lf|--deselect|--exitfirst", pytest_args), (
        "make test must run the whole suite"
    )


def test_jieba_segments_a_mid_title_word():
    # "World Cities and Local Governments Asia-Pacific chair Ko Shih-hsien":
    # 亚太区 sits inside the title; without jieba it is not a token at all.
    jieba = pytest.importorskip("jieba")
    tokens = jieba.lcut("世界城地组织亚太区主席柯世贤")
    assert "亚太区" in tokens
    assert any(len(t) >= 2 for t in tokens) and len(tokens) >= 4


def test_material_search_sees_jieba():
    from material.plugins.search import plugin

    assert plugin.jieba is not None, "Material's search imported no jieba: Chinese search is off"


def test_mkdocs_search_is_configured_for_chinese(mkdocs_config):
    searches = [p["search"] for p in mkdocs_config["plugins"] if isinstance(p, dict) and "search" in p]
    assert searches, "mkdocs.yml: search plugin must be configured"
    search = searches[0]
    assert search["lang"] in ("zh", ["zh"])
    sep = search["separator"]
    # jieba joins segments with U+200B; the regex must split on it, written
    # either as the escape (for the browser's regex) or as the character.
    assert "\\u200b" in sep or "\u200b" in sep
    assert "\\s" in sep


def test_site_config_stays_small_and_offline_friendly(mkdocs_config):
    assert mkdocs_config["theme"]["font"] is False, "font: false, or every page asks Google Fonts"
    # .html URLs: the site served online is also the offline bundle (works from file://).
    assert mkdocs_config["use_directory_urls"] is False
    nav_files = [next(iter(item.values())) for item in mkdocs_config["nav"]]
    assert len(nav_files) <= 8, "articles belong in generated index pages, not in nav"
    assert not any(str(f).startswith("articles/") for f in nav_files)


def test_the_mkdocs_hook_lives_outside_the_package(repo_root, mkdocs_config):
    """mkdocs.yml loads the hook by its path from hooks/; the package never imports it, and the
    constants the two share (the hook keeps copies, as it must load without the package) agree."""
    from reading_room.publish.sitebuild import ONLY_ENV, SHARD_ENV
    from reading_room.site.render import RAW_CLOSE, RAW_OPEN
    from rr_site import HOOK_FILES, hooks

    assert mkdocs_config["hooks"] == [path.relative_to(repo_root).as_posix() for path in HOOK_FILES]
    for path in (repo_root / "reading_room").rglob("*.py"):
        assert "from hooks" not in path.read_text(encoding="utf-8"), path  # the package never imports a hook
    for path in HOOK_FILES:
        assert "import reading_room" not in path.read_text(encoding="utf-8")
        assert "from reading_room" not in path.read_text(encoding="utf-8")
        assert "Off switch" in path.read_text(encoding="utf-8"), path  # each says how to turn it off
    hook = hooks()
    assert (hook.RAW_OPEN, hook.RAW_CLOSE, hook.SHARD_ENV, hook.ONLY_ENV) == (RAW_OPEN, RAW_CLOSE, SHARD_ENV, ONLY_ENV)


#: The package's layers, lowest first; a module imports only from its own layer or a lower one.
#: Modules directly in reading_room/ (model, patterns, slugs, parallel) are the bottom layer;
#: `reading_room.cli` (the click commands) sits on top of them all and nothing imports it.
LAYERS = ("", "convert", "site", "publish")
CLI = "reading_room.cli"


def _imports(path, module: str):
    """`(target module, line, at module level?)` for every import of the package in `path`."""
    import ast

    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    top = {id(node) for node in tree.body}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                base = ".".join(parts[: len(parts) - node.level + 1] + ([node.module] if node.module else []))
            names = [base] if node.module else [f"{base}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        else:
            continue
        for name in names:
            if name == "reading_room" or name.startswith("reading_room."):
                yield name, node.lineno, id(node) in top


def _layer(module: str) -> int:
    if module == CLI or module.startswith(CLI + "."):
        return len(LAYERS)
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[1] in LAYERS else 0


def test_imports_point_down_the_layers(repo_root):
    """cli → publish → site → convert → model/patterns: no module imports a layer above its own, and
    no import inside a function hides a cycle."""
    package = repo_root / "reading_room"
    assert sorted(p.name for p in package.iterdir() if p.is_dir() and p.name != "__pycache__") == sorted(LAYERS[1:])
    wrong = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(repo_root).with_suffix("").parts
        module = ".".join(parts[:-1] if path.name == "__init__.py" else parts)
        for target, line, top_level in _imports(path, module):
            if _layer(target) > _layer(module):
                wrong.append(f"{path.relative_to(repo_root)}:{line}: {module} imports {target}, a layer above")
            if not top_level:
                wrong.append(f"{path.relative_to(repo_root)}:{line}: imports {target} inside a function")
    assert wrong == []


#: Modules allowed past the size limit, and why.
LONG_MODULES = {"reading_room/patterns.py": "the table of every named pattern, one entry each"}


def test_modules_and_functions_stay_small_enough_to_read(repo_root):
    """Modules of at most 400 lines and functions of at most 80, in the package and the hook."""
    import ast
    too_long = []
    for path in sorted([*(repo_root / "reading_room").rglob("*.py"), *(repo_root / "hooks").glob("*.py")]):
        name = path.relative_to(repo_root).as_posix()
        text = path.read_text("utf-8")
        if name not in LONG_MODULES and text.count("\n") > 400:
            too_long.append(f"{name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 80:
                too_long.append(f"{name}:{node.lineno} {node.name}: {node.end_lineno - node.lineno + 1} lines")
    assert not too_long, too_long
