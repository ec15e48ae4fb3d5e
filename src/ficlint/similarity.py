"""How alike two words are: edit distance with swaps, and slips of the fingers."""

from __future__ import annotations


def damerau(a: str, b: str, limit: int = 2) -> int:
    """Edit distance counting a swap of neighbours as one edit (stops early past limit)."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2, previous = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb))
            if previous2 and i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[-1]


def typing_slip(word: str, name: str, strict: bool, any_letter: bool = False) -> bool:
    """One slip of the fingers turns name into word, the first letter aside.

    A swap of neighbours (Mayrui) or a neighbouring key (Izuno) always counts; a letter
    dropped or added only when not strict; any other letter (Ayami for Ayame) only when
    any_letter (the story itself uses the name) and the word has five letters or more, and
    two slips when it has seven or more.
    """
    a, b = word.lower(), name.lower()
    if any_letter and len(a) >= 7 and a[0] == b[0] and 1 <= damerau(a, b, 2) <= 2 and not a.startswith(b):
        return True  # a long name the story uses often, typed with two slips (Seretei for Seireitei), not
        # the name and more (Gotenks beside Goten: another name)
    if a[0] != b[0] or damerau(a, b, 1) != 1:
        return False
    if len(a) != len(b):
        return not strict
    differ = [i for i in range(len(a)) if a[i] != b[i]]
    return len(differ) == 2 or neighbouring_keys(a[differ[0]], b[differ[0]]) or (any_letter and len(a) >= 5)


KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
KEY_STAGGER = (0.0, 0.25, 0.75)
KEY_AT = {key: (row, column + KEY_STAGGER[row]) for row, keys in enumerate(KEY_ROWS) for column, key in enumerate(keys)}


def neighbouring_keys(x: str, y: str) -> bool:
    """Whether two letters sit next to each other on a QWERTY keyboard."""
    if x not in KEY_AT or y not in KEY_AT:
        return False
    (row_x, col_x), (row_y, col_y) = KEY_AT[x], KEY_AT[y]
    return (row_x == row_y and abs(col_x - col_y) == 1) or (abs(row_x - row_y) == 1 and abs(col_x - col_y) <= 0.75)


def swaps_of(word: str):
    """Every word that two neighbouring letters swapped make of word, the first letter kept."""
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2:]
