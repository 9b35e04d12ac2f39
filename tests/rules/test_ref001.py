from common import at, base, messages, problems

J = "journey/01-buy.yaml"


def test_unknown_owner_did_you_mean(tmp_path):
    text = base(J).replace("owner: clerk", "owner: clerc")
    assert problems(tmp_path, {J: text}, "REF001") == [("REF001", *at(text, "clerc"))]
    assert messages(tmp_path / "again", {J: text}, "REF001") == ["unknown role `clerc` | did you mean `clerk`?"]


def test_unknown_channel_situation_principle_and_department(tmp_path):
    text = (
        base(J)
        .replace("channels: [chat]", "channels: [chta]")
        .replace("situations: [angry-customer]", "situations: [angry]")
        .replace("principles: [p1,", "principles: [p0,")
    )
    roles = base("roles.yaml").replace("department: stores", "department: shops", 1)
    found = problems(tmp_path, {J: text, "roles.yaml": roles}, "REF001")
    # sorted by file (journey/ before roles.yaml), then line
    assert found == [
        ("REF001", *at(text, "chta")),
        ("REF001", *at(text, "angry]")),
        ("REF001", *at(text, "p0")),
        ("REF001", *at(roles, "shops")),
    ]


def test_known_references_pass(tmp_path):
    assert problems(tmp_path, None, "REF001") == []
