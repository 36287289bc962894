/**
 * What `minutes --help` and `minutes --version` print. Kept apart from the commands, which bring in the parser, so
 * that the `minutes` entry (bin.ts) answers both without loading them.
 */
export const HELP = `minutes: actions, owners and due dates from meeting minutes in Markdown

Usage:
  minutes export [paths...] [--format json|markdown|csv|html|ics] [--output FILE [--force]]
                 [--open] [--person NAME] [--glob GLOB]... [--month-first] [--today YYYY-MM-DD] [--cache DIR]
                 [--prose-actions hint|action]
  minutes export --log [paths...] [--format markdown|csv|html] [--output FILE [--force]] [--glob GLOB]...
  minutes check  [paths...] [--format text|github|sarif|json] [--output FILE [--force]] [--max-warnings N]
                 [--glob GLOB]... [--month-first] [--include-hints] [--prose-actions hint|action] [--cache DIR]
  minutes next   FILE [paths...] [--date YYYY-MM-DD] [--glob GLOB]... [--month-first]
  minutes import <file> [-o FILE] [--month-first]
  minutes --help | --version

Paths are files, folders (searched recursively for *.minutes.md, skipping node_modules and .git) or globs
(quote them: 'meetings/**/*.md'). With no path, the current folder is searched.

  export   prints the actions, decisions and diagnostics found (JSON by default)
  check    prints diagnostics as file:line:col severity code message; exits 1 when any is an error
  next     starts the next meeting of FILE's series (the files of its folder, and of the paths given): writes the
           next minutes beside the latest, with every open action to review; never over an existing file
  import   brings minutes saved from a word processor (.docx, .txt, or .md) into the dialect: writes a new
           *.minutes.md beside the file (or FILE), never over an existing one, and says what it found

Options:
  -f, --format     export: json (default), markdown, csv, html (one printable page) or ics (iCalendar to-dos)
                   check: text (default), github (GitHub Actions annotations), sarif (SARIF 2.1.0) or json
      --max-warnings  check: also exit 1 when there are more than N warnings
  -o, --output     write to FILE instead of standard output; an existing FILE is kept unless --force
      --open       only open actions
      --person     only actions owned by NAME (as the roster names them)
      --glob       which files a folder holds (default **/*.minutes.md); repeat for more
      --month-first  read 03/04/2008 as March 4th (default: day first)
      --today      the date that decides what is overdue in Markdown (default: today)
      --include-hints  also list hints: prose that reads like an action ("RS will send the letter")
      --cache      keep parsed files and the finished output in DIR: the next run reads and parses only what
                   changed, and prints the stored output when nothing did (see README, "Command line")
      --prose-actions  hint (default): commitments written as prose are hints; action: they are actions
      --log        export the action log of each series instead: every action, where it was agreed, each meeting's
                   word on it (markdown by default)
      --date       next: the date of the next meeting, when the latest minutes' "Next meeting" gives none

Files that cannot be read (binary, huge, not UTF-8, or not readable as minutes) are reported on stderr and skipped.
Exit codes: 0 fine, 1 check found an error, 2 usage error, 3 a file could not be read as minutes (everything else
was exported or checked).
`;

declare const __MINUTES_VERSION__: string | undefined;
declare const __MINUTES_HOMEPAGE__: string | undefined;
export const VERSION = typeof __MINUTES_VERSION__ === 'string' ? __MINUTES_VERSION__ : 'development';
export const HOMEPAGE = typeof __MINUTES_HOMEPAGE__ === 'string' ? __MINUTES_HOMEPAGE__ : undefined;
