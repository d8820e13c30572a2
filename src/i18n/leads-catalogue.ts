// The lead scoring screen's strings, added to the translator when its screen's code loads:
// every module of that screen that translates imports this one first.
import { addScreenMessages } from './index';
import { enLeads } from './en-leads';
import { enLeadsCsv } from './en-leads-csv';
import { frLeads } from './fr-leads';
import { frLeadsCsv } from './fr-leads-csv';

addScreenMessages({ fr: frLeads, en: enLeads });
addScreenMessages({ fr: frLeadsCsv, en: enLeadsCsv });
