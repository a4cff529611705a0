"""The ``storywire`` command. Its names and flags are a contract: tooling calls them exactly so."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
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
def _progress(label: str) -> Iterator[Callable[[int], None]]:
    """A tick function driving a live progress bar on a terminal; silent when output is piped."""
    if not err.is_terminal:
        yield lambda n: None
        return
    with Progress(
        SpinnerColumn(), TextColumn(label), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=err, transient=True,
    ) as progress:
        task = progress.add_task(label, total=None)
        yield lambda n: progress.advance(task, n)


def _ingest(paths: list[str], db: Path, max_bytes: int, workers: int | None) -> IngestReport:
    with SQLiteStore(db) as store, _progress("ingesting") as tick:
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
    _cluster(db)
    from storywire.stories.views import list_stories

    with SQLiteStore(db) as store:
        stats = store.stats()
        arts = list(store.articles())
        stories = list_stories(store)
    out.print()
    out.print(_articles_table(arts))
    out.print(_stories_table(stories))
    langs = ", ".join(f"{k or '?'} {v}" for k, v in stats["languages"].items())
    out.print(
        f"store {db}: {stats['articles']} articles ({langs}); {stats['near_duplicates']} linked "
        f"near duplicates, {stats['aliases']} exact copies, {stats['versions']} versions; "
        f"{len(stories)} stories in {len({s['thread'] for s in stories})} threads"
    )
    raise typer.Exit(report.exit_code)


def _cluster(db: Path) -> None:
    """Run the knowledge and story stages on the store, with a progress bar."""
    from storywire.stories.update import update_store

    with SQLiteStore(db) as store, _progress("extracting and embedding") as tick:
        report = update_store(store, on_progress=tick)
    for failure in report.knowledge.failures:
        err.print(f"knowledge: {failure}", markup=False)


def _emit(rows: list[dict]) -> None:
    for row in rows:
        sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


def _stories_table(stories: list[dict]) -> Table:
    table = Table()
    for col in ("story", "n", "langs", "first", "last", "title"):
        table.add_column(col, overflow="fold" if col == "title" else "ellipsis")
    for s in stories:
        table.add_row(s["id"], str(s["size"]), ",".join(s["languages"]), s["first_seen"] or "",
                      s["last_seen"] or "", s["title"])
    return table


@app.command("cluster")
def cluster_cmd(
    src: Annotated[Path, typer.Argument(help="JSON Lines with at least id and text.")],
    out_path: Annotated[Path, typer.Option("--out", help="Where to write the JSONL result.")],
    db: Annotated[Path | None, typer.Option("--db", help="Store (default: a fresh temp one).")] = (
        None
    ),
    workers: WorkersOption = None,
) -> None:
    """Assign every input article an event and a thread: one {id, event, thread, lang} per line."""
    from storywire.eval.run import cluster_file

    result = cluster_file(src, db=db, workers=workers)
    with out_path.open("w", encoding="utf-8") as fh:
        for row in result.rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    for error in result.errors:
        err.print(str(error), markup=False)
    events = len({r["event"] for r in result.rows})
    threads = len({r["thread"] for r in result.rows})
    err.print(f"{len(result.rows)} articles -> {events} events in {threads} threads "
              f"({result.timings['total']:.1f} s)")


@app.command("eval")
def eval_cmd(
    src: Annotated[Path, typer.Argument(help="Labelled JSONL (id, text, event, thread, lang).")],
    as_json: JsonOption = False,
) -> None:
    """Event- and thread-level BCubed and pairwise P/R/F1, cluster counts, language-ID accuracy."""
    from storywire.eval.run import evaluate

    report = evaluate(src)
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{src}: {report['clustered']} of {report['articles']} articles")
    for col in ("level", "BCubed P", "BCubed R", "BCubed F1", "pair P", "pair R", "pair F1",
                "clusters (pred/gold)"):
        table.add_column(col)
    for level in ("event", "thread"):
        r = report[level]
        b, p = r["bcubed"], r["pairwise"]
        table.add_row(level, *(f"{x:.3f}" for x in (b["precision"], b["recall"], b["f1"],
                                                     p["precision"], p["recall"], p["f1"])),
                      f"{r['clusters_predicted']}/{r['clusters_gold']}")
    out.print(table)
    lang = report["language"]
    out.print(f"language ID: {lang['correct']}/{lang['total']} = {lang['accuracy']}")
    out.print(f"speed: {report['articles_per_second']} articles/s end to end; {report['timings']}")


@app.command("stories")
def stories_cmd(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """List stories: size, languages, sources, first/last date, a title."""
    from storywire.stories.views import list_stories

    with SQLiteStore(db) as store:
        stories = list_stories(store)
    if as_json:
        _emit(stories)
        return
    out.print(_stories_table(stories))
    out.print(f"{len(stories)} stories")


@app.command("story")
def story_cmd(
    story_id: Annotated[str, typer.Argument(help="A story id (merged-away ids resolve).")],
    db: DbOption = Path(DEFAULT_DB),
    as_json: JsonOption = False,
) -> None:
    """Show one story: briefing, articles and why each is in it, entities, figures, quotes."""
    from storywire.stories.digest import build_story

    with SQLiteStore(db) as store:
        story = build_story(store, story_id)
    if story is None:
        err.print(f"no story {story_id}")
        raise typer.Exit(1)
    if as_json:
        _emit([story])
        return
    _print_story(story)


def _print_story(story: dict) -> None:
    p = lambda text="": out.print(text, markup=False)  # noqa: E731
    out.print(f"[bold]{story['title']}[/bold]")
    p(f"story {story['id']} (thread {story['thread']}), {len(story['articles'])} articles, "
      f"{', '.join(story['languages'])}, {story['first_seen']} .. {story['last_seen']}")
    p()
    p(story["briefing"])
    p()
    out.print("[bold]Articles[/bold]")
    for art in story["articles"]:
        reason = art.get("reason", {})
        why = reason.get("decision", "")
        if "strongest_link" in reason:
            why += (f" via {reason['strongest_link']} p={reason['probability']}"
                    f" names={','.join(reason.get('shared_names', [])[:4])}")
        p(f"- {art['id']} [{art['lang']}] {art['published'] or ''} {art['source'] or ''}: "
          f"{_display_title(Article(text=art['text'], title=art['title']))}")
        p(f"    {why}")
    out.print("[bold]Entities[/bold]")
    for e in story["entities"]:
        langs = sorted({m["lang"] for m in e["mentions"]})
        forms = sorted({m["text"] for m in e["mentions"]})
        p(f"- {e['name']} ({e['type']}, {len(e['mentions'])} mentions, {','.join(langs)}): "
          f"{', '.join(forms[:6])}")
    out.print("[bold]Figures[/bold]")
    for f in story["figures"]:
        extra = "".join(f"; {k} {f[k]}" for k in ("date", "asserted_by") if f.get(k))
        p(f"- {f['text']} -> {f['qualifier'] or ''} {f['value']:g} {f['counts']}"
          f"{' ' + f['happening'] if f.get('happening') else ''}{extra} ({f['article_id']})")
    out.print("[bold]Quotes[/bold]")
    for q in story["quotes"]:
        p(f"- {q['speaker'] or 'unknown'}: «{q['text']}» ({q['article_id']})")
    out.print("[bold]Timeline[/bold]")
    for t in story["timeline"]:
        p(f"- {t['date']} {t['what']} ({', '.join(t['article_ids'])})")


@app.command("entities")
def entities_cmd(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """List entities with mention counts and languages, most mentioned first."""
    with SQLiteStore(db) as store:
        rows = store.entity_rows()
    if as_json:
        _emit(rows)
        return
    table = Table()
    for col in ("entity", "name", "type", "mentions", "articles", "langs", "forms"):
        table.add_column(col, overflow="fold" if col == "forms" else "ellipsis")
    for r in rows:
        table.add_row(r["id"], r["name"], r["type"], str(r["mentions"]), str(r["articles"]),
                      ",".join(r["langs"]), ", ".join(r["aliases"][:6]))
    out.print(table)
    out.print(f"{len(rows)} entities")


@app.command("export")
def export_cmd(
    fmt: Annotated[str, typer.Option("--format", help="json, markdown or csv.")],
    db: DbOption = Path(DEFAULT_DB),
    out_path: Annotated[Path | None, typer.Option(
        "--out", help="File (json, markdown) or folder (csv); default stdout.")] = None,
) -> None:
    """Every story with articles, entities, figures, quotes, timeline, comparison, briefing."""
    from storywire.stories.digest import build_stories
    from storywire.stories.export import FORMATS, to_json, to_markdown, write_csv

    if fmt not in FORMATS:
        err.print(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    if fmt == "csv" and out_path is None:
        err.print("--format csv needs --out DIR (one file per kind)")
        raise typer.Exit(2)
    with SQLiteStore(db) as store:
        stories = build_stories(store)
    if fmt == "csv":
        assert out_path is not None
        files = write_csv(stories, out_path)
        err.print(f"{len(stories)} stories -> {len(files)} files in {out_path}")
        return
    text = to_json(stories) if fmt == "json" else to_markdown(stories)
    if out_path is None:
        sys.stdout.write(text + "\n")
    else:
        out_path.write_text(text + "\n", encoding="utf-8")
        err.print(f"{len(stories)} stories -> {out_path}")


@app.command("threads")
def threads_cmd(db: DbOption = Path(DEFAULT_DB), as_json: JsonOption = False) -> None:
    """List threads (storylines) with their stories."""
    from storywire.stories.views import list_threads

    with SQLiteStore(db) as store:
        threads = list_threads(store)
    if as_json:
        _emit(threads)
        return
    for t in threads:
        out.print(f"[bold]{t['id']}[/bold] {t['size']} articles, {t['first_seen']} .. "
                  f"{t['last_seen']}: {t['title']}")
        for s in t["stories"]:
            out.print(f"  {s['id']} ({s['size']}) {s['first_seen'] or ''} {s['title']}",
                      markup=False)


def main() -> None:
    from storywire.nlp.embed import EncoderSpecError

    try:
        app()
    except EncoderSpecError as exc:  # a bad STORYWIRE_ENCODER: say so, no traceback
        err.print(f"storywire: {exc}", markup=False)
        raise SystemExit(2) from None
