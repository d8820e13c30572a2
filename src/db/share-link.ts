// A plan shared by link: the payload (share-payload.ts) as JSON, squeezed with DEFLATE and
// written in URL-safe Base64 into the URL's fragment, `#/shared?p=1.<checksum>.<data>`.
// Browsers never send the fragment to any server: the plan goes only where the user sends
// the link. The checksum covers the version and every character of the data, so that a
// changed or cut-off link is refused before anything is inflated; a version above ours is
// refused as made by a newer Mixplan.
import { fromBase64Url, toBase64Url } from '../domain/share/base64url';
import { deflateText, inflateText } from '../domain/share/deflate';
import { err, ok, type Result } from '../domain/result';
import { checksumOf } from './backup';
import {
  readSharePayload,
  sharePayload,
  type PayloadError,
  type ShareInput,
  type SharedPlan,
} from './share-payload';

export const SHARE_LINK_VERSION = 1;

/**
 * The longest link we make or read, whole URL included. Gmail, Outlook on the web, Slack
 * (40 000 characters a message), Teams, WhatsApp and Signal carry 8 000 characters, and so
 * do the address bars of Chromium, Firefox and Safari. Some carry less: Discord cuts a
 * message at 2 000 characters and classic Outlook is reported to break links past 1 024
 * to 2 048, hence the softer warning below.
 */
export const MAX_SHARE_LINK_LENGTH = 8000;
/** Past this length the planner warns that some apps may cut the link. */
export const SAFE_SHARE_LINK_LENGTH = 2000;
/**
 * The most text a link may inflate to. A plan that fits in MAX_SHARE_LINK_LENGTH inflates to
 * a few hundred kilobytes at most; DEFLATE can grow a few kilobytes to megabytes (a bomb).
 */
export const MAX_INFLATED_BYTES = 1024 * 1024;

export type ShareLinkError =
  | { code: 'no-plan' } // #/shared without a p= part
  | { code: 'too-long'; length: number }
  | { code: 'not-a-link' } // not the p=<version>.<checksum>.<data> syntax
  | { code: 'newer-version' }
  | { code: 'changed' } // the checksum does not match: a character changed, or cut off
  | { code: 'corrupt' } // not DEFLATE, not UTF-8 or not JSON
  | { code: 'too-large' } // inflates past MAX_INFLATED_BYTES
  | { code: 'unsupported' } // a browser without DecompressionStream
  | PayloadError;

const SYNTAX = /^(\d{1,6})\.([0-9a-f]{16})\.([A-Za-z0-9_-]+)$/;

/** The p= value of a `#/shared?p=…` hash, or null. */
export function linkParameter(hash: string): string | null {
  const query = hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(hash.slice(query + 1)).get('p');
}

/** The plan a link's p= value describes, or why it is refused. Never throws. */
export async function readShareLink(
  parameter: string,
  now: number,
): Promise<Result<SharedPlan, ShareLinkError>> {
  try {
    if (parameter.length > MAX_SHARE_LINK_LENGTH) {
      return err({ code: 'too-long', length: parameter.length });
    }
    const parts = SYNTAX.exec(parameter);
    if (!parts) return err({ code: 'not-a-link' });
    const [, version = '', checksum = '', data = ''] = parts;
    if (Number(version) > SHARE_LINK_VERSION) return err({ code: 'newer-version' });
    if (Number(version) !== SHARE_LINK_VERSION) return err({ code: 'not-a-link' });
    if (checksumOf(`${version}.${data}`) !== checksum) return err({ code: 'changed' });
    const bytes = fromBase64Url(data);
    if (!bytes.ok) return err({ code: 'changed' });
    const text = await inflateText(bytes.value, MAX_INFLATED_BYTES);
    if (!text.ok) return err({ code: text.error });
    let json: unknown;
    try {
      json = JSON.parse(text.value);
    } catch {
      return err({ code: 'corrupt' });
    }
    return readSharePayload(json, now);
  } catch {
    return err({ code: 'corrupt' });
  }
}

export interface ShareLink {
  url: string;
  length: number;
}

/**
 * The link to a plan, after `base` (the app's address without its fragment). Refused when
 * longer than MAX_SHARE_LINK_LENGTH, and when reading it back would not give the same plan
 * (a name holding markup, say): every link this makes opens.
 */
export async function makeShareLink(
  base: string,
  shared: ShareInput,
  now: number,
): Promise<Result<ShareLink, ShareLinkError>> {
  const payload = sharePayload(shared);
  const data = toBase64Url(await deflateText(JSON.stringify(payload)));
  const signed = `${SHARE_LINK_VERSION}.${checksumOf(`${SHARE_LINK_VERSION}.${data}`)}.${data}`;
  const url = `${base}#/shared?p=${signed}`;
  if (url.length > MAX_SHARE_LINK_LENGTH) return err({ code: 'too-long', length: url.length });
  const back = await readShareLink(signed, now);
  if (!back.ok) return back;
  return ok({ url, length: url.length });
}
