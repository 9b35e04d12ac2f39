from common import at, base, problems

J = "journey/01-buy.yaml"


def test_customer_channel_without_say(tmp_path):
    text = base(J).replace("kind: say", "kind: do")
    assert problems(tmp_path, {J: text}, "STEP001") == [("STEP001", *at(text, "greet"))]


def test_step_without_channels_passes(tmp_path):
    text = base(J).replace("kind: say", "kind: do").replace("    channels: [chat]\n", "")
    assert problems(tmp_path, {J: text}, "STEP001") == []
