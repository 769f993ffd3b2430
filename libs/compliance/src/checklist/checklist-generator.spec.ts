import { CATALOGUE_V1 } from '../catalogue/catalogue-v1';
import { EnterpriseFacts } from '../enterprise-facts';
import { Activity, LegalStructure } from '../vocabulary';
import { bearsOnCategory, requiredItems } from './checklist-generator';

const SAM = { id: '00000000-0000-4000-8000-000000000001', name: 'Sam Carer', worksWithClients: true };
const ALEX = { id: '00000000-0000-4000-8000-000000000002', name: 'Alex Cook', worksWithClients: true };
const BOOKS = { id: '00000000-0000-4000-8000-000000000003', name: 'Bo Books', worksWithClients: false };

const careAndMeals: EnterpriseFacts = {
  id: '00000000-0000-4000-8000-0000000000e1',
  areaId: '00000000-0000-4000-8000-0000000000a1',
  legalStructure: LegalStructure.SOLE_TRADER,
  activities: [Activity.PERSONAL_CARE, Activity.MEALS],
  employsStaff: false,
  tradingStartsOn: '2027-03-01',
  members: [SAM, ALEX, BOOKS],
};

const lines = (facts: EnterpriseFacts) =>
  requiredItems(facts, CATALOGUE_V1).map(
    (item) => `${item.requirementCode}${item.memberName ? ` / ${item.memberName}` : ''} @ ${item.dueOn}`,
  );

describe('the checklist generator', () => {
  it('gives a sole trader doing personal care and meals from 1 March 2027 exactly what the law asks', () => {
    expect(lines(careAndMeals)).toEqual([
      'CQC_REGISTRATION @ 2027-03-01',
      'PUBLIC_LIABILITY_INSURANCE @ 2027-03-01',
      'ICO_DATA_PROTECTION_FEE @ 2027-03-01',
      'HMRC_SELF_ASSESSMENT_REGISTRATION @ 2027-10-05',
      'HMRC_SELF_ASSESSMENT_RETURN @ 2028-01-31',
      'FOOD_BUSINESS_REGISTRATION @ 2027-02-01',
      'QUALITY_STANDARDS_AGREEMENT @ 2027-03-01',
      'POLICIES_IN_PLACE @ 2027-03-01',
      'DBS_ENHANCED / Sam Carer @ 2027-03-01',
      'DBS_ENHANCED / Alex Cook @ 2027-03-01',
      'DBS_UPDATE_SERVICE / Sam Carer @ null',
      'DBS_UPDATE_SERVICE / Alex Cook @ null',
      'SAFEGUARDING_TRAINING / Sam Carer @ 2027-03-01',
      'SAFEGUARDING_TRAINING / Alex Cook @ 2027-03-01',
      'SAFEGUARDING_TRAINING / Bo Books @ 2027-03-01',
      'MOVING_AND_HANDLING_TRAINING / Sam Carer @ 2027-03-01',
      'MOVING_AND_HANDLING_TRAINING / Alex Cook @ 2027-03-01',
      'MEDICATION_TRAINING / Sam Carer @ 2027-03-01',
      'MEDICATION_TRAINING / Alex Cook @ 2027-03-01',
      'FOOD_HYGIENE_TRAINING / Sam Carer @ 2027-03-01',
      'FOOD_HYGIENE_TRAINING / Alex Cook @ 2027-03-01',
      'FIRST_AID_TRAINING / Sam Carer @ null',
      'FIRST_AID_TRAINING / Alex Cook @ null',
    ]);
    const codes = requiredItems(careAndMeals, CATALOGUE_V1).map((item) => item.requirementCode);
    expect(codes).not.toContain('EMPLOYERS_LIABILITY_INSURANCE');
    expect(codes).not.toContain('BUSINESS_VEHICLE_INSURANCE');
    expect(codes).not.toContain('SHARED_LIVES_APPROVAL');
  });

  it('adds employers’ liability for an employer, vehicle insurance for transport, Shared Lives approval', () => {
    const codes = requiredItems(
      {
        ...careAndMeals,
        employsStaff: true,
        activities: [Activity.TRANSPORT, Activity.SHARED_LIVES],
        legalStructure: LegalStructure.LIMITED_COMPANY,
      },
      CATALOGUE_V1,
    ).map((item) => item.requirementCode);
    expect(codes).toEqual(
      expect.arrayContaining([
        'EMPLOYERS_LIABILITY_INSURANCE',
        'BUSINESS_VEHICLE_INSURANCE',
        'SHARED_LIVES_APPROVAL',
      ]),
    );
    // A company files corporation tax, not Self Assessment; no personal care, no meals.
    for (const absent of [
      'HMRC_SELF_ASSESSMENT_REGISTRATION',
      'HMRC_SELF_ASSESSMENT_RETURN',
      'CQC_REGISTRATION',
      'FOOD_BUSINESS_REGISTRATION',
      'MEDICATION_TRAINING',
      'FOOD_HYGIENE_TRAINING',
    ]) {
      expect(codes).not.toContain(absent);
    }
  });

  it('has no dates until trading has a start date, except those with none anyway', () => {
    const items = requiredItems({ ...careAndMeals, tradingStartsOn: null }, CATALOGUE_V1);
    expect(items.every((item) => item.dueOn === null)).toBe(true);
  });

  it('gives a partnership HMRC items and an enterprise with no members only enterprise items', () => {
    const items = requiredItems(
      { ...careAndMeals, legalStructure: LegalStructure.PARTNERSHIP, members: [] },
      CATALOGUE_V1,
    );
    expect(items.every((item) => item.memberId === null)).toBe(true);
    expect(items.map((item) => item.requirementCode)).toContain('HMRC_SELF_ASSESSMENT_REGISTRATION');
  });

  it('holds every requirement of PRODUCT.md §3.3 once, with MOVING_AND_HANDLING and MEDICATION separate', () => {
    expect(CATALOGUE_V1.map((requirement) => requirement.code).sort()).toEqual(
      [
        'CQC_REGISTRATION',
        'DBS_ENHANCED',
        'DBS_UPDATE_SERVICE',
        'PUBLIC_LIABILITY_INSURANCE',
        'EMPLOYERS_LIABILITY_INSURANCE',
        'ICO_DATA_PROTECTION_FEE',
        'HMRC_SELF_ASSESSMENT_REGISTRATION',
        'HMRC_SELF_ASSESSMENT_RETURN',
        'FOOD_BUSINESS_REGISTRATION',
        'FOOD_HYGIENE_TRAINING',
        'SAFEGUARDING_TRAINING',
        'MOVING_AND_HANDLING_TRAINING',
        'MEDICATION_TRAINING',
        'FIRST_AID_TRAINING',
        'BUSINESS_VEHICLE_INSURANCE',
        'SHARED_LIVES_APPROVAL',
        'QUALITY_STANDARDS_AGREEMENT',
        'POLICIES_IN_PLACE',
      ].sort(),
    );
    const optional = CATALOGUE_V1.filter((requirement) => !requirement.mandatory).map((r) => r.code);
    expect(optional.sort()).toEqual(['DBS_UPDATE_SERVICE', 'FIRST_AID_TRAINING']);
    for (const requirement of CATALOGUE_V1) {
      expect(requirement.guidance.split('. ').length).toBeGreaterThanOrEqual(2);
      if (requirement.sourceUrl) {
        expect(requirement.sourceUrl).toMatch(
          /^https:\/\/www\.(gov\.uk|cqc\.org\.uk|food\.gov\.uk|hse\.gov\.uk)\/|^https:\/\/ico\.org\.uk\//,
        );
      }
    }
  });

  it.each([
    ['FOOD_BUSINESS_REGISTRATION', Activity.MEALS, true],
    ['FOOD_BUSINESS_REGISTRATION', Activity.PERSONAL_CARE, false],
    ['CQC_REGISTRATION', Activity.PERSONAL_CARE, true],
    ['PUBLIC_LIABILITY_INSURANCE', Activity.COMPANIONSHIP, true],
    ['DBS_ENHANCED', Activity.MEALS, true],
  ])('%s bears on %s listings: %s', (code, category, expected) => {
    const requirement = CATALOGUE_V1.find((r) => r.code === code)!;
    expect(bearsOnCategory(requirement.trigger, category)).toBe(expected);
  });
});
