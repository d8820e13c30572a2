// The grid's sentences in the user's language, built from the app's translator.
import type { MessageKey, MessageParams } from '../../i18n';
import type { GridMessages } from './grid-controller.svelte';
import type { CellInputError } from './types';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** "Juin 2026 : « abc » n’est pas un nombre." — the field, then the reason. */
export function describeCellError(t: Translate, error: CellInputError): string {
  const code = error.code;
  if (code === 'too-long') {
    // Not the text itself: it may be thousands of characters long.
    const params = { length: error.input.trim().length, max: error.max ?? 0 };
    return t('grid.cellError', { column: error.column, reason: t('cell.too-long', params) });
  }
  const params = { input: error.input, at: (error.at ?? 0) + 1 };
  const reason =
    code === 'not-an-integer' ||
    code === 'not-a-choice' ||
    code === 'read-only' ||
    code === 'bad-expression' ||
    code === 'division-by-zero'
      ? t(`cell.${code}`, params)
      : t(`parse.${code}`, params);
  return t('grid.cellError', { column: error.column, reason });
}

export function gridMessages(t: Translate): GridMessages {
  return {
    cellError: (error) => describeCellError(t, error),
    pasteRefused: (count, first) => t('grid.pasteRefused', { count, first }),
    pasteTooLarge: (rows, cols) => t('grid.pasteTooLarge', { rows, cols }),
    pasteGrowQuestion: (rows) => t('grid.pasteGrow', { rows }),
    fillRefused: (count, first) => t('grid.fillRefused', { count, first }),
    clipboardEmpty: t('grid.clipboardEmpty'),
  };
}
