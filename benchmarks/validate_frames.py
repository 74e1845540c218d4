"""Validate frame detection on the two public development sets, tuning and checking parts, beside the baselines.

- **FrAC** (Guida, Otmakhova, Hovy and Frermann 2025; CC BY 4.0): about 520 sentences of news articles and
  reader comments, each labelled with one of nine Media Frames Corpus categories or "other". The kit gives
  each sentence the frame of best score in its sentence model (learned cues plus hand cues).
- **Narrative frames** (Frermann, Li, Khanehzar and Haffari 2023, "Conflicts, villains, resolutions", ACL;
  MIT): 428 climate-change news articles labelled by trained annotators for five generic frames (present or
  absent; "resolution" is read as the responsibility frame). The kit decides each frame per article by its
  calibrated article model.

The learned cues and the models' coefficients were fitted on the tuning part of each set only
(``benchmarks/build_frame_weights.py``); the checking part (the other half, by the sha256 of the sentence
text or article ID) is what the figures vouch for. Each part prints micro- and macro-F1 of the kit beside the
"every frame always present" and majority baselines, then each frame's F1 for all three side by side. The
data is read where it lies and never copied into the repository.

Usage: ``python benchmarks/validate_frames.py [SHARED_BENCHMARKS] [--part tuning|checking|all] [--json]``;
SHARED_BENCHMARKS defaults to ``../shared/benchmarks`` beside the checkout (holding ``frac/`` and
``narrative_frames/``). ``python -m analysis validate frames --gold FILE`` prints the same for one file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import validate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "benchmarks"


def gold_files(root: Path) -> dict[str, Path]:
    """The gold file of each development set under the benchmarks folder."""
    return {"FrAC (sentences, one MFC frame each)": root / "frac" / "gold_standard_single_label_all.csv",
            "narrative frames (articles, five generic frames)": validate.frames.benchmark_path(
                root / "narrative_frames")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--part", choices=("tuning", "checking", "all"), default="all",
                        help="which part of each set to score (default both)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    files = gold_files(Path(args.folder))
    missing = [f"{path.parent.name}/{path.name}" for path in files.values() if not path.is_file()]
    if missing:
        print(f"gold not found in {args.folder}: {', '.join(missing)} (pass the folder as an argument)",
              file=sys.stderr)
        return 2
    options = argparse.Namespace(split=args.part)
    for name, path in files.items():
        results = validate.frames.validation_results(validate.read_gold(path), options)
        print(validate.as_json(results) if args.json else f"== {name}\n{validate.frames.format_results(results)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
