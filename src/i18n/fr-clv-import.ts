// French strings of the CLV screen: orders import (file, preview, per-row report, confirm, progress) (loaded with the screen).
export const frClvImport = {
  'clv.import.title': 'Importer des commandes',
};
