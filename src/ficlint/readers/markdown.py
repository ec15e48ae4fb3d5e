"""Markdown: the spans of syntax to skip (front matter, code, HTML, link targets), and
the spans that stand for something shorter (entities, escapes, emphasis inside a word).

Heading and list markers are not words, so the tokenizer already skips them. Every
pattern is linear in the text: a run of backticks opens or closes code only whole (and
inline code spans at most 1,000 characters, within a paragraph), a fence or comment left
open runs to the end (as CommonMark reads it), a tag or link target stops at the next
bracket. Emphasis
markers touching a word are replaced by nothing, so `**Rukia**'s` and `un*believ*able`
read as one word each.
"""

from __future__ import annotations

import re

from ficlint.readers.entities import entity_replacements

MARKUP_RE = re.compile(
    r"\A---\n.*?\n(?:---|\.\.\.)[ \t]*$"  # YAML front matter
    r"|\A\+\+\+\n.*?\n\+\+\+[ \t]*$"  # TOML front matter
    r"|^(?P<fence>```+|~~~+).*?(?:^(?P=fence)[ \t]*$|\Z)"  # fenced code block (left open: to the end)
    r"|(?<!`)(?P<ticks>`+)(?!`)(?:[^`\n]|`(?!(?P=ticks))|\n(?![ \t]*\n)){1,1000}?(?<!`)(?P=ticks)(?!`)"  # inline code
    r"|<!--.*?(?:-->|\Z)"  # HTML comment (left open: to the end)
    r"|</?[A-Za-z][^<>\n]*>"  # HTML tag or autolink
    r"|\]\([^()\]\n]*\)"  # link or image target
    r"|\]\[[^\]\n]*\]"  # reference link label
    r"|\[\^[^\]\n]+\]"  # footnote reference
    r"|^\s{0,3}\[[^\]^\n][^\]\n]*\]:[^\n]*$",  # reference definition (a footnote's text is prose)
    re.MULTILINE | re.DOTALL,
)
LETTER = r"[^\W\d_]"
EMPHASIS_RE = re.compile(  # `*` may sit inside a word; `_` only at its edges (snake_case stays as it is)
    rf"(?<={LETTER})\*{{1,3}}|\*{{1,3}}(?={LETTER})|(?<!{LETTER})_{{1,3}}(?={LETTER})|(?<={LETTER})_{{1,3}}(?!{LETTER})"
)
ESCAPE_RE = re.compile(r"\\([!-/:-@\[-`{-~])")


def read(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """(markup spans, replacements) of a Markdown text."""
    markup = [match.span() for match in MARKUP_RE.finditer(text)]
    replacements = entity_replacements(text)
    replacements += [(*match.span(), "") for match in EMPHASIS_RE.finditer(text)]
    replacements += [(*match.span(), match.group(1)) for match in ESCAPE_RE.finditer(text)]
    return markup, replacements
