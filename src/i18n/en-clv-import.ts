// English strings of the CLV screen: orders import (file, preview, per-row report, confirm, progress) (loaded with the screen).
import type { frClvImport } from './fr-clv-import';

export const enClvImport: Record<keyof typeof frClvImport, string> = {
  'clv.import.title': 'Import orders',
};
