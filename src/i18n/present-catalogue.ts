// Presenter mode's strings, added to the translator when its screen's code loads: each of
// its modules that translates imports this one first (the text stays out of the first load).
import { addScreenMessages } from './index';
import { enPresent } from './en-present';
import { frPresent } from './fr-present';

addScreenMessages({ fr: frPresent, en: enPresent });
