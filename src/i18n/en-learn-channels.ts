// English text of the Learn page's entries on channels (same keys as fr-learn-channels.ts).
import type { frLearnChannels } from './fr-learn-channels';

export const enLearnChannels: Record<keyof typeof frLearnChannels, string> = {
  'learn.media.title': 'Media and below the line (hors-média)',
  'learn.media.body':
    'Media are the spaces bought from a sales house to reach a wide audience: television, radio, press, outdoor, cinema and paid digital (search ads, social media ads, display).\nBelow the line — the French say hors-média — is everything else: direct marketing (email, text messages, direct mail), trade shows and conferences, press relations, sponsorship and patronage, in-store activation, street marketing, sampling, account-based marketing, influence, webinars, loyalty programmes. It reaches fewer people, but more closely, and often weighs more than media in a small business’s budget.',
  'learn.media.example':
    'The demo plan budgets €46,150, of which €21,500 is media (social ads €10,900, Google Ads €6,100, local press €4,500). Media share = 21,500 ÷ 46,150 = 46.6%; below the line = 53.4%.',
  'learn.media.figure': 'the media / below-the-line split of the budget (planner)',

  'learn.poe.title': 'Paid, owned and earned media',
  'learn.poe.body':
    'Paid: the space is bought (advertising, sponsorship, a trade-show stand). Owned: the channel belongs to the brand (website, shop, newsletter, social accounts, loyalty programme). Earned: the visibility comes from others without the space being bought (press articles, reviews, shares, word of mouth).\nEarned does not mean free: a press-relations agency is paid, but you pay for the work, not the article. The three feed each other: advertising makes you known, owned channels keep people, earned media makes you credible.',
  'learn.poe.example':
    'A €4,500 insert in the local press is paid; €2,300 of press-relations fees that bring three articles is earned; the newsletter sent to subscribers, €2,750 of tool and design over the year, is owned.',
  'learn.poe.figure': 'the family × paid / owned / earned matrix (planner)',

  'learn.inbound.title': 'Inbound and outbound',
  'learn.inbound.body':
    'Outbound, the brand goes after the customer: advertising, direct mail, cold calling, trade shows. It is fast and easy to steer, but the results stop when the spending does.\nInbound, it draws in those who are already looking: useful content, search engine optimisation, webinars, a newsletter people sign up for, social media. It is slower to start, but what it produces keeps paying. Most plans mix both: outbound fills the funnel now, inbound lowers the cost per lead over time.',
  'learn.inbound.example':
    'A webinar costs €1,500 and gathers 120 registrants: 1,500 ÷ 120 = €12.50 per lead, and its replay keeps bringing more without new spending. A €6,000 trade show brings 200 contacts: €30 per lead, and stops on its last day.',
  'learn.inbound.figure': 'the channel catalogue: webinar (planner)',

  'learn.direct.title': 'Direct marketing and permission (opt-in, GDPR)',
  'learn.direct.body':
    'Direct marketing speaks to an identified person (email, text message, letter, call) and is measured by the response: opens, clicks, orders.\nIn France, emailing or texting a consumer to prospect them needs their prior consent (opt-in: a box they tick themselves, never pre-ticked). The exception: an existing customer, for similar products, who could easily say no. Between businesses, an email related to the recipient’s job is allowed if they can object. Every message offers a one-click unsubscribe. The GDPR also asks you to be able to prove the consent and not to keep a prospect forever (the CNIL recommends 3 years after their last contact). Post and phone work the other way round: allowed unless the person objects (Bloctel for the phone).',
  'learn.direct.example':
    'A newsletter sent to 4,000 subscribers who said yes: 1,200 opens (30%), 120 clicks (3% of sends), 12 orders at €60 = €720 of revenue for €150 of sending. A file of 50,000 addresses bought without consent cannot receive that email.',
  'learn.direct.figure': 'the channel catalogue: email marketing (planner)',

  'learn.crm.title': 'CRM and below the line',
  'learn.crm.body':
    'CRM (customer relationship management) is the database of your customers and their purchases, and above all what you do with it: loyalty programme, abandoned-basket reminders, birthday offers, service reminders. These are owned, below-the-line actions: the brand talks to people it already knows, without buying space.\nTheir cost is the tool and the benefits given; their effect shows in retention and customer lifetime value (CLV), rarely in this week’s sales. RFM segmentation tells you whom to send what.',
  'learn.crm.example':
    'A €5 voucher sent to the 400 “at risk” customers: 60 come back with a €45 basket at a 40% margin. Only the vouchers used cost anything: 60 × 5 = €300. Margin = 60 × 45 × 40% = €1,080, so €780 of net margin.',
  'learn.crm.figure': 'the channel catalogue: loyalty programme (planner)',

  'learn.programmatic.title': 'Programmatic buying',
  'learn.programmatic.body':
    'Platforms buy ad space impression by impression, often by real-time auction while the page loads. You target an audience (data about the visitor) rather than a website, and pay by CPM (cost per thousand impressions).\nThe risks: ads nobody sees (off screen), bot traffic, placements that harm the brand, and personal data used without valid cookie consent. Ask for the viewability rate, cap the frequency and keep a list of accepted sites.',
  'learn.programmatic.example':
    '250,000 impressions at an €8 CPM cost 250,000 ÷ 1,000 × 8 = €2,000. If only 60% are viewable, the CPM of the impressions seen rises to 2,000 ÷ 150,000 × 1,000 = €13.33.',
  'learn.programmatic.figure': 'the channel catalogue: programmatic display (planner)',

  'learn.buying-leads.title': 'Buying leads: the risks',
  'learn.buying-leads.body':
    'Buying lists or leads “generated” by a third party fills the funnel fast, but: the consent must come with them (given to whom, for what use?), or you may neither email nor text them; the same lead is often sold to several competitors; part of the contacts are fake or out of date; and the intent is weak, so a low CPL often hides a high CAC.\nAsk for the source, the date, the proof of consent, exclusivity and refunds for invalid leads. Then pre-qualify them (reachable, in your area) and score them before passing them to sales.',
  'learn.buying-leads.example':
    'Batch A: 1,000 leads at €5 = €5,000, 1% sign, so 10 customers: CAC €500. Batch B: 200 leads at €20 = €4,000, 8% sign, so 16 customers: CAC €250. The cheaper lead costs twice as much per customer.',
  'learn.buying-leads.figure': 'the leads’ pre-qualification (Leads screen)',

  'learn.open-day.title': 'Open days',
  'learn.open-day.body':
    'Opening your workshop, shop, school or factory to the public for a day: an owned, below-the-line event that makes the trade visible and builds trust. The costs: invitations, reception, demonstrations, staff time.\nMeasure visitors, contacts collected (with their consent), sales on the day and in the weeks after, and the cost per visitor. Invite customers and neighbours, tell the local press (earned media) and make an offer valid for a few weeks.',
  'learn.open-day.example':
    '€1,200 (invitations €300, buffet €400, staff €500) for 150 visitors: €8 per visitor. 30 purchases at €70 within the month = €2,100; at a 50% margin, €1,050. The month’s ROI = (1,050 − 1,200) ÷ 1,200 = −12.5%: the next purchases of these new customers decide.',
  'learn.open-day.figure': 'the channel catalogue: open day (planner)',
};
