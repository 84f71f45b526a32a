#!/usr/bin/env python3
"""Prints a batch's parsing figures per half from `foibot eval-pairs --json` output: usage
halves.py BATCH PAIRS.json. Half A is the half rules may be written from; half B is measured only. A batch not split
yet (no halves.json: no rule has been written from any of it) is one row, "all"."""
import json
import sys
from pathlib import Path


def main(batch, pairs_json):
    split = Path(batch) / "halves.json"
    results = json.loads(Path(pairs_json).read_text())["results"]
    halves = json.loads(split.read_text()) if split.exists() else {"all": [r["file"] for r in results]}
    for side in halves:
        rows = [r for r in results if r["file"] in set(halves[side])]
        n = len(rows)
        pairs = sum(1 for r in rows if r["pairsRight"])
        auth = [r["authority"] for r in rows if r["authority"] is not None]
        right = sum(1 for a in auth if a == "Right")
        third = sum(1 for a in auth if a == "ThirdParty")
        none = sum(1 for a in auth if a == "None")
        refs = [r["refRight"] for r in rows if r["refRight"] is not None]
        dates = [r["dateRight"] for r in rows if r["dateRight"] is not None]
        skipped = sum(1 for r in rows if r["skipped"])
        print(f"half {side}: {n} letters, {skipped} skipped; pairs materially right {pairs}/{n} ({pairs / n:.0%}); "
              f"authority right {right}/{len(auth)} ({right / max(len(auth), 1):.0%}), third party {third}, none {none}; "
              f"ref right {sum(refs)}/{len(refs)}; date right {sum(dates)}/{len(dates)}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
