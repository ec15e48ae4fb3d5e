"""HTML: one self-contained page (no network, no external assets) with every story shown and
its findings highlighted in place, coloured by check, and listed under their paragraph with
their severity, message and suggestions, so the page reads on a phone or on paper without a
mouse; the message also on hover, focus or click; a summary per code and per file; and a filter
per check. Severities differ in words and symbols as well as in colour and underline.
"""

from __future__ import annotations

import bisect
import json
import re
from collections import Counter
from html import escape

from ficlint.checks import all_rules

PALETTE = ("#f4a7a7", "#f7d08a", "#a8d8a8", "#a9c8f0", "#d5b3ea", "#f2b8d8", "#b8e0dc", "#e0c9a6")
HTML_SUFFIXES = (".html", ".htm")

STYLE = """
body { font: 15px/1.5 Georgia, serif; margin: 0 auto; max-width: 60em; padding: 1em 2em 8em; color: #222; }
h1, h2, table, #filters, #detail { font-family: system-ui, sans-serif; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 2px 8px; text-align: left; }
td.count { text-align: right; }
#filters label { margin-right: 1em; padding: 2px 6px; border-radius: 3px; cursor: pointer; }
div.story { background: #fcfcfa; border: 1px solid #eee; padding: 0.5em 1em; }
div.paragraph { margin: 0.8em 0; }
pre.text { white-space: pre-wrap; font: inherit; margin: 0; }
ol.findings { margin: 0.3em 0 0 0; padding: 0.3em 0.6em 0.3em 2.2em; background: #f3f1ea; border-left: 3px solid #d9c36a;
  font: 13px/1.45 system-ui, sans-serif; }
ol.findings li { margin: 0.15em 0; }
.severity { font-weight: bold; }
li.severity-error .severity { color: #b03a2e; }
li.severity-warning .severity { color: #8a5a00; }
li.severity-info .severity { color: #555; font-weight: normal; }
.where { color: #555; }
mark.finding::before { content: attr(data-n); font: bold 10px system-ui, sans-serif; vertical-align: super; color: #555; }
mark.finding { cursor: pointer; border-radius: 2px; position: relative; color: inherit; }
mark.finding:hover::after, mark.finding:focus::after {
  content: attr(data-tip); position: absolute; left: 0; top: 1.6em; z-index: 2; width: max-content;
  max-width: 30em; white-space: normal; background: #333; color: #fff; padding: 4px 8px;
  border-radius: 4px; font: 12px/1.4 system-ui, sans-serif;
}
mark.severity-error { box-shadow: inset 0 -3px #b03a2e; }
mark.severity-warning { text-decoration: underline wavy #b07a00; text-underline-offset: 3px; }
mark.severity-info { text-decoration: underline dotted #8a8a8a; }
@media print {
  #filters, #detail { display: none !important; }
  mark.finding::after { display: none; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  div.paragraph { break-inside: avoid; }
  mark.finding { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
#detail { position: fixed; bottom: 0; left: 0; right: 0; background: #fffbe6; border-top: 2px solid #d9c36a;
  padding: 0.6em 2em; font-size: 14px; display: none; }
#detail.open { display: block; }
"""

SEVERITY_LABELS = {"error": "✖ error", "warning": "▲ warning", "info": "ℹ info"}

SCRIPT = """
document.querySelectorAll('#filters input').forEach(function (box) {
  box.addEventListener('change', function () {
    document.body.classList.toggle('hide-' + box.value, !box.checked);
  });
});
document.querySelectorAll('mark.finding').forEach(function (mark) {
  mark.addEventListener('click', function () {
    var detail = document.getElementById('detail');
    var suggestions = JSON.parse(mark.dataset.suggestions);
    detail.querySelector('.where').textContent = mark.dataset.where + '  ' + mark.dataset.code;
    detail.querySelector('.message').textContent = mark.dataset.message;
    detail.querySelector('.suggestions').textContent =
      suggestions.length ? 'Suggestions: ' + suggestions.join(', ') : 'No suggestion';
    detail.classList.add('open');
  });
});
"""


def colours(findings) -> dict[str, str]:
    """A colour per check, in the order of the checks' names."""
    return {check: PALETTE[i % len(PALETTE)] for i, check in enumerate(sorted({f.check for f in findings}))}


def squeeze(text: str) -> str:
    """Runs of blank lines left by skipped HTML markup shown as one blank line."""
    return re.sub(r"\n[ \t]*\n\s*", "\n\n", text)


def where(finding, document) -> str:
    """Where a finding is, in words: line and column, or paragraph and column in a Word or OpenDocument file."""
    unit = "paragraph" if type(document).__name__ == "OfficeDocument" else "line"
    return f"{unit} {finding.line}, column {finding.column}"


def finding_item(finding, number: int, document) -> str:
    """One finding as a list item under its paragraph: severity, code, place, message, suggestions."""
    shown = [s for s in finding.suggestions if f"'{s}'" not in finding.message]
    suggestions = f" <i>Suggestions:</i> {escape(', '.join(shown))}" if shown else ""
    fix = " (fixable with --fix)" if finding.fix and finding.fix.safe else ""
    return (f'<li class="check-{escape(finding.check)} severity-{escape(finding.severity)}" value="{number}">'
            f'<span class=severity>{escape(SEVERITY_LABELS.get(finding.severity, finding.severity))}</span> '
            f"<code>{escape(finding.code)}</code> <span class=where>{escape(where(finding, document))}:</span> "
            f"{escape(finding.message)}{suggestions}{fix}</li>")


def mark_open(finding, number: int = 0) -> str:
    tip = f"{finding.code} ({finding.severity}): {finding.message}"
    if any(suggestion not in finding.message for suggestion in finding.suggestions):
        tip += " Suggestions: " + ", ".join(finding.suggestions)
    attributes = {
        "class": f"finding check-{finding.check} severity-{finding.severity}", "tabindex": "0",
        "data-check": finding.check,
        "data-code": finding.code, "data-message": finding.message, "data-tip": tip,
        "data-where": f"{finding.path}:{finding.line}:{finding.column}",
        "data-start": str(finding.start), "data-suggestions": json.dumps(finding.suggestions),
        "data-n": str(number) if number else "",
    }
    return "<mark " + " ".join(f'{k}="{escape(v)}"' for k, v in attributes.items()) + ">"


def highlighted(document, findings) -> str:
    """The story paragraph by paragraph: each finding wrapped in a <mark> (overlapping ones nest, clipped
    to their parent and to the paragraph), then the paragraph's findings listed with their messages."""
    is_page = document.path.lower().endswith(HTML_SUFFIXES)
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    paragraphs = document.paragraphs or [(0, len(document.text))]
    starts = [start for start, _ in paragraphs]
    chunks: dict[int, list] = {}
    for finding in ordered:
        chunks.setdefault(max(bisect.bisect_right(starts, finding.start) - 1, 0), []).append(finding)
    blocks = []
    for index, (start, end) in enumerate(paragraphs):
        inside = chunks.get(index, [])
        start = min([start, *(f.start for f in inside)])
        end = max([end, *(min(f.end, starts[index + 1] if index + 1 < len(starts) else len(document.text)) for f in inside)])
        text = _marked(document, start, end, inside, is_page)
        items = "".join(finding_item(f, n, document) for n, f in enumerate(inside, 1))
        blocks.append(f'<div class=paragraph><pre class=text data-start="{start}">{text}</pre>'
                      + (f"<ol class=findings>{items}</ol>" if items else "") + "</div>")
    return "".join(blocks)


def _marked(document, start: int, end: int, findings, is_page: bool) -> str:
    parts, stack, cursor = [], [], start

    def advance(to: int) -> None:
        nonlocal cursor
        piece = squeeze(document.readable(cursor, to)) if is_page else document.text[cursor:to]
        parts.append(escape(piece, quote=False))
        cursor = to

    for number, finding in enumerate(findings, 1):
        while stack and stack[-1] <= finding.start:
            advance(stack.pop())
            parts.append("</mark>")
        advance(finding.start)
        parts.append(mark_open(finding, number))
        stack.append(min([finding.end, end, *stack]))
    while stack:
        advance(stack.pop())
        parts.append("</mark>")
    advance(end)
    return "".join(parts)


def summary_tables(findings, documents, checks: list[str]) -> str:
    rules = all_rules()
    by_code = Counter(f.code for f in findings)
    rows = "".join(
        f"<tr><td>{escape(code)}</td><td>{escape(rules[code].name if code in rules else '')}</td>"
        f"<td>{escape(next(f.check for f in findings if f.code == code))}</td><td class=count>{count}</td></tr>"
        for code, count in sorted(by_code.items(), key=lambda item: (-item[1], item[0])))
    code_table = f"<table id=by-code><tr><th>Code</th><th>Name</th><th>Check</th><th>Findings</th></tr>{rows}</table>"
    per_file = Counter((f.path, f.check) for f in findings)
    head = "".join(f"<th>{escape(check)}</th>" for check in checks)
    rows = "".join(
        f"<tr><td><a href=\"#{anchor(i)}\">{escape(path)}</a></td><td class=count>{document.word_count:,}</td>"
        + "".join(f"<td class=count>{per_file[(path, check)]}</td>" for check in checks)
        + f"<td class=count>{sum(per_file[(path, check)] for check in checks)}</td></tr>"
        for i, (path, document) in enumerate(documents.items()))
    file_table = f"<table id=by-file><tr><th>File</th><th>Words</th>{head}<th>Total</th></tr>{rows}</table>"
    return f"<h2>By code</h2>{code_table}<h2>By file</h2>{file_table}"


def anchor(index: int) -> str:
    return f"story-{index}"


def report(findings, documents, stream) -> None:
    palette = colours(findings)
    checks = sorted(palette)
    css = STYLE + "".join(
        f"mark.check-{check}, label.check-{check} {{ background: {colour}; }}\n"
        f"body.hide-{check} mark.check-{check} {{ background: none; box-shadow: none; }}\n"
        for check, colour in palette.items())
    filters = "".join(
        f'<label class="check-{escape(check)}"><input type=checkbox value="{escape(check)}" checked> '
        f"{escape(check)} ({sum(1 for f in findings if f.check == check)})</label>" for check in checks)
    by_path: dict[str, list] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    stories = "".join(
        f'<section id="{anchor(i)}"><h2>{escape(path)}</h2>'
        f'<div class="story" data-path="{escape(path)}">{highlighted(document, by_path.get(path, []))}</div></section>'
        for i, (path, document) in enumerate(documents.items()))
    count = len(findings)
    stream.write(
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        "<meta name=viewport content=\"width=device-width, initial-scale=1\">"
        f"<title>ficlint report</title><style>{css}</style></head><body>"
        f"<h1>ficlint: {count} finding{'s' * (count != 1)} in {len(documents)} file{'s' * (len(documents) != 1)}</h1>"
        f"<div id=filters>Show: {filters}</div>{summary_tables(findings, documents, checks)}{stories}"
        '<div id=detail><b class=where></b> <span class=message></span><br><span class=suggestions></span></div>'
        f"<script>{SCRIPT}</script></body></html>\n")
