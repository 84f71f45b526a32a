#!/usr/bin/env python3
"""Checks dev-questions.jsonl: every line parses, fields and kinds are right, ids are unique, and every gold
reference names a letter (a reference printed in a letter under corpus/, or for letters that print none, the
reference column of a corpus SOURCES.md). Pass the parser's dump (lines "=== file | authority | refs=... |")
as the first argument to accept exactly the references the parser reads instead of any printed string."""
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = {"direct", "paraphrase", "temporal", "reference", "outcome", "unanswerable"}
FIELDS = {"id", "question", "gold_refs", "kind"}
HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent


def manifest_refs():
    refs = set()
    for manifest in REPO.glob("corpus/**/SOURCES.md"):
        for line in manifest.read_text(encoding="utf-8").splitlines():
            cells = [c.strip().strip("`") for c in line.strip().strip("|").split("|")]
            if len(cells) >= 3 and cells[0].endswith(".txt"):
                refs.add(cells[2])
    return refs


def parsed_refs(path):
    refs = set()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        m = re.match(r"^=== .*\| refs=([^|]*) \|", line)
        if m:
            refs.update(r for r in m.group(1).strip().split(",") if r)
    return refs


def main(argv):
    known = manifest_refs()
    if len(argv) > 1:
        known |= parsed_refs(argv[1])
        printed = ""
    else:
        printed = "\n".join(f.read_text(encoding="utf-8") for f in REPO.glob("corpus/**/*.txt"))
    problems, ids, kinds, gold = [], set(), Counter(), set()
    lines = (HERE / "dev-questions.jsonl").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        try:
            row = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"line {n}: {e}")
            continue
        if set(row) != FIELDS:
            problems.append(f"line {n}: fields {sorted(row)}")
            continue
        if row["id"] in ids:
            problems.append(f"line {n}: duplicate id {row['id']}")
        ids.add(row["id"])
        if row["kind"] not in KINDS:
            problems.append(f"line {n}: kind {row['kind']}")
        kinds[row["kind"]] += 1
        refs = row["gold_refs"]
        if not isinstance(refs, list) or len(set(refs)) != len(refs):
            problems.append(f"line {n}: gold_refs must be a list without repeats")
            continue
        if (row["kind"] == "unanswerable") != (not refs):
            problems.append(f"line {n}: unanswerable exactly when gold_refs is empty")
        for ref in refs:
            if ref not in known and ref not in printed:
                problems.append(f"line {n}: unknown ref {ref}")
            gold.add(ref)
    print(f"{len(lines)} questions; kinds {dict(kinds)}; {len(gold)} distinct gold letters")
    for p in problems:
        print("PROBLEM", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
