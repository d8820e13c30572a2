// The CLV simulator's strings, added to the translator when its screen's code loads: every
// module of that screen that translates imports this one first.
import { addScreenMessages } from './index';
import { enClv } from './en-clv';
import { frClv } from './fr-clv';

addScreenMessages({ fr: frClv, en: enClv });
