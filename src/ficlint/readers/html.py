"""HTML pages, as saved from AO3 or FanFiction.Net: the story text, with the site's chrome skipped.

The Document's text stays the file's own text, so findings keep the HTML file's lines and
columns. Tags are replaced by nothing (inline) or a paragraph break (block), entities by
their character; comments, scripts, styles and the site's chrome (AO3's preface, meta
blocks and afterword, FanFiction.Net's menus and navigation) are markup. A `<br>` is a line
break, so a paragraph broken with it stays one paragraph. When a page has
a story container (AO3's `#chapters`, FanFiction.Net's `#storytext`), only the text in it
counts; chapter headings in it (AO3's `h2.heading`) are kept. Entities inside skipped
spans are dropped by the Document, which ignores replacements overlapping markup.
"""

from __future__ import annotations

import re

from ficlint.readers.entities import entity_replacements

ATTRIBUTES = r"""(?:"[^"]*"|'[^']*'|[^'">])*"""
ITEM_RE = re.compile(
    r"(?P<comment><!--.*?-->)"
    r"|(?P<raw><(?P<raw_name>script|style|template|textarea)\b" + ATTRIBUTES + r">.*?</(?P=raw_name)\s*>)"
    r"|(?P<declaration><![A-Za-z\[][^>]*>|<\?[^>]*>)"
    r"|(?P<tag><(?!(?:script|style|template|textarea)\b)/?(?P<name>[A-Za-z][\w:-]*)(?P<attributes>" + ATTRIBUTES + r")>)",
    re.DOTALL | re.IGNORECASE,
)
UNTERMINATED_RE = re.compile(r"<!--|<(?:script|style|template|textarea)\b|</?[A-Za-z]", re.IGNORECASE)
ID_RE = re.compile(r"""\bid\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
CLASS_RE = re.compile(r"""\bclass\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
        "track", "wbr"}
BLOCK = {"address", "article", "aside", "blockquote", "center", "dd", "div", "dl", "dt", "figcaption",
         "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
         "p", "pre", "section", "table", "td", "th", "tr", "ul", "body", "html", "head", "title"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
CHROME_TAGS = {"head", "nav", "menu", "select", "form", "button", "iframe", "svg", "noscript", "footer"}
CHROME_IDS = {"preface", "afterword", "top", "pre_story_links", "profile_top", "review", "footer",
              "chap_select", "header", "navigation", "menu"}
CHROME_CLASSES = {"meta", "landmark", "toc-heading", "lc-wrapper", "menulink", "navigation", "navbar", "menu"}
STORY_IDS = {"chapters", "storytext"}
STORY_CLASSES = {"storytext"}
KEEP, SKIP = "keep", "skip"


def read(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """(markup spans, replacements) of an HTML page; a construct left open is a ValueError."""
    has_story = any(_role(name, attributes) == "story" for name, attributes in _start_tags(text))
    markup: list[tuple[int, int]] = []
    replacements: list[tuple[int, int, str]] = []
    stack: list[tuple[str, str | None]] = []
    skipping_from = 0 if has_story else None
    cursor = 0
    for match in ITEM_RE.finditer(text):
        _check_closed(text, cursor, match.start())
        cursor = match.end()
        if not match.group("tag"):
            markup.append(match.span())
            continue
        name = match.group("name").lower()
        closing = match.group().startswith("</")
        was_skipping = _decide(stack, has_story) == SKIP
        if closing:
            _close(stack, name)
        elif name not in VOID and not match.group().endswith("/>"):
            stack.append((name, _decision(name, match.group("attributes"), stack)))
        skipping = _decide(stack, has_story) == SKIP
        if skipping and not was_skipping:
            skipping_from = match.start()
        elif was_skipping and not skipping:
            markup.append((skipping_from, match.end()))
            skipping_from = None
        elif not skipping:
            replacements.append((*match.span(), "\n" if name == "br" else "\n\n" if name in BLOCK else ""))
    _check_closed(text, cursor, len(text))
    if skipping_from is not None:
        markup.append((skipping_from, len(text)))
    return markup, replacements + entity_replacements(text)


def _check_closed(text: str, start: int, end: int) -> None:
    """Text between items must hold no opening of a comment, script or tag."""
    match = UNTERMINATED_RE.search(text, start, end)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        column = match.start() - (text.rfind("\n", 0, match.start()) + 1) + 1
        raise ValueError(f"malformed HTML: '{match.group()}' at line {line}, column {column} "
                         "is never closed, so the rest of the page cannot be read")


def _start_tags(text: str):
    for match in ITEM_RE.finditer(text):
        if match.group("tag") and not match.group().startswith("</"):
            yield match.group("name").lower(), match.group("attributes")


def _classes(attributes: str) -> set[str]:
    match = CLASS_RE.search(attributes)
    return set(next(g for g in match.groups() if g is not None).split()) if match else set()


def _role(name: str, attributes: str) -> str | None:
    """'story' for a story container, 'chrome' for the site's furniture, else None."""
    id_match = ID_RE.search(attributes)
    element_id = id_match.group(1) if id_match else ""
    classes = _classes(attributes)
    if element_id in STORY_IDS or classes & STORY_CLASSES:
        return "story"
    if name in CHROME_TAGS or element_id in CHROME_IDS or classes & CHROME_CLASSES:
        return "chrome"
    return None


def _decision(name: str, attributes: str, stack) -> str | None:
    """Whether an element's text is kept or skipped (None: as its parent's)."""
    role = _role(name, attributes)
    classes = _classes(attributes)
    if name in HEADINGS and "heading" in classes and "landmark" not in classes:
        return KEEP if any(decision == KEEP for _, decision in stack) else None
    return {"story": KEEP, "chrome": SKIP}.get(role)


def _decide(stack, has_story: bool) -> str:
    """The innermost decision on the stack, or the page's default."""
    for _, decision in reversed(stack):
        if decision:
            return decision
    return SKIP if has_story else KEEP


def _close(stack, name: str) -> None:
    """Pop up to the matching open element; a stray closing tag changes nothing."""
    for index in range(len(stack) - 1, -1, -1):
        if stack[index][0] == name:
            del stack[index:]
            return
