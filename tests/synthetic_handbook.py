"""A valid synthetic handbook of any size, for tests that need many stages, steps or long tables."""

from __future__ import annotations

from pathlib import Path

WORDS = {
    "en": "greet the customer and offer a refund within fourteen days",
    "ru": "поприветствуйте клиента и предложите возврат в течение четырнадцати дней",
    "he": "ברכו את הלקוח והציעו החזר בתוך ארבעה עשר יום",
}


def _text(langs: tuple[str, ...], label: str, n: int) -> str:
    return "{" + ", ".join(f'{lang}: "{WORDS[lang]} {label} {n}"' for lang in langs) + "}"


def write_handbook(root: Path, stages: int, steps_per_stage: int, langs: tuple[str, ...] = ("en",)) -> Path:
    """``stages`` stages of ``steps_per_stage`` steps (three standards each: say, do, avoid), 4 roles,
    2 channels, 3 situations, 5 glossary terms; every text in each of ``langs``."""
    t = lambda label, n: _text(langs, label, n)  # noqa: E731
    (root / "journey").mkdir(parents=True)
    (root / "situations").mkdir()
    (root / "handbook.yaml").write_text(
        f"title: {t('handbook', 0)}\norganization: Synthetic\nversion: '1'\nlanguages: [{', '.join(langs)}]\n"
        f"departments:\n  - {{id: stores, name: {t('dept', 0)}}}\n",
        encoding="utf-8",
    )
    (root / "glossary.yaml").write_text(
        "terms:\n" + "".join(f"  - {{id: t{i}, term: {t('term', i)}, definition: {t('def', i)}}}\n" for i in range(5)),
        encoding="utf-8",
    )
    (root / "principles.yaml").write_text(
        "principles:\n" + "".join(f"  - {{id: p{i}, title: {t('p', i)}, text: {t('pt', i)}}}\n" for i in range(3)),
        encoding="utf-8",
    )
    (root / "channels.yaml").write_text(
        "channels:\n"
        + "".join(f"  - {{id: c{i}, name: {t('ch', i)}, kind: in_person, first_response: 30s}}\n" for i in range(2)),
        encoding="utf-8",
    )
    (root / "roles.yaml").write_text(
        "roles:\n" + "".join(f"  - {{id: r{i}, name: {t('role', i)}, department: stores}}\n" for i in range(4)),
        encoding="utf-8",
    )
    for s in range(3):
        (root / "situations" / f"s{s}.yaml").write_text(
            f"id: s{s}\ntitle: {t('sit', s)}\ntrigger: {t('trigger', s)}\nowner: r{s}\n"
            f"standards:\n  - {{id: listen, kind: do, text: {t('listen', s)}}}\n",
            encoding="utf-8",
        )
    for stage in range(stages):
        lines = [f"id: stage{stage}", f"title: {t('stage', stage)}", "steps:"]
        for k in range(steps_per_stage):
            n = stage * steps_per_stage + k
            lines += [
                f"  - id: step{n}",
                f"    title: {t('step', n)}",
                f"    owner: r{n % 4}",
                f"    channels: [c{n % 2}]",
                f"    situations: [s{n % 3}]",
                "    standards:",
                f"      - {{id: greet, kind: say, text: {t('say', n)}, script: {t('script', n)}, severity: critical}}",
                f"      - {{id: act, kind: do, text: {t('do', n)}}}",
                f"      - {{id: never, kind: avoid, text: {t('avoid', n)}, severity: minor}}",
            ]
        (root / "journey" / f"{stage:04d}-stage.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return root
