"""The project every fault run starts from, and the figures printed at the end of the run."""

from __future__ import annotations

from pathlib import Path

import pytest

from db import keyring
from tests.conftest import CHEAP_KDF
from tests.faults.figures import FIGURES, table
from tests.faults.site import PASSWORD, build


@pytest.fixture(scope="session")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hub, the site, a bundle, a backup and the files to import, made once."""
    folder = tmp_path_factory.mktemp("faults") / "template"
    folder.mkdir()
    home = tmp_path_factory.mktemp("faults-home")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "APPDATA", "LOCALAPPDATA"):
            patch.setenv(name, str(home / name.lower()))
        patch.setenv("PEER_SUPPORT_PASSWORD", PASSWORD)
        patch.setattr(keyring, "KDF_COST", CHEAP_KDF)
        build(folder)
    return folder


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fault matrix's figures, after any run that included it."""
    if not FIGURES:
        return
    terminalreporter.write_sep("=", "storage faults injected")
    for line in table():
        terminalreporter.write_line(line)
