"""Interactive review (`ficlint lint -i`): walk the findings one by one and decide each.

For each finding the line is shown with the span highlighted (and marked with carets,
for terminals without colour), then the choices: a number applies that suggestion,
`s` skips, `a` adds the word to the project's word list, `i` ignores the code for
this file (in the config's per-file-ignores), `q` quits. Accepted changes are
written when the walk ends or on `q`; Ctrl-C or end of input writes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import click

from ficlint.document import WORD_RE, Document, base_form
from ficlint.errors import FiclintError
from ficlint.finding import Edit, Finding, Fix
from ficlint.fixer import apply_fixes, conflict, with_text, write_document
from ficlint.ignores import add_per_file_ignore, ignore_pattern
from ficlint.linter import LintResult, lint
from ficlint.packs import add_words
from ficlint.printable import printable, printable_path
from ficlint.project import Project

WINDOW = 60


@dataclass
class Review:
    """What the author decided during the walk."""

    accepted: dict[str, list[Fix]] = field(default_factory=dict)
    words: list[str] = field(default_factory=list)
    ignored: set[tuple[str, str]] = field(default_factory=set)


def choices(finding: Finding) -> list[tuple[str, Fix]]:
    """Numbered options: each suggestion (as its fix when it has one), or the fix alone."""
    options = []
    for suggestion in finding.suggestions:
        edit = Edit(finding.start, finding.end, suggestion)
        fix = finding.fix if finding.fix and finding.fix.edits == (edit,) else Fix(False, (edit,))
        options.append((suggestion, fix))
    if finding.fix and all(fix is not finding.fix for _, fix in options):
        options.insert(0, ("apply the fix: " + " / ".join(repr(e.replacement) for e in finding.fix.edits), finding.fix))
    return options


def show(finding: Finding, document: Document, options: list[tuple[str, Fix]]) -> None:
    """Print the finding, its line with the span highlighted and caret-marked, and the options."""
    click.echo(f"\n{printable_path(finding.path)}:{finding.line}:{finding.column}: {finding.code} {printable(finding.message)}")
    line = document.line_text(finding.line)
    start = finding.column - 1
    end = min(len(line), start + len(finding.text)) if finding.end_line == finding.line else len(line)
    left, right = max(0, start - WINDOW), min(len(line), end + WINDOW)
    before = ("…" if left else "") + printable(line[left:start])
    span = printable(line[start:end])
    after = printable(line[end:right]) + ("…" if right < len(line) else "")
    click.echo("  " + before + click.style(span, reverse=True, bold=True) + after)
    click.echo("  " + "".join(c if c == "\t" else " " for c in before) + "^" * max(1, len(span)))
    for number, (label, _) in enumerate(options, 1):
        click.echo(f"  {number}) {printable(label)}")


def ask(finding: Finding, options: list[tuple[str, Fix]]) -> str:
    """Read one answer: a valid number, s, a (for a single word), i or q (Enter skips)."""
    numbers = {0: "", 1: "1 to apply, "}.get(len(options), f"1-{len(options)} to apply, ")
    word = WORD_RE.fullmatch(finding.text) and base_form(finding.text)
    add = f"[a]dd '{word}' to word list, " if word else ""
    prompt = f"  {numbers}[s]kip, {add}[i]gnore {finding.code} in this file, [q]uit"
    letters = ("s", "a", "i", "q") if word else ("s", "i", "q")
    while True:
        answer = click.prompt(prompt, default="s", show_default=False).strip().lower()
        if answer in letters or (answer.isdigit() and 1 <= int(answer) <= len(options)):
            return answer
        click.echo(f"  '{printable(answer)}' is not one of the choices")


def walk(result: LintResult, project: Project) -> Review:
    """Ask about every finding in turn; skip those already settled by an earlier answer."""
    review = Review()
    documents = {document.path: document for document in result.documents}
    for finding in result.findings:
        accepted = review.accepted.setdefault(finding.path, [])
        changed = any(e.start < finding.end and finding.start < e.end for fix in accepted for e in fix.edits)
        if changed or (finding.path, finding.code) in review.ignored or base_form(finding.text) in review.words:
            continue
        options = choices(finding)
        show(finding, documents[finding.path], options)
        answer = ask(finding, options)
        if answer.isdigit():
            fix = options[int(answer) - 1][1]
            if any(conflict(fix, kept) for kept in accepted):
                click.echo("  overlaps a change you accepted: skipped")
            else:
                accepted.append(fix)
        elif answer == "q":
            break
        else:
            try:
                settle(answer, finding, project, review)
            except FiclintError as error:
                click.echo(f"  error: {printable(str(error))}")
    return review


def settle(answer: str, finding: Finding, project: Project, review: Review) -> None:
    """`a`: add the word to the project's word list; `i`: ignore the code for this file."""
    config = project.config
    if answer == "a":
        review.words += add_words(config.words_file, [base_form(finding.text)])
        click.echo(printable(f"  added '{base_form(finding.text)}' to {config.words_file}"))
    elif answer == "i":
        pattern = ignore_pattern(config, finding.path)
        click.echo(printable(f"  {finding.code} ignored for {pattern} in {add_per_file_ignore(config, pattern, finding.code)}"))
        review.ignored.add((finding.path, finding.code))


def review_project(project: Project, checks: list) -> tuple[LintResult, list[FiclintError], str]:
    """Walk the project's findings, write the accepted changes, and re-lint what is left.

    Returns the re-lint result, the files that could not be written, and a summary line.
    """
    result = lint(project, checks)
    try:
        review = walk(result, project)
    except click.Abort:
        raise FiclintError("review", "interrupted: no story file changed") from None
    documents, errors, changes, files = [], [], 0, 0
    for document in result.documents:
        fixes = review.accepted.get(document.path, [])
        text = apply_fixes(document.text, fixes)
        if text != document.text:
            try:
                write_document(document, text)
                document = with_text(document, text)
                changes, files = changes + len(fixes), files + 1
            except FiclintError as error:
                errors.append(error)
        documents.append(document)
    left = lint(Project.load(documents, project.config), checks)
    summary = (f"review: {changes} change{'s' * (changes != 1)} written to {files} file{'s' * (files != 1)}, "
               f"{len(review.words)} word{'s' * (len(review.words) != 1)} added, {len(review.ignored)} ignored")
    return left, errors, summary

