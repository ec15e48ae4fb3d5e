"""The grammar check as a user meets it: `ficlint lint` on the seeds and small stories."""

from __future__ import annotations

import re
import shutil
from importlib.metadata import version

import pytest

from ficlint.grammar.harper import HarperBackend
from tests.conftest import SEED_000, SEED_001, SEED_002, SEEDS, findings_for

HARPER = f"grammar: harper {version('harper-py')}"


def position(path, phrase: str, flagged: str) -> tuple[int, int]:
    """1-based line and column of `flagged` inside the first `phrase` of a seed."""
    text = path.read_text(encoding="utf-8")
    offset = text.index(phrase) + phrase.index(flagged)
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


@pytest.fixture
def seeds(tmp_path):
    shutil.copytree(SEEDS, tmp_path / "seeds")
    return tmp_path


@pytest.fixture
def seed_run(ficlint, seeds):
    return ficlint("lint", "--format", "json", "seeds")


@pytest.mark.parametrize(
    "seed, phrase, flagged",
    [
        (SEED_000, "lets make a promise", "lets"),
        (SEED_000, "apart of Aizen", "apart of"),
        (SEED_000, "wasn't everyday you", "everyday"),
        (SEED_000, "He beaten it all", "beaten"),
        (SEED_000, "rather then a one shot", "then"),
        (SEED_000, "a little to much", "to"),
    ],
)
def test_real_errors_in_the_seeds_are_reported_where_they_are(seed_run, seed, phrase, flagged):
    line, column = position(seed, phrase, flagged)
    # the grammar backend's finding, or a word-class check's finding on the same span that it merged into
    hits = [f for f in findings_for(seed_run, "") if f["path"].endswith(seed.name)
            and (f["line"], f["column"]) == (line, column)
            and (f["code"].startswith("GR") or any(code.startswith("GR") for code in f.get("also", [])))]
    assert len(hits) == 1 and (hits[0]["text"].startswith(flagged) or flagged.startswith(hits[0]["text"]))
    if hits[0]["code"].startswith("GR"):
        assert hits[0]["rule_id"] in hits[0]["message"] and hits[0]["backend"] == "harper"


@pytest.mark.parametrize(
    "seed, phrase",
    [
        (SEED_000, "Everything he ever had had been taken"),
        (SEED_001, "It wasn't soon after that that"),
        (SEED_001, "happened to you two"),
        (SEED_000, "Ichigo let out a sigh"),
        (SEED_000, "[A/N This"),
    ],
)
def test_correct_english_in_the_seeds_is_not_reported(seed_run, seed, phrase):
    line, column = position(seed, phrase, phrase)
    end = column + len(phrase)
    assert [f for f in findings_for(seed_run, "GR") if f["path"].endswith(seed.name)
            and f["line"] == line and column <= f["column"] < end] == []


def test_correct_english_that_harper_misreads_is_not_reported(ficlint, tmp_path):
    """Irregular pasts, 'quite' before what it qualifies, a relative clause before 'were', 'a while': each was
    one of Harper's false alarms on real stories."""
    (tmp_path / "ch1.txt").write_text(
        "She leapt over the wall and he hid in the shed.\n\nIt was something to look forward to again.\n\n"
        "He was also quite fun to be around, and they had not talked in quite a long time.\n\n"
        "All that was left were the ashes of the house.\n\nI feel bad for you tonight.\n\n"
        '"What new trick is this?" he asked.\n\nIt took a while to get there.\n\n'
        "He kept the letters, for they belonged to him alone. Custom demands he enter the hall first.\n\n"
        "Earlier that day the rain stopped. They met Mr. and Mrs. Hale at the Re-Estize gate.\n\n"
        "She finally expected his visit and prepared dinner for both of them.\n\n"
        '"Did he want to?" They left some fifteen years ago. "Was he mad at me?" "Yep yep, it works."\n\n'
        "At the very beginning he waited, lest he risk a fight. He sort of wished it.\n\n"
        '"Ah, Doctor," Ogden called as she wiped her hands. She was one of the most artlessly kind girls.\n\n'
        "She was one of the last to fall. Their anger would give way to fear. \"You're Evan, right?\"\n\n"
        "Crowds stand there today. He drew the bow and let fly an arrow. Darkness….an endless sea of stars.\n\n"
        "\"Which new coat?\" Why was she cold? They crept into the smugglers' hideout after a long workout.\n\n"
        "\"Where'd he go?\" What'd she say? There'd be trouble, and nobody'll know.\n\n"
        "\"I missed you,\" she laugh-sobbed into his coat.\n\n"
        "If only it was over. \"No thanks, I'm fine.\" The Kraken's arms rose. \"Heh heh, fine. Whatever this is is wrong.\"\n\n"
        "She was to tired to care. I new it.\n", encoding="utf-8")
    found = ficlint("lint", "--format", "json", "ch1.txt").json()
    assert [(f["line"], f["text"]) for f in found] == [(29, "…."), (39, "to"), (39, "new")]  # four dots: PU015, not a capital


def test_summary_names_the_backend(seed_run):
    assert HARPER in seed_run.stderr


def test_speech_is_not_held_to_narration_rules(ficlint, tmp_path):
    """Fillers in dialogue are how people talk; in narration they are flagged."""
    (tmp_path / "ch1.txt").write_text(
        SEED_002.read_text(encoding="utf-8").split("\n")[6] + "\n\nHe said it was, uh, fine.\n", encoding="utf-8")
    fillers = [f for f in findings_for(ficlint("lint", "--format", "json", "ch1.txt"), "GR")
               if f["rule_id"] == "FillerWords"]
    assert [f["line"] for f in fillers] == [3]


def test_fandom_words_never_come_in_by_the_back_door(ficlint, tmp_path):
    """With Harper's own spell check turned on, the glossary still decides."""
    (tmp_path / ".ficlint.toml").write_text('[grammar]\nenabled-rules = {harper = ["SpellCheck"]}\n')
    (tmp_path / "ch1.txt").write_text(
        "Rukia went back to Seireitei with her zanpakutou, and Hitsugaya used shunpo. Kira hesistated.\n")
    run = ficlint("lint", "--format", "json", "ch1.txt")
    assert [(f["code"], f["text"], f.get("also")) for f in run.json()] == [("SP001", "hesistated", ["GR1749"])]


def test_a_character_called_will_is_not_read_as_the_modal(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("Hannibal looked at Will and smiled.\n\nWill is tired, he thought. They will is wrong.\n")
    run = ficlint("lint", "--format", "json", "ch1.txt")
    assert [(f["line"], f["text"], f["code"], f.get("also")) for f in run.json()] == [(3, "will is", "WF011", ["GR1894"])]


def test_a_character_called_will_who_only_opens_sentences_is_known_by_his_past_verbs(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("Will nodded to Jack.\n\nWill joined them at the rail. They will is wrong.\n")
    run = ficlint("lint", "--format", "json", "ch1.txt")
    assert [(f["line"], f["text"], f["code"]) for f in run.json()] == [(3, "will is", "WF011")]


def test_grammar_json_keeps_the_backend_rule(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("Izumo smiled. I like it more then tea.\n")
    [finding] = findings_for(ficlint("lint", "--format", "json", "--select", "GR", "ch1.txt"), "GR")
    assert finding["text"] == "then" and (finding["line"], finding["column"]) == (1, 30)
    assert finding["rule_id"] == "ThenThan" and finding["suggestions"] == ["than"]
    assert finding["fix"]["safe"] is False


def test_explain_a_grammar_code(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("I like it more then tea.\n")
    code = findings_for(ficlint("lint", "--format", "json", "--select", "GR", "ch1.txt"), "GR")[0]["code"]
    assert "ThenThan" in ficlint("explain", code).stdout


class Counting:
    """Wrap HarperBackend.check to count the paragraphs Harper really checks."""

    def __init__(self, monkeypatch):
        self.paragraphs = 0
        real = HarperBackend.check

        def check(backend, paragraphs):
            self.paragraphs += len(paragraphs)
            return real(backend, paragraphs)

        monkeypatch.setattr(HarperBackend, "check", check)


def test_cache_rechecks_only_the_edited_paragraph(ficlint, seeds, monkeypatch):
    counting = Counting(monkeypatch)
    first = ficlint("lint", "--format", "json", "seeds").json()
    checked_cold = counting.paragraphs
    assert checked_cold > 50
    assert ficlint("lint", "--format", "json", "seeds").json() == first
    assert counting.paragraphs == checked_cold
    story = seeds / "seeds" / SEED_000.name
    story.write_text(story.read_text(encoding="utf-8").replace("He beaten it all", "He had beaten it all"))
    edited = ficlint("lint", "--format", "json", "seeds").json()
    assert counting.paragraphs == checked_cold + 1
    assert "beaten" not in {f["text"] for f in edited}


def test_corrupt_cache_is_discarded_not_a_crash(ficlint, seeds, monkeypatch, user_cache):
    first = ficlint("lint", "--format", "json", "seeds").json()
    files = list((user_cache / "grammar").rglob("*.json"))  # no config: the cache is in the user cache folder
    for i, path in enumerate(files):
        path.write_bytes([b"{not json", b"", b'[[0, 99999, "X", "", "", []]]', b'"text"'][i % 4])
    counting = Counting(monkeypatch)
    assert ficlint("lint", "--format", "json", "seeds").json() == first
    assert counting.paragraphs == len(files)


def test_no_cache_writes_nothing(ficlint, seeds, user_cache):
    ficlint("lint", "--no-cache", "seeds")
    assert not (seeds / ".ficlint-cache").exists() and not (user_cache / "grammar").exists()


def test_unreachable_url_is_one_warning_and_harper_stands_in(ficlint, tmp_path, refused_url):
    (tmp_path / "ch1.txt").write_text("Kira hesistated.\n")
    run = ficlint("lint", "--languagetool-url", refused_url, "ch1.txt")
    warnings = [line for line in run.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "cannot reach LanguageTool" in warnings[0] and "using Harper instead" in warnings[0]
    assert "SP001" in run.stdout and run.exit_code == 1
    assert "grammar: harper" in run.stderr


def test_exit_code_only_changes_with_require_grammar(ficlint, tmp_path, refused_url):
    (tmp_path / "ch1.txt").write_text("Rukia smiled at Ichigo.\n")
    assert ficlint("lint", "--languagetool-url", refused_url, "ch1.txt").exit_code == 0
    assert ficlint("lint", "--languagetool-url", refused_url, "--require-grammar", "ch1.txt").exit_code == 2
    assert ficlint("lint", "--require-grammar", "ch1.txt").exit_code == 0


def test_languagetool_findings_through_the_cli(ficlint, tmp_path, fake_lt):
    fake = fake_lt()
    (tmp_path / "ch1.txt").write_text("Rukia smiled. 😀 She liked cake more then tea.\n\nNo more then.\n",
                                      encoding="utf-8")
    run = ficlint("lint", "--format", "json", "--select", "GR,SP", "--grammar", "languagetool", "--languagetool-url", fake.url,
                  "ch1.txt")
    found = [(f["line"], f["column"], f["text"], f["rule_id"], f["category"]) for f in findings_for(run, "GR")]
    assert found == [(1, 37, "then", "MORE_THEN", "CONFUSED_WORDS"), (3, 9, "then", "MORE_THEN", "CONFUSED_WORDS")]
    assert "[MORE_THEN]" in findings_for(run, "GR")[0]["message"]
    assert "grammar: languagetool 6.4-test" in run.stderr
    disabled = fake.requests[-1]["disabledRules"].split(",")
    assert disabled[:2] == ["WHITESPACE_RULE", "EN_QUOTES"] and disabled[-1] == "MORFOLOGIK_RULE_EN_US"


def test_languagetool_dying_mid_run(ficlint, tmp_path, fake_lt):
    fake = fake_lt(mode="die-after", answers=1)
    (tmp_path / "ch1.txt").write_text("Kira hesistated.\n")
    run = ficlint("lint", "--languagetool-url", fake.url, "ch1.txt")
    assert "stopped answering mid-run" in run.stderr and "SP001" in run.stdout and run.exit_code == 1


def test_bad_grammar_config_is_a_clear_error(ficlint, tmp_path):
    (tmp_path / ".ficlint.toml").write_text('[grammar]\nbackend = "grammarly"\n')
    (tmp_path / "ch1.txt").write_text("Rukia smiled.\n")
    run = ficlint("lint", "ch1.txt")
    assert run.exit_code == 2 and "tool.ficlint.grammar.backend' must be one of auto" in run.stderr


def test_grammar_off(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("I like it more then tea.\n")
    run = ficlint("lint", "--grammar", "off", "--ignore", "CF016,CW001", "ch1.txt")  # the rule pack's and the word-class then/than
    assert run.exit_code == 0 and "grammar: off" in run.stderr


def test_lint_never_downloads_languagetool(ficlint, tmp_path, monkeypatch):
    from language_tool_python.download_lt import LocalLanguageTool

    def refuse(self):
        raise AssertionError("lint tried to download LanguageTool")

    monkeypatch.setattr(LocalLanguageTool, "download", refuse)
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "empty"))
    (tmp_path / "empty").mkdir()
    (tmp_path / "ch1.txt").write_text("I like it more then tea.\n")
    run = ficlint("lint", "ch1.txt")
    assert HARPER in run.stderr and "warning:" in run.stderr and "ficlint setup languagetool" in run.stderr
    run = ficlint("lint", "--grammar", "languagetool", "--require-grammar", "ch1.txt")
    assert run.exit_code == 2 and "LanguageTool is not installed" in run.stderr


def test_setup_without_java_says_so(ficlint, tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    run = ficlint("setup", "languagetool")
    assert run.exit_code == 2 and "Java is not installed" in run.stderr


def test_markdown_code_spans_leave_no_false_alarms(ficlint, tmp_path):
    """Blanked markup is not a space before a comma, nor a sentence start."""
    (tmp_path / "notes.md").write_text("Run `ficlint`, `ficlint lint` and `ficlint rules`. `ficlint` checks it.\n\n"
                                       "I like it more then tea.\n")
    assert [(f["line"], f["text"]) for f in findings_for(ficlint("lint", "--format", "json", "--select", "GR", "notes.md"), "GR")] == [
        (3, "then")]


def test_errors_across_hard_wrapped_lines(ficlint, tmp_path):
    """A paragraph wrapped over lines is checked as one; positions stay exact."""
    (tmp_path / "ch1.txt").write_text("Rukia smiled.\n\nEverything he ever had\nhad been taken. He went to the\nthe store.\n")
    found = findings_for(ficlint("lint", "--format", "json", "ch1.txt"), "GR")
    assert [(f["line"], f["column"], f["end_line"], f["end_column"], f["rule_id"]) for f in found] == [
        (4, 28, 5, 4, "RepeatedWords")]


def test_ctrl_c_mid_run_stops_the_server_we_started(ficlint, tmp_path, fake_lt, monkeypatch):
    """A LanguageTool server ficlint started is stopped when the run is interrupted."""
    import subprocess
    import sys

    from ficlint.grammar import languagetool

    fake = fake_lt()
    server = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    monkeypatch.setattr(languagetool, "start_local_server", lambda language: (fake.url, server))

    def interrupted(self, paragraphs):
        raise KeyboardInterrupt

    monkeypatch.setattr(languagetool.LanguageToolBackend, "check", interrupted)
    (tmp_path / "ch1.txt").write_text("Rukia smiled.\n")
    try:
        run = ficlint("lint", "--grammar", "languagetool", "ch1.txt")
        assert run.exit_code == 130 and "interrupted" in run.stderr
        assert server.poll() is not None
    finally:
        server.kill()


def test_fix_reuses_one_languagetool_connection(ficlint, tmp_path, fake_lt):
    """--fix lints again after fixing; that second pass uses the same server, not a new one."""
    fake = fake_lt()
    (tmp_path / "ch1.txt").write_text("Kira hesistated. She liked cake more then tea.\n")
    run = ficlint("lint", "--fix", "--select", "GR,SP", "--grammar", "languagetool", "--languagetool-url", fake.url, "ch1.txt")
    assert (tmp_path / "ch1.txt").read_text() == "Kira hesitated. She liked cake more then tea.\n"
    assert "MORE_THEN" in run.stdout
    assert fake.texts.count("ficlint") == 1  # one connection probe for the whole run


def test_clean_fan_fiction_gets_no_findings_at_all(ficlint, tmp_path):
    """bench/clean is new prose written without errors: original characters, honorifics, Gin's
    dialect (an', it don't), a Rukongai kid's speech, author's notes. Each file is its own story."""
    clean = sorted((SEEDS.parent / "bench" / "clean").glob("*.txt"))
    assert len(clean) == 6
    for path in clean:
        shutil.copy(path, tmp_path / path.name)
        run = ficlint("lint", "--format", "json", path.name)
        assert (path.name, findings_for(run)) == (path.name, [])


def test_timings_name_every_check_that_ran(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("Rukia smiled.\n")
    [line] = [l for l in ficlint("lint", "--timings", "ch1.txt").stderr.splitlines() if l.startswith("timings:")]
    for name in ("names", "spelling", "dialogue", "grammar", "grammar backend start"):
        assert re.search(rf"\b{name} \d+\.\d\d s", line), name


def test_an_endless_paragraph_is_skipped_by_grammar_with_a_warning(ficlint, tmp_path):
    endless = "and then Rukia ran " * 2_000 + "while Kira hesistated"
    (tmp_path / "ch1.txt").write_text("They met at dawn.\n\n" + endless + "\n", encoding="utf-8")
    run = ficlint("lint", "--no-cache", "ch1.txt")
    assert "warning: grammar: ch1.txt:3: paragraph of 38,021 characters not checked" in run.stderr
    assert "ch1.txt:3:38012: SP001" in run.stdout


@pytest.mark.skipif(shutil.which("java") is None, reason="setup needs Java before it downloads")
def test_setup_without_network_is_one_clear_line(ficlint, tmp_path, monkeypatch, refused_url):
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY"):
        monkeypatch.setenv(name, refused_url)
    monkeypatch.setenv("LTP_PATH", str(tmp_path))
    run = ficlint("setup", "languagetool")
    assert run.exit_code == 2
    assert run.stderr.splitlines() == [
        "error: cannot download LanguageTool (no connection to the download server); check the network, "
        "or with Maven run languagetool/install, or set LTP_PATH"]


def test_both_backends_with_languagetool_down_is_harper_and_one_warning(ficlint, tmp_path, refused_url):
    (tmp_path / "ch1.txt").write_text("They where late again.\n")
    run = ficlint("lint", "--select", "GR", "--grammar", "harper+languagetool", "--languagetool-url", refused_url,
                  "ch1.txt")
    assert [line for line in run.stderr.splitlines() if line.startswith("warning:")] == [
        f"warning: cannot reach LanguageTool at {refused_url} ([Errno 111] Connection refused); "
        "start the server or fix the URL or use --grammar harper (using Harper instead)"]
    assert "GR1884" in run.stdout and "grammar: harper 0.2.0" in run.stderr and run.exit_code == 1
    assert ficlint("lint", "--grammar", "harper+languagetool", "--languagetool-url", refused_url,
                   "--require-grammar", "ch1.txt").exit_code == 2


def test_a_regular_past_the_dictionaries_allow_is_not_an_irregular_slip(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("She kneeled by the fire. He strived to win. He eated the cake.\n")
    run = ficlint("lint", "--format", "json", "--grammar", "harper", "--select", "GR", "ch1.txt")
    assert [(f["text"], f["rule_id"]) for f in run.json()] == [("eated", "RegularIrregulars")]


def test_back_to_normal_is_a_return_not_too(ficlint, tmp_path):
    text = "Your friends are all back to normal. It might be getting back to normal. I ate to much.\n"
    (tmp_path / "ch1.txt").write_text(text)
    run = ficlint("lint", "--format", "json", "--grammar", "harper", "--select", "GR", "ch1.txt")
    assert [(f["rule_id"], f["column"]) for f in run.json()] == [("ToTwoToo", text.index("to much") + 1)]


def test_an_existential_question_and_you_before_a_subject_are_not_possessives(ficlint, tmp_path):
    text = '"Were there stories about him?" Megumi asked. "It is lucky for you we did." They lost there way. Is that you car?\n'
    (tmp_path / "ch1.txt").write_text(text)
    run = ficlint("lint", "--format", "json", "--grammar", "harper", "--select", "GR", "ch1.txt")
    assert [(f["rule_id"], f["column"]) for f in run.json()] == [
        ("ThereToTheir", text.index("there way") + 1), ("PossessiveYour", text.index("you car") + 1)]


def test_lets_in_a_phrasal_verb_is_not_read_as_let_us(ficlint, tmp_path):
    (tmp_path / "ch1.txt").write_text("The door slammed and John lets out a yelp.\n")
    run = ficlint("lint", "--format", "json", "--grammar", "harper", "ch1.txt")
    assert [f for f in run.json() if f.get("rule_id") == "LetsConfusion"] == []


def test_and_also_and_a_couple_days_are_voice_not_slips(ficlint, tmp_path):
    """Harper's redundancy and quantifier suggestions are off by default; a writer who wants them enables them."""
    (tmp_path / "ch1.txt").write_text("She was tired and also hungry. They stayed a couple days. He eated the cake.\n")
    run = ficlint("lint", "--format", "json", "--grammar", "harper", "--select", "GR", "ch1.txt")
    assert [f["rule_id"] for f in run.json()] == ["RegularIrregulars"]
    (tmp_path / "pyproject.toml").write_text(
        '[tool.ficlint.grammar]\nenabled-rules = { harper = ["AvoidAndAlso", "QuantifierNeedsOf"] }\n')
    chosen = ficlint("lint", "--format", "json", "--grammar", "harper", "--select", "GR", "ch1.txt")
    assert sorted(f["rule_id"] for f in chosen.json()) == ["AvoidAndAlso", "QuantifierNeedsOf", "RegularIrregulars"]
