"""The `ficlint` command: lint, explain, rules, words, pack."""

from __future__ import annotations

import _thread
import io
import os
import sys
import threading
from pathlib import Path

import click

from ficlint import __version__
from ficlint.baseline import load_baseline, new_findings, write_baseline
from ficlint.checks import all_checks, all_rules, grammar
from ficlint.checks.rules import skipped_rules
from ficlint.config import Config, config_for, config_groups, load_config
from ficlint.discover import discover
from ficlint.errors import FiclintError
from ficlint.files import replace_file
from ficlint.finding import severity_rank, SEVERITIES
from ficlint.fixer import FixRun, encode, fix_project, save, unified_diff
from ficlint.linter import lint as run_lint
from ficlint.parallel import default_jobs
from ficlint.packs import add_words, catalogue, read_word_list, shipped_packs, write_skeleton
from ficlint.printable import printable
from ficlint.project import Project
from ficlint.readers import read_file, read_stdin
from ficlint.readers.office import OfficeDocument
from ficlint.reporters import REPORTERS, statistics, summary, text
from ficlint.reporters.progress import Progress
from ficlint.review import review_project


def say(line: str) -> None:
    """One line on standard error, escaped: errors, warnings, the summary."""
    click.echo(printable(line), err=True)


def fail(error: FiclintError) -> None:
    """Print a usage or input error as one line and exit 2."""
    say(f"error: {error}")
    sys.exit(2)


class Deadline:
    """`--deadline`: the whole run stops after this many seconds (exit 2), the way Ctrl-C stops it."""

    def __init__(self) -> None:
        self.seconds: float | None = None
        self.expired = False

    def start(self, seconds: float | None) -> None:
        self.seconds, self.expired = seconds, False
        if seconds:
            timer = threading.Timer(seconds, self.expire)
            timer.daemon = True
            timer.start()

    def expire(self) -> None:
        self.expired = True
        _thread.interrupt_main()


DEADLINE = Deadline()


class Main(click.Group):
    """The command group: output never fails on an odd character; a crash is one line and exit 2;
    Ctrl-C exits 130. Files are written whole or not at all, so stopping leaves nothing half-done."""

    def invoke(self, ctx):
        for stream in (sys.stdout, sys.stderr):
            if isinstance(stream, io.TextIOWrapper):
                stream.reconfigure(errors="backslashreplace")
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            if DEADLINE.expired:
                say(f"error: deadline of {DEADLINE.seconds:g} s reached: stopped (no file half-written)")
                sys.exit(2)
            say("interrupted: stopped (no file half-written)")
            sys.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except BrokenPipeError:  # the reader stopped reading ('ficlint lint | head'): stop quietly, as git does
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(141)
        except Exception as error:  # a bug: one line, not a traceback, and never exit 1 ("findings")
            say(f"error: ficlint: internal error ({type(error).__name__}: {error}); please report it")
            sys.exit(2)


def codes(value: str | None) -> list[str] | None:
    return [c.strip().upper() for c in value.split(",") if c.strip()] if value else None


def check_codes(given: list[str], option: str, config: Config) -> None:
    """Every code or prefix given must name at least one known code."""
    if all(code == "ALL" for code in given):
        return  # nothing to look up: the packs' rules load later, only if their check runs
    known = all_rules(config)
    for code in given:
        if code != "ALL" and not any(k.startswith(code) for k in known):
            raise FiclintError(option, f"unknown code or prefix '{code}' (see `ficlint rules`)")


def configure(config_path: str | None, select, ignore, fail_on, paths=(), stdin_filename=None) -> Config:
    """The run's config: --config, else the one found from the linted files' folders upwards."""
    found = Path(config_path) if config_path else config_for(list(paths), stdin_filename)
    start = next((Path(p) if Path(p).is_dir() else Path(p).parent for p in paths if p != "-"), None)
    config = load_config(found, start)
    config.select = codes(select) or config.select
    config.ignore = codes(ignore) or config.ignore
    config.fail_on = fail_on or config.fail_on
    check_codes(config.select, "select", config)
    check_codes(config.ignore, "ignore", config)
    return config


@click.group(cls=Main)
@click.version_option(__version__, prog_name="ficlint")
def main() -> None:
    """A copy-editing linter for fan fiction."""


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--format", "output_format", type=click.Choice(sorted(REPORTERS)), default="text",
              help="How to print findings.")
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the report to a file.")
@click.option("--select", help="Only these codes or prefixes (comma-separated), e.g. SP,GR001.")
@click.option("--ignore", help="Skip these codes or prefixes (comma-separated).")
@click.option("--fail-on", type=click.Choice(SEVERITIES), help="Lowest severity that makes the exit code 1.")
@click.option("--statistics", is_flag=True, help="Count findings per code instead of listing them.")
@click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file.")
@click.option("--stdin-filename", help="Name to report for standard input (its suffix picks the format).")
@click.option("--quiet", "-q", is_flag=True, help="No summary line.")
@click.option("--fix", is_flag=True, help="Apply safe fixes, write the files, report what is left.")
@click.option("--unsafe-fixes", is_flag=True, help="With --fix or --diff: also apply unsafe fixes and first suggestions.")
@click.option("--diff", is_flag=True, help="Print a unified diff of what --fix would change; write nothing.")
@click.option("--interactive", "-i", is_flag=True, help="Review findings one by one: pick a fix, skip, add, ignore.")
@click.option("--grammar", "grammar_backend", type=click.Choice(grammar.BACKENDS),
              help="Grammar backend (default: auto = Harper, and LanguageTool too if configured).")
@click.option("--languagetool-url", help="A LanguageTool server, e.g. http://localhost:8081.")
@click.option("--require-grammar", is_flag=True, help="Exit 2 if the grammar backend is unavailable.")
@click.option("--no-cache", is_flag=True, help="Re-check every paragraph (ignore the grammar cache).")
@click.option("--timings", is_flag=True, help="Print seconds per check on stderr.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=default_jobs, show_default="the number of cores",
              help="Worker processes for a large run (1: all in this process); the output is the same.")
@click.option("--color", "colour", type=click.Choice(["auto", "always", "never"]), default="auto",
              help="Color and underlined source lines in text output (auto: on a terminal, unless NO_COLOR).")
@click.option("--baseline", type=click.Path(), help="Report only findings not in this baseline file.")
@click.option("--write-baseline", type=click.Path(),
              help="Record the current findings in this file (they are then not reported).")
@click.option("--deadline", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the whole run after this many seconds (exit 2), e.g. in CI.")
@click.option("--whole-story", is_flag=True,
              help="Count names and terms across every story file under the config's folder; report only PATHS.")
@click.pass_context
def lint(ctx, paths, **options):
    """Lint story files and folders (.txt, .md, .html, .docx, .odt); '-' reads standard input."""
    groups = [] if options["config_path"] else config_groups(list(paths))
    if len(groups) > 1 and options["output_format"] in ("text", "github") and not options["output"]:
        sys.exit(max(lint_group(ctx, group, options) for group in groups))  # each story with its own config
    DEADLINE.start(options["deadline"])
    run = session = None
    try:
        config = configure(options["config_path"], options["select"], options["ignore"], options["fail_on"],
                           paths, options["stdin_filename"])
        check_fix_options(paths, options)
        baseline = load_baseline(Path(options["baseline"])) if options["baseline"] else None
        grammar.prepare(config, options["grammar_backend"], options["languagetool_url"], options["no_cache"])
        documents, errors = read_documents(paths, config, options["stdin_filename"])
        context = read_rest_of_story(documents, config) if options["whole_story"] else []
        project = Project.load(documents + context, config,
                               frozenset(d.path for d in documents) if options["whole_story"] else None)
        try:
            if options["interactive"]:
                result, write_errors, note = review_project(project, all_checks(config))
                errors += write_errors
                result.notes.append(note)
            elif options["fix"] or options["diff"]:
                run = fix_project(project, all_checks(config), options["unsafe_fixes"])
                result = run.result
            else:
                progress = Progress(sys.stderr)
                result = run_lint(project, all_checks(config), progress, options["jobs"])
                progress.close()
        finally:
            session = grammar.close_session(config)
        apply_baseline(result, baseline, options)
    except FiclintError as error:
        fail(error)
    for warning in [*(session.warnings if session else ()), *skipped_rules(config)]:
        say(f"warning: {warning}")
    result.notes.insert(0, project.vocabulary.note)
    result.notes.append(session.note if session else "grammar: off")
    if any(isinstance(document, OfficeDocument) for document in documents):
        result.notes.append("in .docx and .odt files a position is paragraph:column")
    if run and options["diff"]:
        sys.exit(show_diff(run, errors, options["quiet"]))
    if run:
        errors += finish_fix(run, result)
    result.errors = errors + result.errors
    to_stderr = run is not None and any(d.source.path is None for d in documents)
    write_report(result, options["output_format"], options["output"], options["statistics"], options["colour"],
                 sys.stderr if to_stderr else sys.stdout)
    sys.stdout.flush()
    for error in dict.fromkeys(str(error) for error in result.errors):  # one line for a problem every check meets
        say(f"error: {error}")
    if not options["quiet"]:
        say(summary(result, len(documents)))
    if options["timings"]:
        say(grammar.timings_line(result, session))
    sys.exit(2 if options["require_grammar"] and session and session.unavailable else exit_code(result, config))


def lint_group(ctx, paths, options) -> int:
    """Lint paths that one config governs, as a run of their own; its exit code."""
    try:
        ctx.invoke(lint, paths=tuple(paths), **options)
    except SystemExit as done:
        return done.code or 0
    return 0


def apply_baseline(result, baseline: list[dict] | None, options) -> None:
    """Write the findings to a new baseline, or hide those an existing baseline holds."""
    documents = {document.path: document for document in result.documents}
    if options["write_baseline"]:
        write_baseline(Path(options["write_baseline"]), result.findings, documents)
        result.notes.append(f"{len(result.findings)} recorded in {options['write_baseline']}")
        result.findings = []
    elif baseline is not None:
        new = new_findings(result.findings, documents, baseline, Path(options["baseline"]))
        result.notes.append(f"{len(result.findings) - len(new)} hidden by the baseline")
        result.findings = new


def check_fix_options(paths, options) -> None:
    """Refuse combinations of the fixing options that cannot mean anything."""
    if options["unsafe_fixes"] and not (options["fix"] or options["diff"]):
        raise FiclintError("--unsafe-fixes", "needs --fix or --diff")
    if options["interactive"] and (options["fix"] or options["diff"]):
        raise FiclintError("--interactive", "cannot be combined with --fix or --diff")
    if options["interactive"] and "-" in paths:
        raise FiclintError("--interactive", "reads answers from the terminal, so not a story on standard input")


def show_diff(run: FixRun, errors, quiet: bool) -> int:
    """Print what --fix would change; exit 2 on file errors, 1 if anything would change."""
    changed = run.changed()
    for original, fixed in changed:
        click.echo(unified_diff(original, fixed.text), nl=False)
    sys.stdout.flush()
    for error in errors:
        say(f"error: {error}")
    if not quiet:
        count = sum(len(run.applied.get(original.path, [])) for original, _ in changed)
        click.echo(f"would fix {count} finding{'s' * (count != 1)} in {len(changed)} "
                   f"file{'s' * (len(changed) != 1)}", err=True)
    return 2 if errors else 1 if changed else 0


def finish_fix(run: FixRun, result) -> list[FiclintError]:
    """Write the fixed files (standard input goes to stdout); a refused file reports as it was."""
    written, errors = save(run)
    for document in run.documents:
        if document.source.path is None:
            sys.stdout.buffer.write(encode(document.text, document.source))
    sys.stdout.flush()
    refused = {error.where for error in errors}
    result.findings = [f for f in result.findings if f.path not in refused] + [
        f for f in run.initial.findings if f.path in refused]
    done = [fixed for original, fixed in run.changed() if fixed in written or original.source.path is None]
    count = sum(len(run.applied[document.path]) for document in done)
    result.notes.append(f"fixed {count} finding{'s' * (count != 1)} in {len(done)} file{'s' * (len(done) != 1)}")
    for path, cycle in run.cycles.items():
        say(f"warning: {path}: fixes undo one another ({', '.join(cycle)}): stopped at one of the spellings")
    for where, reason in sorted({(f"{f.path}:{f.line}:{f.column}: {f.code}", reason) for f, reason in run.refused}):
        say(f"warning: {where} not fixed: {reason}")
    for finding in run.unconverged:
        say(f"warning: {finding.path}:{finding.line}:{finding.column}: the fix for {finding.code} "
            "did not converge (the fixed text is flagged again)")
    return errors


MAX_CHARACTERS = 10_000_000  # a long novel is 1,000,000


def read_documents(paths, config: Config, stdin_filename: str | None):
    """Read every story named on the command line; unreadable files become errors."""
    files, errors = discover([p for p in paths or ["."] if p != "-"], config.root, config.exclude, config.word_files)
    documents = []
    for name, read in ([(stdin_filename or "-", lambda: read_stdin(stdin_filename or "-"))] if "-" in paths else []) + \
            [(str(path), lambda path=path: read_file(path)) for path in files]:
        try:
            document = read()
            if len(document.text) > MAX_CHARACTERS:
                raise FiclintError(name, f"{len(document.text):,} characters, over the limit of {MAX_CHARACTERS:,} "
                                         "(linting takes about 75 bytes of memory per character): split it into chapters")
            documents.append(document)
        except FiclintError as error:
            errors.append(error)
        except Exception as error:  # a bug in a reader: this file is an error, the others are still linted
            errors.append(FiclintError(name, f"internal error while reading ({type(error).__name__}: {error}); "
                                             "please report it"))
    return documents, errors


def read_rest_of_story(documents, config: Config) -> list:
    """The story files under the config's folder that are not among documents (unreadable ones left out)."""
    named = {os.path.realpath(d.source.path) for d in documents if d.source.path}
    files, _ = discover([str(config.root)], config.root, config.exclude, config.word_files)
    rest = []
    for path in files:
        if os.path.realpath(path) not in named:
            try:
                rest.append(read_file(path))
            except FiclintError:
                pass  # reported when that file is linted itself
    return rest


def exit_code(result, config: Config) -> int:
    """2 if any file failed, 1 if any finding reaches the failing severity, else 0."""
    if result.errors:
        return 2
    threshold = severity_rank(config.fail_on)
    return 1 if any(severity_rank(f.severity) >= threshold for f in result.findings) else 0


def write_report(result, output_format: str, output: str | None, show_statistics: bool, colour: str,
                 default=None) -> None:
    """Print the report, or write it to `output` whole (a temporary file renamed over it)."""
    documents = {document.path: document for document in result.documents}
    stream = io.StringIO() if output else default or sys.stdout
    if show_statistics:
        statistics.report(result.findings, all_rules(), stream)
    elif output_format == "text" and text.use_colour(colour, stream):
        text.report_colour(result.findings, documents, stream)
    else:
        REPORTERS[output_format](result.findings, documents, stream)
    if output:
        data = stream.getvalue().encode("utf-8", "backslashreplace")  # a non-UTF-8 file name as \udcXX
        try:
            if os.path.exists(output) and not os.path.isfile(output):  # /dev/stdout, a pipe: written in place
                with open(output, "wb") as sink:
                    sink.write(data)
            else:
                target = Path(os.path.realpath(output))
                replace_file(target, data, os.stat(target) if target.exists() else None)
        except OSError as error:
            fail(FiclintError(output, f"cannot write the report: {error.strerror or error}"))


@main.command()
@click.argument("code")
def explain(code):
    """Explain a code: what it finds, why, an example, and whether it can be fixed."""
    try:
        rule = all_rules().get(code.upper())
    except FiclintError as error:
        fail(error)
    if rule is None:
        fail(FiclintError(code, "unknown code (see `ficlint rules`)"))
    click.echo(printable(f"{rule.code} ({rule.name}), check '{rule.check}', severity {rule.severity}") + "\n")
    click.echo(f"What it finds\n  {printable(rule.summary)}\n")
    click.echo(f"Why it matters\n  {printable(rule.why)}\n")
    click.echo(f"Example\n  {printable(rule.example)}\n")
    click.echo(f"Fix\n  {printable(rule.fixable)}")


@main.command()
@click.option("--select", help="Only these codes or prefixes (comma-separated), e.g. GR or SP001,NM.")
@click.option("--fixable", is_flag=True, help="Only the rules --fix (or --unsafe-fixes) can repair.")
@click.option("--all", "show_all", is_flag=True, help="Every rule, one line each.")
def rules(select, fixable, show_all):
    """A short listing of the checks and their codes; with --select, --fixable or --all, one line per rule."""
    try:
        known = all_rules()
    except FiclintError as error:
        fail(error)
    chosen = sorted((rule for rule in known.values() if (not select or any(rule.code.startswith(c) for c in codes(select)))
                     and (not fixable or not rule.fixable.startswith("never"))), key=lambda r: r.code)
    if select and not chosen and not fixable:
        fail(FiclintError(select, "no rule has this code or prefix (see `ficlint rules`)"))
    if select or fixable or show_all:
        for rule in chosen:
            click.echo(printable(f"{rule.code:<7} {rule.name:<28} {rule.summary}"))
        return
    by_check: dict[str, list] = {}
    for rule in chosen:
        by_check.setdefault(rule.check, []).append(rule)
    for check, members in sorted(by_check.items()):
        prefixes = sorted({rule.code.rstrip("0123456789") for rule in members})
        shown = ", ".join(prefixes[:6]) + (", ..." if len(prefixes) > 6 else "")
        repairable = sum(not rule.fixable.startswith("never") for rule in members)
        click.echo(printable(f"{check:<12} {len(members):>5} rules, {repairable:>4} fixable   {shown}"))
    click.echo(f"{len(chosen)} rules. One line per rule: ficlint rules --select GR (codes or prefixes), "
               "--fixable, --all; details: ficlint explain CODE")


@main.group()
def words():
    """The project's word list (original characters, invented terms)."""


config_option = click.option("--config", "config_path", type=click.Path(dir_okay=False), help="Use this config file.")


@words.command("add")
@click.argument("new_words", nargs=-1)
@click.option("--from", "from_file", type=click.Path(dir_okay=False), help="Add the words of this word list too.")
@config_option
def words_add(new_words, from_file, config_path):
    """Add words to the project's word list (.ficlint-words.txt beside the config)."""
    try:
        if not new_words and not from_file:
            raise FiclintError("words add", "give words, or --from FILE (one word per line, '#' starts a comment)")
        path = load_config(Path(config_path) if config_path else None).words_file
        added = add_words(path, [*new_words, *(read_word_list(Path(from_file)) if from_file else [])])
    except FiclintError as error:
        fail(error)
    say(f"added {len(added)} word{'s' * (len(added) != 1)} to {path}")


@words.command("unknown")
@click.argument("paths", nargs=-1)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="Write the list to a file.")
@config_option
def words_unknown(paths, output, config_path):
    """List every capitalised word the run takes as a name, to review and add with `words add --from`."""
    from ficlint.checks.spelling import unknown_names

    try:
        config = load_config(Path(config_path) if config_path else config_for(list(paths)),
                             next((Path(p) if Path(p).is_dir() else Path(p).parent for p in paths), None))
        documents, errors = read_documents(paths, config, None)
        names = unknown_names(Project.load(documents, config))
    except FiclintError as error:
        fail(error)
    lines = "".join(printable(f"{word}  # {uses} time{'s' * (uses != 1)}, first at {path}:{line}") + "\n"
                    for word, uses, path, line in names)
    if output:
        Path(output).write_text(lines, encoding="utf-8")
    else:
        click.echo(lines, nl=False)
    for error in errors:
        say(f"error: {error}")
    say(f"{len(names)} name{'s' * (len(names) != 1)}" + (f" written to {output}" if output else ""))
    sys.exit(2 if errors else 0)


@main.group()
def pack():
    """Fandom packs: list the shipped ones, start one of your own."""


@pack.command("list")
def pack_list():
    """The shipped packs, with their titles and number of terms."""
    try:
        known = catalogue()
    except FiclintError as error:
        fail(error)
    for name in shipped_packs():
        click.echo(f"{name:<20} {known.titles.get(name, '(rules only)'):<28} {len(known.entries.get(name, ())):>5} terms")


@pack.command("new")
@click.argument("name")
def pack_new(name):
    """Write a commented skeleton of a new pack in the folder NAME."""
    try:
        written = write_skeleton(Path(name))
    except FiclintError as error:
        fail(error)
    click.echo(f"wrote {', '.join(str(path) for path in written)}; load it with "
               f'packs = ["auto", "{Path(name).as_posix()}/"] in .ficlint.toml', err=True)


@main.group()
def setup():
    """Install optional tools (LanguageTool) on request; linting never downloads anything."""


@setup.command("languagetool")
@click.option("--version", "lt_version", help="LanguageTool version (default: language-tool-python's).")
def setup_languagetool(lt_version):
    """Download LanguageTool (~250 MB, needs Java 17+) into LTP_PATH or ~/.cache/language_tool_python."""
    from ficlint.grammar import GrammarUnavailable
    from ficlint.grammar.languagetool import setup as download

    try:
        folder = download(lt_version)
    except GrammarUnavailable as error:
        say(f"error: {error}")
        sys.exit(2)
    click.echo(f"LanguageTool is in {folder}; `ficlint lint` now uses it (grammar backend auto).", err=True)
