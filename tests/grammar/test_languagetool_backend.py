"""The LanguageTool adapter against a stand-in server speaking the documented /v2/check JSON."""

from __future__ import annotations

import shutil

import pytest

from ficlint.grammar import GrammarSettings, GrammarUnavailable, open_backends
from ficlint.grammar.languagetool import LanguageToolBackend, open_languagetool, start_local_server


def backend(url: str, **kwargs) -> LanguageToolBackend:
    return LanguageToolBackend(url, **kwargs).connect()


def flagged(paragraphs, results):
    return [[(p[m.start:m.end], m.rule_id, m.category, m.replacements) for m in ms] for p, ms in zip(paragraphs, results)]


def test_matches_map_to_the_flagged_words(fake_lt):
    fake = fake_lt()
    lt = backend(fake.url)
    paragraphs = ["I saw teh cat.", "Nothing wrong here.", "She had alot of teh cake."]
    assert flagged(paragraphs, lt.check(paragraphs)) == [
        [("teh", "EN_TEH", "TYPOS", ("the",))],
        [],
        [("alot", "ALOT", "GRAMMAR", ("a lot",)), ("teh", "EN_TEH", "TYPOS", ("the",))],
    ]
    assert lt.version == "6.4-test"


def test_emoji_before_a_match_does_not_shift_it(fake_lt):
    """LanguageTool counts UTF-16 code units: an emoji is two, but one Python character."""
    fake = fake_lt()
    lt = backend(fake.url)
    paragraphs = ["🙂🙂 She smiled 😀 at teh boy.", "👨‍👩‍👧 teh family", "𝒞𝒞𝒞𝒫 was alot."]
    assert [[p[m.start:m.end] for m in ms] for p, ms in zip(paragraphs, lt.check(paragraphs))] == [
        ["teh"], ["teh"], ["alot"],
    ]


def test_paragraphs_are_batched_under_the_size_limit(fake_lt):
    fake = fake_lt()
    lt = backend(fake.url, batch_chars=200)
    paragraphs = [f"Paragraph {i} has teh word." for i in range(40)]
    results = lt.check(paragraphs)
    checks = fake.texts[1:]  # the first request is the connection probe
    assert 1 < len(checks) < 40
    assert all(len(text) <= 200 for text in checks)
    assert [[(m.start, m.end) for m in ms] for ms in results] == [
        [(p.index("teh"), p.index("teh") + 3)] for p in paragraphs
    ]


def test_options_reach_the_server(fake_lt):
    fake = fake_lt()
    backend(fake.url, language="en-GB", disabled=("MORFOLOGIK_RULE_EN_GB", "EN_QUOTES"), enabled=("PASSIVE_VOICE",),
            picky=True).check(["One paragraph."])
    sent = fake.requests[-1]
    assert sent["language"] == "en-GB"
    assert sent["disabledRules"] == "MORFOLOGIK_RULE_EN_GB,EN_QUOTES"
    assert sent["enabledRules"] == "PASSIVE_VOICE"
    assert sent["level"] == "picky"


def test_url_may_include_v2(fake_lt):
    fake = fake_lt()
    assert backend(fake.url + "/v2/").check(["teh"])[0][0].rule_id == "EN_TEH"


def test_refused_connection(refused_url):
    with pytest.raises(GrammarUnavailable, match=r"cannot reach LanguageTool at .*--grammar harper"):
        backend(refused_url)


def test_timeout(fake_lt):
    fake = fake_lt(mode="slow", delay=2)
    with pytest.raises(GrammarUnavailable, match=r"did not answer within 0.5 s"):
        backend(fake.url, timeout=0.5)


def test_http_500(fake_lt):
    fake = fake_lt(mode="error500")
    with pytest.raises(GrammarUnavailable, match=r"answered HTTP 500: Error: Internal Server Error"):
        backend(fake.url)


def test_malformed_response(fake_lt):
    fake = fake_lt(mode="garbage")
    with pytest.raises(GrammarUnavailable, match=r"malformed response \(not JSON\)"):
        backend(fake.url)


def test_match_outside_the_text_is_malformed(fake_lt, monkeypatch):
    fake = fake_lt()
    lt = backend(fake.url)
    real = lt._post
    monkeypatch.setattr(lt, "_post", lambda text: {**real(text), "matches": [
        {"offset": len(text) + 5, "length": 3, "message": "x", "rule": {"id": "X", "category": {"id": "MISC"}}}]})
    with pytest.raises(GrammarUnavailable, match="a match outside the text sent"):
        lt.check(["short"])


def test_server_dying_mid_run(fake_lt):
    fake = fake_lt(mode="die-after", answers=2)
    lt = backend(fake.url, batch_chars=50)
    with pytest.raises(GrammarUnavailable, match=r"stopped answering mid-run"):
        lt.check([f"Paragraph number {i} is here." for i in range(10)])


def test_public_api_needs_an_opt_in():
    with pytest.raises(GrammarUnavailable, match=r"sends your story to languagetool.org; set allow-public-api = true under \[tool.ficlint.grammar\]"):
        open_languagetool(GrammarSettings(backend="languagetool", url="https://api.languagetool.org/v2"))


def test_auto_falls_back_to_harper_when_the_url_refuses(refused_url):
    chosen, warnings, fell_back = open_backends(GrammarSettings(backend="auto", url=refused_url))
    assert [b.name for b in chosen] == ["harper"] and fell_back
    assert len(warnings) == 1 and "cannot reach LanguageTool" in warnings[0] and "using Harper instead" in warnings[0]


def test_explicit_languagetool_does_not_fall_back(refused_url):
    with pytest.raises(GrammarUnavailable):
        open_backends(GrammarSettings(backend="languagetool", url=refused_url))


def test_java_missing(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(GrammarUnavailable, match=r"Java is not installed"):
        start_local_server()


def test_languagetool_not_installed(monkeypatch, tmp_path):
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    with pytest.raises(GrammarUnavailable, match=r"not installed in .*ficlint setup languagetool"):
        open_languagetool(GrammarSettings(backend="languagetool"))


@pytest.mark.skipif(shutil.which("java") is None, reason="needs Java")
def test_broken_install_fails_fast(monkeypatch, tmp_path):
    """A server that exits on start is reported at once with Java's error, not retried port after port."""
    (tmp_path / "LanguageTool-6.4").mkdir()
    (tmp_path / "LanguageTool-6.4" / "languagetool-server.jar").write_bytes(b"not a jar")
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    with pytest.raises(GrammarUnavailable, match=r"exited on start \(code 1: .*org.languagetool.server.HTTPServer"):
        start_local_server(timeout=20)
