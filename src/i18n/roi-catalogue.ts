// The ROI simulator's strings, added to the translator when its screen's code loads: every
// module of that screen that translates imports this one first (RoiView, the panels' shared
// roi-panel.ts, and the charts only the ROI screen draws).
import { addScreenMessages } from './index';
import { enRoi } from './en-roi';
import { enRoiModel } from './en-roi-model';
import { frRoi } from './fr-roi';
import { frRoiModel } from './fr-roi-model';

addScreenMessages({ fr: { ...frRoi, ...frRoiModel }, en: { ...enRoi, ...enRoiModel } });
