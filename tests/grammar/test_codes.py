"""GR codes are a contract: configs and CI select and ignore them by number."""

import harper

from ficlint.checks.grammar import HARPER_RULES, LT_RULES


def test_every_harper_rule_has_a_code():
    """Fails after a harper-py upgrade adds rules: append them to harper-codes.tsv."""
    assert set(harper.get_default_lint_config()) <= set(HARPER_RULES)


def test_codes_do_not_move():
    assert HARPER_RULES["ThenThan"].code == "GR1795"
    assert HARPER_RULES["ACoupleMore"].code == "GR1001"
    assert LT_RULES["EN_A_VS_AN"].code == "GR3900"
    assert LT_RULES["THEYRE_THEIR"].code == "GR5587"
    assert LT_RULES["MORFOLOGIK_RULE_EN_US"].code == "GR4757"
    rules = [*HARPER_RULES.values(), *LT_RULES.values()]
    assert len({r.code for r in rules}) == len({r.name for r in rules}) == len(rules)
