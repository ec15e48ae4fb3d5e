"""Word forms against their neighbours (WF001-WF011), read from word classes and LemmInflect's forms."""

from __future__ import annotations

import pytest

from tests.checks.test_dialogue import fixed
from tests.conftest import findings_for

CASES = [
    ("She had always knew the way.\n", "WF001", "She had always known the way.\n"),
    ("They have went home early.\n", "WF001", "They have gone home early.\n"),
    ("The fish food, which he had almost forgot, was gone.\n", "WF001", "The fish food, which he had almost forgotten, was gone.\n"),
    ("The day she seen him was cold.\n", "WF002", "The day she saw him was cold.\n"),
    ("But sometimes Hitsugaya still seen the shadows.\n", "WF002", "But sometimes Hitsugaya still saw the shadows.\n"),
    ("Mira ran to the gate. Then Mira frown and glared at it.\n", "WF003", "Mira ran to the gate. Then Mira frowned and glared at it.\n"),
    ("He is one of Charlie's best friend.\n", "WF004", "He is one of Charlie's best friends.\n"),
    ("The portraits along the wall was old.\n", "WF005", "The portraits along the wall were old.\n"),
    ("Everything from her sketches to her notes were praised.\n", "WF005", "Everything from her sketches to her notes was praised.\n"),
    ("She laid on the bed for an hour.\n", "WF006", "She lay on the bed for an hour.\n"),
    ("He laid down on the couch.\n", "WF006", "He lay down on the couch.\n"),
    ("I lied awake all night.\n", "WF006", "I lay awake all night.\n"),
    ("It stayed between he and Sherlock.\n", "WF007", "It stayed between him and Sherlock.\n"),
    ("She came with Elsa and I to the lake.\n", "WF007", "She came with Elsa and me to the lake.\n"),
    ("She gave the maps to my brother and I.\n", "WF007", "She gave the maps to my brother and me.\n"),
    ("You should happy for him.\n", "WF011", "You should be happy for him.\n"),
    ("He grabbed his coat and leave the house.\n", "WF003", "He grabbed his coat and left the house.\n"),
    ("She beat most of the captains Mira had ever saw.\n", "WF001", "She beat most of the captains Mira had ever seen.\n"),
    ("She smiled and nod at him.\n", "WF003", "She smiled and nodded at him.\n"),
    ("They sat down and talk for hours.\n", "WF003", "They sat down and talked for hours.\n"),
    ("Good work, sister Lily.\n", "WF010", "Good work, Sister Lily.\n"),
    ("She bowed to lady Brienne and left.\n", "WF010", "She bowed to Lady Brienne and left.\n"),
    ("She waited for Spike. Later she cried in Spikes arms.\n", "WF008", "She waited for Spike. Later she cried in Spike's arms.\n"),
    ("Besides the maids alongside Elsa and I, nobody was there.\n", "WF007", "Besides the maids alongside Elsa and me, nobody was there.\n"),
    ("He waited for Dean and leaned on Deans car.\n", "WF008", "He waited for Dean and leaned on Dean's car.\n"),
    ("His brothers shoulder shook.\n", "WF008", "His brother's shoulder shook.\n"),
    ("She touched her brothers shoulder.\n", "WF008", "She touched her brother's shoulder.\n"),
    ('"How did the guy reached the roof?"\n', "WF011", '"How did the guy reach the roof?"\n'),
    ('"Does she wants it?"\n', "WF011", '"Does she want it?"\n'),
    ("He ran home. He grabbed his fathers sword and ran.\n", "WF008", "He ran home. He grabbed his father's sword and ran.\n"),
    ("The girls dresses were soaked.\n", "WF008", "The girls' dresses were soaked.\n"),
    ("She laid a hand on the dragons neck.\n", "WF008", "She laid a hand on the dragon's neck.\n"),
    ("He held the healers hands in his.\n", "WF008", "He held the healer's hands in his.\n"),
    ('She smiled at Rory. "Rorys leaving tonight."\n', "WF008", 'She smiled at Rory. "Rory\'s leaving tonight."\n'),
    ("There was two doors at the end of the hall.\n", "WF005", "There were two doors at the end of the hall.\n"),
    ("Tommy still had not showed up.\n", "WF001", "Tommy still had not shown up.\n"),
    ("She still hadn't find anything about her family.\n", "WF001", "She still hadn't found anything about her family.\n"),
    ("He had use his sword to cut the rope.\n", "WF001", "He had used his sword to cut the rope.\n"),
    ("Yachiru had never saw Ken-chan fight like that.\n", "WF001", "Yachiru had never seen Ken-chan fight like that.\n"),
    ("Marissa heart sank. Ben waved to Marissa.\n", "WF008", "Marissa's heart sank. Ben waved to Marissa.\n"),
    ("He wore one his suits.\n", "WF009", "He wore one of his suits.\n"),
    ("It was the biggest amount money he gave.\n", "WF009", "It was the biggest amount of money he gave.\n"),
    ("They last met seven year ago.\n", "WF013", "They last met seven years ago.\n"),
    ("Two month after the flood, the bridge reopened.\n", "WF013", "Two months after the flood, the bridge reopened.\n"),
    ("The boy was nine year old when he left.\n", "WF013", "The boy was nine years old when he left.\n"),
    ("He hated leaving mom behind.\n", "WF010", "He hated leaving Mom behind.\n"),
    ("He called his father, and mom came too.\n", "WF010", "He called his father, and Mom came too.\n"),
    ("He ran downstairs to show mother the letter.\n", "WF010", "He ran downstairs to show Mother the letter.\n"),
    ("He ran down the stairs to mother.\n", "WF010", "He ran down the stairs to Mother.\n"),
    ('"Where\'s daddy?" she asked.\n', "WF010", '"Where\'s Daddy?" she asked.\n'),
    ('"Didn\'t dad tell you?" he asked.\n', "WF010", '"Didn\'t Dad tell you?" he asked.\n'),
    ("The storm came at dusk. As it begun to rain, they ran.\n", "WF002", "The storm came at dusk. As it began to rain, they ran.\n"),
    ("She will never going back there.\n", "WF011", "She will never go back there.\n"),
    ("He could standing there all day.\n", "WF011", "He could stand there all day.\n"),
    ("She would went home after dark.\n", "WF011", "She would go home after dark.\n"),
    ("He can't standing the noise.\n", "WF011", "He can't stand the noise.\n"),
    ("But he doesn't tries very hard.\n", "WF011", "But he doesn't try very hard.\n"),
    ("He walked on. He knew Murtagh choose not to follow.\n", "WF003", "He walked on. He knew Murtagh chose not to follow.\n"),
    ("The number of Avatars have never reached a thousand.\n", "WF005", "The number of Avatars has never reached a thousand.\n"),
    ("The bell rung, signalling the end of class.\n", "WF002", "The bell rang, signalling the end of class.\n"),
    ("She did not even knew his name.\n", "WF011", "She did not even know his name.\n"),
    ("The rain had stopped. They always walks home together.\n", "WF012", "The rain had stopped. They always walked home together.\n"),
    ("Mara pouted as you just groans a little.\n", "WF012", "Mara pouted as you just groaned a little.\n"),
    ("Every students stood up.\n", "WF014", "Every student stood up.\n"),
    ("She waited a minutes before she left.\n", "WF014", "She waited a minute before she left.\n"),
    ("Len flew a feet above the bed.\n", "WF014", "Len flew a foot above the bed.\n"),
    ("Several car passed by.\n", "WF014", "Several cars passed by.\n"),
    ("He had many friend at school.\n", "WF014", "He had many friends at school.\n"),
    ("She stop's at the shelf.\n", "WF008", "She stops at the shelf.\n"),
    ("\"It is good to met you,\" she said.\n", "WF011", "\"It is good to meet you,\" she said.\n"),
    ("He walked in. All he wanted was to asked her one thing.\n", "WF011", "He walked in. All he wanted was to ask her one thing.\n"),
    ("She turned away. Her brother kick the door shut.\n", "WF003", "She turned away. Her brother kicked the door shut.\n"),
    ("Rin watched the fog covered the hills.\n", "WF011", "Rin watched the fog cover the hills.\n"),
    ("He let them entered the hall.\n", "WF011", "He let them enter the hall.\n"),
    ("After lunch, him and Taro walked home.\n", "WF015", "After lunch, he and Taro walked home.\n"),
    ("Me and my sister left early.\n", "WF015", "I and my sister left early.\n"),
    ("She climbed the ladder that lead to the loft.\n", "WF003", "She climbed the ladder that led to the loft.\n"),
    ("He waved at the girl who live next door.\n", "WF003", "He waved at the girl who lived next door.\n"),
    ("She stood up. She really need him now.\n", "WF003", "She stood up. She really needed him now.\n"),
]

CORRECT = (
    "She laid the book down. He laid down his sword. She laid aside an hour for him. He had got the letter. She had lit the fire. Have you seen him?\n\n"
    "Did he frown? He watched Mira frown. One of the hotel rooms was empty. The box of apples was heavy.\n\n"
    "It stayed between you and me. My mom left early. The sports car was red. She felt her cheeks burn.\n\n"
    "She pushed the coins back across the table and handed the results back to him.\n\n"
    "He sat up, letting his covers fall around his waist. A number of people were there.\n\n"
    "The song sung by the choir was old. The job done, we left. His muzzle gone grey, the dog slept.\n\n"
    "\"Your eyes seem a little tired.\" I can't read their minds today. He had rose colored glasses on.\n\n"
    "Loid cast a glance at Yor and she also realized what it meant. My eyes snap open and I turn.\n\n"
    "His pockets full of sweets, he ran. It had nothing to do with her. Choji on the other hand was calm.\n\n"
    "She talked to him and she told him everything. The Weasleys were late. One of the family was there.\n\n"
    "He did the work needed. Did he read it? Did the girl he liked call? What did you expect? "
    "He watched her hands shake. He had her friends wait outside. He tried not to let his emotions show. He waved to Harry and I grinned back. For Mira and I knew it.\n\n"
    "Ghost face raised his knife. While Ghost face chuckled, Dwight ran.\n\n"
    "She let the tears that had gathered in her eyes fall. \"You have done a lot today.\" He sort of wished it.\n\n"
    "She was one of many. He got it done. The can rolling away was loud. With all his might pulling, he won.\n\n"
    "She ran as fast as she could, laughing. He would have gone. They must be tired. It began to rain.\n\n"
    "His mother and father came. Like father, like son. She tried to mother him. A mother of two waved.\n\n"
    "The bond between father and son was gone. It would have fit perfectly in his hands.\n\n"
    "He missed his mad scientist grandpa's tinkering.\n\n"
    "You guys waited. We girls knew. The noise that bothers you bothers me. \"They always walks,\" he said.\n\n"
    "The parking lot attendant waved. A lot more came. The amount due was paid.\n\n"
    "She does drugs and he does dishes. He did not mean it. \"I don't got time,\" he said.\n\n"
    "You should calm down. It will still rain. We could only wait. She would rather stay. It can't hurt.\n\n"
    "Potter waved. The Potters cars were parked outside.\n\n"
    "Her sister Lily waved. The lady Brienne bowed. His uncle Fester came. Mr. Weasley and dr Who left.\n\n"
    "She smiled at the girl and her adoring father. This trip idea you had was just what we needed.\n\n"
    "It was a two hour drive. Seven year old twins ran past. The three day festival began. One year passed.\n\n"
    "He was not sure where his loyalties lie. She knew what her eyes saw.\n\n"
    "They had come home. He had put it away. She had work to do. We have fun. Having read it, he left.\n\n"
    "All he had was his best friend. What she had was enough. She found her baby brother Tatsuya in the hall.\n\n"
    "He decided to go and see her. She watched him run and jump. He bought bread and milk. She could sit and wait.\n\n"
    "\"I miss Will so much.\" She ran to her worried, but relieved, mother. He left his home/father's shop.\n\n"
    "The only enemy Ness had was Pokey.\n\n"
    "She waited for her older sister Mira. Our eldest uncle Bram came. He hugged his youngest mom Ada.\n\n"
    "A sports car passed. She found a glasses case. Each takes the blame. These kind of things happen. A means to an end.\n\n"
    "They were on a communications lockdown. Those coffee cups were cold. Many fight on. Both Harry and Ron came.\n\n"
    "Each fires once. They both work hard. Another comes. It was a means to an end. She bought a glasses case.\n\n"
    "The Shinigami eyes were red. A Shinigami smiled. Shinigami hands are cold. Ichigo smiled. Ichigo heart and soul was in it.\n\n"
    "The twins were both half wild with hunger.\n\n"
    "His face went from bored to angry to scared. He was sent to armed guards. She listened to recorded music. They were used to it. She turned to left the room.\n\n"
    "The bus stop the kids used was empty. The police arrive at noon. A cup and a lamp begin to float. The door frame in the "
    "wall was old. The team captain a year ago left.\n\n"
    "She saw the man killed by a bear. She saw the door closed. He made her dinner. I watched him walk the dog.\n\n"
    "He waved at Taro and me. She saw him and Anna leave. Give it to her and Taro.\n\n"
    "He sat with the boys and they laughed. He talked to the guard and she nodded. She need not worry. He need only ask. He said that people live there. It was a promise that time would tell. The houses that stand there were old.\n"
)


@pytest.mark.parametrize("text, code, expected", CASES, ids=[case[1] + ":" + case[0][:24] for case in CASES])
def test_each_form_slip_is_found_with_its_fix(ficlint, tmp_path, text, code, expected):
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    [finding] = findings_for(ficlint("lint", "--format", "json", "--select", "WF", "story.txt"), "WF")
    assert finding["code"] == code
    assert fixed(text, finding) == expected


def test_correct_forms_pass(ficlint, tmp_path):
    (tmp_path / "story.txt").write_text(CORRECT, encoding="utf-8")
    assert findings_for(ficlint("lint", "--format", "json", "--select", "WF", "story.txt"), "WF") == []


def test_a_participle_after_a_modal_in_speech_is_left_as_dialect(ficlint, tmp_path):
    (tmp_path / "story.txt").write_text('"I could been a contender," he said. He could seen it.\n', encoding="utf-8")
    [finding] = findings_for(ficlint("lint", "--format", "json", "--select", "WF011", "story.txt"), "WF")
    assert finding["text"] == "could seen" and finding["suggestions"] == ["see", "have seen"]
