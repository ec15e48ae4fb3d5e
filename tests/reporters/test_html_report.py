"""The HTML report: self-contained, every finding marked where it is, summaries that add up."""

from __future__ import annotations

import html
import json
import re
import shutil
from collections import Counter
from html.parser import HTMLParser

from tests.conftest import FIXTURES, SEEDS


class Marks(HTMLParser):
    """Collect each <mark>'s attributes and text, and every URL-bearing attribute."""

    def __init__(self):
        super().__init__()
        self.marks, self.open, self.urls = [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.urls += [attrs[a] for a in ("src", "href") if a in attrs and not attrs[a].startswith("#")]
        if tag == "link":
            self.urls.append(attrs.get("href", ""))
        if tag == "mark":
            self.open.append(len(self.marks))
            self.marks.append([attrs, ""])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for index in self.open:
            self.marks[index][1] += data


def lint_to_html(ficlint_process, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "story")
    shutil.copy(FIXTURES / "ffn_sample.html", tmp_path / "story" / "ffn_sample.html")
    page = ficlint_process("lint", "story", "--format", "html", "--output", "report.html")
    assert page.returncode == 1, page.stderr.decode()
    findings = json.loads(ficlint_process("lint", "story", "--format", "json").stdout)
    return (tmp_path / "report.html").read_text(encoding="utf-8"), findings


def test_the_page_needs_no_network(ficlint_process, tmp_path):
    page, _ = lint_to_html(ficlint_process, tmp_path)
    parser = Marks()
    parser.feed(page)
    assert parser.urls == []
    assert not re.search(r"url\(|@import|https?://", page.split("<body>")[0])


def test_every_finding_is_marked_with_its_text_code_and_place(ficlint_process, tmp_path):
    page, findings = lint_to_html(ficlint_process, tmp_path)
    parser = Marks()
    parser.feed(page)
    marked = sorted((a["data-where"], a["data-code"], text) for a, text in parser.marks)
    expected = sorted((f"{f['path']}:{f['line']}:{f['column']}", f["code"], f["text"]) for f in findings)
    assert marked == expected


def test_the_summary_counts_each_code_and_each_file(ficlint_process, tmp_path):
    page, findings = lint_to_html(ficlint_process, tmp_path)
    by_code = re.search(r"<table id=by-code>(.*?)</table>", page).group(1)
    rows = re.findall(r"<tr><td>(\w+)</td><td>[^<]*</td><td>\w+</td><td class=count>(\d+)</td></tr>", by_code)
    assert {code: int(n) for code, n in rows} == Counter(f["code"] for f in findings)
    by_file = re.search(r"<table id=by-file>(.*?)</table>", page).group(1)
    totals = re.findall(r"<a href=\"#story-\d+\">([^<]+)</a>.*?<td class=count>(\d+)</td></tr>", by_file)
    assert {path: int(n) for path, n in totals} == Counter(f["path"] for f in findings)


def test_a_saved_page_is_shown_as_its_story_text(ficlint_process, tmp_path):
    (tmp_path / "story").mkdir()
    shutil.copy(FIXTURES / "ao3_sample.html", tmp_path / "story" / "ao3.html")
    ficlint_process("lint", "story", "--format", "html", "--output", "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    story = re.search(r'<div class="story" data-path="story/ao3.html">(.*?)</div></section>', page, re.DOTALL).group(1)
    paragraphs = re.findall(r"<pre class=text[^>]*>(.*?)</pre>", story, re.DOTALL)
    shown = "\n\n".join(html.unescape(re.sub(r"<[^>]+>", "", paragraph)) for paragraph in paragraphs)
    assert shown.startswith("Chapter 1: Rain\n\nThe rain had not stopped")
    assert "“You shouldn’t be out here,” Rukia said" in shown and "quiet & grey" in shown
    assert "Archive of Our Own" not in shown and "\n\n\n" not in shown


def test_a_report_that_cannot_be_written_is_one_error_line(ficlint_process, tmp_path):
    (tmp_path / "ch1.txt").write_text("She hesistated.\n", encoding="utf-8")
    result = ficlint_process("lint", "ch1.txt", "--format", "html", "--output", "missing/report.html")
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == [
        "error: missing/report.html: cannot write the report: No such file or directory"]


def test_each_paragraphs_findings_are_listed_under_it_in_words(ficlint_process, tmp_path):
    (tmp_path / "ch1.txt").write_text("Kira hesistated at the gate.\n\nHe waited there.\n\n"
                                      "Then Rukia said \"we should go\" and they where gone.\n", encoding="utf-8")
    ficlint_process("lint", "ch1.txt", "--format", "html", "--output", "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    blocks = re.findall(r"<div class=paragraph>(.*?)</div>", page, re.DOTALL)
    assert len(blocks) == 3
    first = html.unescape(re.sub(r"<[^>]+>", "", blocks[0].split("<ol", 1)[1]))
    assert "▲ warning SP001 line 1, column 6: unknown word 'hesistated': did you mean 'hesitated'? (fixable with --fix)" in first
    assert "<ol" not in blocks[1]  # a clean paragraph has no list
    assert "line 5, column" in html.unescape(re.sub(r"<[^>]+>", "", blocks[2]))


def test_severities_read_differently_in_words(ficlint_process, tmp_path):
    (tmp_path / ".ficlint.toml").write_text('packs = ["english"]\nseverity = { SP001 = "error" }\n', encoding="utf-8")
    (tmp_path / "ch1.txt").write_text("Kira hesistated at the gate.\n", encoding="utf-8")
    ficlint_process("lint", "ch1.txt", "--format", "html", "--output", "report.html")
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert '<li class="check-spelling severity-error" value="1"><span class=severity>✖ error</span>' in page
    assert "@media print" in page
