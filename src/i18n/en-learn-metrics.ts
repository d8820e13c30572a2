// English text of the Learn page's entries on figures (same keys as fr-learn-metrics.ts).
import type { frLearnMetrics } from './fr-learn-metrics';

export const enLearnMetrics: Record<keyof typeof frLearnMetrics, string> = {
  'learn.aarrr.title': 'The AARRR stages and their KPIs',
  'learn.aarrr.body':
    'Dave McClure’s “pirate” funnel follows a customer through five stages, each with its KPIs:\nAcquisition, bringing people in: reach, click-through rate (CTR), CPC, CPL, CAC.\nActivation, a good first experience: sign-up rate, first-purchase rate.\nRetention, bringing them back: retention rate, repeat purchase rate, churn rate.\nReferral, getting them to talk about you: referral rate, NPS, shares.\nRevenue, making the relationship pay: average basket, ROAS, ROI, CLV.\nGiving each channel a stage shows where the budget goes: a plan that is all acquisition fills a leaking bucket.',
  'learn.aarrr.example':
    'Of 10,000 visitors (acquisition), 400 buy once (activation: 4%), 120 buy again within the year (retention: 30% of the 400), 24 refer a friend (referral: 20% of the 120). Revenue: (400 + 120) purchases × €50 = €26,000.',
  'learn.aarrr.figure': 'the AARRR matrix (planner)',

  'learn.roi-roas.title': 'ROI and ROAS (and the “100%” mistake)',
  'learn.roi-roas.body':
    'ROI = (gains − cost) ÷ cost. Gains are revenue or gross margin: the ROI screen lets you choose and says which. Break-even is an ROI of 0%: any ROI above 0% is a profit.\nSome guides say “an ROI above 100% means profit”: with this formula that is wrong. They mistake the ROI for the ratio gains ÷ cost, which is 100% at break-even.\nROAS = revenue ÷ cost, shown here as a percentage (a ROAS of 4 reads 400%). On revenue, ROAS = ROI + 100%. But ROAS ignores the margin: a ROAS above 1 (100%) can lose money. At break-even, ROAS = 1 ÷ margin rate.',
  'learn.roi-roas.example':
    '€10,000 spent, €40,000 of revenue: ROI = (40,000 − 10,000) ÷ 10,000 = 300%, ROAS = 40,000 ÷ 10,000 = 400%. With a 20% gross margin the gains fall to €8,000: ROI = (8,000 − 10,000) ÷ 10,000 = −20%, a loss despite a ROAS of 4; break-even needs a ROAS of 1 ÷ 0.2 = 5 (500%). The other way round, €15,000 of gains for €10,000 is an ROI of 50%: €5,000 of profit, below the “100%”.',
  'learn.roi-roas.figure': 'a campaign’s ROI (ROI simulator)',

  'learn.unit-costs.title': 'CPM, CPC, CPL and CAC',
  'learn.unit-costs.body':
    'Each unit cost divides the cost by what it bought, from one funnel step to the next:\nCPM = cost ÷ impressions × 1,000; CPC = cost ÷ clicks; CPL = cost ÷ leads; CAC = cost ÷ new customers.\nThe simulator computes them on the full cost (media, creative and staff time); sales houses often quote media alone: compare figures computed the same way. The lower in the funnel, the closer to money: a low CPC with few customers is expensive. The CAC is compared with what a customer brings (their CLV).',
  'learn.unit-costs.example':
    '€2,000 for 400,000 impressions; 0.5% click = 2,000 clicks; 5% become leads = 100 leads; 20% sign = 20 customers. CPM = 2,000 ÷ 400,000 × 1,000 = €5; CPC = 2,000 ÷ 2,000 = €1; CPL = 2,000 ÷ 100 = €20; CAC = 2,000 ÷ 20 = €100.',
  'learn.unit-costs.figure': 'the CAC of a funnel campaign (ROI simulator)',

  'learn.clv.title': 'CLV, the margin multiple and the 3 : 1 rule',
  'learn.clv.body':
    'CLV (customer lifetime value) is the gross margin a customer leaves over the whole relationship. Yearly margin m = basket × purchases per year × margin rate.\nSimple CLV = m × lifetime, with lifetime = 1 ÷ (1 − r) for a retention r. Discounted over T years at rate d: Σ m × rᵗ ÷ (1 + d)ᵗ. Its limit with no horizon is m × (1 + d) ÷ (1 + d − r) when the first margin is collected at once; the textbook margin multiple, r ÷ (1 + d − r), counts it after a first year of retention. The two differ by exactly one yearly margin: the simulator shows both, named.\nCLV : CAC: aim for at least 3 : 1; below 1 : 1 the customer costs more than they bring; above 5 : 1 you may be spending too little on acquisition. CAC payback in months = CAC ÷ (m ÷ 12).',
  'learn.clv.example':
    'The simulator’s example: a €20 basket, 10 purchases a year, a 40% margin, m = 20 × 10 × 40% = €80. Retention 60%, discount rate 10%, 5 years: CLV ≈ €167.50. For a €50 CAC, CLV : CAC = 3.35 : 1. The first purchase brings only €8 against the €50 (−€42), the five years +€117.50. Textbook multiple: 0.6 ÷ (1.1 − 0.6) = 1.2, so €96; first margin included: 2.2, so €176. CAC payback: 50 ÷ (80 ÷ 12) = 7.5 months.',
  'learn.clv.figure': 'the CLV : CAC (CLV simulator)',

  'learn.rfm.title': 'RFM and customer scoring',
  'learn.rfm.body':
    'Three measures per customer: R, recency (days since the last order); F, frequency (number of orders); M, monetary value (total spent). Each gets a score from 1 to 5 by quintile among your customers (5 = the most recent, the most frequent, the biggest); two customers with the same value get the same score.\nSegments read R against FM, the mean of F and M: champions to reward, customers at risk to win back, lost ones to try one last time. Customer scoring, more broadly, ranks customers by their chances of buying again, so that you spend where it pays.',
  'learn.rfm.example':
    'A customer ordered 12 days ago (R 5), 9 times (F 5), for €610 (M 4): code 554, FM = (5 + 4) ÷ 2 = 4.5, a champion. Another, last order 300 days ago (R 1) but 8 orders (F 5) and €520 (M 4): FM 4.5, “can’t lose them”, to win back now.',
  'learn.rfm.figure': 'the RFM segments of the orders (CLV screen)',

  'learn.lead-scoring.title': 'Lead scoring',
  'learn.lead-scoring.body':
    'Each lead gets points: fit points (who they are: sector, size, job, area), which do not fade, and behaviour points (what they did: an open, a download, a demo request), which fade with time (halved every 30 days by default) or count only within a window.\nCaps keep one group from swamping the other. Two thresholds sort the leads: MQL (for marketing to nurture, 30 points by default) and SQL (for sales to call, 50). The A–C × 1–3 grid keeps fit and behaviour apart; pre-qualification sets aside leads that cannot be reached or are outside your area. Below about a hundred leads a month, sorting by last contact works as well.',
  'learn.lead-scoring.example':
    'A director (+20) at a company of 50 to 200 staff (+10) asked for a demo 15 days ago (30 × 0.5^(15 ÷ 30) = 21.2) and opened a newsletter 60 days ago (5 × 0.25 = 1.25): 20 + 10 + 21.2 + 1.25 = 52.5 points, above 50: SQL.',
  'learn.lead-scoring.figure': 'the scoring model (Leads screen)',

  'learn.influencer-tiers.title': 'Influencer tiers',
  'learn.influencer-tiers.body':
    'By followers: nano from 1,000 to 9,999, micro from 10,000 to 99,999, macro from 100,000 to 999,999, mega from 1,000,000; below 1,000 an account is not called an influencer. Small accounts have a closer community, stronger engagement and a lower price; large ones bring reach. Compare an account’s engagement and price with those of its tier, not with the others’.',
  'learn.influencer-tiers.example':
    '12,500 followers: micro; 9,999: nano. For €2,500, ten micro-influencers at €250 reach about 150,000 very engaged followers together; one macro at €2,500 may reach 300,000, less engaged.',
  'learn.influencer-tiers.figure': 'the Tier column (Influencers screen)',

  'learn.engagement.title': 'Engagement rate: the denominator changes everything',
  'learn.engagement.body':
    'Engagement = interactions (likes + comments, sometimes + shares and saves) ÷ a denominator, and the denominator changes everything:\nby followers, Instagram’s usual measure, comparable from one account to the next but counting followers who never saw the post;\nby reach (the people who saw it), higher, and it needs the creator’s statistics;\nby impressions (every display counts), lower than by reach when people see the post several times.\nThe tools disagree with one another: every rate must name its formula. The sheet shows the rate by followers and the rate by views or reach, with the median of the last posts once three are entered.',
  'learn.engagement.example':
    'A post with 600 likes + 40 comments = 640 interactions, on an account of 20,000 followers, seen by 8,000 people, displayed 10,000 times: 640 ÷ 20,000 = 3.2% by followers, 640 ÷ 8,000 = 8% by reach, 640 ÷ 10,000 = 6.4% by impressions. One post, three rates.',
  'learn.engagement.figure': 'the ER ÷ followers column (Influencers screen)',

  'learn.disclosure.title': 'Commercial influence: the French law of 9 June 2023',
  'learn.disclosure.body':
    'French law no. 2023-451 of 9 June 2023 (article 5) requires, for any promotion made for payment or a benefit, the mention « Publicité » (advertising) or « Collaboration commerciale » (commercial collaboration), clear, legible and identifiable on the image or video, in every format and for the whole promotion (not only in the caption, nor lost among hashtags).\nA retouched face or body must carry « Images retouchées »; one generated by software, « Images virtuelles ». The ordonnance no. 2024-978 of 6 November 2024 accepts an equivalent mention suited to the format. Failing to disclose can lead to up to two years in prison and a €300,000 fine. This is information, not legal advice.',
  'learn.disclosure.example':
    'A three-frame story paid €400 with a promo code: « Collaboration commerciale » on the image of each of the three frames, from the first second to the last; if a filter smooths the skin, « Images retouchées » as well.',
  'learn.disclosure.figure': 'an influencer’s disclosure checklist (Influencers screen)',
};
