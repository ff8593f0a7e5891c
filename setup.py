"""Packages found, not listed: calmdesk and its subpackages in desktop/, and resources/ as calmdesk.resources.

Everything else is in pyproject.toml; this file exists only because the two roots differ, which the
declarative `packages.find` cannot say.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages("desktop", include=["calmdesk", "calmdesk.*"]), "calmdesk.resources"],
    package_dir={"": "desktop", "calmdesk.resources": "resources"},
)
