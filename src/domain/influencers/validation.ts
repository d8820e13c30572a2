// What is wrong with a row before it enters the sheet, field by field, so that an import can
// list every reason and keep nothing until the user confirms. Text fields are never refused
// for what they contain: a name like `<img src=x onerror=alert(1)>` is a name, kept as typed,
// and the screen shows it as text.
import { toCents, type Cents } from '../money';
import { err, ok, type Result } from '../result';
import { isPipelineStatus, isPlatform, type Influencer, type PostStats } from './model';

/** A row as read from a form or a CSV: numbers may be anything, enumerations any string. */
export type InfluencerDraft = Omit<
  Influencer,
  | 'platform'
  | 'status'
  | 'pricePost'
  | 'priceStory'
  | 'priceVideo'
  | 'attributedRevenue'
  | 'bookedCost'
> & {
  platform: string;
  status: string;
  pricePost: number | null;
  priceStory: number | null;
  priceVideo: number | null;
  attributedRevenue: number | null;
  bookedCost: number | null;
};

const COUNT_FIELDS = [
  'avgLikes',
  'avgComments',
  'avgShares',
  'avgViews',
  'impressions',
  'attributedOrders',
] as const;
const MONEY_FIELDS = [
  'pricePost',
  'priceStory',
  'priceVideo',
  'attributedRevenue',
  'bookedCost',
] as const;
const SHARE_FIELDS = ['audienceMatch', 'realFollowerShare'] as const;

type CountField = (typeof COUNT_FIELDS)[number] | 'followers';
type MoneyField = (typeof MONEY_FIELDS)[number];
type ShareField = (typeof SHARE_FIELDS)[number];
type PostField = keyof PostStats;

/** Likes above followers × this are refused as implausible (the same limit as the red flag). */
export const LIKES_PER_FOLLOWER_LIMIT = 10;

export type FieldProblem =
  | { field: 'name'; code: 'empty' }
  | { field: 'followers'; code: 'missing' }
  | { field: CountField; code: 'not-a-number' | 'not-whole' | 'negative'; value: number }
  | { field: MoneyField; code: 'not-cents' | 'negative'; value: number }
  | { field: ShareField; code: 'share-out-of-range'; value: number }
  | {
      field: 'avgLikes';
      code: 'likes-above-followers';
      likes: number;
      followers: number;
      limit: number;
    }
  | { field: 'platform'; code: 'unknown-platform'; value: string }
  | { field: 'status'; code: 'unknown-status'; value: string }
  | { field: 'bookedMonth'; code: 'month-invalid'; value: string }
  | {
      field: 'posts';
      index: number;
      post: PostField;
      code: 'not-a-number' | 'negative';
      value: number;
    };

/** Averages may be fractional (a mean of 12.5 comments); counts of people must be whole. */
function countProblem(
  field: CountField,
  value: number | null,
  whole: boolean,
): FieldProblem | null {
  if (value === null) return null;
  if (!Number.isFinite(value)) return { field, code: 'not-a-number', value };
  if (value < 0) return { field, code: 'negative', value };
  if (whole && !Number.isSafeInteger(value)) return { field, code: 'not-whole', value };
  return null;
}

function moneyProblem(field: MoneyField, value: number | null): FieldProblem | null {
  if (value === null) return null;
  if (!Number.isSafeInteger(value)) return { field, code: 'not-cents', value };
  return value < 0 ? { field, code: 'negative', value } : null;
}

function postProblems(posts: readonly PostStats[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  posts.forEach((post, index) => {
    for (const key of ['likes', 'comments', 'shares', 'views'] as const) {
      const value = post[key];
      if (value === null) continue;
      if (!Number.isFinite(value))
        problems.push({ field: 'posts', index, post: key, code: 'not-a-number', value });
      else if (value < 0)
        problems.push({ field: 'posts', index, post: key, code: 'negative', value });
    }
  });
  return problems;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Every problem of the row, in field order; empty when the row is sound. */
export function fieldProblems(draft: InfluencerDraft): FieldProblem[] {
  const problems: (FieldProblem | null)[] = [];
  if (draft.name.trim() === '') problems.push({ field: 'name', code: 'empty' });
  if (!isPlatform(draft.platform))
    problems.push({ field: 'platform', code: 'unknown-platform', value: draft.platform });
  if (draft.followers === null) problems.push({ field: 'followers', code: 'missing' });
  else problems.push(countProblem('followers', draft.followers, true));
  problems.push(countProblem('attributedOrders', draft.attributedOrders, true));
  for (const field of COUNT_FIELDS)
    if (field !== 'attributedOrders') problems.push(countProblem(field, draft[field], false));
  const { avgLikes, followers } = draft;
  if (avgLikes !== null && followers !== null && Number.isFinite(followers) && followers >= 0) {
    const limit = followers * LIKES_PER_FOLLOWER_LIMIT;
    if (avgLikes > limit)
      problems.push({
        field: 'avgLikes',
        code: 'likes-above-followers',
        likes: avgLikes,
        followers,
        limit,
      });
  }
  for (const field of MONEY_FIELDS) problems.push(moneyProblem(field, draft[field]));
  for (const field of SHARE_FIELDS) {
    const value = draft[field];
    if (value !== null && !(value >= 0 && value <= 1))
      problems.push({ field, code: 'share-out-of-range', value });
  }
  if (!isPipelineStatus(draft.status))
    problems.push({ field: 'status', code: 'unknown-status', value: draft.status });
  if (draft.bookedMonth !== null && !MONTH.test(draft.bookedMonth))
    problems.push({ field: 'bookedMonth', code: 'month-invalid', value: draft.bookedMonth });
  return [...problems.filter((p): p is FieldProblem => p !== null), ...postProblems(draft.posts)];
}

const centsOrNull = (value: number | null): Cents | null =>
  value === null ? null : toCents(value);

/** The row as an Influencer, every text kept exactly as given; or all its problems. */
export function validateInfluencer(draft: InfluencerDraft): Result<Influencer, FieldProblem[]> {
  const problems = fieldProblems(draft);
  if (problems.length > 0 || !isPlatform(draft.platform) || !isPipelineStatus(draft.status))
    return err(problems);
  return ok({
    ...draft,
    platform: draft.platform,
    status: draft.status,
    pricePost: centsOrNull(draft.pricePost),
    priceStory: centsOrNull(draft.priceStory),
    priceVideo: centsOrNull(draft.priceVideo),
    attributedRevenue: centsOrNull(draft.attributedRevenue),
    bookedCost: centsOrNull(draft.bookedCost),
  });
}
