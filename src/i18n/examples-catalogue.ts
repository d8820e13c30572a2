// The guided examples' strings, added to the translator when the Learn page's examples load
// (only their modules import this one: the text stays out of the first load).
import { addScreenMessages } from './index';
import { enExamples } from './en-examples';
import { frExamples } from './fr-examples';

addScreenMessages({ fr: frExamples, en: enExamples });
