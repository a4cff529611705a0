"""The ``storywire`` command. Its names and flags are a contract: tooling calls them exactly so."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table

from storywire.core import IngestReport, ingest
from storywire.model import Article
from storywire.readers import DEFAULT_MAX_BYTES, ReadOptions
from storywire.store.sqlite import DEFAULT_DB, SQLiteStore

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Multilingual news intelligence: articles in any language -> stories.",
)
out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store file.")]
JsonOption = Annotated[bool, typer.Option("--json", help="One JSON object per line.")]
MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", help="Refuse documents larger than this many bytes.")
]
PathsArg = Annotated[list[str], typer.Argument(help="Files, folders, or - for JSONL on stdin.")]
WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", help="Reader processes (default: by input size)."),
]


@contextmanager
def _progress(label: str) -> Iterator[Progress | None]:
    """A live progress bar on a terminal, nothing at all when output goes to a pipe or file."""
    if not err.is_terminal:
        yield None
        return
    with Progress(
        SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"), console=err, transient=True,
    ) as progress:
        yield progress


def _ingest(paths: list[str], db: Path, max_bytes: int, workers: int | None) -> IngestReport:
    with SQLiteStore(db) as store, _progress("ingesting") as progress:
        task = progress.add_task("ingest", total=None, rate="") if progress else None

        def tick(n: int) -> None:
            if progress is not None and task is not None:
                progress.advance(task, n)

        return ingest(paths, store, options=ReadOptions(max_bytes=max_bytes), workers=workers,
                      on_progress=tick)


def _print_report(report: IngestReport) -> None:
    out.print(report.summary())
    for error in report.errors:
        out.print(str(error), markup=False)


@app.command("ingest")
def ingest_cmd(
    paths: PathsArg,
    db: DbOption = Path(DEFAULT_DB),
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    workers: WorkersOption = None,
) -> None:
    """Read articles into the store: prints new/duplicate/near-duplicate/failed and each failure."""
    report = _ingest(paths, db, max_bytes, workers)
    _print_report(report)
    raise typer.Exit(report.exit_code)


def _display_title(art: Article, width: int = 70) -> str:
    title = art.title or art.text.strip().split("\n", 1)[0]
    return title if len(title) <= width else title[: width - 1] + "…"


def _articles_table(articles: list[Article]) -> Table:
    table = Table(show_lines=False)
    for col in ("id", "lang", "published", "source", "title"):
        table.add_column(col, overflow="fold" if col == "title" else "ellipsis")
    for art in articles:
        table.add_row(
            art.id or "", art.lang or "?", art.published.isoformat() if art.published else "",
            art.source or "", _display_title(art),
        )
    return table


@app.command("articles")
def articles_cmd(
    db: DbOption = Path(DEFAULT_DB),
    lang: Annotated[str | None, typer.Option("--lang", help="Only this language.")] = None,
    as_json: JsonOption = False,
) -> None:
    """List stored articles (latest version of each)."""
    with SQLiteStore(db) as store:
        arts = list(store.articles(lang=lang.lower() if lang else None))
    if as_json:
        for art in arts:
            sys.stdout.write(json.dumps(art.to_json(), ensure_ascii=False) + "\n")
        return
    out.print(_articles_table(arts))
    out.print(f"{len(arts)} articles")


@app.command("run")
def run_cmd(
    paths: PathsArg,
    db: DbOption = Path(DEFAULT_DB),
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    workers: WorkersOption = None,
) -> None:
    """Ingest, run every processing stage, and summarise what the store now holds."""
    report = _ingest(paths, db, max_bytes, workers)
    _print_report(report)
    with SQLiteStore(db) as store:
        stats = store.stats()
        arts = list(store.articles())
    out.print()
    out.print(_articles_table(arts))
    langs = ", ".join(f"{k or '?'} {v}" for k, v in stats["languages"].items())
    out.print(
        f"store {db}: {stats['articles']} articles ({langs}); {stats['near_duplicates']} linked "
        f"near duplicates, {stats['aliases']} exact copies, {stats['versions']} versions"
    )
    raise typer.Exit(report.exit_code)


def main() -> None:
    app()
