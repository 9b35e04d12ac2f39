from common import at, base, problems

J = "journey/01-buy.yaml"
S = "situations/angry-customer.yaml"


def test_situation_id_equal_to_a_step_id(tmp_path):
    text = base(S).replace("id: angry-customer", "id: greet", 1)
    journey = base(J).replace("situations: [angry-customer]", "situations: [greet]")
    assert problems(tmp_path, {S: text, J: journey}, "ID001") == [("ID001", *at(text, "greet"))]


def test_item_id_twice_in_a_step(tmp_path):
    text = base(J).replace("id: no-blame", "id: hello")
    assert problems(tmp_path, {J: text}, "ID001") == [("ID001", *at(text, "hello", 2))]


def test_same_item_id_in_different_parents_passes(tmp_path):
    text = base(S).replace("id: listen", "id: hello")
    assert problems(tmp_path, {S: text}, "ID001") == []
