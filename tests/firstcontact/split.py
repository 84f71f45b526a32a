#!/usr/bin/env python3
"""Splits a first-contact batch into its two halves, by a hash of each letter's file name (fixed before any letter
is read for rule-writing): half A may be read to write parser and engine rules, half B is only ever measured.
Writes BATCH/halves.json and BATCH/questions-A.jsonl, BATCH/questions-B.jsonl (a question goes with its gold letters;
one whose gold letters fall in both halves, and an unanswerable one whose id hashes so, goes to B)."""
import hashlib
import json
import sys
from pathlib import Path


def half(name):
    return "A" if hashlib.sha256(name.encode("utf-8")).digest()[0] % 2 == 0 else "B"


def main(batch):
    batch = Path(batch)
    letters = sorted(p.name for p in (batch / "letters").iterdir() if p.is_file())
    halves = {name: half(name) for name in letters}
    (batch / "halves.json").write_text(json.dumps({"A": [n for n in letters if halves[n] == "A"], "B": [n for n in letters if halves[n] == "B"]}, indent=1) + "\n")
    out = {"A": [], "B": []}
    for part in sorted(batch.glob("questions-*.jsonl")):
        if part.stem in ("questions-A", "questions-B"):
            continue
        for line in part.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            q = json.loads(line)
            sides = {halves[f] for f in q.get("gold_files", [])}
            side = sides.pop() if len(sides) == 1 else ("B" if sides else half(q["id"]))
            out[side].append(line)
    for side, lines in out.items():
        (batch / f"questions-{side}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"letters: A {sum(1 for h in halves.values() if h == 'A')}, B {sum(1 for h in halves.values() if h == 'B')}; questions: A {len(out['A'])}, B {len(out['B'])}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "batch-1")
