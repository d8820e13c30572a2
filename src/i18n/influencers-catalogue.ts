// The influencer screen's strings, added to the translator when its screen's code loads: every
// module of that screen that translates imports this one first.
import { addScreenMessages } from './index';
import { enInfluencers } from './en-influencers';
import { enInfluencersBooking } from './en-influencers-booking';
import { enInfluencersCsv } from './en-influencers-csv';
import { frInfluencers } from './fr-influencers';
import { frInfluencersBooking } from './fr-influencers-booking';
import { frInfluencersCsv } from './fr-influencers-csv';

addScreenMessages({ fr: frInfluencers, en: enInfluencers });
addScreenMessages({ fr: frInfluencersCsv, en: enInfluencersCsv });
addScreenMessages({ fr: frInfluencersBooking, en: enInfluencersBooking });
