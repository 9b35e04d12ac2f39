from datetime import date

from common import at, base, problems

J = "journey/01-buy.yaml"


def test_overdue_review(tmp_path):
    text = base(J).replace("last: 2026-10-01", "last: 2025-01-10")
    assert problems(tmp_path, {J: text}, "META001") == [("META001", *at(text, "2025-01-10"))]


def test_depends_on_today(tmp_path):
    # 2026-10-01 + 365d = 2027-10-01
    assert problems(tmp_path, None, "META001", today=date(2027, 10, 1)) == []
    assert problems(tmp_path / "2", None, "META001", today=date(2027, 10, 2)) == [
        ("META001", *at(base(J), "2026-10-01"))
    ]


def test_today_from_env(monkeypatch):
    from generator.pipeline import today_from_env

    monkeypatch.setenv("HANDBOOK_TODAY", "2030-01-02")
    assert today_from_env() == date(2030, 1, 2)
