"""The HTML report in a real headless browser: highlights where the findings are, filters, details."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import SEEDS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
if not CHROMIUM:
    pytest.skip("chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
playwright = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install playwright)")

OFFSETS = """() => [...document.querySelectorAll('pre.text')].flatMap(pre =>
  [...pre.querySelectorAll('mark.finding')].map(mark => {
    const range = document.createRange();
    range.setStart(pre, 0);
    range.setEndBefore(mark);
    return [pre.closest('div.story').dataset.path, Number(pre.dataset.start) + range.toString().length, mark.textContent];
  }))"""


def offset(text: str, line: int, column: int) -> int:
    return sum(len(l) + 1 for l in text.split("\n")[:line - 1]) + column - 1


@pytest.fixture
def page(ficlint_process, tmp_path):
    shutil.copytree(SEEDS, tmp_path / "story")
    ficlint_process("lint", "story", "--format", "html", "--output", "report.html")
    findings = json.loads(ficlint_process("lint", "story", "--format", "json").stdout)
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        tab = browser.new_page(viewport={"width": 1100, "height": 800})
        tab.goto((tmp_path / "report.html").as_uri())
        yield tab, findings
        browser.close()


def test_highlights_sit_at_the_findings_offsets(page, tmp_path):
    tab, findings = page
    shown = sorted(tuple(item) for item in tab.evaluate(OFFSETS))
    expected = sorted(
        (f["path"], offset((tmp_path / f["path"]).read_text(encoding="utf-8-sig"), f["line"], f["column"]), f["text"])
        for f in findings)
    assert shown == expected and shown


def test_a_filter_hides_its_checks_highlights_and_a_click_shows_the_details(page, tmp_path):
    tab, findings = page
    colour = "m => getComputedStyle(m).backgroundColor"
    spelling, others = tab.locator("mark.check-spelling").first, tab.locator("mark.finding:not(.check-spelling)")
    assert spelling.evaluate(colour) != "rgba(0, 0, 0, 0)"
    if others.count():  # another check (grammar) has a colour of its own
        assert others.first.evaluate(colour) not in (spelling.evaluate(colour), "rgba(0, 0, 0, 0)")
    spelling.click()
    detail = tab.locator("#detail")
    assert detail.is_visible()
    assert spelling.get_attribute("data-message") in detail.inner_text()
    tab.locator("#filters input[value=spelling]").uncheck()
    assert spelling.evaluate(colour) == "rgba(0, 0, 0, 0)"
    if others.count():
        assert others.first.evaluate(colour) != "rgba(0, 0, 0, 0)"
    shot = tmp_path / "report-filtered.png"
    tab.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000
    print(f"screenshot: {shot}")


def test_every_message_is_readable_without_a_mouse_and_in_print(page, tmp_path):
    tab, findings = page
    items = tab.locator("ol.findings li")
    assert items.count() == len(findings)
    shown = [items.nth(i) for i in range(0, items.count(), max(1, items.count() // 10))]
    assert all(item.is_visible() for item in shown)  # no hover, no click: the words are on the page
    first = findings[0]
    assert first["message"] in tab.locator("ol.findings").first.inner_text()
    warning = tab.locator("li.severity-warning .severity").first.evaluate("e => getComputedStyle(e).color")
    info = tab.locator("li.severity-info .severity")
    if info.count():
        assert info.first.evaluate("e => getComputedStyle(e).color") != warning
    tab.emulate_media(media="print")
    assert not tab.locator("#filters").is_visible()
    assert items.first.is_visible()
    shot = tmp_path / "report-print.png"
    tab.screenshot(path=str(shot), full_page=False)
    tab.set_viewport_size({"width": 390, "height": 844})  # a phone
    tab.emulate_media(media="screen")
    phone = tmp_path / "report-phone.png"
    tab.screenshot(path=str(phone))
    assert shot.stat().st_size > 10_000 and phone.stat().st_size > 10_000
    print(f"screenshots: {shot} {phone}")
