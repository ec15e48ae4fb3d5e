"""HTML pages, as saved from AO3 or FanFiction.Net: the story text, with the site's chrome skipped.

The Document's text stays the file's own text, so findings keep the HTML file's lines and
columns. Tags are replaced by nothing (inline) or a paragraph break (block), entities by
their character; comments, scripts, styles and the site's chrome (AO3's preface, meta
blocks and afterword, FanFiction.Net's menus and navigation) are markup. A `<br>` is a line
break, so a paragraph broken with it stays one paragraph. When a page has
a story container (AO3's `#chapters`, FanFiction.Net's `#storytext`), only the text in it
counts; chapter headings in it (AO3's `h2.heading`) are kept. Entities inside skipped
spans are dropped by the Document, which ignores replacements overlapping markup.

Reading is linear in the page: no pattern rescans from every '<', and the open elements
are kept with their inherited decision and an index by name, so 100,000 nested `<div>`
cost no more than 100,000 paragraphs.
"""

from __future__ import annotations

import re

from ficlint.readers.entities import entity_replacements

ATTRIBUTES = r"""(?:"[^"]*"|'[^']*'|[^'"<>])*"""  # an unquoted '<' ends a tag: every scan stops at the next one
ITEM_RE = re.compile(
    r"(?P<comment><!--.*?(?:-->|\Z))"  # left open: to the end, then an error (not a rescan from every '<!--')
    r"|(?P<raw><(?P<raw_name>script|style|template|textarea)\b" + ATTRIBUTES + r">.*?</(?P=raw_name)\s*>)"
    r"|(?P<declaration><![A-Za-z\[][^<>]*>|<\?[^<>]*>)"
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
    has_story = any(container in text for container in (*STORY_IDS, *STORY_CLASSES)) and any(
        _role(name, attributes) == "story" for name, attributes in _start_tags(text))
    markup: list[tuple[int, int]] = []
    replacements: list[tuple[int, int, str]] = []
    stack = Open(SKIP if has_story else KEEP)
    skipping_from = 0 if has_story else None
    cursor = 0
    for match in ITEM_RE.finditer(text):
        _check_closed(text, cursor, match.start())
        cursor = match.end()
        if match.group("comment") and not match.group().endswith("-->"):
            _check_closed(text, match.start(), match.start() + 4)
        if not match.group("tag"):
            markup.append(match.span())
            continue
        name = match.group("name").lower()
        closing = match.group().startswith("</")
        was_skipping = stack.decision == SKIP
        if closing:
            stack.close(name)
        elif name not in VOID and not match.group().endswith("/>"):
            stack.push(name, _decision(name, match.group("attributes"), stack))
        skipping = stack.decision == SKIP
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


class Open:
    """The open elements, each with its own decision and the one in force inside it, and where
    each name is open, so neither a closing tag nor a decision needs a scan of the stack."""

    def __init__(self, default: str):
        self.default = default
        self.elements: list[tuple[str, str | None, str]] = []  # (name, own decision, decision in force)
        self.where: dict[str, list[int]] = {}
        self.kept = 0  # open elements whose own decision is KEEP

    @property
    def decision(self) -> str:
        """The innermost decision, or the page's default."""
        return self.elements[-1][2] if self.elements else self.default

    def push(self, name: str, own: str | None) -> None:
        self.where.setdefault(name, []).append(len(self.elements))
        self.elements.append((name, own, own or self.decision))
        self.kept += own == KEEP

    def close(self, name: str) -> None:
        """Pop up to the matching open element; a stray closing tag changes nothing."""
        if not self.where.get(name):
            return
        index = self.where[name][-1]
        while len(self.elements) > index:
            popped, own, _ = self.elements.pop()
            self.where[popped].pop()
            self.kept -= own == KEEP


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
        return KEEP if stack.kept else None
    return {"story": KEEP, "chrome": SKIP}.get(role)
