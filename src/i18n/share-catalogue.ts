// Sharing by link's strings, added to the translator when the shared-plan screen or the
// planner's share panel loads: each module of theirs that translates imports this one first.
import { addScreenMessages } from './index';
import { enShare } from './en-share';
import { frShare } from './fr-share';

addScreenMessages({ fr: frShare, en: enShare });
