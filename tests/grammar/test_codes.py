"""GR codes are a contract: configs and CI select and ignore them by number."""

import harper

from ficlint.checks.grammar import HARPER_RULES, LT_RULES


def test_every_harper_rule_has_a_code():
    """Fails after a harper-py upgrade adds rules: append them to harper-codes.tsv."""
    assert set(harper.get_default_lint_config()) <= set(HARPER_RULES)


def test_codes_do_not_move():
    assert HARPER_RULES["ThenThan"].code == "GR1795"
    assert HARPER_RULES["ACoupleMore"].code == "GR1001"
    assert LT_RULES["GRAMMAR"].code == "GR2010"
    assert LT_RULES["TYPOS"].code == "GR2023"
    codes = [r.code for r in [*HARPER_RULES.values(), *LT_RULES.values()]]
    assert len(codes) == len(set(codes))
