import type { frImport } from './fr-import';

export const enImport: Record<keyof typeof frImport, string> = {
  'import.parse.literal-quotes':
    'misplaced quotes: this line was read again with its quotes taken as text. Check it.',
  'import.parse.unclosed-quote':
    'a quote is opened and never closed: the line is rejected, the next ones are read normally.',
  'import.reason.unclosed-quote': 'quote never closed on this line',
  'import.reason.short-row': 'row shorter than the header (not imported, as you chose)',
  'import.reason.long-row': 'row longer than the header (not imported, as you chose)',
  'import.report.totalUnreadable':
    'Line {line}: unreadable total row (column “{column}”); it is neither imported nor checked.',
  'import.report.held':
    '{count, plural, one {# row waits} other {# rows wait}} for your answer below.',
  'import.phase.reading': 'Reading the file',
  'import.phase.checking': 'Parsing and checking the rows',
  'import.phase.writing': 'Saving into the plan',
  'import.readShare': '{percent} % read',
  'import.writtenShare': '{percent} % saved',
  'import.cancelWrite': 'Cancel saving',
  'import.problem.write-cancelled': 'Saving cancelled: the plan was not changed.',
  'import.problem.unreadable': 'The file could not be read ({detail}).',

  'import.values.title': 'Values to clarify',
  'import.values.intro':
    'These values are not in the known list. Say once what each one means: every row that uses it will follow.',
  'import.values.question':
    '“{value}” (column “{header}”, {rows, plural, one {# row} other {# rows}}, from line {line})',
  'import.values.choose': '— choose —',
  'import.values.custom': 'Other (custom category)',
  'import.values.refuse': 'Reject these rows',

  'import.period.title': 'Period',
  'import.period.differs':
    'The file covers {fileFirst} → {fileLast}, the plan {planFirst} → {planLast}.',
  'import.period.file': 'Take the file’s period ({first} → {last})',
  'import.period.fileHidden':
    'The plan’s amounts outside this period stay saved but are no longer shown.',
  'import.period.extend': 'Extend the plan to {first} → {last} ({months} months)',
  'import.period.inside':
    'Import only the plan’s months ({planFirst} → {planLast}): {cells, plural, one {# amount of the file is left out} other {# amounts of the file are left out}}',
  'import.period.tooLong': 'Not possible: more than {max} months.',
  'import.period.empty': 'The plan is empty: it takes the file’s period.',

  'import.odd.title': 'Rows of unexpected length',
  'import.odd.short':
    'Line {line}: {cells, plural, one {# cell} other {# cells}} instead of {expected} (the missing months stay empty)',
  'import.odd.long':
    'Line {line}: {cells, plural, one {# cell} other {# cells}} instead of {expected} (the extra cells are ignored)',
  'import.odd.more': '… and {count} more.',
  'import.odd.import': 'Import them',
  'import.odd.refuse': 'Do not import them',

  'import.currency':
    'The file’s amounts are in {marks}, the plan in {currency}: they will be imported as they are, not converted.',

  'import.held.title': 'Channels whose rows are all rejected or waiting',
  'import.held.intro': 'Replace keeps them with their amounts. Tick those to delete anyway.',
  'import.held.remove': 'Delete “{name}”',
  'import.removed.absent': '“{name}”: not in the file',
  'import.removed.refused': '“{name}”: all its rows were rejected (ticked)',
  'import.blocker.no-rows': 'No accepted row: the import would change nothing.',
  'import.blocker.answers': 'First answer the questions about values above.',
  'import.blocker.period': 'First choose the period above.',

  'import.undo': 'Undo import',
  'import.undone': 'Import undone: the plan is back as it was.',
  'import.undo.not-latest': 'Only this plan’s latest import can be undone.',
  'import.undo.gone': 'This import can no longer be undone (plan deleted or already undone).',
  'import.history.title': 'Recent imports into this plan',
  'import.history.none': 'No import into this plan yet.',
  'import.history.item':
    '{date} — “{name}”: {rows, plural, one {# row} other {# rows}}, {created, plural, one {# channel created} other {# channels created}}, {updated} updated, {deleted} deleted',
  'import.history.changedSince':
    'The plan was changed since: undoing the import also takes back those changes on the channels it touched.',
};
