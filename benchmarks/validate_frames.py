"""Validate generic-frame detection on the public narrative-frames gold (Frermann, Li, Khanehzar and
Haffari 2023, "Conflicts, villains, resolutions: towards models of narrative media framing", ACL).

428 English news articles on climate change (2017-2019, US outlets across the political spectrum), each
labelled by trained annotators for five generic frames: conflict, resolution, economic, human interest and
moral (present or absent). The kit's cue lexicon for Semetko and Valkenburg's (2000) generic frames is
scored frame by frame (present/absent per article; "resolution" is read as the responsibility frame); an
article carries a frame when at least k of its sentences do (k = 1, 2, 3), beside the baseline that says
every frame is always present. The data is read where it lies and never copied into the repository. The
lexicon was written for war and diplomacy news and was not tuned on this data: a different topic, so the
figures are a test of how the cues travel.

Usage: ``python benchmarks/validate_frames.py [FOLDER] [--json]``; FOLDER defaults to
``../shared/benchmarks/narrative_frames`` beside the checkout.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from analysis import validate

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared" / "benchmarks" / "narrative_frames"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=str(DEFAULT))
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    path = validate.frames.benchmark_path(args.folder)
    if not path.is_file():
        print(f"gold not found: {path.name} in {Path(args.folder).name}/ (pass the folder as an argument)",
              file=sys.stderr)
        return 2
    results = validate.frames.validation_results(validate.read_gold(path))
    print(validate.as_json(results) if args.json else validate.format_report("frames (narrative frames)", results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
