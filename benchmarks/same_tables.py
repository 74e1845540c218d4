"""Are the tables byte-identical to those of another commit? For restructures that must not change behaviour.

Runs ``python -m analysis run`` on the sample corpus (``seeds/``) and on a benchmark corpus (``make_corpus.py``,
default 300 articles), once with the code of a git revision (checked out into a temporary worktree) and once
with the working tree, in both CSV and parquet. Prints one line per table: its sha256 on both sides and
``same`` or ``DIFFERENT``; exits 1 when any table differs. ``manifest.json`` is compared without its
``version``/``commit``/``kit_code`` fields, which name the code by design. Usage:
``python benchmarks/same_tables.py [--ref REV] [--size N]`` (default ``--ref HEAD``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import PYTHON, ROOT, corpus

VOLATILE = ("version", "commit", "created", "kit_code")


def digest(path: Path) -> str:
    if path.name == "manifest.json":
        manifest = json.loads(path.read_text(encoding="utf-8"))
        for key in VOLATILE:
            manifest.pop(key, None)
        data = json.dumps(manifest, sort_keys=True).encode()
    else:
        data = path.read_bytes()
    return hashlib.sha256(data).hexdigest()


def tables(code: Path, corpus_dir: Path, out: Path, fmt: str) -> dict[str, str]:
    """sha256 of every file ``run`` writes with the kit found in ``code``."""
    env = {"PYTHONPATH": str(code), "PYTHONHASHSEED": "0", "CI": "1", "PATH": "/usr/bin:/bin"}
    subprocess.run([PYTHON, "-m", "analysis", "run", "--corpus", str(corpus_dir), "--out", str(out),
                    "--format", fmt, "--workers", "1"], cwd=code, env=env, check=True, stdout=subprocess.DEVNULL)
    return {path.name: digest(path) for path in sorted(out.iterdir()) if path.is_file()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ref", default="HEAD", help="git revision to compare with (default HEAD)")
    parser.add_argument("--size", type=int, default=300, help="articles in the benchmark corpus")
    args = parser.parse_args()
    corpora = {"seeds": ROOT / "seeds", f"benchmark-{args.size}": corpus(args.size)}
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        before = Path(tmp) / "ref"
        subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(before), args.ref], cwd=ROOT,
                       check=True)
        try:
            for name, folder in corpora.items():
                for fmt in ("csv", "parquet"):
                    old = tables(before, folder, Path(tmp) / f"old-{name}-{fmt}", fmt)
                    new = tables(ROOT, folder, Path(tmp) / f"new-{name}-{fmt}", fmt)
                    for table in sorted(set(old) | set(new)):
                        same = old.get(table) == new.get(table)
                        differing += not same
                        print(f"{name:>16} {fmt:>7} {table:<28} {str(old.get(table))[:12]:>12} "
                              f"{str(new.get(table))[:12]:>12} {'same' if same else 'DIFFERENT'}")
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(before)], cwd=ROOT, check=False)
    print(f"{differing} table(s) differ from {args.ref}" if differing else f"every table is identical to {args.ref}")
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
