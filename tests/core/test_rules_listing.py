"""`ficlint rules`: a short listing by default, filters for one line per rule."""


def test_the_default_listing_is_one_line_per_check(ficlint):
    lines = ficlint("rules").stdout.splitlines()
    assert len(lines) < 30
    spelling = next(line for line in lines if line.startswith("spelling"))
    assert spelling.split()[:5] == ["spelling", "4", "rules,", "3", "fixable"]
    assert "ficlint rules --select GR" in lines[-1]


def test_select_and_fixable_filter_the_rules(ficlint):
    names = ficlint("rules", "--select", "NM").stdout.splitlines()
    assert [line.split()[0] for line in names] == ["NM001", "NM002", "NM003"]
    fixable = ficlint("rules", "--select", "NM,SP", "--fixable").stdout.splitlines()
    assert [line.split()[0] for line in fixable] == ["NM001", "NM002", "SP001", "SP003", "SP004"]
    grammar = ficlint("rules", "--select", "GR", "--fixable").stdout.splitlines()
    assert grammar and all(line.startswith("GR") for line in grammar)


def test_an_unknown_prefix_is_an_error(ficlint):
    run = ficlint("rules", "--select", "ZZ")
    assert run.exit_code == 2
    assert run.stderr.strip() == "error: ZZ: no rule has this code or prefix (see `ficlint rules`)"
