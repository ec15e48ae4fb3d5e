"""Third-party checks register through the `ficlint.checks` entry point group, as flake8 plugins do."""

import sys
import textwrap

PLUGIN = '''
from ficlint.checks import Rule

SHOUT = Rule("XS001", "shouting", "shout", "Three or more exclamation marks.",
             "One is enough.", "No!!!  ->  No!", severity="warning")


class ShoutCheck:
    name = "shout"
    rules = [SHOUT]

    def check(self, document, project):
        start = document.plain.find("!!!")
        while start != -1:
            yield SHOUT.finding(document, start, start + 3, "too many exclamation marks", ["!"])
            start = document.plain.find("!!!", start + 3)
'''


def install_plugin(site, monkeypatch):
    (site / "shout_plugin.py").write_text(textwrap.dedent(PLUGIN), encoding="utf-8")
    dist = site / "ficlint_shout-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: ficlint-shout\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text("[ficlint.checks]\nshout = shout_plugin:ShoutCheck\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))


def test_a_plugin_check_reports_like_a_builtin_one(ficlint, tmp_path, monkeypatch):
    site = tmp_path / "site"
    site.mkdir()
    install_plugin(site, monkeypatch)
    (tmp_path / "ch1.txt").write_text('"No!!!" Rukia cried.\n', encoding="utf-8")
    run = ficlint("lint", "ch1.txt")
    assert run.stdout.splitlines() == ["ch1.txt:1:4: XS001 too many exclamation marks"]
    assert "XS001   shouting" in ficlint("rules", "--all").stdout
    assert ficlint("lint", "--ignore", "XS", "ch1.txt").exit_code == 0
    sys.modules.pop("shout_plugin", None)
