"""Rules profile: time of each rule of the shipped packs on the 100,000-word, 20-chapter story.

    PYTHONPATH=src python bench/rules_profile.py     # the 20 slowest rules and the total, in process
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from story import build_story

from ficlint.checks.rules import MATCHERS, as_rule
from ficlint.config import Config
from ficlint.project import Project
from ficlint.readers import read_file
from ficlint.rulefile import load_rule_files


def main() -> None:
    paths = build_story(Path(tempfile.mkdtemp()), 100_000, 20)
    config = Config(root=Path(__file__).resolve().parent.parent)
    documents = [read_file(path) for path in paths]
    project = Project.load(documents, config)
    timings = []
    for spec in load_rule_files(project.vocabulary.folders):
        start = time.perf_counter()
        for document in documents:
            list(MATCHERS[spec.type](spec, as_rule(spec), document, project))
        timings.append((time.perf_counter() - start, spec.code))
    timings.sort(reverse=True)
    for seconds, code in timings[:20]:
        print(f"{code}  {seconds:.3f} s")
    print(f"{len(timings)} rules, {sum(seconds for seconds, _ in timings):.2f} s in all")


if __name__ == "__main__":
    main()
