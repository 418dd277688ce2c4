"""Guards on pyproject.toml: the package metadata, the console script and the test markers.

No wheel is built here (slow, and pip may want the network); instead the tests check what a
wheel would miss: a dependency that disagrees with requirements.txt, a script that points
nowhere, a data file or sub-package outside the package list, a Chromium test that
`make check` (`-m "not browser and not slow"`) would run.
"""
from __future__ import annotations

import ast
import fnmatch
import importlib
import subprocess
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

#: Conftest fixtures that launch Chromium; a test asking for one (even through another
#: fixture) drives the browser.
BROWSER_FIXTURES = {"chromium", "page"}


@pytest.fixture(scope="module")
def pyproject(repo_root) -> dict:
    return tomllib.loads((repo_root / "pyproject.toml").read_text(encoding="utf-8"))


def top_level_pins(path) -> dict[str, str]:
    """`name==version` lines between `# --- top-level ---` and the next `# ---` heading."""
    pins, inside = {}, False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            inside = "top-level" in line
            continue
        line = line.split("#")[0].strip()
        if inside and line:
            name, _, version = line.partition("==")
            pins[canonicalize_name(name)] = version
    return pins


def test_dependencies_are_requirements_top_level_pins_as_ranges(repo_root, pyproject):
    pins = top_level_pins(repo_root / "requirements.txt")
    assert pins, "requirements.txt has no `# --- top-level ---` section"
    wanted = {canonicalize_name(r.name): r for r in map(Requirement, pyproject["project"]["dependencies"])}
    assert sorted(wanted) == sorted(pins)
    for name, requirement in wanted.items():
        assert Version(pins[name]) in requirement.specifier, f"{name}=={pins[name]} not in {requirement}"
    # the platform facts hold in the ranges too, not only in the pins
    assert Version("2.0") not in wanted["mkdocs"].specifier, "MkDocs 2 drops plugins"
    assert Version("10.0") not in wanted["mkdocs-material"].specifier


def test_python_floor_matches_the_makefile(repo_root, pyproject):
    assert pyproject["project"]["requires-python"] == ">=3.11"
    assert "sys.version_info < (3, 11)" in (repo_root / "Makefile").read_text(encoding="utf-8")


def test_console_script_is_the_cli_of_build_site(pyproject):
    import build_site

    target = pyproject["project"]["scripts"]["reading-room"]
    module, _, name = target.partition(":")
    main = getattr(importlib.import_module(module), name)
    assert callable(main)
    assert main.__module__ == "reading_room.cli"
    assert build_site.cli.commands == importlib.import_module(module).cli.commands


def test_every_sub_package_is_a_regular_package(repo_root, pyproject):
    """setuptools' `packages.find` skips folders without __init__.py: their modules would be
    missing from the wheel."""
    assert pyproject["tool"]["setuptools"]["packages"]["find"]["include"] == ["reading_room*"]
    package = repo_root / "reading_room"
    folders = {p.parent for p in package.rglob("*.py") if "__pycache__" not in p.parts}
    assert sorted(str(f.relative_to(repo_root)) for f in folders if not (f / "__init__.py").is_file()) == []


def _tracked(repo_root, folder: str) -> list[str]:
    try:
        done = subprocess.run(["git", "ls-files", "-z", "--", folder], cwd=repo_root,
                              capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [p for p in done.stdout.decode().split("\0") if p]


def _covered(path: str, package_data: dict[str, list[str]]) -> bool:
    """Does some `package-data` entry of a package above `path` match it?"""
    parts = path.split("/")
    for depth in range(1, len(parts)):
        package, inside = ".".join(parts[:depth]), "/".join(parts[depth:])
        for pattern in package_data.get(package, []) + package_data.get("*", []):
            if fnmatch.fnmatch(inside, pattern):
                return True
    return False


def test_package_data_covers_every_tracked_data_file(repo_root, pyproject):
    package_data = pyproject["tool"]["setuptools"].get("package-data", {})
    data = [p for p in _tracked(repo_root, "reading_room") if not p.endswith(".py")]
    assert [p for p in data if not _covered(p, package_data)] == []


@pytest.mark.parametrize("path, expected", [
    ("reading_room/site/assets/x.js", True),
    ("reading_room/site/x.css", True),
    ("reading_room/convert/dict.txt", True),
    ("reading_room/convert/x.json", False),
    ("reading_room/x.js", False),
])
def test_package_data_matching(path, expected):
    package_data = {"reading_room.site": ["assets/*.js", "*.css"], "*": ["*.txt"]}
    assert _covered(path, package_data) is expected


def _marks(decorators) -> set[str]:
    """`browser` for `@pytest.mark.browser` and `@pytest.mark.browser(...)`."""
    names = set()
    for node in decorators:
        node = node.func if isinstance(node, ast.Call) else node
        if isinstance(node, ast.Attribute) and ast.unparse(node.value) == "pytest.mark":
            names.add(node.attr)
    return names


def _module_marks(tree: ast.Module) -> set[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "pytestmark" for t in node.targets):
            value = node.value
            return _marks(value.elts if isinstance(value, (ast.List, ast.Tuple)) else [value])
    return set()


def _names_playwright(node: ast.AST) -> bool:
    """An import of playwright (or axe-playwright), or a string naming it (importorskip)."""
    for child in ast.walk(node):
        if isinstance(child, ast.Import) and any("playwright" in a.name for a in child.names):
            return True
        if isinstance(child, ast.ImportFrom) and "playwright" in (child.module or ""):
            return True
        if isinstance(child, ast.Constant) and isinstance(child.value, str) and "playwright" in child.value \
                and "." in child.value and " " not in child.value:
            return True
    return False


def browser_tests_without_the_marker(source: str) -> list[str]:
    """The tests of a module that use Playwright (import it, or ask for a Chromium fixture
    directly or through the module's own fixtures) but carry no `browser` marker."""
    tree = ast.parse(source)
    if "browser" in _module_marks(tree):
        return []
    top_level = [n for n in tree.body if not isinstance(n, (ast.FunctionDef, ast.ClassDef))]
    if any(_names_playwright(n) for n in top_level):
        return ["<module>"]
    functions = [n for n in tree.body if isinstance(n, ast.FunctionDef)]
    browsing = set(BROWSER_FIXTURES)
    while True:  # fixtures of this module that need a Chromium fixture, to a fixed point
        more = {f.name for f in functions if f.name not in browsing and "fixture" in ast.unparse(f.decorator_list)
                and ({a.arg for a in f.args.args} & browsing or _names_playwright(f))}
        if not more:
            break
        browsing |= more
    return [f.name for f in functions if f.name.startswith("test")
            and ({a.arg for a in f.args.args} & browsing or _names_playwright(f))
            and "browser" not in _marks(f.decorator_list)]


def test_every_playwright_test_is_marked_browser(repo_root):
    wrong = {path.name: names for path in sorted((repo_root / "tests").glob("test_*.py"))
             if (names := browser_tests_without_the_marker(path.read_text(encoding="utf-8")))}
    assert wrong == {}, "mark these `@pytest.mark.browser` (or the module: pytestmark)"


@pytest.mark.parametrize("source, expected", [
    ("import pytest\ndef test_a(chromium): pass\n", ["test_a"]),
    ("import pytest\n@pytest.mark.browser\ndef test_a(page): pass\n", []),
    ("import pytest\npytestmark = [pytest.mark.slow, pytest.mark.browser]\ndef test_a(page): pass\n", []),
    ("import pytest\n@pytest.fixture\ndef b(chromium): pass\ndef test_a(b): pass\n", ["test_a"]),
    ("import pytest\ndef test_a():\n    pytest.importorskip('playwright.sync_api')\n", ["test_a"]),
    ("import pytest\nx = pytest.importorskip('axe_playwright_python.sync_playwright')\n", ["<module>"]),
    ("import pytest\ndef test_a(tmp_path):\n    '''no playwright here'''\n", []),
])
def test_browser_marker_detection(source, expected):
    assert browser_tests_without_the_marker(source) == expected


def test_make_check_selects_by_marker_and_make_test_runs_everything(repo_root, pyproject):
    ini = pyproject["tool"]["pytest"]["ini_options"]
    assert "--strict-markers" in ini["addopts"]
    assert {m.partition(":")[0] for m in ini["markers"]} >= {"browser", "slow"}
    makefile = (repo_root / "Makefile").read_text(encoding="utf-8")
    check = makefile[makefile.index("\ncheck:"):].split("\n\n")[0]
    assert '-m "not browser and not slow"' in check
    for old in ("pytest.ini", "setup.cfg", "tox.ini"):
        assert not (repo_root / old).exists(), f"{old}: pytest's configuration lives in pyproject.toml"
