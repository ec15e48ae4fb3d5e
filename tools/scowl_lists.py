"""Regenerate rules/english/dictionary/ from SCOWL, the word lists behind Hunspell's English dictionaries.

    apt-get install scowl      # Debian's package: /usr/share/dict/scowl/
    .venv/bin/python tools/scowl_lists.py

Writes the words that pyspellchecker's English dictionary lacks, so that both together make the
dictionary ficlint uses (possessives are left out: the spelling check reads `Ichigo's` as `Ichigo`):
- english.txt: SCOWL up to size 70 (the "large" Hunspell dictionaries): words, proper nouns and
  contractions of every dialect, and abbreviations up to size 50 (rarer ones, `fld`, `cst`, are
  typing slips more often than abbreviations);
- rare.txt: size 80 ("found in an unabridged dictionary"), only the words that no single typing
  slip (a letter added, dropped, changed or two swapped) makes of a smaller list's word, so that a
  rare word never hides a slip of a common one (`vorpal` is kept, `positon` is not);
- common.txt.gz: the lower-case words up to size 50 that pyspellchecker has too, the words every
  reader knows: a fandom's name that is one of them (*Harry*, *Dean*, *Rose*) marks no fandom
  (pyspellchecker, built from film subtitles, knows *Hermione* and *Hogwarts* as well);
- spellings.tsv: `word<TAB>en-GB|en-US<TAB>the other dialect's spelling` for each spelling used in
  one dialect only (British with -ise or -ize, American), the counterpart found by rewriting the
  British patterns (our/or, ise/ize, tre/ter, ll/l, ogue/og...) into American ones, or back.
"""

from __future__ import annotations

import gzip
import string
import sys
from pathlib import Path

from spellchecker import SpellChecker

SCOWL = Path("/usr/share/dict/scowl")
OUT = Path(__file__).resolve().parent.parent / "rules" / "english" / "dictionary"
PATTERNS = (  # British -> American spellings, applied one at a time (longest first), at most three times
    ("our", "or"), ("is", "iz"), ("ys", "yz"), ("tre", "ter"), ("ll", "l"), ("l", "ll"), ("ogue", "og"),
    ("ae", "e"), ("oe", "e"), ("oeu", "eu"), ("ence", "ense"), ("mme", "m"), ("que", "ck"), ("ou", "o"),
    ("y", "a"), ("e", "a"), ("ough", "ow"), ("augh", "af"), ("yre", "ire"), ("ey", "y"), ("k", "c"),
    ("e", "u"), ("sc", "sk"), ("ium", "um"), ("ellery", "elry"), ("vre", "ver"), ("ou", "u"), ("aero", "air"),
    ("y", "ey"), ("s", "z"),
)


def scowl(spelling: str, kinds: tuple[str, ...], largest: int, above: int = 0) -> set[str]:
    """The words of one SCOWL spelling category and kinds, sizes above `above` up to `largest`."""
    words = set()
    for kind in kinds:
        for path in SCOWL.glob(f"{spelling}-{kind}.*"):
            if above < int(path.suffix[1:]) <= largest:
                words |= {w for w in path.read_text(encoding="utf-8").split() if not w.endswith("'s")}
    return words


def one_slip_from(word: str, known: set[str]) -> bool:
    """Whether adding, dropping, changing or swapping one letter makes a known word of this one."""
    w = word.lower()
    for i in range(len(w) + 1):
        for c in string.ascii_lowercase:
            if w[:i] + c + w[i:] in known or (i < len(w) and w[:i] + c + w[i + 1:] in known):
                return True
        if i < len(w) and (w[:i] + w[i + 1:] in known or w[:i] + w[i + 1:i + 2] + w[i:i + 1] + w[i + 2:] in known):
            return True
    return False


def counterpart(word: str, accepted: set[str], patterns) -> str:
    """The other dialect's spelling: the word the fewest rewrites of `patterns` make that it accepts."""
    level = [word]
    for _ in range(3):
        level = list(dict.fromkeys(w[:i] + new + w[i + len(old):] for old, new in sorted(patterns, key=lambda p: -len(p[0]))
                                   for w in level for i in range(len(w)) if w.startswith(old, i)))
        found = [w for w in level if w in accepted and w != word]
        if found:
            return found[0]
    return ""


def write(name: str, lines) -> int:
    lines = list(lines)
    (OUT / name).write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    return len(lines)


def main() -> None:
    if not SCOWL.is_dir():
        sys.exit("error: /usr/share/dict/scowl is missing: apt-get install scowl")
    pyspellchecker = set(SpellChecker().word_frequency.dictionary)
    every = scowl("english", ("words", "upper", "contractions"), 70) | scowl("english", ("abbreviations",), 50)
    known = pyspellchecker | {w.lower() for w in every}
    rare = {w for w in scowl("english", ("words",), 80, above=70) if w.lower() not in known}
    all_american = scowl("american", ("words",), 70)
    all_british = scowl("british", ("words",), 70) | scowl("british_z", ("words",), 70)
    american, british = all_american - all_british - every, all_british - all_american - every
    OUT.mkdir(parents=True, exist_ok=True)
    counts = [write("english.txt", sorted(w for w in every if w.lower() not in pyspellchecker)),
              write("rare.txt", sorted(w for w in rare if not one_slip_from(w, known)))]
    reverse = tuple((new, old) for old, new in PATTERNS)
    rows = []
    for words, dialect, accepted, patterns in ((british, "en-GB", every | all_american, PATTERNS),
                                               (american, "en-US", every | all_british, reverse)):
        rows += [f"{word}\t{dialect}\t{counterpart(word, accepted, patterns)}" for word in sorted(words)]
    counts.append(write("spellings.tsv", rows))
    common = sorted(w for w in scowl("english", ("words",), 50) | scowl("american", ("words",), 50)
                    | scowl("british", ("words",), 50) | scowl("british_z", ("words",), 50)
                    if w.islower() and w in pyspellchecker)
    (OUT / "common.txt.gz").write_bytes(gzip.compress("".join(f"{w}\n" for w in common).encode(), 9, mtime=0))
    print("english.txt {}, rare.txt {}, spellings.tsv {}, common.txt.gz {}".format(*counts, len(common)))


if __name__ == "__main__":
    main()
