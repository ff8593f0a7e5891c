"""Rich-text snippets read as their visible text: what the reader sees, never markup, scripts or styles."""

from __future__ import annotations

import pytest

from calmdesk.core.importers.html_text import plain_text


def test_paragraphs_breaks_lists_and_entities() -> None:
    html = "<p>Hi&nbsp;there,</p>\n  <p>Line one<br>Line   two</p><ul><li>A</li><li>B &lt;3</li></ul>"
    assert plain_text(html) == "Hi\u00a0there,\nLine one\nLine two\n- A\n- B <3"


def test_hidden_content_and_broken_markup_give_text_only() -> None:
    html = "<head><style>p{color:red}</style><script>alert(1)</script></head><b>Bold <i>unclosed<p>Next"
    assert plain_text(html) == "Bold unclosed\nNext"
    assert plain_text("<div>" * 50_000 + "deep" + "</div>" * 50_000) == "deep"
    assert plain_text("<pre>  keep\n    this</pre>") == "keep\n    this"


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ('<p>Reset it <a href="https://ex.com/reset">here</a>.</p>', "Reset it here (https://ex.com/reset)."),
        ('<a href="https://ex.com">https://ex.com</a>', "https://ex.com"),
        ('<a href="mailto:help@ex.com">write to us</a>', "write to us (help@ex.com)"),
        ('<a href="https://ex.com/x"></a>', "https://ex.com/x"),
        ('<a href="#top">top</a> <a href="javascript:go()">go</a>', "top go"),
    ],
)
def test_a_link_keeps_where_it_points(html: str, text: str) -> None:
    assert plain_text(html) == text
