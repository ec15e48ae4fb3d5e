"""The Project: every document of one run plus what they share (config, vocabulary)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from ficlint.config import Config
from ficlint.document import Document, base_form
from ficlint.packs import Vocabulary, load_vocabulary


@dataclass
class Project:
    """All chapters linted together, so checks can look across them.

    `targets` (paths), when given, are the documents to report on; the others are the rest of the
    story, read so that names and terms are counted across every chapter (the pre-commit hook).
    """

    documents: list[Document]
    config: Config
    vocabulary: Vocabulary
    memo: dict = field(default_factory=dict)
    targets: frozenset[str] | None = None

    @classmethod
    def load(cls, documents: list[Document], config: Config, targets: frozenset[str] | None = None) -> "Project":
        """The project of a run, with the packs its configuration (or, under "auto", its names) calls for."""
        project = cls(documents, config, Vocabulary(), targets=targets)
        project.vocabulary = load_vocabulary(config, project.word_counts)
        return project

    def remember(self, key, compute):
        """Compute a project-wide value once and share it between documents and checks."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]

    def reports_on(self, document: Document) -> bool:
        """Whether the document's findings are reported (not only read as the rest of the story)."""
        return self.targets is None or document.path in self.targets

    @property
    def linted(self) -> list[Document]:
        """The documents whose findings are reported."""
        return [d for d in self.documents if self.reports_on(d)]

    @cached_property
    def word_counts(self) -> Counter:
        """How often each word (as written, possessive dropped) occurs across the project."""
        return Counter(base_form(token.text) for document in self.documents for token in document.tokens)

    @cached_property
    def word_count(self) -> int:
        return sum(document.word_count for document in self.documents)
