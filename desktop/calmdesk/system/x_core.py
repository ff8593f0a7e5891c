"""An X connection that sets up none of the server's extensions: a key grab and a display check need none."""

from __future__ import annotations

from Xlib import display


class CoreDisplay(display.Display):  # type: ignore[misc]
    """python-xlib's Display with the core protocol only.

    A plain Display imports and initialises a module for every extension the server offers (RANDR, XInput,
    XFIXES, ... about a dozen under Xvfb): 0.8 MB resident and a round trip per extension, at start, for a
    connection that only grabs a key or checks that the display answers. Paste, which needs XTEST, opens
    its own full Display when it runs.
    """

    def list_extensions(self) -> list[str]:
        """None: Display.__init__ asks this to decide which extension modules to set up."""
        return []
