"""Shared fixtures. Seeds and the dev set are read from ../shared, never copied into the repo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storywire.cli import app

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "data"
SEEDS = SHARED / "seeds"
DEV = SHARED / "dev" / "dev.jsonl"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    assert SEEDS.is_dir(), f"seeds not found at {SEEDS}"
    return SEEDS


@pytest.fixture(scope="session")
def dev_rows() -> list[dict]:
    assert DEV.is_file(), f"dev set not found at {DEV}"
    return [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "test.db"


class Cli:
    """Runs the real ``storywire`` command in-process and returns (exit code, stdout)."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> tuple[int, str]:
        result = self.runner.invoke(app, [str(a) for a in args], input=input)
        if result.exception and not isinstance(result.exception, SystemExit):
            raise result.exception
        return result.exit_code, result.stdout


@pytest.fixture(scope="session")
def cli() -> Cli:
    return Cli()
