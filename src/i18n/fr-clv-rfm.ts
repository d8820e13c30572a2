// French strings of the CLV screen: RFM table, segments, rules editor and customer export (loaded with the screen).
export const frClvRfm = {
  'clv.rfm.title': 'Segments RFM',
};
