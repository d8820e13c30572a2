// Pre-qualification, as the seeds advise: a lead that cannot be reached, or lives outside the
// zone served, is set aside before its score means anything.
import { foldValue, leadValue } from './fields';
import type { Lead, PreQualification, SetAsideReason } from './model';

/** Set-aside reasons as typed arrays hold them: 0 is none, then SET_ASIDE_REASONS[code − 1]. */
export const SET_ASIDE_REASONS: readonly SetAsideReason[] = ['no-contact', 'outside-zone'];

/**
 * The prefixes a zone really has, folded as values are. Blank ones are dropped: an empty
 * prefix would hold every lead, which is what no zone already means.
 */
function zonePrefixes(prequal: PreQualification): string[] {
  return (prequal.zone?.prefixes ?? []).map(foldValue).filter((p) => p !== '');
}

/** Returns the reader of a pre-qualification, with its prefixes folded once. */
export function prequalifier(prequal: PreQualification): (lead: Lead) => SetAsideReason | null {
  const prefixes = zonePrefixes(prequal);
  const zoneField = prequal.zone?.field ?? '';
  return (lead) => {
    if (prequal.requireContact && lead.email.trim() === '' && lead.phone.trim() === '')
      return 'no-contact';
    if (prefixes.length > 0) {
      const value = foldValue(leadValue(lead, zoneField));
      if (!prefixes.some((prefix) => value.startsWith(prefix))) return 'outside-zone';
    }
    return null;
  };
}

/** Why a lead is set aside before scoring (unreachable first), or null when it is scored. */
export function prequalify(lead: Lead, prequal: PreQualification): SetAsideReason | null {
  return prequalifier(prequal)(lead);
}
