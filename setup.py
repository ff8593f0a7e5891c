"""Packages found, not listed: calmdesk and its subpackages in desktop/, and resources/ as calmdesk.resources.

Everything else is in pyproject.toml; this file exists because the two roots differ, which the declarative
`packages.find` cannot say, and for one build step: the built-in content's library and search index, made
from the built files into calmdesk/resources/prebuilt/ (calmdesk.core.shipped_library), so an installed
CalmDesk's first start parses and indexes nothing.
"""

import os
import subprocess
import sys
from pathlib import Path

from setuptools import find_packages, setup
from setuptools.command.build_py import build_py


class BuildWithLibrary(build_py):
    """build_py, then the built-in library made by the very code and content just built."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # a checkout: the first start builds the user's cache, as without a package
        lib = Path(self.build_lib).resolve()
        env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(lib), os.environ.get("PYTHONPATH", "")])}
        command = [
            sys.executable,
            "-m",
            "calmdesk.core.shipped_library",
            str(lib / "calmdesk/resources/prebuilt"),
        ]
        done = subprocess.run(command, env=env, cwd=lib, capture_output=True, text=True)
        # Without it the package only starts slower the first time: said, not fatal.
        sys.stderr.write(done.stdout + done.stderr)


setup(
    packages=[*find_packages("desktop", include=["calmdesk", "calmdesk.*"]), "calmdesk.resources"],
    package_dir={"": "desktop", "calmdesk.resources": "resources"},
    cmdclass={"build_py": BuildWithLibrary},
)
