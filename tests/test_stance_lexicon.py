

def test_the_keys_a_prefix_tree_finds_are_the_keys_the_text_contains():
    from analysis.stance_reading import _KeyFinder
    finder = _KeyFinder(("back", "backs", "backing", "table", "support", "supp", "refus"))
    for text in ("they were backing it", "not acceptable", "refusal to support", "back table backs", "nothing"):
        assert finder.present(text) == set(filter(text.__contains__, finder.keys))
    assert finder.present("backing away") == {"back", "backing"}
