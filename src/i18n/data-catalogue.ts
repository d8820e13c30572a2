// The Data screen's strings (import, export, backup and restore), added to the translator
// when a module that words them loads: the Data screen's views and sessions, the restore
// panel the storage banner opens, and Settings' backup reminder. They stay out of the first
// load (about 4 KB gzip per language).
import { addScreenMessages } from './index';
import { enData } from './en-data';
import { enImport } from './en-import';
import { frData } from './fr-data';
import { frImport } from './fr-import';

addScreenMessages({ fr: { ...frData, ...frImport }, en: { ...enData, ...enImport } });
