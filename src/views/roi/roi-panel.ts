// What the ROI screen's panels share: the props RoiView hands each of them (the scenario, the
// plan's channels, the formats, the language, the change callback) and the translator that
// every ROI component builds from the language it is given.
import type { ScenarioChange } from '../../domain/roi/changes';
import type { RoiScenario } from '../../domain/roi/model';
import { translate, type Language } from '../../i18n';
import type { PlannedChannel } from '../../state/roi-scenario-actions';
import type { Translate } from './roi-errors';
import type { FigureFormat } from '../../ui/figure-format';

export interface RoiPanelProps {
  scenario: RoiScenario;
  channels: PlannedChannel[];
  fmt: FigureFormat;
  language: Language;
  onpatch: (change: ScenarioChange) => void;
}

/** The messages of one language, as the `t` every ROI component calls. */
export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
