"""Contrast of the small colour marks (category dots and badges) against what they sit on; no Qt needed."""

from __future__ import annotations

__all__ = ["MIN_MARK_CONTRAST", "contrast_ratio", "separating_ring"]

# WCAG 2.x asks 3:1 for graphical marks that carry meaning; a category dot or badge is one.
MIN_MARK_CONTRAST = 3.0
_LIGHT, _DARK = "#ffffff", "#1b1b1b"


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(color: str) -> float:
    text = color.lstrip("#")
    red, green, blue = (int(text[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first: str, second: str) -> float:
    """The WCAG contrast ratio of two "#rrggbb" colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def separating_ring(mark: str, background: str) -> str | None:
    """A ring colour to draw around `mark` when it would blend into `background`, else None.

    The ring is white or near-black, whichever stands out more from the background: the mark keeps its
    category colour, and its edge is what the eye finds.
    """
    if contrast_ratio(mark, background) >= MIN_MARK_CONTRAST:
        return None
    return max((_LIGHT, _DARK), key=lambda ring: contrast_ratio(ring, background))
