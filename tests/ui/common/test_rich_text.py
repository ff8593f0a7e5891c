"""rich_text.escape gives html.escape's answer for any text, so dropping the html import changed nothing."""

from __future__ import annotations

import html

from hypothesis import given
from hypothesis import strategies as st

from calmdesk.ui.common.rich_text import escape


@given(st.text())
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)


def test_escape_each_special_character() -> None:
    assert escape('<b>Tom & "Jerry"\'s</b>') == "&lt;b&gt;Tom &amp; &quot;Jerry&quot;&#x27;s&lt;/b&gt;"
