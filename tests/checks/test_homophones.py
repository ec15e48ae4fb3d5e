"""The homophones pack (rules/english/homophones.yaml): each rule on a slip it must name, and the
shipped packs silent on the right words in the contexts that look most like the slips."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficlint.checks.rules import RulesCheck
from ficlint.config import Config
from ficlint.document import Document
from ficlint.project import Project
from ficlint.rulefile import load_rule_file

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "rules" / "english" / "homophones.yaml"


def shipped(text: str, tmp_path: Path):
    """Findings of the shipped English and Bleach packs on one text."""
    config = Config(root=tmp_path, packs=["english", "bleach"], rules=[])
    document = Document("story.txt", text)
    return list(RulesCheck(config).check(document, Project.load([document], config)))


ERRORS = [  # (sentence, code, suggestion): every rule, and both directions of a pair where it has them
    ("She kept hording candy in her desk.", "CF201", "hoarding"),
    ("The dragon guarded a horde of gold in its cave.", "CF201", "hoard"),
    ("Hoards of screaming fangirls chased him.", "CF201", "Hordes"),
    ("Renji arrived almost on queue.", "CF202", "cue"),
    ("He took his queue from the captain.", "CF202", "cue"),
    ("They stood in the long cue for taiyaki.", "CF202", "stood in the long queue"),
    ("The dessert sands of Hueco Mundo stretched on.", "CF203", "desert"),
    ("They crossed the endless dessert in silence.", "CF203", "desert"),
    ("We had mochi for desert.", "CF203", "dessert"),
    ("His words illicited a gasp from the crowd.", "CF204", "elicited"),
    ("Nobody knew about their elicit affair.", "CF204", "illicit"),
    ("She bid him fair well at the gate.", "CF205", "bid him farewell"),
    ("Ichigo paid the bus fair with his last coins.", "CF205", "fare"),
    ("He faired better than his brother.", "CF205", "fared"),
    ('"Fare enough," Renji said.', "CF205", "Fair"),
    ('"That\'s not fare!" Yachiru cried.', "CF205", "fair"),
    ("A feint smile crossed her lips.", "CF206", "faint"),
    ("She feinted from blood loss.", "CF206", "fainted"),
    ("Hanataro felt feint and sat down.", "CF206", "faint"),
    ("He paced back and fourth.", "CF207", "forth"),
    ("Ichigo stepped foreword.", "CF208", "forward"),
    ("Byakuya turned on his heal and left.", "CF209", "turned on his heel"),
    ("She struck him with the heal of her hand.", "CF209", "heel"),
    ("She kicked off her high heals.", "CF209", "heels"),
    ("Orihime could heel his wounds.", "CF209", "heal"),
    ("He slept the hole day.", "CF210", "whole"),
    ("Down the rabbit whole we go.", "CF211", "rabbit hole"),
    ("He rode a white hoarse into town.", "CF212", "horse"),
    ("She became a pop idle overnight.", "CF213", "idol"),
    ("She was tired of the idol chatter.", "CF213", "idle"),
    ("She walked down the isle in white.", "CF214", "aisle"),
    ("He was chosen to led the squad.", "CF215", "lead"),
    ("Good mourning, Captain.", "CF216", "morning"),
    ("The mourning sun warmed the barracks.", "CF216", "morning"),
    ("Her grandmother past away last winter.", "CF217", "passed"),
    ("It was well passed midnight.", "CF218", "past"),
    ("It was quarter passed three in the morning.", "CF218", "past"),
    ("He peddled his bike faster.", "CF219", "pedaled"),
    ("He fell pray to her charms.", "CF220", "prey"),
    ("I prey that he comes back.", "CF221", "pray"),
    ("That was the principle reason he left.", "CF222", "principal"),
    ("Blows reigned down on him.", "CF223", "rained"),
    ("Aizen's rein of terror was over.", "CF223", "reign"),
    ("He raised his write hand.", "CF224", "right"),
    ("She was his roll model.", "CF225", "role"),
    ("He ordered two egg roles.", "CF225", "rolls"),
    ('"Role call!" the instructor barked.', "CF225", "Roll"),
    ("He was the soul survivor of the attack.", "CF226", "sole"),
    ("She had finally found her sole mate.", "CF226", "soul"),
    ("He ran off with his tale between his legs.", "CF227", "tail"),
    ("Kyoraku told a tall tail.", "CF227", "tale"),
    ("He was throne across the room.", "CF228", "thrown"),
    ("They met in the thrown room.", "CF228", "throne"),
    ("He continued in a similar vain.", "CF229", "vein"),
    ("It was a vein attempt to escape.", "CF229", "vain"),
    ("He wrapped his arms around her waste.", "CF230", "waist"),
    ("This is a waist of time.", "CF231", "waste"),
    ("They waded in waste-deep.", "CF231", "waist-deep"),
    ("She waived goodbye from the gate.", "CF232", "waved"),
    ("The academy waved the entrance fee.", "CF232", "waived"),
    ("She felt week after the battle.", "CF233", "weak"),
    ('"Wear are you going?" Rukia asked.', "CF234", "Where"),
    ("I would never where that dress.", "CF235", "wear"),
    ("The room wreaked of sake.", "CF236", "reeked"),
    ("He carried her bridle style to the bed.", "CF237", "bridal"),
    ("Her voice was braking the silence.", "CF238", "breaking"),
    ("He stared up at the sealing.", "CF239", "ceiling"),
    ("Kisuke was ceiling the deal.", "CF239", "sealing"),
    ("His vocal chords ached from shouting.", "CF240", "cords"),
    ("Her words struck a cord.", "CF240", "chord"),
    ("Of coarse he came back.", "CF241", "course"),
    ("The ship changed coarse.", "CF242", "course"),
    ("He ran a hand through his course hair.", "CF242", "coarse"),
    ("Kenpachi challenged him to a dual.", "CF243", "challenged him to a duel"),
    ("He was famous for duel wielding.", "CF243", "dual wielding"),
    ("They found a grizzly scene in the alley.", "CF244", "grisly"),
    ("My night in shining armor.", "CF245", "knight"),
    ("She answered in a polite manor.", "CF246", "manner"),
    ("Mind your manors, boy.", "CF246", "manners"),
    ("The victory boosted the squad's moral.", "CF247", "boosted the squad's morale"),
    ("She only needed some morale support.", "CF247", "moral"),
    ("Unohana treated the patience in the ward.", "CF248", "treated the patients"),
    ("His patients wore thin.", "CF248", "patience"),
    ("She was finally at piece.", "CF249", "peace"),
    ("The Hollow was torn to peaces.", "CF250", "pieces"),
    ("All she wanted was some piece and quiet.", "CF250", "peace"),
    ("It was hidden in plane sight.", "CF251", "plain"),
    ("He bought a plain ticket to Tokyo.", "CF251", "plane"),
    ("His soul drifted on the astral plain.", "CF251", "astral plane"),
    ("Vote in the pole on my profile!", "CF252", "poll"),
    ("He hung from the flag poll.", "CF252", "pole"),
    ("Everything was at steak.", "CF253", "stake"),
    ("He drove a wooden steak through its heart.", "CF253", "stake"),
    ("It was a game of high steaks.", "CF253", "stakes"),
    ("The others followed suite.", "CF254", "suit"),
    ("She through her arms around him.", "CF255", "threw"),
    ("She handed him a vile of poison.", "CF256", "vial"),
    ("He was starring blankly at the window.", "CF257", "staring"),
    ("Mira kept hopping that the letter would come.", "CF258", "hoping"),
    ("The guards fallowed us to the gate.", "CF259", "followed"),
    ("There where two guards at the gate.", "CF260", "were"),
    ("The guard didn't no what to say.", "CF261", "know"),
    ("Renji and me waited at the gate.", "CF262", "I"),
    ("The wind blew threw the trees.", "CF263", "through"),
    ("By morning they where gone.", "CF264", "were"),
    ('"Lets warm up before the match."', "CF265", "Let's"),
    ("She would never see her love ones again.", "CF266", "loved ones"),
    ("When you where normal, you always won.", "CF267", "were"),
    ("She smoothed out the crumbled letter.", "CF268", "crumpled"),
    ('"Put that sword down this instance!"', "CF269", "this instant"),
    ("The old king lay in the throws of a long fever.", "CF270", "throes"),
    ("Mira felt so relived when the ship came home.", "CF271", "relieved"),
    ('"That is two much noise for one cat," he said.', "CF272", "too"),
    ("He knelt down besides the fire and waited.", "CF273", "beside"),
    ("Her farther had built the house himself.", "CF274", "father"),
    ("He couldn't stop starring.", "CF257", "staring"),
]


@pytest.mark.parametrize("sentence, code, suggestion", ERRORS, ids=[f"{c}-{i}" for i, (_, c, _) in enumerate(ERRORS)])
def test_homophone_rule_finds_its_error(tmp_path, sentence, code, suggestion):
    found = shipped(sentence, tmp_path)
    ours = [f for f in found if f.code == code]
    assert len(ours) == 1, [(f.code, f.text) for f in found]
    if suggestion:
        assert ours[0].suggestions == [suggestion]
    assert ours[0].fix is not None and not ours[0].fix.safe
    overlapping = [f.code for f in found if f.code.startswith("CF") and f is not ours[0]
                   and f.start < ours[0].end and ours[0].start < f.end]
    assert overlapping == [], "another confusable rule names the same words"


def test_every_rule_of_the_pack_has_an_error_above_and_is_documented():
    specs = load_rule_file(PACK)
    assert {spec.code for spec in specs} == {code for _, code, _ in ERRORS}
    assert all(spec.type == "substitution" and spec.summary and spec.example and spec.fix == "unsafe" for spec in specs)


def test_the_pack_reuses_no_code_of_the_other_english_packs():
    others = {spec.code for path in PACK.parent.glob("*.yaml") if path != PACK for spec in load_rule_file(path)}
    assert others.isdisjoint(spec.code for spec in load_rule_file(PACK))


CLEAN = {  # the right words, in the contexts that come closest to the rules
    "hoard/horde": "He hoarded sweets. A hoard of gold lay under the floor. Hordes of Hollows poured out. "
                   "The dragon's hoard of treasure glittered. A horde of hungry children swarmed the stall. "
                   "She was a hoarder of secrets. The hoard of the dragon was vast.",
    "counsel/council": "He sought counsel from the elders. The council met at noon. The student council voted. "
                       "Central 46 was a council of judges. The elders counsel patience. They had their own council. "
                       "Legal counsel was present. He kept his own counsel. The council members filed out.",
    "cue/queue": "He stood in the cue sports hall. She took her place in the queue. He waited in the queue for an hour. Right on cue, he sneezed. "
                 "The queue moved slowly. He took the cue ball. He missed his cue. He took his cue from Rukia. "
                 "They queued in the rain. She chalked the tip of the cue.",
    "desert/dessert": "They crossed the desert. The dessert menu was short. She ate her dessert. The vast desert "
                      "stretched on. Hueco Mundo is a desert. He would never desert his post. She ordered a dessert "
                      "wine. The desert sands were white. The endless dessert buffet. Moving on to dessert, he sighed. "
                      "They had cake for dessert. She headed for the desert, alone.",
    "elicit/illicit": "His words elicited a gasp. It was an illicit affair. The illicit sounds from the room stopped. "
                      "She tried to elicit sympathy. They traded illicit drugs.",
    "fair/fare": "It was a fair fight. The bus fare was cheap. How did he fare? He fared well. Fair enough. "
                 "The county fair was loud. Farewell, Ichigo. She bid him farewell. He did not fare well in the "
                 "exam. It's only fair. The fare was steep. The taxi fare, enough to ruin him, was paid. "
                 "She paid the fair a visit. This year's fair, better than the last, drew crowds. He won fair and square.",
    "faint/feint": "A faint smile. He made a feint to the left. She fainted from blood loss. He feinted left and "
                   "struck. She felt faint. The feint worked. Ichigo feinted from the left and cut. A feint attack. "
                   "He's not for the faint-hearted. The light grew faint.",
    "flaunt/flout": "She flaunted her new haori. He flouted the rules. They flaunt their wealth. "
                    "He flouted the law. She flaunted her authority over the squad.",
    "forth/fourth": "He paced back and forth. She joined the fourth division. He came fourth in the race. "
                    "The Fourth Division healed him. And so forth. He stepped forth. She held fourth place. "
                    "He went fourth in line. The fourth seat stepped forward. They sailed up the Forth estuary.",
    "forward/foreword": "He stepped forward. She wrote the foreword to the book. The foreword was long. "
                        "He looked forward to it. In the foreword, the author thanks her editor.",
    "heal/heel": "Orihime healed his wounds. He turned on his heel. She wore high heels. The wound healed. "
                 "She dug in her heels. The heel of her hand. Bring the dog to heel. She put her heels up. "
                 "Heal him, please. He heals quickly. Her heels clicked. He was hot on their heels. "
                 "The healer knelt. He was a well-heeled man.",
    "hole/whole": "A whole day passed. A hole in his chest. The whole thing was a lie. A black hole. "
                  "He swallowed the rabbit whole. The snake ate the mouse whole. Down the rabbit hole. "
                  "The hole was deep. A black hole thing swallowed the light. The plot as a whole worked. "
                  "They dug a hole. On the whole, it went well.",
    "horse/hoarse": "His voice was hoarse. He rode a horse. A hoarse whisper. The horse neighed. "
                    "Her voice came out hoarse. She shouted herself hoarse. A horse-drawn cart. A white horse.",
    "idle/idol": "He sat idle. An idol of the pop world. Idle chatter. Idol worship. The idol sat on the shelf. "
                 "His hands were idle. The golden idol gleamed. The engine idled.",
    "isle/aisle": "She walked down the aisle. They sailed to the isle. The Isle of Man. The cereal aisle. "
                  "He lived on an isle far away. The isle was small. They walked across the isle to the beach.",
    "lead/led": "He led them home. She will lead the way. Lead the charge. The pipe was lead. He was led away. "
                "I led him out. The LED lights flickered. They led the way. A lead pencil.",
    "loath/loathe": "He was loath to admit it. I loathe him. She loathes mornings. I loathe to admit it. "
                    "They were loath to leave.",
    "morning/mourning": "Good morning. She was in mourning. The morning sun. A period of mourning. "
                        "The mourning period ended. She wore mourning clothes. The village joined in the mourning. "
                        "Early morning training. Early mourning rites were held. At this time of morning, "
                        "nobody is awake. He was in morning assembly for the first time.",
    "naval/navel": "A naval officer. Her navel piercing. The naval base. She stared at her navel. "
                   "The naval ring of ships closed in. His naval career ended.",
    "past/passed": "There was a whole past out there. He passed away. She walked past. It was past midnight. He passed out. In the past. "
                   "It had just passed midnight. The ball was passed three times. It was passed one by one. "
                   "Her time past, away from Soul Society, haunted her. He walked past out of the room. "
                   "Time passed. Half past three. "
                   "The letter was passed to Renji. She was passed two notes. The function is passed one argument.",
    "pedal/peddle": "He pedaled his bike. She pedalled faster. He peddled drugs. The peddler sold trinkets. "
                    "They backpedaled. He peddled away his father's heirlooms. She peddled her wares.",
    "pore/pour": "Rain poured down. She pored over the books. Sweat beaded on every pore. He poured the tea. "
                 "The students pored over their notes. From every pore of his body. She pours the tea.",
    "pray/prey": "He fell prey to her charms. I pray that he lives. Birds of prey. The prey that he caught. "
                 "They prey on the weak. Easy prey. Let us pray. The predators prey every night. "
                 "She said her prayers. He prayed for her safety.",
    "principal/principle": "The principal reason. It's the principle of the thing. The vice principal. "
                           "In principle, yes. A man of principle. The principal's office. "
                           "The principles of kido were simple.",
    "reign/rain/rein": "His reign of terror ended. Rain fell. He reined in his temper. Blows rained down. "
                       "Chaos reigned supreme. Take a rain check. A rain of arrows fell. The rain down south.",
    "rights/rites": "The last rites were read. Human rights. Funeral rites. The last rights they had were taken. "
                    "The rites of passage. Equal rights.",
    "right/write": "He raised his right hand. Write a letter. The right way. To write the wrongs. "
                   "I'll write you a letter. You can write down the address.",
    "role/roll": "She was his role model. Roll call! A leading role. A drum roll played. Egg rolls. "
                 "He rolled his eyes. The dice roll decided it. Her role in the war. The role of paper in the war. "
                 "A roll of tape. She took on a role. The title role. He rolled up his sleeves.",
    "sole/soul": "He was the sole survivor. Her soul mate. Heart and soul. The sole of his foot. "
                 "Soul Society. A Soul Reaper. Soul Survivor was the chapter title. His soul purpose in life. "
                 "The soul reaper's sword. Bless his soul.",
    "tail/tale": "The dog wagged its tail. A tall tale. A cautionary tale. The tail of the dragon. "
                 "He turned tail and ran. His tale swayed the audience. A fairy tale. The tale of two brothers.",
    "taught/taut": "The rope was taut. He taught her kido. She was taught by Urahara. He pulled taut the rope. "
                   "His muscles were taut. He had taut muscles. The sensei had taught him well.",
    "throne/thrown": "He sat on the throne. He was thrown across the room. The throne room. "
                     "He dodged the thrown kunai. The heir to the throne. The thrown rock missed. "
                     "He took the thrown kunai.",
    "vain/vein/vane": "He tried in vain. A vein throbbed. In a similar vein. The weather vane spun. "
                      "A vain attempt. She was so vain. The same vain girl walked by.",
    "waist/waste": "She added it to her waste. He pointed at his waste bin. His arms around her waist. A waste of time. Waist-deep in water. He wasted no time. "
                   "Toxic waste. She added it to her waste pile. The waste bins were full. High-waisted pants. "
                   "Reduce water waste. It was waste.",
    "wave/waive": "She waved goodbye. They waived the fee. He waved his hand. He waived his rights. "
                  "He waved his right arm. The fees were waived off the loan. She waved the formalities aside.",
    "weak/week": "It happened that very week. The very week he left, it rained. It was a rather quiet week. She felt weak. Last week. It grew week by week. It was week three of training. "
                 "Too weak to stand. He was very weak. So, week one is over. It was still week one.",
    "wear/where": "Where are you going? What you wear is your business. Wear is normal on old blades. "
                  "I would never wear that dress. Go to where the dress hangs. I'll show you where the food is. "
                  "Never where you expect. I'd show you where the coat is. She always knew where.",
    "reek/wreak": "The room reeked of sake. He wreaked havoc. The storm wreaked destruction.",
    "yolk/yoke": "The egg yolk broke. The yoke of oppression. They threw off the yoke. The yolk of the egg.",
    "bridal/bridle": "He carried her bridal style. The horse's bridle. A bridal gown. She bridled at the insult. "
                     "The bridle and saddle hung on the wall.",
    "brake/break": "The car brakes hard. He braked at the light. She broke free. Breaking the silence. "
                   "The brakes failed. Braking his fall, he rolled.",
    "ceiling/sealing": "He stared at the ceiling. Sealing kido. The ceiling fan spun. He looked at the sealing "
                       "array. A sealing spell. The sealing was complete. He stared at the sealing tags on the door.",
    "cereal/serial": "A serial killer. A bowl of cereal. The serial number. The cereal box. A serial novel.",
    "chord/cord": "Vocal cords. Struck a chord. He played a power chord. A C-major chord. An extension cord. Spinal cord. "
                  "He hit a cord with his sword. The chord progression.",
    "course/coarse": "Of course. Coarse hair. Change course. A cloak of coarse, grey wool. Of course hair grows back. "
                     "The main course. A made of coarse cloth. In due course. The course material was dull. "
                     "The coarse sand. The golf course. \"Of course,\" he said. He, of course, knew. "
                     "The course language is English.",
    "dual/duel": "A duel to the death. Dual-wielding swords. He challenged him to a duel. A dual personality. "
                 "The duel began. Dueling pistols. He had dual citizenship.",
    "grisly/grizzly": "A grisly murder. A grizzly bear. The grisly bear attack left no survivors. A grizzly cub.",
    "knight/night": "A knight in shining armor. Last night. The night was cold. Good night.",
    "manner/manor": "Your manors and lands are vast, my lord. The Kuchiki manor. In a timely manner. Table manners. The manor grounds. "
                    "In a strange manor far away. They lived in a similar manor. In the manner of a lord.",
    "moral/morale": "The moral of the story. Morale was low. Moral support. Boost morale. A moral compass. "
                    "It raised the moral and ethical questions. The moral high ground. He raised moral questions.",
    "patience/patients": "Her patience wore thin. The patients were resting. Unohana treated the patients. "
                         "One of the patients was awake. She tested his patience. Patience is a virtue.",
    "peace/piece": "He looked at piece after piece. He stared at piece number three. At peace. A piece of cake. Piece by piece. He said his piece. To piece it together. "
                   "Rest in peace. In one piece. Peace and quiet. They put it in piece by piece. "
                   "Make peace with him. The piece in his hand was a knight.",
    "plane/plain": "The plane landed. In plain sight. Plain and simple. The astral plane. A plain white shirt. "
                   "The grassy plain. A physical plain white shirt. The plain of grass.",
    "poll/pole": "A straw poll. The North Pole. A flag pole. The poll on my profile. A bamboo pole. "
                 "The pole ends in a hook.",
    "raise/raze": "He raised an eyebrow. The town was razed to the ground. He raised his sword to the ground floor. "
                  "The lift was raised to the ground floor.",
    "stake/steak": "At stake. A steak dinner. High stakes. A wooden stake. A steak knife. He looked at steak prices.",
    "suite/sweet": "Followed suit. Sweet dreams. The honeymoon suite. Hotel sweets were free.",
    "threw/through": "He threw the ball. She walked through the door. He went through the files. "
                     "I'll walk you through the process. She pushed through the crowd.",
    "vial/vile": "A vial of poison. A vile creature. How vile of him. It was a little vile, don't you think?",
}


@pytest.mark.parametrize("name", list(CLEAN))
def test_shipped_packs_are_silent_on_the_right_words(tmp_path, name):
    assert [(f.code, f.text) for f in shipped(CLEAN[name], tmp_path)] == []
