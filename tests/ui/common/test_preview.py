"""Preview rendering: the phrase as it will be copied, blanks marked, nothing interpreted as markup."""

from __future__ import annotations

from calmdesk.ui.common.preview import PreviewPane, preview_html


def test_blanks_are_marked_and_text_is_escaped() -> None:
    html = preview_html(
        "Hi {{customer_name}}, <b>{{order_number}}</b> ships in {{days|3}} days.",
        {"customer_name": "Ana <script>"},
        filled_bg="FILLED",
        empty_bg="EMPTY",
    )
    assert "&lt;b&gt;" in html
    assert "Ana &lt;script&gt;" in html
    assert '<span style="background:FILLED">Ana &lt;script&gt;</span>' in html
    assert "[Order number]</span>" in html
    assert "EMPTY" in html
    assert '<span style="background:FILLED">3</span>' in html  # defaults show as filled


def test_marker_characters_typed_by_an_agent_cannot_break_the_markup() -> None:
    html = preview_html("{{x}}", {"x": "a\ue000b\ue002c"}, filled_bg="F", empty_bg="E")
    assert html.count("<span") == html.count("</span>") == 1


def test_pane_shows_plain_text_of_phrase_and_messages(qtbot) -> None:
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.show_phrase("Thanks {{agent_name}}!\nBye", {"agent_name": "Sam"})
    assert pane.toPlainText() == "Thanks Sam!\nBye"
    pane.show_message("No phrase matches <x>.")
    assert pane.toPlainText() == "No phrase matches <x>."


def test_a_switched_off_section_is_left_out_and_a_choice_marked() -> None:
    text = "In {{d: 1 day | 2 days}}.{{#v}} Voucher.{{/v}}"
    html = preview_html(text, {}, filled_bg="F", empty_bg="E")
    assert '<span style="background:F">1 day</span>' in html
    assert "Voucher" not in html
    assert "Voucher" in preview_html(text, {"v": "on"}, filled_bg="F", empty_bg="E")
