"""Sentence structure from word classes: comma splices (SX001), names spoken to (SX002), the commas after an
opening clause (SX003) and before a joining word (SX004)."""

from __future__ import annotations

import pytest

from tests.checks.test_dialogue import fixed
from tests.conftest import findings_for


def lint_text(ficlint, tmp_path, text: str) -> list[dict]:
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    return findings_for(ficlint("lint", "--format", "json", "--select", "SX", "story.txt"), "SX")


SPLICES = [
    ("Nia was pleased with herself so far, she had won every match.\n", "Nia was pleased with herself so far. She had won every match.\n"),
    ("He gave her a look, she nodded.\n", "He gave her a look. She nodded.\n"),
    ("This was all his fault, he let the goats into the garden.\n", "This was all his fault. He let the goats into the garden.\n"),
    ("That's a lie, she cared a great deal.\n", "That's a lie. She cared a great deal.\n"),
    ("The two men shook hands before going their separate ways, they never met again.\n",
     "The two men shook hands before going their separate ways. They never met again.\n"),
    ("I looked at my sister and she nodded, we both then stood up.\n", "I looked at my sister and she nodded. We both then stood up.\n"),
    ("Orrin scowled as he took his coat off, he hated the cold.\n", "Orrin scowled as he took his coat off. He hated the cold.\n"),
    ("It was not as bad as it was before, she could sleep now.\n", "It was not as bad as it was before. She could sleep now.\n"),
    ("He left the hall, the door closed behind him.\n", "He left the hall. The door closed behind him.\n"),
    ('"Do not blame me, I did not know."\n', '"Do not blame me. I did not know."\n'),
    ("She had no idea what to do, she could not move.\n", "She had no idea what to do. She could not move.\n"),
    ("They turned around, to their surprise they saw the mayor.\n", "They turned around. To their surprise they saw the mayor.\n"),
    ("The two quietly got up, they slipped out without a sound.\n", "The two quietly got up. They slipped out without a sound.\n"),
    ("Oren stood frozen with fear, his whole body seemed to be made of stone.\n",
     "Oren stood frozen with fear. His whole body seemed to be made of stone.\n"),
    ("The corridor was empty, nothing moved in the dark.\n", "The corridor was empty. Nothing moved in the dark.\n"),
    ("Mara was injured, therefore she stayed behind.\n", "Mara was injured; therefore she stayed behind.\n"),
    ('"I checked the map twice, we are lost."\n', '"I checked the map twice. We are lost."\n'),
    ("Stiles sighed, knowing it was late, then he heard a howl.\n", "Stiles sighed, knowing it was late; then he heard a howl.\n"),
    ("The sword was old, his father had carried it for years.\n", "The sword was old. His father had carried it for years.\n"),
    ("I want my old key back, my name should be on the list.\n", "I want my old key back. My name should be on the list.\n"),
    ("It needs no wand at all, this is his special move.\n", "It needs no wand at all. This is his special move.\n"),
    ("He never knew why they chased him, their hunger drew them on.\n", "He never knew why they chased him. Their hunger drew them on.\n"),
    ('"You are acting weird, what is going on?"\n', '"You are acting weird. What is going on?"\n'),
    ('"I sent a challenge, if they accept it, then the rules allow a duel."\n',
     '"I sent a challenge. If they accept it, then the rules allow a duel."\n'),
    ("The butter was running out, sooner or later it would tear the toast.\n",
     "The butter was running out. Sooner or later it would tear the toast.\n"),
    ("Children could be cruel, that line had never been truer.\n", "Children could be cruel. That line had never been truer.\n"),
    ("He was tired from the night before, he sat down.\n", "He was tired from the night before. He sat down.\n"),
    ("It was getting dark outside, it was only noon.\n", "It was getting dark outside. It was only noon.\n"),
    ("She had asked where the shop was, she needed bread.\n", "She had asked where the shop was. She needed bread.\n"),
    ("A gust of wind went past him, he turned around.\n", "A gust of wind went past him. He turned around.\n"),
]

NOT_SPLICES = (
    "He was as human as any other. He ate, he drank, he slept.\n\n"
    "People said they were close and while they were not wrong, they never understood. I guess since I have time, I will go.\n\n"
    "A year after I met her, I moved away. He fled the town because if they caught him, they would hang him.\n\n"
    "Pella ran into the kitchen, where her brother, Orrin was baking bread.\n\n"
    "She hoped he would win, she really did. They would leave, they had to.\n\n"
    '"Get up, we are going to spar." "Excuse me, I am late." "Trust me, you will like it."\n\n'
    "It was not a silence she liked, her heart told her. It was a short trip, the captain had said.\n\n"
    '"I have to admit, I cannot blame them. But I must warn you, my aunts are thieves."\n\n'
    "She lowered the bow, the last arrow spent. He groaned, the wind knocked out of him.\n\n"
    "It was only to see her home, he had told himself. It had been months, Bea thought to herself.\n\n"
    "She knew that the second the bell rang, she would leave.\n\n"
    '"It was the year 1960- really, it was all a dream."\n\n'
    "I will come, if you want. She stayed, because he asked her to.\n\n"
    "Ryoma knew that around the time of the move, his father had started teaching him.\n\n"
    '"You think if I asked them, they would all say yes?"\n\n'
    "He believed in impossible things, the kinds of stories Dad told us at bedtime.\n\n"
    "She found her old face looking back at her, the signs of age wiped away by the spell.\n\n"
    "When the bell rang, she ran outside. She was tired, he knew. He stood, his hands clenched at his sides.\n\n"
    "He ran, she walked, and they all laughed. \"I know, I know.\" He turned toward the steps, then paused.\n\n"
    "The first time they met, Anakin was nine. The truth was, nobody cared. Dad can come too, it turns out.\n\n"
    "Upon seeing that it was late, he groaned. He would write in the morning, he decided.\n\n"
    "She looked at the lake for a moment, the way someone might look at an old friend.\n\n"
    "Instead of the monks he was expecting to see, he met a horde of bandits.\n\n"
    "Much like a baby craved a lullaby, Jughead longed to sleep. He came to a door, the one Roll had talked about.\n\n"
    "He gulped, knowing that he was wrong but just by looking at her face once more, he stopped.\n\n"
    "\"You don't think... no, he can't be,\" I said.\n\n"
    "You were so late, we started without you. Yachi sat down, quite overwhelmed by the praise.\n\n"
    "Gray would strip, Happy would eat the food, Erza would read and Natsu would set things on fire.\n\n"
    "Had he known the truth, his heart would have broken. No matter how hard he tried, the door stayed shut.\n\n"
    "She turned away, her face covered in soot. He waited, his fists clenched tight.\n\n"
    "I am Kim and, in case you have not heard, I can do anything.\n\n"
    "It is silver, Yuri corrects himself after another look. \"You will tell me, I am sure.\"\n\n"
    "He eats what they bring him, but otherwise, he does not move.\n\n"
    "She asked him, what was wrong? I wonder, what would he say?\n\n"
    "Now that the war is over, she rules the kingdom. He said that had she fallen, he would have caught her.\n\n"
    "\"I am staying right here, you got that?\" It was warmer still, Tom would argue, because the sun was out.\n\n"
    "She ran faster and out of sheer spite, Mira kept going. She looked away, her fingers fiddling with a thread.\n\n"
    "\"I'm leaving, I'm leaving!\" It's not something, it's someone. It was all the same and he, he was stuck.\n\n"
    "She made a joke about how if it rained, they would swim. It was late, it turned out.\n\n"
    "\"I mean, he may be slow.\" \"You know, it might work.\" \"I swear, we will find her.\"\n\n"
    "Later, watching the boats that crossed the bay, she thought of home. The longer he waited, the angrier he got.\n\n"
    "The others headed for the arena, while Kitana slipped out through the side door.\n\n"
    "He let the sobs come, his aching eyes squeezed shut against the light.\n\n"
    "\"Well, you see, the thing is that the boat has gone.\" He waited by the gate, a lantern clutched in his hand.\n\n"
    "\"I will not lose like that again, I swear it!\"\n\n"
    "It was about Jun, she admitted\u2014something too painful to share. \u201cIf my \u2018shortcut\u2019 almost killed you, the cliff will.\u201d\n"
)


VOCATIVES = [
    ('"Wow Mika look at all of these lanterns," said Ren.\n', '"Wow, Mika, look at all of these lanterns," said Ren.\n'),
    ('"Umm Yuto about yesterday, I wanted to ask you something."\n',
     '"Umm, Yuto, about yesterday, I wanted to ask you something."\n'),
    ('"Good morning JD," she said.\n', '"Good morning, JD," she said.\n'),
    ('"But sir, the gate is shut," she said.\n', '"But, sir, the gate is shut," she said.\n'),
    ('Gwen nodded.\n\n"Take care Gwen."\n', 'Gwen nodded.\n\n"Take care, Gwen."\n'),
    ('Miles waved.\n\n"Yo Miles!"\n', 'Miles waved.\n\n"Yo, Miles!"\n'),
    ('Ben nodded.\n\n"Don\'t worry Ben; we will win."\n', 'Ben nodded.\n\n"Don\'t worry, Ben; we will win."\n'),
    ('Gwen nodded.\n\n"You don\'t care Gwen."\n', 'Gwen nodded.\n\n"You don\'t care, Gwen."\n'),
    ('Tristan laughed.\n\n"Shut yer trap Tristan."\n', 'Tristan laughed.\n\n"Shut yer trap, Tristan."\n'),
    ('Onoda nodded.\n\n"It does not matter Onoda."\n', 'Onoda nodded.\n\n"It does not matter, Onoda."\n'),
    ('Bloom nodded.\n\n"Nice earrings Bloom, too bad we are late."\n', 'Bloom nodded.\n\n"Nice earrings, Bloom, too bad we are late."\n'),
    ('Ben laughed.\n\n"Ben that\'s not funny."\n', 'Ben laughed.\n\n"Ben, that\'s not funny."\n'),
    ('"Come on dear, we are late."\n', '"Come on, dear, we are late."\n'),
    ('"Thank you Miss Mills if you need me, call."\n', '"Thank you, Miss Mills, if you need me, call."\n'),
    ('"Oh god Derek I am so sorry."\n', '"Oh god, Derek, I am so sorry."\n'),
    ('"Regina Mills if you dare come in wet, you will mop it."\n', '"Regina Mills, if you dare come in wet, you will mop it."\n'),
    ('"Watch yourself little brother."\n', '"Watch yourself, little brother."\n'),
    ('Zeke laughed.\n\n"Thanks for the advice Zeke, I needed it."\n', 'Zeke laughed.\n\n"Thanks for the advice, Zeke, I needed it."\n'),
    ('"Alright gang, let us split up."\n', '"Alright, gang, let us split up."\n'),
    ('"I am sorry dude but it is time."\n', '"I am sorry, dude, but it is time."\n'),
    ('"Santiago there you are!"\n', '"Santiago, there you are!"\n'),
    ('"We will indeed Raiden."\n', '"We will indeed, Raiden."\n'),
    ('"Henry no!"\n', '"Henry, no!"\n'),
    ('"Boy do you want your father back?"\n', '"Boy, do you want your father back?"\n'),
    ('"Hey Boomer what do you say?"\n', '"Hey, Boomer, what do you say?"\n'),
    ('"Welcome home Carla, I missed you."\n', '"Welcome home, Carla, I missed you."\n'),
    ('"C\'mon Hiyori, you will get lost!"\n', '"C\'mon, Hiyori, you will get lost!"\n'),
    ('"Aww, Yukine you look so cute!"\n', '"Aww, Yukine, you look so cute!"\n'),
    ('"Hi cub, you are early today."\n', '"Hi, cub, you are early today."\n'),
    ('"Technically Spencer, you have no business here."\n', '"Technically, Spencer, you have no business here."\n'),
    ('"Yes Harry?" he asked.\n', '"Yes, Harry?" he asked.\n'),
    ('"Thank you Professor Snape."\n', '"Thank you, Professor Snape."\n'),
    ('"Really guys?"\n', '"Really, guys?"\n'),
    ('"Be safe aunty."\n', '"Be safe, aunty."\n'),
    ('"Good morning Mira!"\n', '"Good morning, Mira!"\n'),
    ('"Hurry up Ron, the train is leaving."\n', '"Hurry up, Ron, the train is leaving."\n'),
    ('"Yes Mayuri-sama." Nemu bowed.\n', '"Yes, Mayuri-sama." Nemu bowed.\n'),
    ('"You are too good to me Nanao-chan."\n', '"You are too good to me, Nanao-chan."\n'),
    ('"Kazuki you watch the old man."\n', '"Kazuki, you watch the old man."\n'),
    ('"Mira come here, now."\n', '"Mira, come here, now."\n'),
    ('"Ready Tou-chan!"\n', '"Ready, Tou-chan!"\n'),
    ('"You have my thanks Kameyo-dono."\n', '"You have my thanks, Kameyo-dono."\n'),
    ('"Yes ma\'am!"\n', '"Yes, ma\'am!"\n'),
    ('"Oh Bilbo, take this."\n', '"Oh, Bilbo, take this."\n'),
    ('"Calm down Mrs. Weasley."\n', '"Calm down, Mrs. Weasley."\n'),
    ('"All ready Bilbo?"\n', '"All ready, Bilbo?"\n'),
    ('"Hey (Y/N), look at this!"\n', '"Hey, (Y/N), look at this!"\n'),  # a reader-insert's name
    ('"We will do so Amad."\n', '"We will do so, Amad."\n'),
    ('"Don\'t worry Ino."\n', '"Don\'t worry, Ino."\n'),
    ('"Where are you going Ron?"\n', '"Where are you going, Ron?"\n'),
    ('"See you tomorrow Iruka."\n', '"See you tomorrow, Iruka."\n'),
    ('"Sorry about that Levi."\n', '"Sorry about that, Levi."\n'),
    ('"Of course Professor."\n', '"Of course, Professor."\n'),
    ('"One moment sir, I need my coat."\n', '"One moment, sir, I need my coat."\n'),
    ('"Yes you may Kenji."\n', '"Yes you may, Kenji."\n'),
    ('"Kenji why are you here?"\n', '"Kenji, why are you here?"\n'),
    ('"Dr. Ziegler could you help me?"\n', '"Dr. Ziegler, could you help me?"\n'),
    ('"Ah Kenji, you came back."\n', '"Ah, Kenji, you came back."\n'),
    ('Kenji smiled and said, "I missed you Marlowe."\n', 'Kenji smiled and said, "I missed you, Marlowe."\n'),
    ('"Pretty good Joey," he said.\n', '"Pretty good, Joey," he said.\n'),
    ('"It\'s a trap Tristan!"\n', '"It\'s a trap, Tristan!"\n'),
    ('"Thanks a lot Harry!"\n', '"Thanks a lot, Harry!"\n'),
    ('"People can change, can\'t they Mira?"\n', '"People can change, can\'t they, Mira?"\n'),
    ('"It\'s not your fault Kara."\n', '"It\'s not your fault, Kara."\n'),
    ('"No offense Mio."\n', '"No offense, Mio."\n'),
    ('"That\'s wonderful Juno."\n', '"That\'s wonderful, Juno."\n'),
    ('"Is this true Corwin?"\n', '"Is this true, Corwin?"\n'),
    ('"Did you hear that guys?"\n', '"Did you hear that, guys?"\n'),
    ('"There is something wrong Oskar."\n', '"There is something wrong, Oskar."\n'),
    ('"I find it lovely Maren Holt."\n', '"I find it lovely, Maren Holt."\n'),
    ('"What do you mean Tobin?"\n', '"What do you mean, Tobin?"\n'),
    ('"What is it Lidia?"\n', '"What is it, Lidia?"\n'),
    ('"Kneel before me mortal!"\n', '"Kneel before me, mortal!"\n'),
]


def test_a_character_named_by_a_common_word_is_spoken_to(ficlint, tmp_path):
    text = ('The wind rose. Tails ran to Sonic and Sonic grinned.\n\n'
            '"Sonic look over there!" Tails shouted.\n')
    [finding] = lint_text(ficlint, tmp_path, text)
    assert fixed(text, finding).endswith('"Sonic, look over there!" Tails shouted.\n')


def test_a_stammered_word_is_not_a_name_spoken_to(ficlint, tmp_path):
    text = ('Rowan backed away. "I-I apologize for the mess." "Why-w-why have you come?" "W-What do you want?"\n\n'
            '"Sam come here!" she cried.\n')
    [finding] = lint_text(ficlint, tmp_path, text)
    assert fixed(text, finding).endswith('"Sam, come here!" she cried.\n')


def test_names_that_are_objects_or_titles_are_left_alone(ficlint, tmp_path):
    text = ('"I saw Harry." "See you Monday." "Is it Harry?" "Ask Professor Snape."\n\n'
            '"Yes, Harry?" "Thanks, guys." "We met my dear friend." "Give it to Ron." "I love Hogwarts."\n\n'
            '"Harry put the cup down." "Mira is here." "Mira, come here."\n\n'
            '"Is that Levi?" "I will wait for Harry." "Did you see that Levi?" "We are going Sunday."\n\n'
            '"I never liked it, and neither does Lena." "So did Harry." "If you want to get over Kurt, stop."\n\n'
            '"God give me courage." "Heaven forbid." "I met the boy Harry." "Guess we should go." "I have a baby sister."\n\n'
            '"Good morning TV land."\n\n'
            'The butler was addressed as "young master" by the staff. "Quidditch practice is at noon."\n\n'
            'The Shinigami came. "Shinigami don\'t catch cold, Izuru."\n\n'
            'Come on dear, said nobody in narration, because narration speaks to no one.\n\n'
            '"I will get my starter Pokemon!" "Calm down, Mrs. Midoriya." "You guys know it."\n\n'
            '"Welcome home!" "Thanks anyway." "Boy do I love cake." "Actually Harry is right."\n\n'
            '"Oh boy..." Elisa sighed. "Oh man, not again." "Aw man, it felt so real!" "Ugh god, not again."\n\n'
            '"Nobody but sir Lancelot came." Kamina laughed. "But Bro, well, he always had my back."\n\n'
            '"Is he Martin?" "Was she Kara?" "Is that your sword Zangetsu?" "This is your friend Kara."\n\n'
            '"Young master, it is time to rise." "Merry Lantern Festival, Aiko!"\n\n'
            '"Oh Harry is here!" "Well Harry Potter fans will love it." "Hey Sam and Dean came."\n\n'
            '"Ooh yes, that looks good." "Hmm no, not that one."\n\n'
            '"It was young Mary." "She was brave Mary Jane." "I saw that guys like him are rare."\n\n'
            '"He is a very nice kid." "Which new kid?" "We fought the spoiled, selfish Tobin." "Who do you mean?"\n\n'
            '"What do you call Tobin?" "Who is it Tobin met?"\n\n'
            '"You idiot!" "You fool, run!" "Who cares about that idiot!" "I want to thank Kara Holt, wherever you are."\n\n'
            '"LOOK AT ME!" "GET UP NOW!" "He experimented on Clary, and then on Jace." "Anddd I take it back." "She is not in the Night Court."\n')
    assert lint_text(ficlint, tmp_path, text) == []


OPENING_CLAUSES = [
    ("When it was over the Vandenreich marched out toward the gate.\n", "When it was over, the Vandenreich marched out toward the gate.\n"),
    ("By the time they reached the gate the snow had turned into sleet.\n",
     "By the time they reached the gate, the snow had turned into sleet.\n"),
    ("When the gate finally opened Renji almost fell over.\n", "When the gate finally opened, Renji almost fell over.\n"),
    ("And before he could say anything she was gone.\n", "And before he could say anything, she was gone.\n"),
    ("When Hanataro looked up his eyes were closed.\n", "When Hanataro looked up, his eyes were closed.\n"),
    ("Then, when the bell rang he ran outside.\n", "Then, when the bell rang, he ran outside.\n"),
    ("If you want the map you can have it.\n", "If you want the map, you can have it.\n"),
    ("Before the guard could make his presence known I slipped away.\n",
     "Before the guard could make his presence known, I slipped away.\n"),
    ("As Peter glanced around he saw the trail.\n", "As Peter glanced around, he saw the trail.\n"),
    ("When she opened the door Pam was greeted by silence.\n", "When she opened the door, Pam was greeted by silence.\n"),
    ("As Mira looked into the river she felt calm.\n", "As Mira looked into the river, she felt calm.\n"),
    ("Where others would shout he would grit his teeth.\n", "Where others would shout, he would grit his teeth.\n"),
    ("As soon as he could leave he did.\n", "As soon as he could leave, he did.\n"),
    ("Once the door closed behind her she cried.\n", "Once the door closed behind her, she cried.\n"),
    ("Before anyone could stop him he ran.\n", "Before anyone could stop him, he ran.\n"),
]

NOT_OPENING_CLAUSES = (
    "Though she never knew the man she calls father, her life has been happy.\n\n"
    "When the bell rang, she ran outside. Because he knew the answer was wrong, he stayed quiet.\n\n"
    "When he realised she was gone he left. If only he had known. Before long the sun set over the hills.\n\n"
    "When Sybil arrived, she set out to find out all she could.\n\n"
    "So after lots of pleading and stares he finally agreed. When he told her he loved her she cried.\n\n"
    '"If you want it you can have it," she said. As a child he hated the rain.\n\n'
    "It went wrong, as he thought back to the night that Michael Rivkin left.\n\n"
    "While their names were not known like someone they knew, they were still famous.\n\n"
    "As he sank onto the old bench he used as a bed, Mira sat down beside him.\n\n"
    "Because the shape was the most familiar thing Holden had ever seen. Though it hung open below the belt he wore over it.\n"
)


JOINED_BY_BUT = [
    ("She forgets his name but his eyes pull at her.\n", "She forgets his name, but his eyes pull at her.\n"),
    ("He offered her the key, but she didn't want it so he left.\n", "He offered her the key, but she didn't want it, so he left.\n"),
    ("After a few hours they stopped but Ida kept on walking.\n", "After a few hours they stopped, but Ida kept on walking.\n"),
    ("Her door opened but cold hands pressed against her back.\n", "Her door opened, but cold hands pressed against her back.\n"),
    ("He had thought about going in but that was not the crowd he liked.\n",
     "He had thought about going in, but that was not the crowd he liked.\n"),
    ("None of them had to be in until nine but they all came early.\n", "None of them had to be in until nine, but they all came early.\n"),
    ("It was only noon but storm clouds were gathering.\n", "It was only noon, but storm clouds were gathering.\n"),
    ("Kira ran as fast as she could but Tomo was beside her in a moment.\n",
     "Kira ran as fast as she could, but Tomo was beside her in a moment.\n"),
    ("Kenji left early to see his sister so poor Taro waited alone at the gate.\n",
     "Kenji left early to see his sister, so poor Taro waited alone at the gate.\n"),
    ("The wounded were carried inside but the healers had no beds left.\n",
     "The wounded were carried inside, but the healers had no beds left.\n"),
    ("He was struggling but for the life of him he could not remember.\n",
     "He was struggling, but for the life of him he could not remember.\n"),
    ("Gale could not tell if it growled or yelped but the wizard decided it did not matter.\n",
     "Gale could not tell if it growled or yelped, but the wizard decided it did not matter.\n"),
    ("She smiled at him but he looked away.\n", "She smiled at him, but he looked away.\n"),
    ("The boy yelped but the mage held him down.\n", "The boy yelped, but the mage held him down.\n"),
    ('"I\'m fine but I think I need a minute."\n', '"I\'m fine, but I think I need a minute."\n'),
    ("Toph could feel the tremor but there was nothing to see.\n", "Toph could feel the tremor, but there was nothing to see.\n"),
    ("It took me a couple of seconds then I knew the cat.\n", "It took me a couple of seconds, then I knew the cat.\n"),
    ("She came to scold me for the stunt but still it was worth it.\n", "She came to scold me for the stunt, but still it was worth it.\n"),
    ("It had been years since anyone had fought in this hall but dread still hung in the air.\n",
     "It had been years since anyone had fought in this hall, but dread still hung in the air.\n"),
    ("The tower was not one of the tallest so she was able to watch the boats come in.\n",
     "The tower was not one of the tallest, so she was able to watch the boats come in.\n"),
    ("Everyone agreed the plan was right so they packed the cart that night.\n",
     "Everyone agreed the plan was right, so they packed the cart that night.\n"),
    ("She wants to ask what happened at the lake yet she never does.\n", "She wants to ask what happened at the lake, yet she never does.\n"),
    ("He was hunched over, sobbing into the noise but she was the only one who heard.\n",
     "He was hunched over, sobbing into the noise, but she was the only one who heard.\n"),
    ("It was as if the owl had nothing to say but Ren could tell it was listening.\n",
     "It was as if the owl had nothing to say, but Ren could tell it was listening.\n"),
    ("Mira regretted naming the cook as the one who should go but she could not take it back.\n",
     "Mira regretted naming the cook as the one who should go, but she could not take it back.\n"),
]

NOT_JOINED_BY_BUT = (
    '"We need to move that way so they don\'t hear us."\n\n'
    '"Sorry!" he said...but he did not get very far.\n\n'
    "She smiled at him, but he looked away. He had nothing but a coat. She was tired but happy.\n\n"
    "He couldn't help but laugh. Not Zuko but his uncle came to the door. She tried but failed.\n\n"
    "He ate and then he slept. Just then the door opened. He was more trouble then he was worth.\n\n"
    "Nobody but Katara knew. \"Come here, Sokka, but be quiet.\" He was fast—but she was faster.\n\n"
    "She left early so she could catch the ferry. He ate his share as well so she wouldn't worry. I think so. He did so twice.\n\n"
    "They whispered so that nobody would hear. He ran so fast he fell. She hadn't eaten yet she was sure it was fine.\n\n"
    "\"Come here,\" he said gently, crouching down so they were eye to eye.\n\n"
    "\"Expect raids on Wessex.\"\n\n"
    "It had four libraries, all of them filled with books. \"Are you Spider-Man?\" the boy asked.\n\n"
    "The next thing she knew, she was lying on a bed. The hall was dim, the old console LED glowing.\n\n"
    "She called loud enough so he woke.\n\n"
    "She nodded, as if to say *I know. Be careful.* Then the king spoke.\n\n"
    "The hall was quiet. but nobody slept.\n"
)


SLIPS = [("SX001", *case) for case in SPLICES] + [("SX002", *case) for case in VOCATIVES] \
    + [("SX003", *case) for case in OPENING_CLAUSES] + [("SX004", *case) for case in JOINED_BY_BUT]


@pytest.mark.parametrize("code, text, expected", SLIPS, ids=[f"{code}:{text[:30]}" for code, text, _ in SLIPS])
def test_each_slip_is_found_once_and_its_fix_mends_it(ficlint, tmp_path, code, text, expected):
    [finding] = lint_text(ficlint, tmp_path, text)
    assert finding["code"] == code
    assert fixed(text, finding) == expected
    if code in ("SX001", "SX004"):
        assert finding["severity"] == "info"  # house styles differ: a level below the errors


@pytest.mark.parametrize("text", [NOT_SPLICES, NOT_OPENING_CLAUSES, NOT_JOINED_BY_BUT],
                         ids=["splices", "opening-clauses", "joining-words"])
def test_right_text_of_the_same_shapes_is_left_alone(ficlint, tmp_path, text):
    assert lint_text(ficlint, tmp_path, text) == []


def test_a_clause_joined_by_but_after_an_opening_clause_without_its_comma_gets_both_commas(ficlint, tmp_path):
    text = "As the investigation went on Grissom sensed some tension but he said nothing.\n\n" \
           "Joan had heard some strange things in her life but this certainly took the cake.\n"
    found = lint_text(ficlint, tmp_path, text)
    assert [(f["line"], f["code"], f["text"]) for f in found] == [
        (1, "SX003", "on Grissom"), (1, "SX004", "tension but"), (3, "SX004", "life but")]


def test_a_clause_inside_how_much_is_no_main_clause(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, "Even though it was clear how much the child wanted to go she stayed.\n")
    assert "much the" not in [f["text"] for f in found]


def test_a_clause_inside_the_opening_one_goes_on_past_all_the(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, "Once the word got round that all the parents had signed the trip was on.\n")
    assert [f["text"] for f in found] == ["signed the"]


def test_an_order_then_a_sentence_after_a_comma_is_a_splice_as_well_as_a_name_spoken_to(ficlint, tmp_path):
    found = lint_text(ficlint, tmp_path, '"Don\'t leave me Mira, I love you."\n')
    assert [f["code"] for f in found] == ["SX002", "SX001"]


def test_a_comma_goes_before_but_after_an_opening_phrase_of_time_and_before_a_described_or_counted_subject(ficlint, tmp_path):
    text = ('That night Mara packed her bags but her brother stayed.\n\nIn the hall the guards waited but nobody came.\n\n'
            'They argued for hours but both understood.\n\n'
            'He wanted to help but a soldier trained in the north would never listen.\n')
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    found = [(f["line"], f["column"]) for f in findings_for(ficlint("lint", "--format", "json", "story.txt"), "SX004")]
    assert found == [(1, 28), (3, 24), (5, 17), (7, 14)]


def test_two_sentences_run_together_are_found_and_a_clause_that_belongs_to_the_first_is_not(ficlint, tmp_path):
    text = ('I met her again she smiled.\n\nHe sat down alone I\'m sure of it.\n\n'
            'I told him he was right. The man she loved was gone. She was so tired she fell. I am sure he will come. '
            'There he was. A second later he ran. It was unbelievable how tall he was. It was lucky for you we did. '
            'The more she heard the less she liked. He felt the calmest he had ever felt. They promised each other they would.\n')
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    found = findings_for(ficlint("lint", "--format", "json", "story.txt"), "SX005")
    assert [(f["line"], f["text"]) for f in found] == [(1, "again she"), (3, "alone I")]
    assert fixed(text, found[0]).startswith("I met her again. She smiled.")
