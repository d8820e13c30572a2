// The Learn screen's strings and its entries' text, added to the translator when that screen's
// code loads (only its modules import this one: the text stays out of the first load).
import { addScreenMessages } from './index';
import { enLearn } from './en-learn';
import { enLearnChannels } from './en-learn-channels';
import { enLearnMetrics } from './en-learn-metrics';
import { frLearn } from './fr-learn';
import { frLearnChannels } from './fr-learn-channels';
import { frLearnMetrics } from './fr-learn-metrics';

addScreenMessages({ fr: frLearn, en: enLearn });
addScreenMessages({ fr: frLearnChannels, en: enLearnChannels });
addScreenMessages({ fr: frLearnMetrics, en: enLearnMetrics });
