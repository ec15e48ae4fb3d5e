"""Dialogue punctuation: tags after quotes and the lead-in to speech (DL001-DL004)."""

from __future__ import annotations

import shutil

from tests.conftest import SEED_000, SEED_002, findings_for


def fixed(text: str, finding: dict) -> str:
    """The text with a finding's fix applied (edits on one line, from the right)."""
    lines = text.split("\n")
    for edit in sorted(finding["fix"]["edits"], key=lambda e: e["column"], reverse=True):
        assert edit["line"] == edit["end_line"]
        line = lines[edit["line"] - 1]
        lines[edit["line"] - 1] = line[: edit["column"] - 1] + edit["replacement"] + line[edit["end_column"] - 1:]
    return "\n".join(lines)


def lint_text(ficlint, tmp_path, text: str) -> list[dict]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return findings_for(ficlint("lint", "--format", "json", "story.txt"), "DL")


def test_the_seed_tags_are_lowered_and_their_full_stops_become_commas(ficlint, tmp_path):
    shutil.copy(SEED_000, tmp_path / "story.txt")
    text = SEED_000.read_text(encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "story.txt"), "DL")
    assert {f["line"] for f in found} == {95, 97, 101, 103, 109, 117, 121, 123}
    # line 121 leads into speech from an action ("Her lips moved ..., "I'm..."), and line 117 has a beat after
    # trailing speech ("I…" she kept losing her voice): judgements, so unsafe
    found = [f for f in found if f["code"] not in ("DL012", "DL008")]
    assert all(f["fix"]["safe"] for f in found)
    for finding in sorted(found, key=lambda f: (f["line"], f["column"]), reverse=True):
        text = fixed(text, finding)
    lines = text.split("\n")
    assert '"There not gonna get us," he told her' in lines[94]
    assert '"Ichigo, he\'s gaining!" she cried out in fear' in lines[94]
    assert '"Don\'t worry, Kon won\'t let us down!" he yelled at her' in lines[96]
    assert '"Ichigo!" she said again' in lines[96]
    assert '"Rukia," he said softly' in lines[100]
    assert '"His reiatsu is gone," Toshiro said' in lines[102]
    assert '"Kurosaki!" he called out' in lines[108]
    assert '"Ichigo," she said with her shaky voice' in lines[116]
    assert '"I know," he said softly' in lines[122] and 'lets make a promise," he told her' in lines[122]


def test_both_problems_of_one_tag_are_one_finding_with_one_fix(ficlint, tmp_path):
    text = '"There not gonna get us." He told her as they moved through the dark city.\n'
    [finding] = lint_text(ficlint, tmp_path, text)
    assert finding["code"] == "DL002"
    assert fixed(text, finding) == '"There not gonna get us," he told her as they moved through the dark city.\n'


def test_a_new_sentence_after_a_quote_is_left_alone(ficlint, tmp_path):
    text = ('"Go." She turned away.\n\n"Ichigo." Her lips moved against his rough padded finger.\n\n'
            '"Stay." He closed the door behind him.\n\n"No." She said nothing.\n')
    assert lint_text(ficlint, tmp_path, text) == []


def test_tags_with_adverbs_curly_quotes_and_inverted_order(ficlint, tmp_path):
    cases = {
        "“I know.” he said quietly.\n": "“I know,” he said quietly.\n",
        '"Go," He softly said.\n': '"Go," he softly said.\n',
        '"Fine" she muttered.\n': '"Fine," she muttered.\n',
        '"Go." said Ichigo.\n': '"Go," said Ichigo.\n',
        '"Ichigo!" She cried out.\n': '"Ichigo!" she cried out.\n',
    }
    for text, expected in cases.items():
        [finding] = lint_text(ficlint, tmp_path, text)
        assert fixed(text, finding) == expected


def test_correct_tags_pass(ficlint, tmp_path):
    text = ('"Go," said Ichigo.\n\n"Captain?" he gasped.\n\n"How long?" he asked, but no one answered.\n\n'
            '"I\'ll be back tonight... I promise..." she whispered.\n\n'
            '"Nah. I don\'t think so." Killua lay down on the grass.\n')
    assert lint_text(ficlint, tmp_path, text) == []


def test_dialect_is_left_alone_and_only_the_lead_in_commas_are_flagged(ficlint, tmp_path):
    shutil.copy(SEED_002, tmp_path / "story.txt")
    text = SEED_002.read_text(encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "story.txt"), "DL")
    assert [(f["code"], f["line"]) for f in found] == [("DL004", 23), ("DL004", 39)]
    lines = fixed(fixed(text, found[1]), found[0]).split("\n")
    assert (lines[22], lines[38]) == ("Gin knelt down.", "Kira thought for a moment.")


def test_a_speech_verb_and_its_comma_may_introduce_the_next_paragraphs_speech(ficlint, tmp_path):
    text = 'The rain had stopped.\n\nHe turned to her and said,\n\n"Listen."\n'
    assert lint_text(ficlint, tmp_path, text) == []


def test_speech_running_over_paragraphs_is_not_a_tag(ficlint, tmp_path):
    text = '"The first paragraph of a long speech goes on\n\n"and the second one ends," she said.\n'
    assert lint_text(ficlint, tmp_path, text) == []


def test_speech_after_a_full_stop_starts_with_a_capital(ficlint, tmp_path):
    text = ('"I know," Ukitake said. "but at least I do not snore."\n\n'
            '"Wait..." she said... "and then?"\n\n"Wait," she said, "there is more."\n')
    [finding] = lint_text(ficlint, tmp_path, text)
    assert (finding["code"], finding["text"], finding["suggestions"]) == ("DL005", "but", ["But"])
    assert finding["fix"]["safe"] is False
    assert fixed(text, finding).startswith('"I know," Ukitake said. "But at least')


def test_speech_that_opens_a_paragraph_starts_with_a_capital_unless_it_runs_on(ficlint, tmp_path):
    text = ('"Hello there," he said.\n\n"you should go home."\n\n"Wait, I was saying\n\n"and then it broke."\n\n'
            'She spoke slowly\n\n"maybe."\n')
    [finding] = lint_text(ficlint, tmp_path, text)
    assert (finding["code"], finding["text"], finding["suggestions"]) == ("DL005", "you", ["You"])


def test_speech_opened_by_a_speech_verb_starts_with_a_capital(ficlint, tmp_path):
    text = ('She sighed and said, "fine, I will go."\n\nHe whispered: "come here."\n\n'
            'He called it "a mess" and left.\n\n"Wait," he said, "there is more."\n')
    findings = lint_text(ficlint, tmp_path, text)
    assert [(f["code"], f["text"], f["suggestions"]) for f in findings] == [
        ("DL005", "fine", ["Fine"]), ("DL005", "come", ["Come"])]


def test_beats_after_a_quote_and_verbs_that_go_on_are_not_tags(ficlint, tmp_path):
    text = ('"He only ever makes one batch." Ichigo sighed.\n\n"Nothing." She began to back away.\n\n'
            '"Fine." He continued walking.\n\n"Go." She laughed at him.\n')
    assert lint_text(ficlint, tmp_path, text) == []


def test_a_two_word_name_can_be_the_speaker(ficlint, tmp_path):
    [finding] = lint_text(ficlint, tmp_path, '"You could have told me." Soi Fon said stiffly.\n')
    assert (finding["code"], fixed('"You could have told me." Soi Fon said stiffly.\n', finding)) == (
        "DL002", '"You could have told me," Soi Fon said stiffly.\n')


def test_a_character_named_by_a_number_can_be_the_speaker(ficlint, tmp_path):
    text = '"You were right." Four said quietly. "Yes." Five nodded. "Go." Four men left the room.\n'
    [finding] = lint_text(ficlint, tmp_path, text)
    assert (finding["code"], fixed(text, finding)) == (
        "DL002", '"You were right," Four said quietly. "Yes." Five nodded. "Go." Four men left the room.\n')


# Each join between speech and the narration around it: the wrong text, the code, the text after its fix.
JOINS = [
    ('"Run!" Was all she could say.\n', "DL001", '"Run!" was all she could say.\n'),
    ('"Maybe." Was the only thing Ren said.\n', "DL002", '"Maybe," was the only thing Ren said.\n'),
    ('"It\'s late, Mo," said Aya, "I\'m going home."\n', "DL009", '"It\'s late, Mo," said Aya. "I\'m going home."\n'),
    ('"Poison?" A soft and curious voice answered from the hall.\n', "DL001",
     '"Poison?" a soft and curious voice answered from the hall.\n'),
    ('"Stay" her cheeks burned as she looked away.\n', "DL006", '"Stay." Her cheeks burned as she looked away.\n'),
    ('"Well," Dean sat up on the couch.\n', "DL007", '"Well." Dean sat up on the couch.\n'),
    ('"Fine," the old man shrugged.\n', "DL007", '"Fine." The old man shrugged.\n'),
    ('"You must be lying, is what I am saying,"\n\nShe laughed.\n', "DL007", '"You must be lying, is what I am saying."\n\nShe laughed.\n'),
    ('"There he is!" she ran to him.\n', "DL008", '"There he is!" She ran to him.\n'),
    ('"Why?" The Chief asked quietly.\n', "DL001", '"Why?" the Chief asked quietly.\n'),
    ('"Are we late?" Shouted the tallest of the three.\n', "DL001", '"Are we late?" shouted the tallest of the three.\n'),
    ('"He is gone." Ulquiorra said flatly.\n', "DL002", '"He is gone," Ulquiorra said flatly.\n'),
    ('"You forgot the best part." Orla deadpanned.\n', "DL002", '"You forgot the best part," Orla deadpanned.\n'),
    ('"It is over." Ravik chokes out.\n', "DL002", '"It is over," Ravik chokes out.\n'),
    ('"Nice try." a boy with messy hair piped up.\n', "DL002", '"Nice try," a boy with messy hair piped up.\n'),
    ('"Shut up, Tomo." whilst shoving him away.\n', "DL002", '"Shut up, Tomo," whilst shoving him away.\n'),
    ('"I have seen it again" It was grief.\n', "DL006", '"I have seen it again." It was grief.\n'),
    ('"Follow me." Christine had sung.\n', "DL002", '"Follow me," Christine had sung.\n'),
    ('"Wait," he said, "But there is more."\n', "DL009", '"Wait," he said, "but there is more."\n'),
    ('"Go away!" she yelled, "I mean it."\n', "DL009", '"Go away!" she yelled. "I mean it."\n'),
    ('"But we do not know where to look." Piper pointed out.\n', "DL002", '"But we do not know where to look," Piper pointed out.\n'),
    ('"You look hot in those shorts." Zeke jokes.\n', "DL002", '"You look hot in those shorts," Zeke jokes.\n'),
    ('"Maka, I…" he looked at her sadly.\n', "DL008", '"Maka, I…" He looked at her sadly.\n'),
    ('"They all have good points, but I want the red one," Ash replied, "I know it will be hard."\n', "DL009",
     '"They all have good points, but I want the red one," Ash replied. "I know it will be hard."\n'),
    ('"If you really want to," he said, "I can help you."\n', None, None),
    ('"You know what I mean," she said, "I never liked him."\n', None, None),
    ('"Sammy", Dean said.\n', "DL010", '"Sammy," Dean said.\n'),
    ('"Afraid?". He laughed.\n', "DL010", '"Afraid?" He laughed.\n'),
    ('"And?" , Hayasaka urged her on.\n', "DL010", '"And?" Hayasaka urged her on.\n'),
    ('"Where is the milk"? Marco asked.\n', "DL010", '"Where is the milk?" Marco asked.\n'),
    ('Did he really say "yes"? She shrugged.\n', None, None),
    ('"Do you want eggs?," she asked.\n', None, None),  # the comma after '?' is TY005's, not a missing '?'

    ('She stared at him worriedly "You ok?"\n', "DL011", 'She stared at him worriedly. "You ok?"\n'),
    ('He leaned in and whispered "Not here."\n', "DL011", 'He leaned in and whispered, "Not here."\n'),
    ('"Ted," said Lily, "Drool much?"\n', "DL009", '"Ted," said Lily. "Drool much?"\n'),
    ('Uriah turns to me "Hey Tris, this is my brother Zeke." I shake his hand.\n', "DL011",
     'Uriah turns to me. "Hey Tris, this is my brother Zeke." I shake his hand.\n'),
    ('Uriah turns to me "Hey Tris, this is my brother Zeke" and grins.\n', "DL011",
     'Uriah turns to me. "Hey Tris, this is my brother Zeke" and grins.\n'),
    ('He gestured at the dragon, "she tried to eat it."\n', "DL012", 'He gestured at the dragon. "She tried to eat it."\n'),
    ('Hiei clenched his fists, "I will help you."\n', "DL012", 'Hiei clenched his fists. "I will help you."\n'),
    ('"We are not friends with her." The ninth grader interrupted.\n', "DL002",
     '"We are not friends with her," the ninth grader interrupted.\n'),
    ('"Well done, sister Lily." Rekka cheered.\n', "DL002", '"Well done, sister Lily," Rekka cheered.\n'),
    ('"I am a knight." Shinra and Arthur said as they walked.\n', "DL002",
     '"I am a knight," Shinra and Arthur said as they walked.\n'),
    ('"You cannot even stand up." One woman says, circling him.\n', "DL002",
     '"You cannot even stand up," one woman says, circling him.\n'),
    ('"See you at lunch." Ms. Reed, the teacher, said.\n', "DL002", '"See you at lunch," Ms. Reed, the teacher, said.\n'),
    ('"Leave me alone." A tall, dark-haired girl growled.\n', "DL002", '"Leave me alone," a tall, dark-haired girl growled.\n'),
    ('"Hello." Ann, six years old, and Tom, five, said together.\n', "DL002", '"Hello," Ann, six years old, and Tom, five, said together.\n'),
    ('"There must be a reason for this." Edd tried to reason.\n', "DL002", '"There must be a reason for this," Edd tried to reason.\n'),
    ('"Yes." Charlie had to admit it was true.\n\n"It is me." She started to cry.\n', None, None),
    ('"Thing is," he paused and then added, "It is not a lie."\n', "DL009",
     '"Thing is," he paused and then added, "it is not a lie."\n'),
    ('"Fine." She leaned close and whispered, "Go now."\n', None, None),
    ('Miley spit out her orange juice, "What?"\n', "DL012", 'Miley spit out her orange juice. "What?"\n'),
    ('Diana waved her comment away, "Oh, never mind."\n', "DL012", 'Diana waved her comment away. "Oh, never mind."\n'),
    ('She turned and called out to her, "Wait!"\n\nShe called his name, "Harry!"\n\n'
     'He started the talk with a polite, "Good morning."\n', None, None),
    ('"Excuse me?" said Libby as she turned around, "just give me a minute."\n', "DL009",
     '"Excuse me?" said Libby as she turned around. "Just give me a minute."\n'),
    ('"We will meet again;" replied the monk.\n', "DL002", '"We will meet again," replied the monk.\n'),
    ('"So, Kirby," Kirby, who was sure it would go well, was alarmed.\n', "DL007",
     '"So, Kirby." Kirby, who was sure it would go well, was alarmed.\n'),
    ('"They look like us every time we dream of them." He then state.\n', "DL002",
     '"They look like us every time we dream of them," he then state.\n'),
    ('"They are scheduled in," said Libby, "anyway, I want to say sorry."\n', "DL009",
     '"They are scheduled in," said Libby. "Anyway, I want to say sorry."\n'),
    ('"They are scheduled in," Libby said, "I just want to say sorry."\n', "DL009",
     '"They are scheduled in," Libby said. "I just want to say sorry."\n'),
    ('Tears started to stream down her face, "It is not goodbye."\n', "DL012", 'Tears started to stream down her face. "It is not goodbye."\n'),
    ('She thought for a moment before looking him in the eye, "Abel, are you sure?"\n', "DL012",
     'She thought for a moment before looking him in the eye. "Abel, are you sure?"\n'),
    ('A smile crossed her face as she said to him, "I know."\n\nShe wanted to say, "Stay."\n\n'
     'He had insisted on stopping there first, "because Yuzu will be angry."\n\n'
     'So she said the first thing that came into her head, which was, "Fight me."\n', None, None),
    ('"Done," she affirmed. "Now go."\n\n"Yes," Ash repeated the words slowly.\n', None, None),
    ('"I know, she said. Then she left.\n\nThe rain stopped.\n', "DL013", '"I know," she said. Then she left.\n\nThe rain stopped.\n'),
    ('I know," she said quietly.\n', "DL013", '"I know," she said quietly.\n'),
    ('"We were never safe here. Never. she countered.\n', "DL013", '"We were never safe here. Never." she countered.\n'),
    ('"Yes," Mo said. "But keep it down, the baby is asleep.\n\nThey crept out.\n', "DL013",
     '"Yes," Mo said. "But keep it down, the baby is asleep."\n\nThey crept out.\n'),
    ('“It is not you I am worried about\n\nLo looked away.\n', "DL013", '“It is not you I am worried about”\n\nLo looked away.\n'),
    ('"Are you okay," she asked.\n', "DL014", '"Are you okay?" she asked.\n'),
    ('"Finch, let us know when they come in please," Jack asked.\n', None, None),
    ('"Master!" A light went off in the hall.\n\n"But..." She was cut off by the chief.\n', None, None),
    ('"Can anyone hear me?" My voice echoes through the cave.\n', None, None),
    ('"Where is he." Harry asked.\n', "DL014", '"Where is he?" Harry asked.\n'),
    ('"Kagura-chan, do you think it is time to go," he muttered.\n', "DL014", '"Kagura-chan, do you think it is time to go?" he muttered.\n'),
    ('"Where are you going," she called.\n', "DL014", '"Where are you going?" she called.\n'),
    ('"Listen to me" Mira was sounding upset.\n', "DL006", '"Listen to me." Mira was sounding upset.\n'),
    ('"I will see you again" As she ran off, the rain began.\n', "DL006", '"I will see you again." As she ran off, the rain began.\n'),
    ('"I give up," Amity says, rubbing her neck, "You win this time."\n', "DL009",
     '"I give up," Amity says, rubbing her neck, "you win this time."\n'),
    ('"They said you were evil," she said, confusing him for a boss, "But you are not."\n', "DL009",
     '"They said you were evil," she said, confusing him for a boss, "but you are not."\n'),
    ('"You have to leave," he said, calm but firm, "Do you hear me?"\n', "DL009",
     '"You have to leave," he said, calm but firm, "do you hear me?"\n'),
    ('"Don\'t look at me," she said. "Do it now," he said.\n', None, None),
    ('"Are you staying," she says, "or going?"\n', None, None),
    ('"Where is he?" Lilly asked, "why isn\'t he here?"\n', "DL009", '"Where is he?" Lilly asked. "Why isn\'t he here?"\n'),
    ('"It is fine," he stated, "he will be back soon."\n', "DL009", '"It is fine," he stated. "He will be back soon."\n'),
    ('"That is no excuse," said Sabrina, "did he have to go?"\n', "DL009", '"That is no excuse," said Sabrina. "Did he have to go?"\n'),
    ('"I cannot believe it," she said as she sat, "what possible reason would they have?"\n', "DL009",
     '"I cannot believe it," she said as she sat. "What possible reason would they have?"\n'),
    ('"How would you know?" she asked, "you sound sure."\n', "DL009", '"How would you know?" she asked. "You sound sure."\n'),
    ('"I wonder," she said, "what he would do."\n\n"I think," he said, "you should go."\n', None, None),
    ('"I don\'t know," she said, "what you mean."\n', None, None),
    ('"The thing is," he said, "he lied."\n', None, None),
    ('"Hey," Ted said, "did you see that?"\n', None, None),
    ('"Honestly," Mara asked, "what kind of knight do you want to be?"\n', None, None),
    ('"He is a star!" she fawned as Leo rolled his eyes.\n', None, None),
    ('"Sara?" she tried again. "Babe!" she tried once more with a bit more force.\n', None, None),
    ("\"Run,\" he said. 'He is lying,' She thought.\n", "DL001", "\"Run,\" he said. 'He is lying,' she thought.\n"),
    ('"This speech goes on\n\n"into the next paragraph," she said.\n', None, None),
]


def test_each_join_of_speech_and_narration_is_checked_and_fixed(ficlint, tmp_path):
    for text, code, expected in JOINS:
        found = lint_text(ficlint, tmp_path, text)
        if code is None:
            assert found == [], text
            continue
        [finding] = found
        assert finding["code"] == code, text
        assert fixed(text, finding) == expected


def test_speech_straight_after_a_speech_verb_is_speech_on_both_sides(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, 'Tomo replied "Shut up, Kei." whilst shoving him away.\n')
    assert [(f["code"], f["text"]) for f in found] == [("DL011", 'replied "'), ("DL002", '." whilst')]


def test_a_question_run_into_from_narration_is_speech_and_its_tag_goes_on_in_lower_case(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, 'She spotted Toma "You took my bike?" He asked. A sign read "Closed?" He frowned.\n'
                       'Then, with a quick "I am so sorry, Captain!", he left.\n')
    assert [(f["code"], f["text"]) for f in found] == [("DL011", 'Toma "'), ("DL001", "He asked")]


def test_a_one_word_reply_after_a_speech_verb_is_speech_with_its_comma_and_its_full_stop_inside(ficlint, tmp_path):
    text = 'With her arms crossed, she said "No".\n'
    found = lint_text(ficlint, tmp_path, text)
    assert [(f["code"], f["suggestions"][0]) for f in found] == [("DL011", "said,"), ("DL010", '."')]
    assert lint_text(ficlint, tmp_path, 'She said "No" to the offer and left.\n') == []


def test_speech_resumed_after_an_action_with_no_mark_is_narration_running_into_it(ficlint, tmp_path):
    text = '"Sorry," she smiled at them "there are rabbits here."\n'
    found = lint_text(ficlint, tmp_path, text)
    assert [f["code"] for f in found] == ["DL007", "DL011"]
    assert fixed(text, found[1]) == '"Sorry," she smiled at them. "There are rabbits here."\n'


def test_lines_of_speech_with_no_blank_line_between_are_each_checked(ficlint, tmp_path):
    text = '"Hi there" I said.\n"Hello" she replied.\n"Where are they?" I asked.\n'
    found = lint_text(ficlint, tmp_path, text)
    assert [(f["code"], f["line"]) for f in found] == [("DL003", 1), ("DL003", 2)]


def test_correct_joins_of_every_kind_pass(ficlint, tmp_path):
    text = ('"Go." She turned away.\n\n"Hi!" she called across the yard.\n\n"Wait," he said, "there\'s more."\n\n'
            '"I know," said the tall girl. "Come on, dear," the old woman whispered softly.\n\n'
            'He turned to her and said, "Listen to me."\n\nThe sign on the door read "Closed" in red letters.\n\n'
            'They called it "the quiet room" and never went in. They watched "The Return of the King, Part Two" twice.\n\n"Why not?" Harry asked, frowning. "It\'s only a room."\n\n'
            '"Fine," she snapped back at him.\n\n"Right," he managed, and looked away.\n\n'
            '"Almost home, Jun," he called over his shoulder.\n\n"You saw nothing?" My voice was teasing, and Dan grinned.\n\n'
            '"You know what," Ren went on, "I think we should stay."\n\n'
            'The parrot made noises like "Kraa!", or "Hello!", or "Pretty bird!" It never stopped.\n\n'
            '"Good morning to you too," he snarks playfully.\n\n"Optimus . . ." Bee ventured.\n\n'
            'All she said was "It is my turn soon!" so he waited.\n\n"Sure!" They went out to the yard and played.\n')
    assert lint_text(ficlint, tmp_path, text) == []


def test_a_tag_verb_that_is_also_an_action_stays_a_tag_before_an_ing_phrase(ficlint, tmp_path):
    text = ('"Huh?" she questioned sleepily wondering where she was.\n\n"Huh?" She questioned the guard at length.\n\n'
            '"Ugh." She tried pushing the door.\n')
    assert lint_text(ficlint, tmp_path, text) == []


def test_an_opening_mark_after_a_lost_one_is_not_taken_for_a_closing_mark_without_its_space(ficlint, tmp_path):
    text = ('"Yeah, right." Ted agreed. You are being silly. Knock it off." Ted smiled softly. "Look at you in there, '
            'all grumpy." His phone buzzed and Ted moved to it. "Oh it is Emma." he added. "You want me to answer?"\n')
    found = lint_text(ficlint, tmp_path, text)
    assert "DL015" not in [f["code"] for f in found]  # its safe fix would have written '" Look'


def test_a_lost_closing_mark_is_found_where_the_speech_opens_and_the_joins_before_it_are_still_checked(ficlint, tmp_path):
    text = '"Here is your tea" Mira said. "Thanks" Jun said. "It is fine, I have more in the kitchen. Mira walked away. ' \
           '"Wait!" he called. "Come back" he said.\n'
    found = [(f["code"], f["column"]) for f in lint_text(ficlint, tmp_path, text)]
    assert found == [("DL003", 17), ("DL003", 37), ("DL013", 50)]


def test_a_speaker_the_tagger_reads_as_a_participle_or_an_adjective_still_says_the_words(ficlint, tmp_path):
    text = ('"Supper is ready" his aunt called from the porch.\n\n"Get up." A sleepy voice called and then he heard the '
            'kettle.\n\n"Over here." The red haired boy said to his sister.\n\n"Look out!" smoke poured from the vent.\n')
    found = [(f["code"], f["line"], f["column"]) for f in lint_text(ficlint, tmp_path, text)]
    assert found == [("DL003", 1, 16), ("DL002", 3, 8), ("DL002", 5, 11), ("DL008", 7, 13)]


def test_a_verb_that_is_also_an_action_is_a_tag_before_and_a_new_clause_and_an_action_before_its_object(ficlint, tmp_path):
    text = ('"Dinner!" she called and the twins came running.\n\n"Dinner!" She called the twins in from the yard.\n\n'
            '"Hold still." Her hair tied back, she leaned closer.\n\n"Is anyone there?" Nobody answered.\n')
    assert lint_text(ficlint, tmp_path, text) == []


def test_a_speaker_a_who_clause_describes_still_says_the_words(ficlint, tmp_path):
    text = ('"Sit down!" A teacher who had seen enough of it shouted sternly.\n\n'
            '"Run!" A boy who lived next door ran out.\n')
    found = [(f["code"], f["line"]) for f in lint_text(ficlint, tmp_path, text)]
    assert found == [("DL001", 1)]
