// Unit tests word figures in both languages: fetch both catalogues once, as the app fetches
// the user's own before it mounts (src/main.ts).
import { LANGUAGES, loadLanguage } from '../../src/i18n';

await Promise.all(LANGUAGES.map(loadLanguage));
