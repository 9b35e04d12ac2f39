"""Word-level diffs and Markdown escaping."""

from __future__ import annotations

from generator.diff.words import as_text, diff_words
from generator.render.diff.markup import md, md_word_diff


def test_insertion_inside_a_sentence() -> None:
    assert as_text("Greet the customer by name", "Greet the customer by their first name") == (
        "Greet the customer by {+their first+} name"
    )


def test_replacement_puts_the_old_words_first() -> None:
    assert as_text("the cat sat on the mat", "the dog sat on a mat") == "the [-cat-] {+dog+} sat on [-the-] {+a+} mat"


def test_rewrapped_text_is_not_a_change() -> None:
    assert diff_words("Say the total\n   before payment", "Say the total before payment") == [
        ("equal", "Say the total before payment")
    ]


def test_markdown_diff_marks_deleted_and_inserted_words() -> None:
    assert md_word_diff("Hello! Welcome", "Good morning! Welcome") == "~~Hello~~ **Good morning**\\! Welcome"


def test_yaml_text_cannot_become_html_links_or_mentions() -> None:
    out = md('<img src=x onerror=alert(1)> [click](javascript:alert) @voltaro/all #12 https://evil.example')
    assert "<" not in out and ">" not in out
    assert "](" not in out and "@" not in out.replace("&#64;", "")
    assert "://" not in out
    assert "&lt;img" in out and "&#64;voltaro/all" in out and "&#35;12" in out
