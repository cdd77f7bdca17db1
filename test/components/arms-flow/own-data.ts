/** A small made-up register in SIPRI's shape, for another recipient (shared by Node and browser tests). */
import type { ArmsData, ArmsDelivery } from '../../../src/data/types.js';

/** A made-up register for another recipient, in SIPRI's shape. */
export function madeUp(): ArmsData {
  const row = (
    sipriId: number,
    supplier: string,
    category: string,
    deliveryYear: number,
    tiv: number,
    designation = `D-${sipriId}`,
  ): ArmsDelivery => ({
    sipriId,
    supplier,
    recipient: 'Atlantis',
    designation,
    description: 'test item',
    category,
    orderYear: deliveryYear - 1,
    orderYearEstimate: false,
    delivered: 2,
    deliveredEstimate: sipriId % 2 === 0,
    deliveryYear,
    deliveryYearEstimate: false,
    status: 'New',
    tivUnit: tiv / 2,
    tiv,
    localProduction: false,
  });
  return {
    register: {
      recipient: 'Atlantis',
      unit: 'SIPRI TIV (millions)',
      release: '2024-03-11',
      sources: ['Test register'],
      suppliers: { France: { iso3: 'FRA', m49: '250' }, Norway: { iso3: 'NOR', m49: '578' } },
      deliveries: [
        row(1, 'France', 'Ships', 2010, 30),
        row(1, 'France', 'Ships', 2011, 20),
        row(2, 'Norway', 'Sensors', 2011, 5.5),
        row(3, 'Norway', 'Ships', 2013, 12.25),
        row(4, 'Brazil', 'Aircraft', 2013, 7),
      ],
    },
    figures: [],
  };
}
