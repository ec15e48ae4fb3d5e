"""The Project: every document of one run plus what they share (config, vocabulary)."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ficlint.config import Config
from ficlint.document import Document, base_form
from ficlint.files import check_inside
from ficlint.packs import Vocabulary, load_vocabulary, resolve_pack


@dataclass
class Project:
    """All chapters linted together, so checks can look across them."""

    documents: list[Document]
    config: Config
    vocabulary: Vocabulary
    memo: dict = field(default_factory=dict)

    @classmethod
    def load(cls, documents: list[Document], config: Config) -> "Project":
        packs = [resolve_pack(name, config.root) for name in [*config.packs, *config.rules]]
        word_files = [config.root / name for name in config.words]
        for name, path in zip(config.words, word_files):
            check_inside(path, config.root, name)
        if os.path.lexists(config.words_file):  # a link or a pipe there is an error, not skipped
            word_files.append(config.words_file)
        return cls(documents, config, load_vocabulary(packs, word_files))

    def remember(self, key, compute):
        """Compute a project-wide value once and share it between documents and checks."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    @cached_property
    def word_counts(self) -> Counter:
        """How often each word (as written, possessive dropped) occurs across the project."""
        return Counter(base_form(token.text) for document in self.documents for token in document.tokens)

    @cached_property
    def word_count(self) -> int:
        return sum(document.word_count for document in self.documents)
