"""The rules check: YAML rule packs (engine, schema errors, CLI) and the shipped English and Bleach packs."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficlint.checks.rules import MATCHERS, RulesCheck, as_rule
from ficlint.cli import main
from ficlint.config import Config
from ficlint.document import Document
from ficlint.linter import lint
from ficlint.project import Project
from ficlint.packs import SHIPPED
from ficlint.readers import read_file
from ficlint.rulefile import load_rule_files

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
SEED_000 = SEEDS / "000_1d94446fcf52eb54.txt"
SEED_001 = SEEDS / "001_d39f44c82c5da904.txt"
SEED_002 = SEEDS / "002_34927351c55c55f5.txt"
RULE_PREFIXES = ("CF", "TY", "BL", "GM")


def write_pack(root: Path, body: str, name: str = "house.yaml", folder: str = "my-rules") -> Path:
    pack = root / folder
    pack.mkdir(exist_ok=True)
    path = pack / name
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def run_rules(texts: dict[str, str], root: Path, packs=(), rules=("my-rules",)):
    """Lint documents (path -> text) with the given packs; findings of the rules check, in order."""
    config = Config(root=root, packs=list(packs), rules=list(rules))
    documents = [Document(path, text) for path, text in texts.items()]
    project = Project.load(documents, config)
    check = RulesCheck(config)
    return [f for document in documents for f in check.check(document, project)]


def shipped(text: str, tmp_path: Path):
    """Findings of the shipped English and Bleach packs on one text."""
    return run_rules({"story.txt": text}, tmp_path, packs=("english", "bleach"), rules=())


def apply(text: str, finding) -> str:
    for edit in sorted(finding.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


def cli(args, cwd: Path, monkeypatch):
    monkeypatch.chdir(cwd)
    return CliRunner().invoke(main, args)


SUBSTITUTION = """\
    rules:
      - code: HS001
        name: there-theyre
        type: substitution
        message: "'{match}' should be '{replacement}'"
        example: "There not gonna  ->  They're not gonna"
        why: "They are, not a place."
        swap: {there: "they're"}
        after: '\\s+not\\s+gonna'
        fix: unsafe
      - code: HS002
        name: alot
        type: substitution
        message: "'{match}' is two words"
        swap: {alot: a lot}
        fix: safe
"""


# The engine, rule type by rule type

def test_substitution_needs_its_context_and_keeps_the_case(tmp_path):
    write_pack(tmp_path, SUBSTITUTION)
    text = "There not gonna win. THERE NOT GONNA LOSE. Put it there not gonna matter? Over there, not gonna."
    found = run_rules({"s.txt": text}, tmp_path)
    assert [(f.code, f.text, f.suggestions) for f in found] == [
        ("HS001", "There", ["They're"]), ("HS001", "THERE", ["THEY'RE"]), ("HS001", "there", ["they're"]),
    ]
    assert found[0].message == "'There' should be 'They're'"
    assert found[0].fix.safe is False
    assert apply(text, found[0]).startswith("They're not gonna win.")


def test_safe_fix_replaces_exactly_the_span(tmp_path):
    write_pack(tmp_path, SUBSTITUTION)
    text = "Alot of people said alot."
    found = run_rules({"s.txt": text}, tmp_path)
    assert [f.text for f in found] == ["Alot", "alot"]
    assert all(f.fix.safe for f in found)
    assert apply(apply(text, found[1]), found[0]) == "A lot of people said a lot."


def test_before_context_and_not_before(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: HS010
            name: tired-tried
            type: substitution
            message: "'{match}' -> '{replacement}'"
            swap: {tired: tried}
            before: '\\b(?:he|she)\\s+$'
            not_before: '\\bso\\s+he\\s+$'
    """)
    found = run_rules({"s.txt": "She tired to run. He was tired to the bone. So he tired again."}, tmp_path)
    assert [f.text for f in found] == ["tired"]
    assert found[0].start == 4


def test_scope_limits_a_rule_to_narration_dialogue_or_author_notes(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: HS020
            name: ya-in-narration
            type: existence
            message: "'{match}' outside speech"
            tokens: [ya]
            scope: narration
          - code: HS021
            name: gonna-in-speech
            type: existence
            message: "'{match}' inside speech"
            tokens: [gonna]
            scope: dialogue
          - code: HS022
            name: review-in-notes
            type: existence
            message: "'{match}' in an author's note"
            tokens: [review]
            scope: author-note
    """)
    text = ('Gin smiled at ya. "See ya, gonna miss ya," he said, gonna leave.\n\n'
            "She wrote a review.\n\nA/N: Please review!\n")
    found = run_rules({"s.txt": text}, tmp_path)
    assert [(f.code, text[:f.start].count("\n") + 1, f.text) for f in found] == [
        ("HS020", 1, "ya"), ("HS021", 1, "gonna"), ("HS022", 5, "review"),
    ]
    assert found[0].start == text.index("ya")
    assert found[1].start == text.index("gonna")
    assert all(f.fix is None for f in found)


def test_consistency_counts_across_the_whole_project(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: HS030
            name: vizard
            type: consistency
            message: "'{match}': the story writes '{replacement}' ({count} times in {files})"
            variants: [vizard, visored]
            fix: safe
    """)
    chapters = {"ch1.txt": "The Vizard hid. Vizards hide.", "ch2.txt": "A Vizard and the Visored's mask."}
    found = run_rules(chapters, tmp_path)
    assert [(f.path, f.text, f.suggestions, f.message) for f in found] == [
        ("ch2.txt", "Visored's", ["Vizard's"], "'Visored's': the story writes 'Vizard's' (3 times in 2 files)"),
    ]
    assert found[0].fix.safe is True
    # Linted alone, chapter 2 is evenly split: no spelling can be called the odd one out.
    assert run_rules({"ch2.txt": chapters["ch2.txt"]}, tmp_path) == []


def test_consistency_canonical_form_overrides_the_majority(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: HS031
            name: kido
            type: consistency
            message: "'{match}' -> '{replacement}'"
            variants: [kido, kidō]
            canonical: kidō
            fix: safe
    """)
    found = run_rules({"s.txt": "Kido, kido and more kido. Then kidō."}, tmp_path)
    assert [(f.text, f.suggestions) for f in found] == [("Kido", ["Kidō"]), ("kido", ["kidō"]), ("kido", ["kidō"])]


def test_capitalization_flags_only_missing_capitals(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: HS040
            name: places
            type: capitalization
            message: "'{match}' -> '{replacement}'"
            words: [Soul Society]
            fix: safe
    """)
    found = run_rules({"s.txt": "Back to soul society. Soul Society waited. SOUL SOCIETY! soul Society."}, tmp_path)
    assert [(f.text, f.suggestions) for f in found] == [("soul society", ["Soul Society"]),
                                                        ("soul Society", ["Soul Society"])]


def test_repetition_deletes_the_second_word_but_keeps_exceptions(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: HS050
            name: doubled
            type: repetition
            message: "'{match}' is doubled"
            exceptions: [had, that]
            fix: safe
    """)
    text = "He went to the the door. All he had had was gone. It was that that hurt. The end.\n\nEnd of story."
    found = run_rules({"s.txt": text}, tmp_path)
    assert [f.message for f in found] == ["'the the' is doubled"]
    assert apply(text, found[0]).startswith("He went to the door.")


def test_matches_skip_markup_and_keep_the_files_offsets(tmp_path):
    write_pack(tmp_path, SUBSTITUTION)
    story = tmp_path / "story.md"
    story.write_text("# Title\n\n**Alot** of <b>fuss</b>, alot of [alot](https://alot.example).\n", encoding="utf-8")
    document = read_file(story)
    config = Config(root=tmp_path, packs=[], rules=["my-rules"])
    found = list(RulesCheck(config).check(document, Project.load([document], config)))
    assert [document.text[f.start:f.end] for f in found] == ["Alot", "alot", "alot"]
    assert all(f.text == document.text[f.start:f.end] for f in found)


def test_a_project_pack_replaces_a_shipped_rule_of_the_same_code(tmp_path):
    write_pack(tmp_path, """\
        rules:
          - code: BL101
            name: zanpakuto-spelling
            type: consistency
            message: "'{match}': house style is '{replacement}'"
            variants: [zanpakutou, zanpakutō, zanpakuto]
            canonical: zanpakutō
            fix: safe
    """)
    found = run_rules({"s.txt": "His zanpakutou, her zanpakutou."}, tmp_path, packs=("bleach",))
    assert [f.message for f in found] == ["'zanpakutou': house style is 'zanpakutō'"] * 2


# Bad packs: one line naming the file, the rule and the key; exit 2

@pytest.mark.parametrize("rule, problem", [
    ("swapp: {a: b}", "rule HS001: unknown key 'swapp'"),
    ("swap: {'(unclosed': x}", "rule HS001: key 'swap': invalid regular expression '(unclosed'"),
    ("swap: {of: off}", "rule HS001: key 'swap' must map each wrong form"),  # YAML reads `off` as false
    ("swap: {a: b}\n    scope: speech", "rule HS001: key 'scope' must be one of"),
    ("swap: {a: b}\n    fix: maybe", "rule HS001: key 'fix' must be one of"),
    ("swap: {a: b}\n    message: \"{matched}\"", "rule HS001: key 'message': '{matched}' is not a field"),
    ("swap: {a: b}\n    message: \"{match:>300000000}\"", "rule HS001: key 'message': '{match:>300000000}' is not a field"),
    ("why: forgot the swap", "rule HS001: key 'swap' is required"),
])
def test_bad_pack_names_file_rule_and_key_and_exits_2(tmp_path, monkeypatch, rule, problem):
    path = write_pack(tmp_path, f"rules:\n  - code: HS001\n    name: broken\n    type: substitution\n"
                                f"    message: m\n    {rule}\n")
    (tmp_path / ".ficlint.toml").write_text('rules = ["my-rules"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("A story.\n", encoding="utf-8")
    for args in (["lint", "story.txt"], ["rules"], ["explain", "CF001"]):
        result = cli(args, tmp_path, monkeypatch)
        assert result.exit_code == 2, args
        assert result.stderr.strip().splitlines() == [result.stderr.strip()]
        assert f"{path.resolve()}: {problem}" in result.stderr


def test_a_code_defined_twice_in_one_pack_is_an_error(tmp_path, monkeypatch):
    rule = "rules:\n  - code: HS001\n    name: x\n    type: existence\n    message: m\n    tokens: [x]\n"
    write_pack(tmp_path, rule, name="a.yaml")
    second = write_pack(tmp_path, rule, name="b.yaml")
    (tmp_path / ".ficlint.toml").write_text('rules = ["my-rules"]\n', encoding="utf-8")
    result = cli(["rules"], tmp_path, monkeypatch)
    assert result.exit_code == 2
    assert f"{second.resolve()}: rule HS001: key 'code': HS001 is also defined in" in result.stderr
    assert "a.yaml" in result.stderr


def test_bad_rule_type_and_code_are_named(tmp_path, monkeypatch):
    write_pack(tmp_path, "rules:\n  - code: HS001\n    name: x\n    type: grammar\n    message: m\n")
    (tmp_path / ".ficlint.toml").write_text('rules = ["my-rules"]\n', encoding="utf-8")
    result = cli(["rules"], tmp_path, monkeypatch)
    assert result.exit_code == 2
    assert "rule HS001: key 'type' must be one of substitution, existence" in result.stderr
    write_pack(tmp_path, "rules:\n  - code: 12\n    name: x\n    type: existence\n    message: m\n")
    result = cli(["rules"], tmp_path, monkeypatch)
    assert "house.yaml: rule 1: key 'code' must be letters then three digits" in result.stderr


def test_rules_and_explain_list_pack_codes_including_the_projects_own(tmp_path, monkeypatch):
    write_pack(tmp_path, SUBSTITUTION)
    (tmp_path / ".ficlint.toml").write_text('rules = ["my-rules"]\n', encoding="utf-8")
    listing = cli(["rules", "--all"], tmp_path, monkeypatch)
    assert listing.exit_code == 0
    codes = {line.split()[0] for line in listing.stdout.splitlines()}
    assert {"CF001", "CF011", "TY010", "TY020", "BL001", "BL101", "HS001", "HS002", "SP001"} <= codes
    explained = cli(["explain", "HS001"], tmp_path, monkeypatch)
    assert explained.exit_code == 0
    assert "There not gonna  ->  They're not gonna" in explained.stdout
    assert "They are, not a place." in explained.stdout
    assert "unsafe" in explained.stdout
    shipped_rule = cli(["explain", "cf038"], tmp_path, monkeypatch).stdout
    assert "I could of saved her.  ->  I could have saved her." in shipped_rule
    assert "always (safe)" in shipped_rule


def test_lint_reports_pack_findings_as_json_with_fixes(tmp_path, monkeypatch):
    write_pack(tmp_path, SUBSTITUTION)
    (tmp_path / ".ficlint.toml").write_text('packs = []\nrules = ["my-rules"]\nselect = ["HS"]\n', encoding="utf-8")
    (tmp_path / "story.txt").write_text("Line one.\nThey ate alot.\n", encoding="utf-8")
    result = cli(["lint", "--format", "json", "story.txt"], tmp_path, monkeypatch)
    assert result.exit_code == 1
    [finding] = json.loads(result.stdout)
    assert (finding["code"], finding["check"], finding["line"], finding["column"], finding["text"]) == \
        ("HS002", "rules", 2, 10, "alot")
    assert finding["fix"] == {"safe": True, "edits": [
        {"line": 2, "column": 10, "end_line": 2, "end_column": 14, "replacement": "a lot"}]}


def test_select_knows_the_codes_of_a_config_given_with_config(tmp_path, monkeypatch):
    project = tmp_path / "story"
    project.mkdir()
    write_pack(project, SUBSTITUTION)
    (project / "house.toml").write_text('packs = []\nrules = ["my-rules"]\n', encoding="utf-8")
    (project / "story.txt").write_text("They ate alot.\n", encoding="utf-8")
    result = cli(["lint", "--config", str(project / "house.toml"), "--select", "HS002", "--format", "json",
                  str(project / "story.txt")], tmp_path, monkeypatch)
    assert result.exit_code == 1, result.stderr
    assert [f["code"] for f in json.loads(result.stdout)] == ["HS002"]


# The shipped packs on the seeds

SEED_ERRORS = [  # (seed, line, flagged text, code, suggestion)
    (SEED_000, 3, "lets", "CF011", "let's"),
    (SEED_000, 5, "lets", "CF011", "let's"),
    (SEED_000, 33, "Caption", "BL002", "Captain"),
    (SEED_000, 33, "was", "CF083", "were"),
    (SEED_000, 35, "over come", "TY044", "overcome"),
    (SEED_000, 41, "Arrancar's", "TY030", "Arrancars"),
    (SEED_000, 41, "apart of", "CF051", "a part of"),
    (SEED_000, 41, "flown", "CF100", "flowed"),
    (SEED_000, 121, "was", "CF101", "were"),
    (SEED_000, 51, "Kurosaki's", "TY030", "Kurosakis"),
    (SEED_000, 61, "captions", "BL001", "captains"),
    (SEED_000, 61, "where", "CF012", "were"),
    (SEED_000, 71, "dawned", "CF055", "donned"),
    (SEED_000, 71, "fox faced", "TY046", "fox-faced"),
    (SEED_000, 73, "everyday", "CF054", "every day"),
    (SEED_000, 81, "captions", "BL005", "captains"),
    (SEED_000, 81, " ", "TY002", None),
    (SEED_000, 81, "whole", "CF056", "hole"),
    (SEED_000, 89, "The", "CF081", "They"),
    (SEED_000, 93, "clang", "CF059", "clung"),
    (SEED_000, 95, "There", "CF001", "They're"),
    (SEED_000, 107, "The", "CF081", "They"),
    (SEED_000, 115, "tired", "CF057", "tried"),
    (SEED_000, 117, "loosing", "CF020", "losing"),
    (SEED_000, 117, "orange haired", "TY046", "orange-haired"),
    (SEED_000, 121, "tiled", "CF058", "tilted"),
    (SEED_000, 123, "lets", "CF011", "let's"),
    (SEED_000, 129, "its", "CF009", "it's"),
    (SEED_000, 129, "to many", "CF052", "too many"),
    (SEED_000, 129, "AMV's", "TY034", "AMVs"),
    (SEED_000, 129, "to much", "CF052", "too much"),
    (SEED_000, 129, "then", "CF016", "than"),
    (SEED_000, 51, "Mayuri", "GM011", None),
    (SEED_000, 57, "put", "GM008", None),
    (SEED_000, 63, "had he had gotten", "GM007", None),
    (SEED_000, 81, "rage", "GM010", "rage,"),
    (SEED_000, 101, "figure's", "GM004", "figures"),
    (SEED_000, 101, "bodies'", "GM003", None),
    (SEED_000, 101, "possible", "GM009", "possible,"),
    (SEED_001, 23, "feeling", "GM005", "feelings"),
    (SEED_001, 25, "care", "GM001", "cares"),
    (SEED_001, 25, "long lost", "TY042", "long-lost"),
    (SEED_001, 47, "and", "GM006", "the"),
    (SEED_002, 1, "breath", "CF023", "breathe"),
]


@pytest.fixture(scope="module")
def seed_findings():
    documents = [read_file(path) for path in (SEED_000, SEED_001, SEED_002)]
    config = Config(root=ROOT)
    result = lint(Project.load(documents, config), [RulesCheck(config)])
    return {document.path: (document, [f for f in result.findings if f.path == document.path])
            for document in documents}


@pytest.mark.parametrize("seed, line, text, code, suggestion", SEED_ERRORS,
                         ids=[f"{s.name[:3]}:{l}:{c}" for s, l, _, c, _ in SEED_ERRORS])
def test_seed_error_is_found_on_its_line(seed_findings, seed, line, text, code, suggestion):
    document, found = seed_findings[str(seed)]
    matching = [f for f in found if f.code == code and f.text == text and document.position(f.start)[0] == line]
    assert len(matching) == 1
    assert matching[0].suggestions == ([suggestion] if suggestion else [])


def test_seeds_produce_no_other_rule_finding(seed_findings):
    expected = sorted((str(s), l, c) for s, l, _, c, _ in SEED_ERRORS)
    actual = sorted((path, document.position(f.start)[0], f.code)
                    for path, (document, found) in seed_findings.items() for f in found)
    assert actual == expected


@pytest.mark.parametrize("seed, phrase", [
    (SEED_000, "ever had had been"), (SEED_001, "after that that Izumo"), (SEED_001, "happened to you two"),
    (SEED_002, "blushin' like uh school girl"), (SEED_002, "I'z won' hur' ya"), (SEED_002, "Tha's my Idzuru, le's go"),
    (SEED_002, "Does it matta' Idzuru"), (SEED_002, "Come with meh"),
])
def test_seeds_are_silent_on_correct_english_and_dialect(seed_findings, seed, phrase):
    document, found = seed_findings[str(seed)]
    start = document.text.index(phrase)
    assert not [f for f in found if f.start < start + len(phrase) and f.end > start]


def test_gins_dialogue_in_seed_002_has_no_rule_finding(seed_findings):
    document, found = seed_findings[str(SEED_002)]
    assert [f for f in found if document.kind_at(f.start) == "dialogue"] == []


# The shipped packs on sentences they have not seen

ERRORS = [
    ("Their gonna find us.", "CF002", "They're"),
    ("Their was no one left in the room.", "CF003", "There"),
    ("They bowed there heads.", "CF005", "their"),
    ("Your not alone, Ichigo.", "CF007", "You're"),
    ("It's you're own fault.", "CF008", "your"),
    ("Its been three years.", "CF009", "It's"),
    ("The sword had a will of it's own.", "CF010", "its"),
    ("Okay, lets go home.", "CF011", "let's"),
    ("We knew they where hiding.", "CF012", "were"),
    ("Were are you going?", "CF013", "Where"),
    ("He was stronger then Renji.", "CF016", "than"),
    ("And than he left.", "CF017", "then"),
    ("The affect on him was immediate.", "CF018", "effect"),
    ("It didn't effect him at all.", "CF019", "affect"),
    ("I don't want to loose you.", "CF021", "lose"),
    ("All hell broke lose.", "CF022", "loose"),
    ("He couldn't breath.", "CF023", "breathe"),
    ("She took a deep breathe.", "CF024", "breath"),
    ("Fear had lead him here.", "CF025", "led"),
    ("The hours past by slowly.", "CF026", "passed"),
    ("He walked passed her.", "CF027", "past"),
    ("In the passed few days he had changed.", "CF085", "past"),
    ("She took a quick peak at the letter.", "CF028", "peek"),
    ("Rukia peaked around the corner.", "CF029", "peeked"),
    ("That peaked his interest.", "CF030", "piqued"),
    ("Yoruichi gave him free reign.", "CF031", "rein"),
    ("He reigned in his temper.", "CF032", "reined"),
    ("He lost site of her in the crowd.", "CF033", "sight"),
    ("Who's turn is it?", "CF035", "Whose"),
    ("Whose there?", "CF036", "Who's"),
    ("I missed you alot.", "CF037", "a lot"),
    ("I should of known.", "CF038", "should have"),
    ("He couldn't except it.", "CF039", "accept"),
    ("Everyone accept Ichigo left.", "CF040", "except"),
    ("Take my advise and run.", "CF042", "advice"),
    ("He asked wether she was coming.", "CF043", "whether"),
    ("The room fell quite.", "CF045", "quiet"),
    ("I'm not quiet sure.", "CF046", "quite"),
    ("Bare with me.", "CF047", "Bear"),
    ("He fought with his bear hands.", "CF048", "bare"),
    ("Let's take a brake.", "CF082", "break"),
    ("Don't brake his heart.", "CF049", "break"),
    ("He slammed on the breaks.", "CF050", "brakes"),
    ("He took of his haori.", "CF060", "off"),
    ("It was kind off sad.", "CF061", "of"),
    ("Two woman stood at the gate.", "CF063", "women"),
    ("He paid her a complement.", "CF064", "compliment"),
    ("A rouge shinigami attacked.", "CF067", "rogue"),
    ("She shuttered at the thought.", "CF071", "shuddered"),
    ("He wandered if she was safe.", "CF072", "wondered"),
    ("She wondered off into the woods.", "CF073", "wandered"),
    ("They waited with baited breath.", "CF074", "bated breath"),
    ("Even thought he was tired, he ran.", "CF075", "though"),
    ("You're not aloud to leave.", "CF076", "allowed"),
    ("It didn't phase him.", "CF079", "faze"),
    ("He stopped , then turned.", "TY001", None),
    ("Yes,but why?", "TY003", ", "),
    ("He walked to the the door.", "TY010", None),
    ("A Espada stood there.", "TY021", "An"),
    ("He waited for a hour.", "TY020", "an"),
    ("It was an one-shot.", "TY022", "a"),
    ("He went to an university.", "TY022", "a"),
    ("The choice is your's.", "TY031", "yours"),
    ("The two sword's were drawn.", "TY033", "swords"),
    ("Some how he knew.", "TY040", "Somehow"),
    ("Every one else had left.", "TY041", "Everyone"),
    ("She met her long lost brother.", "TY042", "long-lost"),
    ("There not here yet.", "CF001", "They're"),
    ("Did you here that?", "CF086", "hear"),
    ("Come hear, Kon!", "CF087", "here"),
    ("He bought a knew sword.", "CF088", "new"),
    ("I new it!", "CF089", "knew"),
    ("He sat down to right a letter.", "CF090", "write"),
    ("Ichigo finally one the fight.", "CF091", "won"),
    ("The to of them left.", "CF092", "two"),
    ("We went back to are house.", "CF093", "our"),
    ("Our you okay?", "CF094", "Are"),
    ("You were suppose to wait.", "CF095", "supposed"),
    ("He got use to it.", "CF095", "used"),
    ("He payed for the meal.", "CF096", "paid"),
    ("He began to sheath his sword.", "CF097", "sheathe"),
    ("She poured over the reports.", "CF098", "pored"),
    ("She roled her eyes.", "CF099", "rolled"),
    ("It made no since.", "CF074", "made no sense"),
    ("A flair of reiatsu filled the room.", "CF074", "flare of reiatsu"),
    ("There was many hollows at the gate.", "CF083", "were"),
    ("There was parties and dances.", "CF083", "were"),
    ("Reiatsu had flown out of him.", "CF100", "flowed"),
    ("Her words never was revealed to the world.", "CF101", "were"),
    ("The stairs was slick with rain.", "CF101", "were"),
    ("He watched too many AMV's last night.", "TY034", "AMVs"),
    ("The large fox faced man grinned.", "TY046", "fox-faced"),
    ("A kind hearted girl waved.", "TY046", "kind-hearted"),
    ("It was to late to run.", "CF084", "too"),
    ("I'm to tired for this.", "CF084", "too"),
    ("He did'nt know.", "TY032", "didn't"),
    ("He smiled everytime she spoke.", "TY045", "every time"),
    ("i hope you like it!", "TY050", "I"),
    ("Caption Hitsugaya nodded.", "BL002", "Captain"),
    ("Neither of them want to leave.", "GM001", "wants"),
    ("He stayed longer than either of us care to admit.", "GM001", "cares"),
    ("Everyone were staring at him.", "GM002", "was"),
    ("Renji tore the mask from the hollows' face.", "GM003", None),
    ("The guard's rushed into the room.", "GM004", "guards"),
    ("She was slowly developing deep feeling for him.", "GM005", "feelings"),
    ("He grabbed and back of her collar.", "GM006", "the"),
    ("She had no idea had she had fallen asleep.", "GM007", None),
    ("He picked up the pill and put into his mouth.", "GM008", None),
    ("Running as quickly as possible she reached the gate.", "GM009", "possible,"),
    ("She ran as fast as she could she had to warn them.", "GM009", "could,"),
    ("Rukia, with a sigh turned away from him.", "GM010", "sigh,"),
    ("Then came Kenpachi behind him was Yachiru.", "GM011", None),
    ("Renji and Rukia was both watching the gate.", "GM012", "were"),
    ("Ikkaku scratched head and grinned.", "GM016", None),
    ("They had waited for along time.", "GM017", "a long"),
    ("Why not? Its fine.", "CF009", "It's"),
    ("She would not loose again.", "CF021", "lose"),
    ("The days past without a word.", "CF026", "passed"),
    ("She pushed herself passed her limits.", "CF027", "past"),
    ('"Whose in charge here?"', "CF036", "Who's"),
    ("He finally excepted the offer.", "CF039", "accepted"),
    ("She was quite for a moment.", "CF045", "quiet"),
    ("Kids ain't aloud past the gate.", "CF076", "allowed"),
    ("The whole squad deserved a brake.", "CF082", "break"),
    ("Her interest was instantly peaked.", "CF102", "piqued"),
    ("He caught site of her.", "CF103", "sight"),
    ("It was the best site he had ever seen.", "CF104", "sight"),
    ("He wore his every day robe.", "CF105", "everyday"),
    ("There's three stalls at the gate.", "CF106", "There are"),
    ("You should lay down for a while.", "CF107", "lie"),
    ("She was laying on the floor.", "CF108", "lying"),
    ("A voice came threw the door.", "CF109", "through"),
    ("The Shiba's had lived there for years.", "TY030", "Shibas"),
    ("Thanks to all the reviewer's from chapter one!", "TY033", "reviewers"),
    ("Now she thinks your going on a date.", "CF007", "you're"),
    ("The field was just were Mizuho said it would be.", "CF013", "where"),
    ("He would rather die then admit it.", "CF016", "than"),
    ("Nobody was talking accept the frogs.", "CF040", "except"),
    ("I don't know weather you're free tonight.", "CF044", "whether"),
    ("Mizuho was the quite one of the group.", "CF045", "quiet"),
    ("Renji could here it from the alley.", "CF086", "hear"),
    ("By noon there was only two of them left.", "CF083", "were"),
    ("They moved threw the dunes.", "CF109", "through"),
    ("It was the principal of the thing.", "CF110", "principle"),
    ("She owed him paperwork for a weak.", "CF111", "week"),
    ("Ikkaku ran strait at the Menos.", "CF112", "straight"),
    ("I was starting to get board.", "CF113", "bored"),
    ('"Four times, may be."', "CF114", "maybe"),
    ("Renji handed it Rukia without a word.", "GM020", None),
    ("He stumbled and fell his knees.", "GM021", None),
    ("The blade bit deep in to the mask.", "TY047", "into"),
    ("The healer's had left a tray.", "GM004", "healers"),
    ("Chad carried four folding table's stacked high.", "TY033", "tables"),
    ("We could take photo's of the captains.", "TY036", "photos"),
    ("Keigo tripped over own feet.", "GM023", None),
    ('"Hey, who\'s bento is this?"', "CF035", "whose"),
    ("The petals from the plum tree was the only color.", "CF116", "were"),
    ("Orihime has a really unique pallet.", "CF117", "palate"),
    ("He defiantly didn't expect it.", "CF118", "definitely"),
    ("Her voice horse from shouting, she sat.", "CF119", "hoarse"),
    ("We'll be discrete about it.", "CF120", "discreet"),
    ("We found a stash of desert.", "CF121", "dessert"),
    ("The cold seemed to envelope the manor.", "CF122", "envelop"),
    ("He wondered if she was even conscience.", "CF123", "conscious"),
    ("He stood beside the family alter.", "CF124", "altar"),
    ("A crackle of white lightening lit the yard.", "CF065", "lightning"),
    ("But your allowed to take liberties.", "CF007", "you're"),
    ("He could care less about it.", "CF074", "couldn't care less"),
    ("Then, as if on queue, they came.", "CF074", "as if on cue"),
    ("He deserves more love then he gets.", "CF128", "than"),
    ('"Yeah, but you where there too."', "CF012", "were"),
    ("Thanks to my beta, whose awesome.", "CF036", "who's"),
    ("His chest went tight and quite.", "CF045", "quiet"),
    ('"It\'ll try and brake you."', "CF049", "break"),
    ("Sado, who's lives he might ruin.", "CF035", "whose"),
    ("Her silver hair slipped out of it's tie.", "CF125", "its"),
    ("Her hair came loose from it's bun.", "CF127", "its"),
    ("Ichigo had finally drug himself off the rock.", "CF126", "dragged"),
    ("People on both side's are going to die.", "TY033", "sides"),
    ('"Me? Now?," she squeaked.', "TY005", None),
    ("His own hands was shaking.", "CF101", "were"),
    ("The mask was half off, and Love and Rose was arguing.", "GM012", "were"),
    ("She turned her head just enough meet his eyes.", "GM024", None),
    ("She smashed the mask with hilt of her sword.", "GM025", None),
    ("He kept the box's of things in the back.", "TY037", "boxes"),
    ("She was talking to a six year old with red hair.", "TY048", "six-year-old"),
    ("She held a half eaten taiyaki in her hand.", "TY049", "half-eaten"),
    ("Rukia fainted left and ducked.", "CF129", "feinted"),
    ("He lay prostate on the floor.", "CF130", "prostrate"),
    ("Ururu sorted eleven, than Jinta sorted four.", "CF131", "then"),
    ("He moved, quick as lightening, to the roof.", "CF065", "lightning"),
    ("He spent the day pouring over reports.", "CF098", "poring"),
    ("I've been way to busy with exams.", "CF084", "too"),
    ("When the Abarai's went out, people stared.", "TY030", "Abarais"),
    ("Yachiru could barely breath.", "CF023", "breathe"),
    ("I came to find out weather the stories are true.", "CF044", "whether"),
    ("The blade past an inch from his throat.", "CF135", "passed"),
    ("That was the principal of being a shinigami.", "CF110", "principle"),
    ("The division had taken less new recruits than usual.", "CF132", "fewer"),
    ("The smell of the leaves were sweet.", "CF133", "was"),
    ("The bitter tea complimented the sweetness of the cakes.", "CF134", "complemented"),
    ("His blood soaked haori flapped.", "TY046", "blood-soaked"),
    ("He had a stack of half finished reports.", "TY049", "half-finished"),
    ('"Nobody steals other peoples snacks!"', "TY038", "people's"),
    ("Ken-chans haori smelled like dirt.", "TY039", "Ken-chan's"),
    ("Morinaga and his team was already there.", "GM012", "were"),
    ('"It was him. Its stupid."', "CF009", "It's"),
    ('"Whose he? Yer husband?"', "CF036", "Who's"),
    ("That's the nicest complement anybody ever paid me.", "CF074", "nicest compliment"),
    ("No spoilers accept for who the bad guy is.", "CF074", "except for who"),
    ("Our fathers had it all planed out.", "CF074", "planned out"),
    ("She said it for the forth time.", "CF074", "for the fourth time"),
    ("He was trying to decide weather either of them was real.", "CF136", "whether"),
    ("Ginjo lead the way back.", "CF137", "led"),
    ("I might right a sequel.", "CF138", "write"),
    ("The bar sat behind the station, were nobody would find them.", "CF139", "where"),
    ('"You look kind of pail," Yuzu said.', "CF140", "pale"),
    ("Her and Suzune sold more dango than ever.", "CF141", "She"),
    ("He went through the court yard.", "TY040", "courtyard"),
    ("It was the first time two doctor's had drunk her dry.", "TY033", "doctors"),
    ("A tiny dark haired girl held his ear.", "TY046", "dark-haired"),
    ('"Theres a whole world out there."', "TY051", "There's"),
    ("Hisagi drug his chair around the desk.", "CF126", "dragged"),
    ("Tatsuki laid back against the wall.", "CF142", "lay"),
    ("The three day search turned up nothing.", "TY052", "three-day"),
    ("The last minute changes meant wet ink.", "TY052", "last-minute"),
    ("She came in with a stack of photo's for her column.", "TY035", "photos"),
    ("Afterward the two girl's sat on the bench.", "TY033", "girls"),
    ("He did not know what do with himself.", "GM028", None),
    ("She was determined win this one.", "GM029", None),
    ("They only saw each other twice year.", "GM030", None),
    ("He wondered how was he going to fix it.", "GM031", "he was"),
    ("She bowed to lady Brienne.", "TY057", "Lady"),
    ("She bought food for the girls, who where looking after a fish.", "CF012", "were"),
    ("It went for everything else to.", "CF143", "too"),
    ("The door bounced of the wall.", "CF060", "off"),
    ("He had more attitude then sense.", "CF128", "than"),
    ("A Menos had gotten it's claws into him.", "CF125", "its"),
    ('"Everybody wants a blossom on there wrist."', "CF005", "their"),
    ("Most of the labels was faded.", "CF146", "were"),
    ("He was sure they was going to win.", "CF144", "were"),
    ("It looked like a tree without leafs.", "CF145", "leaves"),
    ("He use to visit every week.", "CF095", "used"),
    ('"Nobody want\'s her."', "TY053", "wants"),
    ("He fought dozens of hollow's, and won.", "TY035", "hollows"),
    ("He coughed in to his sleeve.", "TY047", "into"),
    ("The caption of the sixth division nodded.", "BL005", "captain"),
    ("He bowed to his fellow captions.", "BL001", "captains"),
    ("Ichigo bowed to the captain of the fifth squad, then to captain Kuchiki.", "BL003", "Captain"),
    ("They went back to soul society.", "BL004", "Soul Society"),
]


@pytest.mark.parametrize("sentence, code, suggestion", ERRORS, ids=[c for _, c, _ in ERRORS])
def test_shipped_rule_finds_its_error(tmp_path, sentence, code, suggestion):
    found = [f for f in shipped(sentence, tmp_path) if f.code == code]
    assert len(found) == 1, [(f.code, f.text) for f in shipped(sentence, tmp_path)]
    assert found[0].suggestions == ([suggestion] if suggestion else [])


CLEAN = {
    "plural subject was": "The news was bad. Her glasses were cracked. The series was over. His boss was angry. "
                          "The bus was late. The canvas was blank. His whereabouts was unknown. Her happiness was "
                          "real. The crisis was over. Her thanks was quiet. The Kurosakis were home.",
    "there/their/they're": "Is there gonna be a fight? Their not knowing hurt. They're home. Over there, by the gate. "
                           "There was nothing there. They're friends, and their friends are there too. "
                           "Here and there eyes glowed.",
    "your/you're": "You're welcome. Your right hand is bleeding. Your not knowing was a mercy. You're on your own. "
                   "Your always-present smile. Your late father. Your being here helps. Your lying eyes.",
    "its/it's": "The dragon spread its wings; its very existence was a threat. Its true form was hidden. "
                "It's been a long day. The blade has a will of its own. Its only weakness was the cold. "
                "The wolf got its just deserts. The lake and its still waters. Its fine print. Its so-called master.",
    "lets/let's": "He lets go of her hand. Rukia lets him in. Let's go. She never lets anyone help. The inn lets rooms. "
                 "The school lets all students in. Her father lets go of the rope.",
    "where/were": "I'll show you where everything is. They were going home. Where were you? We know where nothing grows.",
    "then/than": "Once more then, he tried. See you later then. He was taller than Renji, and then he left. "
                 "Better now than never. No more then, please. They looked at each other then left. "
                 "He moved closer then stopped. He felt better then. He had some more tea then went to bed.",
    "affect/effect": "The effect was immediate. It didn't affect him. The spell took effect. To effect change takes time. "
                     "He said something to that effect.",
    "lose/loose": "All hell broke loose. He let loose an arrow. Don't lose hope. She cut him loose. The loose thread. "
                  "The knot was not loose. He knocked it loose. They set you loose.",
    "breath/breathe": "He held his breath. She took a breath in. He came up for breath. Breathe, Ichigo. "
                      "He struggled to breathe. His breath of relief was loud. Close to breath-taking.",
    "lead/led": "Lead the way. They lead the division now. The pipe was lead. He had led them home. "
                "Follow that lead to the end. Which lead do we follow?",
    "past/passed": "In years past they fought. He walked past her. Time passed by. He was past caring. "
                   "He checked the passed in value.",
    "peak/peek/pique": "They reached a peak. His power peaked at the end of the war. She took a peek. It piqued his interest.",
    "reign/rein": "His reign in Seireitei was brief. Aizen's reign in Hueco Mundo ended. He reined in his anger.",
    "site/sight": "The site of the battle. Out of sight. The camp site was quiet. A sight for sore eyes.",
    "whose/who's": "Whose turn is it? Who's there? The man whose sword broke. Who's going with me?",
    "accept/except": "Everyone except Ichigo left. He couldn't accept it. I accept for now.",
    "advice/advise": "He listened to advice that nobody else gave. I would advise you to run. Good advice.",
    "quite/quiet": "The room was quiet. She was quite tired. Keep quiet a while. Stay quiet, Kon. It was quite, quite mad.",
    "bare/bear": "She bared her teeth. Bear with me. His bare hands. A bear hands him a fish. The teddy bear feet.",
    "brake/break": "Take a break. The car's brake failed. Break free. He hit the brakes. Lunch break. "
                   "He had to brake. I brake for cats.",
    "to/too": "He spoke to many people. It didn't amount to much. It belonged to many of them. Me too! I love you too.",
    "tired/tried": "He was too tired to move. Ichigo, tired to the bone, sat down. She felt tired to death. He tried to run.",
    "whole/hole": "A whole day passed. As a whole in the end it worked. A hole in his chest. The whole of Soul Society.",
    "dawn/don": "The dawn broke over the hills. He donned his haori. Realization dawned on him.",
    "apart": "He never wanted to be apart from Kaori. They were six miles apart. It fell apart.",
    "of/off": "The fall of the Seireitei. A set of keys. Run of the mill. The back of his head. He took off his coat. "
              "They were both off duty.",
    "everyday": "Everyday life in the Rukongai. An everyday thing. He trained every day.",
    "a/an": "An hour. A university. A one-shot. An honest man. An FBI agent. A European. A useful trick. An X-ray. "
            "A ukulele. An Arrancar. A Hollow. An herb garden. Plan A. A/N: thanks. An unidentified shinigami. "
            "A unicorn, a Unicode string, a uniform and a url. An unimportant man, an f-string. "
            "A once-great city. Eat an apple and a U-turn. Write a and an by sound.",
    "doubled": "Everything he ever had had been taken. It wasn't soon after that that he left. Bye bye, Kon. "
               "She gave her her sword. What it is is a mystery. \"No no no,\" she said. \"Hey hey,\" he said.\n\n"
               "Run with me\nMe and you, tonight",
    "apostrophe": "The Kurosakis were happy. The boy's sword. Ichigo's were the only eyes open. "
                  "The captain's orders were clear. It's the one's fault. "
                  "Her eyes were blue; the boy's were brown.",
    "spacing": "Wait... what? \"I love you... \" she said. He said: \"Go.\" Ten to one :) Really?! A/N: thanks ;)",
    "here/hear": "Can you hear me? I'm here. Come here. Were you here the whole time? Was he here a moment ago? "
                 "Did you come here alone? I want to go from here to there. Over here!",
    "new/knew/one/won": "He knew it. A new day. I knew that. Ichigo knew nothing. He won the fight. "
                        "He had one the size of a fist. One of them left. She chose the new one.",
    "right/write": "He wanted to right a wrong. To right the wrongs of the past. He turned to the right.",
    "two/to/our/are": "Two of them left. We went to our house. Are you okay? Our family is here. Next to them.",
    "used/supposed": "What I use to clean it. I suppose to some extent. We used to be friends. I use it to cut.",
    "sheath/pore/role": "The sheath of his sword. He sheathed his sword. His role in the war. She rolled her eyes. "
                        "Tears poured down her face. He poured the tea.",
    "too": "His plan was to close the gate. She was to blame. It was to be a short visit. He was about to leave early. "
           "There was one left. There was a lot of blood. There was nothing to do.",
    "pronoun I": "I think so. I'm here, i.e. present. Part (i) of the list. I'll go.",
    "hyphens": "The man faced the enemy. She turned and faced him. The bird had flown away. He was red faced. "
               "The FBI's agents. There was a series of blasts. There was nothing left.",
    "compounds": "Some one of them. Every one of the doors was locked. He had long lost interest. They came over.",
    "captain": "The caption under the photo read 'Captain Hitsugaya'. Captain Hitsugaya nodded. "
               "She was a captain. The captions read well. His lieutenant, Abarai, waited. "
               "Rukia posted a photo with a caption. He laughed at the caption. She read the captions, and smiled.",
    "agreement": "Neither of them wanted to leave. Either of you is fine. Each of them has a sword. If anyone were "
                 "to ask, he would lie. As if someone were watching. Everyone was there. Everyone else was asleep. "
                 "Both of them cared. Was everyone here? Everyone, are you ready?",
    "possessives": "The twins' mother smiled. The brothers' hands met. The boss' face fell. Her parents' house. "
                   "The captains' meeting ended. Jesus' face was carved there. The soldiers' faces were grim.",
    "feelings": "She had a feeling for music. He had feelings for her. He had a strong feeling for her. "
                "He lost all feeling in his legs.",
    "asides": "She turned and faced him. He grabbed the back of her collar. Never had he had such a meal. "
              "Was the candy put into his mouth? It was taken and put into his pocket. He ran as fast as possible. "
              "He ran as fast as he could. As soon as possible, they left. Rukia, with a sigh, turned away. "
              "Ichigo, in the end, walked out. Rukia, like her brother, looked at him. Rukia stood beside him. "
              "The chair beside him was empty. Renji, beside him, was silent. Rukia beside him was quiet.",
    "more agreement and commas": "Ichigo and Rukia were both there. Between Renji and Rukia was a gap. \"Thanks, Renji.\" "
                                  "\"Oh God!\" \"Yes.\" \"I owe you, Rukia-chan.\" \"I saw him Friday.\" "
                                  "When the gate opened, Renji fell. When she realized he was gone, she cried. "
                                  "He scratched his head. She stood with crossed arms. He read it aloud. Not aloud.",
    "confusables in context": "Its tail swished. The wolf wagged its tail. Its only weakness was the cold. "
                              "All hell broke loose. The knot was not loose. In years past they fought. "
                              "She walked past him. The man whose sword broke left. Whose turn is it? "
                              "Everyone except Ichigo left. It was quite a sight. It was quite as good. "
                              "The car needed its brakes fixed. He caught sight of her. The camp site was quiet. "
                              "It's an everyday thing. He trained every day. There's a cat. There's three o'clock tea. "
                              "He lay down on the bed. She lay still. They lay down their arms. He was laying the table. "
                              "He threw the ball. The lanterns swayed. Dozens of hollows, and more. He came in to see her. "
                              "He gave in to the pressure. The rooms were lit.",
    "more context": "It was the principal who spoke. A weak moment. The strait of Gibraltar. The board of captains. "
                    "It may be. That may be true. Had he seen it? He had seen it. They had taken the road. "
                    "He gave it Rukia's best. \"Because you are late.\" \"They don't know.\" \"Please stop.\" "
                    "He caved in to the pressure. He logged in to the system. She was his principal reason. "
                    "Everyone had to accept the terms. The man whose sword broke was there. I wonder whether it rains. "
                    "He was rather tired then. She would rather go.",
    "rarer confusables": "He lay on a straw pallet. The palette of the sky. She defiantly refused. A horse neighed. "
                         "Discrete values. They crossed the desert. Miles of desert. She sealed the envelope. "
                         "His conscience was clear. He regained consciousness. They wanted to alter the plan. "
                         "His alter ego. The lightening of the sky. The healer's hands were warm. The captain's had enough. "
                         "Take the photo's frame. Byakuya felt her fingers clench around his. He was on his own.",
    "held-out near misses": "He had some more tea then he went to bed. I'll show you where there's food. "
                            "The man whose awesome sword broke was there. It's on top of the shelf. "
                            "\"I'm gonna call you Jun-jun!\" And when the first stars came out his captain began to hum. "
                            "The cut's deep. He was tired and quite hungry. She put on the brakes. "
                            "Because of it, it's fine. Most of it's gone.",
    "fifth held-out near misses": "The headline said \"Inside the Mind\" in red. A series called \"Meet the Captains\" ran. "
                                  "She fainted. He fainted dead away. The box's lid was open. He is six years old. "
                                  "Half eaten by worry, he waited. It was a half eaten by rats. He was lying prostrate. "
                                  "She had more tea than Rukia did. It was quick as a flash. He poured the tea over the rice. "
                                  "When she saw Rukia smiled, she smiled too. When the bell rang, Rukia found him.",
    "sixth held-out near misses": "Less than ten came. The peoples of the world. There was less water. "
                                  "The smell of the leaves was sweet. He complimented her eyes. It was half eaten by rats. "
                                  "Ken-chan ran. \"Are you going home Friday?\" The sound of drums was loud.",
    "seventh held-out near misses": "Its tail twitched. Whose is this? The weather was bad. They lead the division now. "
                                    "To right a wrong. They were happy, were they? The pail of water sat there. "
                                    "Her and his sister's house. I accept for now.",
    "eighth held-out near misses": "It was the last time she saw him. It was a little cold. A long time ago. "
                                   "\"Ooh, is that Kuchiki-taichou?\" \"Aizen-sama don't care about that.\" "
                                   "She would rather stay with a bad back than go. He laid the book down on the table. "
                                   "He was determined to win. The three days passed. He knew what to do with it.",
    "ninth held-out near misses": "One of the labels was faded. Each of the boys was tired. Where did he go to? "
                                  "\"They was singing,\" he said. He leafs through the book. What I use to clean it. "
                                  "The dog's bowl was empty. He pulled it off the shelf.",
    "names and Japanese": "Hitsugaya-taichou drew Hyourinmaru. Kuchiki-taichou and Abarai-fukutaichou "
                          "flash-stepped away. The Seireitei was quiet. Ichigo used shunpo. \"Ara, ara,\" Gin said.",
}


@pytest.mark.parametrize("name", list(CLEAN))
def test_shipped_packs_are_silent_on_clean_prose(tmp_path, name):
    assert [(f.code, f.text) for f in shipped(CLEAN[name], tmp_path)] == []


def test_shipped_packs_are_silent_on_a_clean_chapter(tmp_path):
    """A thousand words of clean fan fiction: Markdown, author's notes, honorifics, dialogue, ranks."""
    document = read_file(ROOT / "tests" / "fixtures" / "clean_chapter.md")
    config = Config(root=tmp_path)
    result = lint(Project.load([document], config), [RulesCheck(config)])
    assert document.word_count > 900
    assert [(f.line, f.code, f.text) for f in result.findings] == []


def test_fix_applies_safe_rule_fixes_and_unsafe_ones_only_when_asked(tmp_path, monkeypatch):
    story = tmp_path / "story.txt"
    text = "I could of won. She kept loosing her voice. He walked to the the door.\n"
    story.write_text(text, encoding="utf-8")
    cli(["lint", "--select", "CF,TY", "--fix", "story.txt"], tmp_path, monkeypatch)
    assert story.read_text(encoding="utf-8") == "I could have won. She kept loosing her voice. He walked to the door.\n"
    cli(["lint", "--select", "CF,TY", "--fix", "--unsafe-fixes", "story.txt"], tmp_path, monkeypatch)
    assert story.read_text(encoding="utf-8") == "I could have won. She kept losing her voice. He walked to the door.\n"


def test_unsafe_fixes_of_the_seeds_converge(tmp_path, monkeypatch):
    for seed in (SEED_000, SEED_001, SEED_002):
        (tmp_path / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    cli(["lint", "--select", "CF,TY,BL", "--fix", "--unsafe-fixes", "."], tmp_path, monkeypatch)
    fixed = (tmp_path / SEED_000.name).read_text(encoding="utf-8")
    assert "They're not gonna get us." in fixed and "a hole within his chest" in fixed
    result = cli(["lint", "--select", "CF,TY,BL", "--format", "json", "."], tmp_path, monkeypatch)
    assert json.loads(result.stdout) == []


# Every rule proves itself: its example fires it, and its good sentences do not

SHIPPED_SPECS = [spec for folder in sorted(p for p in SHIPPED.iterdir() if p.is_dir()) for spec in load_rule_files([folder])]


def rule_findings(spec, text: str, tmp_path: Path):
    """Findings of one rule alone on one text."""
    document = Document("example.txt", text)
    project = Project.load([document], Config(root=tmp_path, packs=[], rules=[]))
    return list(MATCHERS[spec.type](spec, as_rule(spec), document, project))


@pytest.mark.parametrize("spec", [s for s in SHIPPED_SPECS if s.type != "consistency"], ids=lambda s: s.code)
def test_every_rule_fires_on_its_example(spec, tmp_path):
    """The wrong side of each `wrong  ->  right` fires the rule; a rule with good sentences is held to its fix too."""
    assert "  ->  " in spec.example
    for pair in spec.example.split(";  "):
        wrong, right = pair.split("  ->  ")[:2]
        found = rule_findings(spec, wrong, tmp_path)
        assert found, f"{spec.code} does not fire on its example {wrong!r}"
        if spec.good and spec.fix != "none":
            assert apply(wrong, found[0]) == right


@pytest.mark.parametrize("spec", [s for s in SHIPPED_SPECS if s.good], ids=lambda s: s.code)
def test_every_rule_is_silent_on_its_good_sentences(spec, tmp_path):
    assert [(good, f.text) for good in spec.good for f in rule_findings(spec, good, tmp_path)] == []


def test_new_rules_carry_good_sentences():
    """Rules of the punctuation pack each carry several sentences they must not fire on."""
    punctuation = [s for s in SHIPPED_SPECS if s.code.startswith("PU")]
    assert punctuation and all(len(s.good) >= 3 for s in punctuation)
