// The CLV screen's strings, added to the translator when its screen's code loads: every
// module of that screen that translates imports this one first. One pair of files per part
// of the screen (simulator, orders import, RFM, forecast, the simulator's additions).
import { addScreenMessages } from './index';
import { enClv } from './en-clv';
import { enClvForecast } from './en-clv-forecast';
import { enClvImport } from './en-clv-import';
import { enClvMore } from './en-clv-more';
import { enClvRfm } from './en-clv-rfm';
import { frClv } from './fr-clv';
import { frClvForecast } from './fr-clv-forecast';
import { frClvImport } from './fr-clv-import';
import { frClvMore } from './fr-clv-more';
import { frClvRfm } from './fr-clv-rfm';

addScreenMessages({ fr: frClv, en: enClv });
addScreenMessages({ fr: frClvImport, en: enClvImport });
addScreenMessages({ fr: frClvRfm, en: enClvRfm });
addScreenMessages({ fr: frClvForecast, en: enClvForecast });
addScreenMessages({ fr: frClvMore, en: enClvMore });
