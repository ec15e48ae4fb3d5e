"""The punctuation check (PU101-PU105): quote marks, the comma after a tag, compounds."""

from __future__ import annotations

import pytest

from ficlint.checks.punctuation import PunctuationCheck
from ficlint.config import Config
from ficlint.document import Document
from ficlint.project import Project
from ficlint.readers import read_file
from tests.conftest import FIXTURES, SEEDS, findings_for


def check(text: str, tmp_path) -> list:
    document = Document("story.txt", text)
    project = Project.load([document], Config(root=tmp_path))
    return list(PunctuationCheck().check(document, project))


def fixed(text: str, finding) -> str:
    for edit in sorted(finding.fix.edits, key=lambda e: e.start, reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text


ERRORS = [  # (text, code, flagged text, text after the fix)
    ('" Hello," she said.', "PU101", " ", '"Hello," she said.'),
    ('He waved. "See you tomorrow! " she called.', "PU101", " ", 'He waved. "See you tomorrow!" she called.'),
    ("“Hello,\" she said.", "PU102", '"', "“Hello,” she said."),
    ("He shrugged. \"Fine, then.” He left.", "PU102", '"', "He shrugged. “Fine, then.” He left."),
    ('"Pirates," she said rushing to the door.', "PU103", "said rushing", '"Pirates," she said, rushing to the door.'),
    ('"And you?" Genma asked looking at the boy.', "PU103", "asked looking", '"And you?" Genma asked, looking at the boy.'),
    ('"Stay safe," she said her voice low.', "PU103", "said her", '"Stay safe," she said, her voice low.'),
    ('"What?" she said shocked.', "PU103", "said shocked", '"What?" she said, shocked.'),
    ('"Leaving already?" said her father not looking up.', "PU103", "said her father not",
     '"Leaving already?" said her father, not looking up.'),
    ('"The dragon bit me?" I ask puzzled.', "PU103", "ask puzzled", '"The dragon bit me?" I ask, puzzled.'),
    ('"That was the dragon?" Nell said stunned and Ivo laughed.', "PU103", "said stunned",
     '"That was the dragon?" Nell said, stunned and Ivo laughed.'),
    ('"Fine," Jun said unwrapping his sandwich.', "PU103", "said unwrapping", '"Fine," Jun said, unwrapping his sandwich.'),
    ('"Who are you?" he asked startled by the noise.', "PU103", "asked startled", '"Who are you?" he asked, startled by the noise.'),
    ('"The code?" said Ted smiling.', "PU103", "said Ted smiling", '"The code?" said Ted, smiling.'),
    ('"Why?" Ted questioned leaning on the door.', "PU103", "questioned leaning", '"Why?" Ted questioned, leaning on the door.'),
    ('"Huh?" she asked sleepily wondering why he was there.', "PU103", "asked sleepily wondering",
     '"Huh?" she asked sleepily, wondering why he was there.'),
    ("A spot light turned on above the stage.", "PU104", "spot light", "A spotlight turned on above the stage."),
    ("Smoke drifted over the battle field.", "PU104", "battle field", "Smoke drifted over the battlefield."),
    ("She baked a delicious looking cake.", "PU105", "delicious looking", "She baked a delicious-looking cake."),
    ("After much pleading and wide eyed stares, he agreed.", "PU105", "wide eyed", "After much pleading and wide-eyed stares, he agreed."),
    ("He was a third generation pilot.", "PU105", "third generation", "He was a third-generation pilot."),
    ("She kept a medium sized box of letters.", "PU105", "medium sized", "She kept a medium-sized box of letters."),
    ("A middle aged woman opened the door.", "PU105", "middle aged", "A middle-aged woman opened the door."),
    ("Their short lived truce ended.", "PU105", "short lived", "Their short-lived truce ended."),
    ("It looked like 21st century Earth.", "PU105", "21st century", "It looked like 21st-century Earth."),
    ("He wore blood soaked clothes to the funeral.", "PU105", "blood soaked", "He wore blood-soaked clothes to the funeral."),
    ("She had dark hair and sea green eyes.", "PU105", "sea green", "She had dark hair and sea-green eyes."),
    ("They crossed the shadow cloaked sands at dusk.", "PU105", "shadow cloaked", "They crossed the shadow-cloaked sands at dusk."),
    ("Arriving twenty minutes late he sat down.", "PU106", "late he", "Arriving twenty minutes late, he sat down."),
    ("Hearing the bell she ran outside.", "PU106", "bell she", "Hearing the bell, she ran outside."),
    ("Gasping he sat up in bed.", "PU106", "Gasping he", "Gasping, he sat up in bed."),
    ("Working at the bakery you learn to wake before dawn.", "PU106", "bakery you",
     "Working at the bakery, you learn to wake before dawn."),  # the perceptron reads 'Working' as a verb
    ("While waiting for the bus she read a book.", "PU106", "bus she", "While waiting for the bus, she read a book."),
    ("Shouting her name Claire searched the room.", "PU106", "name Claire", "Shouting her name, Claire searched the room."),
    ("Clutching the hoody once he was inside the truck he tore it off.", "PU106", "truck he",
     "Clutching the hoody once he was inside the truck, he tore it off."),
    ("With his message delivered he vanished into the crowd.", "PU106", "delivered he",
     "With his message delivered, he vanished into the crowd."),
    ("Armed with new chalk he drew a circle on the floor.", "PU106", "chalk he", "Armed with new chalk, he drew a circle on the floor."),
    ("Glancing into the mirror the tired nurse fixed her collar.", "PU106", "mirror the",
     "Glancing into the mirror, the tired nurse fixed her collar."),
    ("Glancing up I saw that the bridge had fallen.", "PU106", "up I", "Glancing up, I saw that the bridge had fallen."),
    ("Suddenly growing shy the boy looked at his shoes.", "PU106", "shy the", "Suddenly growing shy, the boy looked at his shoes."),
    ("As if sensing his mood she smiled.", "PU106", "mood she", "As if sensing his mood, she smiled."),
    ('"Are you okay." He frowned.', "PU107", ".", '"Are you okay?" He frowned.'),
    ("Why would anyone build a castle out here.", "PU107", ".", "Why would anyone build a castle out here?"),
    ("Why are you shouting, the old man asked.", "PU107", ",", "Why are you shouting? the old man asked."),
    ("Do you even care about us, you never call.", "PU107", ",", "Do you even care about us? you never call."),
    ("She read the letter twice.\n\nHe walked out of the room without a word\n\nNobody followed him.",
     "PU108", "word", "She read the letter twice.\n\nHe walked out of the room without a word.\n\nNobody followed him."),
    ('She turned to the door.\n\n"I am going to bed"\n\nHe nodded.', "PU108", 'bed"',
     'She turned to the door.\n\n"I am going to bed."\n\nHe nodded.'),
    ('He handed her the key.\n\n"Fine," I replied\n\nShe left.', "PU108", "replied",
     'He handed her the key.\n\n"Fine," I replied.\n\nShe left.'),
    ('"Leave me alone," Ben whined, stomping off', "PU108", "off", '"Leave me alone," Ben whined, stomping off.'),
    ("She looked at the clock It was already midnight.", "PU109", "clock It",
     "She looked at the clock. It was already midnight."),
    ("It was a flame producing device.", "PU105", "flame producing", "It was a flame-producing device."),
    ("He had a sword and a blood stained shirt.", "PU105", "blood stained", "He had a sword and a blood-stained shirt."),
    ("He slammed the door causing the glass to shake.", "PU111", "door causing",
     "He slammed the door, causing the glass to shake."),
    ("Mira stood there frozen leaving the others to run.", "PU111", "frozen leaving",
     "Mira stood there frozen, leaving the others to run."),
    ("Hotch looked at Morgan who sat back in his chair.", "PU110", "Morgan who",
     "Hotch looked at Morgan, who sat back in his chair."),
    ("Jake takes the seat next to Rosa who sits in the first row.", "PU110", "Rosa who",
     "Jake takes the seat next to Rosa, who sits in the first row."),
    ("Chandler laughed. Joey and Chandler came in. She waved at Joey and Chandler who just lazily wave at her.",
     "PU110", "Chandler who", "Chandler laughed. Joey and Chandler came in. She waved at Joey and Chandler, who just lazily wave at her."),
    ("Tomas wrote to his father who never answered.", "PU110", "father who", "Tomas wrote to his father, who never answered."),
    ("She hugged him which surprised everyone.", "PU112", "him which", "She hugged him, which surprised everyone."),
    ("The old man walked slowly which annoyed the guards.", "PU112", "slowly which",
     "The old man walked slowly, which annoyed the guards."),
    ("Pella threw another snowball; hoping to hit the tallest boy.", "PU113", ";",
     "Pella threw another snowball, hoping to hit the tallest boy."),
    ("There was only one chair left; the stool beside the stove.", "PU113", ";",
     "There was only one chair left: the stool beside the stove."),
    ("The three of them; Pella, Orrin and Vess, walked home.", "PU113", ";",
     "The three of them, Pella, Orrin and Vess, walked home."),
    ("The night the lamps went out, was the night the war began.", "PU114", ", was",
     "The night the lamps went out was the night the war began."),
    ("All that was left, was the long walk home.", "PU114", ", was", "All that was left was the long walk home."),
    ("A thin boy of only nine years, whistled a tune.", "PU114", ", whistled", "A thin boy of only nine years whistled a tune."),
    ("The kettle hissed.\n\nThen the old woman would always ask;\n\n\"Who is at the door?\"", "PU113", ";",
     "The kettle hissed.\n\nThen the old woman would always ask:\n\n\"Who is at the door?\""),
]


@pytest.mark.parametrize("text, code, flagged, after", ERRORS, ids=[e[1] for e in ERRORS])
def test_finds_the_error_and_its_fix_corrects_it(tmp_path, text, code, flagged, after):
    found = check(text, tmp_path)
    assert [(f.code, f.text) for f in found] == [(code, flagged)]
    assert found[0].fix.safe is False
    assert fixed(text, found[0]) == after


CLEAN = [
    "Becoming the captain of a Star Destroyer was his dream. Hearing the bell woke her and she sat up.",
    "She could see the guests leaving. He was thanked by a Grand Mage who never slept.",
    '"Good morning, Lee!" Was all he heard before the door shut.',
    "What have I done?, she thinks, and covers her face.",
    "When the sun went down and the sky turned orange, they packed up the stall.",
    '"Yes. Living with my brother you think I would not know that?"',
    '"No." Was all Miaka said before she left. "Maybe." Was the only thing Ren said.',
    '"Fine," she said quietly. "No," he said nothing more. "Go," she said, shocked.',
    "He kept making jokes. She was forcing it. They fought, her sword making his attacks sharper. He was not letting go.",
    "She stopped leaving notes. He spent hours making up stories. The girl sat down without making a sound.",
    "The team played football. It looked like somebody spilled paint. She had light blue eyes and a round white stone.",
    "He knew blood stained clothes. An energy called annoyance filled him.",
    "Then the reader of a pipe stopped reading. A man in a suit started talking.",
    '"Go," said Ted. Smiling was hard for him.',
    '"Fine," she said quietly, looking away.',
    "Avoiding questions that require a direct lie is the name of the game. Driving separately it is.",
    "Running away from Harry was no answer. Seeing him there made her smile.",
    "Charlie was getting his hair cut by Claire on the beach.",
    '"Hello," she said. "I love you... " he whispered.',
    "“Go,” she said. “Now.”",
    '"Hi there," he said, and "bye" she answered, and then "What?" he asked.',
    '"She left," he said. "She never came back." It was over.',  # a paragraph of paired quotes
    'He called it "home, and she said " nothing more "today.',  # an unpaired quote mark: no guess
    '"Pirates," she said, rushing to the door.',
    "After crossing the river the first thing she sees is a sign.",  # 'she sees' describes the thing: the subject
    '"Go," he said being careful was the point.',  # a finite verb follows: no participle phrase
    '"It was here," she said nothing else. "Fine," he said his name.',
    "He hummed by the bus stop and ate ice cream. The police officer left the tea room.",
    "The man standing there waved. The dog eating food barked. He kept looking around.",
    "A big frightened dog ran past. The old rusted car stopped. She was busy looking for it.",
    "She saw a girl holding a book. There was a boy eating cake with his sister.",
    "The first year passed quickly. In the first year he grew. In the 21st century Earth was quiet.",
    '"I was done with it anyway." Turning, he poured the whole mess down the sink.',
    "The cat was wide eyed. He was a first-year student with a spotlight and a battlefield.",
    "He pitched the tent. She sized him up. The box was oddly shaped and the walls were brightly colored.",
    "They sat in the art room with the school girls.",
    "Arriving late, he sat down. Knowing that he was there made her happy. Walking home was nice.",
    "Seeing he was late, she left. Knowing he was there helped. By then he knew. After he left she cried.",
    "With a sigh he sat down. Despite the pain he suffered. Without the badge she was only a tall woman.",
    '"It was done with one of the "Mysterious Powers" they have," he said. "About half the cases you "solve" are luck."',
    "Will Dixon and his two sons lived by the river.",
    "Running through the list of things he knew she would need took an hour.",
    "Worrying over Ravi is what I do all day. Before opening the shop the first thing she checks is the till.",
    "Panicking every time she tripped, she ran on.",
    "Kneeling on the cold stone was none other than Ravi. Slowly stealing hours from us till we have nothing left.",
    '"How dare you." "Do it now." "What a day." "Who knows." "Is it?" she asked.',
    '"Are you okay." she asked.',  # the dialogue check's case (DL014)
    "Had the guards known, they would have stayed. Should the door open, run.",
    "Chapter One\n\nThe night was cold.",
    "Starting from here, let us make a promise\n\nYou and me, let us just be honest\n\nWe run, nothing can stop us",
    "He gave the book to Harry. It was a gift. They met where It Takes Two was playing.",
    "It was Morgan who found it. A man named Yukio who owns a shop waved. She saw Morgan, who smiled.",
    '"Morgan who?" she asked. Harry looked at the only Morgan who mattered. He met Will who was late.',
    "It was Dr. Ziegler who came through the door. She met a Mabel who hated cats. They passed other Arrancar who "
    "stopped to stare. A boy from Pallet who could not speak left. Morgan met a young purple haired Amazon who laughed.",
    "It was her mother who called. His brother who lived abroad wrote. The mother who found him wept.",
    "His head aches. The silver hand represented something else. Being the bad student I was, I failed.",
    "The open-topped jeep gained speed.",
    "He knew which road it was. She asked exactly which one. The town in which they lived was small. He gave it which he had.",
    "The rain had stopped; the streets were still wet. Oh no, open the door; they are coming. Stay here; let me look.",
    "We packed three things: a lamp, which was broken; a map, which was old; and bread. He winked ;) and left.",
    "Nobody saw him — the only one in a mask; he was free to go. At least she ran; at least that fall never hurt her.",
    "Orrin, my brother, was late. Those roads too, were long. A band of thieves, forged in war, rode out. Had Pella seen it?",
    "Taking note of the look Pella was wearing, Orrin grinned.",
    "Bring the lamp (the brass one; not the tin one) to me. The guards sleep in the barn (north side); a cot works too.",
    "A new opening paragraph, written later. Their only son, lost to them forever. An hour later, bathed and fed, she slept. Orrin, had Pella called him?",
    '"Pella, is he dead?" "Sounds easy, doesn\'t it?" "Vess, listen to me."',
]


@pytest.mark.parametrize("text", CLEAN)
def test_is_silent_on_correct_text(tmp_path, text):
    assert [(f.code, f.text) for f in check(text, tmp_path)] == []


def test_silent_on_the_seeds_and_a_clean_chapter_but_for_their_real_slips(tmp_path):
    for path in [*sorted(SEEDS.glob("*.txt")), FIXTURES / "clean_chapter.md"]:
        document = read_file(path)
        project = Project.load([document], Config(root=tmp_path))
        found = PunctuationCheck().check(document, project)
        real_slips = {("PU110", "Rukia who"), ("PU105", "fox faced")}  # seed 000's, both in its gold
        assert [(path.name, f.code, f.text) for f in found if (f.code, f.text) not in real_slips] == []


def test_codes_are_listed_and_explained(ficlint):
    result = ficlint("explain", "PU104")
    assert result.exit_code == 0
    assert "split-compound-noun" in result.stdout and "spotlight" in result.stdout


def test_fix_with_unsafe_fixes_corrects_a_story(ficlint, tmp_path):
    story = tmp_path / "story.txt"
    story.write_text('Title\n\nA spot light came on.. "Who?" she asked looking up.\n', encoding="utf-8")
    ficlint("lint", "--select", "PU", "--fix", "--unsafe-fixes", "story.txt", cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == 'Title\n\nA spotlight came on... "Who?" she asked, looking up.\n'


def test_quotes_mixed_the_same_way_throughout_are_reported_once(tmp_path):
    text = '"Come in,” she said.\n\n"Sit down.” He sat.\n\n"Tea?” she asked. “No thanks," he said.\n'
    found = [f for f in check(text, tmp_path) if f.code == "PU102"]
    assert [f.start for f in found] == [0, text.index('," he') + 1]  # one straight-curly, one curly-straight


def test_an_interjection_after_a_drawn_out_one_and_its_comma_takes_its_own_comma(ficlint, tmp_path):
    (tmp_path / "story.txt").write_text('"Ohhhh, yeah I can."\n', encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "--select", "PU007", "story.txt"), "PU007")
    assert [f["text"] for f in found] == ["yeah"]
