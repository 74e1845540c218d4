"""Setup files agree: environment.yml lists what pyproject.toml lists; the lock pins every dependency."""

from __future__ import annotations

import re
import tomllib

from conftest import ROOT


def _name(spec: str) -> tuple[str, str]:
    match = re.match(r"\s*([A-Za-z0-9_.-]+)(\[[^\]]*\])?\s*(.*)", spec)
    return re.sub(r"[-_.]+", "-", match.group(1)).lower(), match.group(3).strip()


def _pyproject() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = {}
    for spec in project["dependencies"] + project["optional-dependencies"]["dev"]:
        name, version = _name(spec)
        specs[name] = version
        if name == "dask" and "distributed" in spec:
            specs["distributed"] = version
    return specs


def _environment() -> dict[str, str]:
    specs = {}
    for line in (ROOT / "environment.yml").read_text().splitlines():
        item = re.match(r"\s+- (?!pip:)(.+)$", line)
        if not item or item.group(1).startswith(("-e", "conda-forge")):
            continue
        name, version = _name(item.group(1))
        if name not in ("python", "pip"):
            specs[name] = version
    return specs


def test_environment_yml_matches_pyproject():
    assert _environment() == _pyproject()


def test_lock_pins_every_dependency_exactly():
    pins = {}
    for line in (ROOT / "requirements.lock").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    assert all(re.fullmatch(r"[0-9][0-9A-Za-z.+!-]*", v) for v in pins.values())
    missing = set(_pyproject()) - set(pins)
    assert not missing, f"not pinned in requirements.lock: {sorted(missing)}"


def test_ci_runs_the_readme_test_command():
    assert "make test" in (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in readme and "make reports" in readme
