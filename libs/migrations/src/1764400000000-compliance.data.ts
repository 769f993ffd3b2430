/**
 * Catalogue v1 as migration 1764400000000 inserted it, frozen: a migration's data never changes after it
 * ships, so this is a copy, not an import of libs/compliance (whose catalogue may move on to v2). A later
 * catalogue version is a new migration with a data file of its own.
 */
export const CATALOGUE_V1_VERSION = 1;

/** One row of the requirements table, as v1 wrote it. */
export interface FrozenRequirement {
  code: string;
  title: string;
  guidance: string;
  legalBasis: string;
  sourceUrl: string | null;
  appliesTo: 'ENTERPRISE' | 'EACH_MEMBER';
  trigger: Record<string, unknown>;
  mandatory: boolean;
  beforeTrading: boolean;
  dueRule: Record<string, unknown>;
  validityMonths: number | null;
  validityFrom: 'COMPLETION' | 'DUE_DATE';
  reminderOffsetsDays: number[];
  chaseEveryDays: number | null;
  position: number;
}

export const CATALOGUE_V1: readonly FrozenRequirement[] = [
  {
    code: 'CQC_REGISTRATION',
    title: 'CQC registration',
    guidance:
      'Personal care is a regulated activity: register with the Care Quality Commission before you list it. CQC aims to decide within 10 weeks of a valid application, but allow 16 to 26 weeks, so apply early and mark this item in progress when you do. If you work alone, employed and directed by the person you support, or only introduce carers, you may be exempt: ask your Catalyst to confirm and record it.',
    legalBasis:
      'Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, regulation 3 and Schedule 1 (personal care); exemptions in Schedule 1 paragraph 1(3)',
    sourceUrl: 'https://www.cqc.org.uk/guidance-providers/registration',
    appliesTo: 'ENTERPRISE',
    trigger: {
      activities: ['PERSONAL_CARE'],
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: null,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: 28,
    position: 10,
  },
  {
    code: 'SHARED_LIVES_APPROVAL',
    title: 'Shared Lives approval',
    guidance:
      'Shared Lives carers are assessed and approved by a panel of a registered Shared Lives scheme; the scheme, not you, registers with CQC. Apply to the scheme that covers your area and mark this item in progress while the assessment runs. Your approval is reviewed every year.',
    legalBasis:
      'Health and Social Care Act 2008 (Regulated Activities) Regulations 2014 (the scheme is the registered provider); Care Act 2014 statutory guidance',
    sourceUrl: 'https://www.cqc.org.uk/guidance-providers/registration',
    appliesTo: 'ENTERPRISE',
    trigger: {
      activities: ['SHARED_LIVES'],
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: 28,
    position: 20,
  },
  {
    code: 'PUBLIC_LIABILITY_INSURANCE',
    title: 'Public liability insurance',
    guidance:
      'Buy public liability insurance that covers the support you give in people’s homes and out and about. Record the policy number and the date cover ends. The council’s micro-provider scheme asks for it before you are listed.',
    legalBasis: 'Not required by law; required by council micro-provider schemes',
    sourceUrl: null,
    appliesTo: 'ENTERPRISE',
    trigger: {},
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 30,
  },
  {
    code: 'EMPLOYERS_LIABILITY_INSURANCE',
    title: 'Employers’ liability insurance',
    guidance:
      'As soon as you employ anyone you must hold employers’ liability insurance of at least £5 million from an authorised insurer. Record the policy number and the date cover ends, and display the certificate where your staff can see it.',
    legalBasis:
      'Employers’ Liability (Compulsory Insurance) Act 1969 and Employers’ Liability (Compulsory Insurance) Regulations 1998 (at least £5 million)',
    sourceUrl: 'https://www.gov.uk/employers-liability-insurance',
    appliesTo: 'ENTERPRISE',
    trigger: {
      employsStaff: true,
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 40,
  },
  {
    code: 'ICO_DATA_PROTECTION_FEE',
    title: 'ICO data protection fee',
    guidance:
      'You keep records about the people you support, so pay the data protection fee to the Information Commissioner’s Office. Most micro-enterprises are tier 1, £52 a year (from 17 February 2025). Record your registration number.',
    legalBasis: 'Data Protection (Charges and Information) Regulations 2018',
    sourceUrl: 'https://ico.org.uk/for-organisations/data-protection-fee/',
    appliesTo: 'ENTERPRISE',
    trigger: {},
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 50,
  },
  {
    code: 'HMRC_SELF_ASSESSMENT_REGISTRATION',
    title: 'Register for Self Assessment with HMRC',
    guidance:
      'Register for Self Assessment as self-employed by 5 October after the end of the tax year in which you started trading (tax years run 6 April to 5 April). For example, trading from 1 June 2026 means registering by 5 October 2027. Record your Unique Taxpayer Reference when it arrives.',
    legalBasis: 'Taxes Management Act 1970, section 7',
    sourceUrl: 'https://www.gov.uk/register-for-self-assessment',
    appliesTo: 'ENTERPRISE',
    trigger: {
      legalStructures: ['SOLE_TRADER', 'PARTNERSHIP'],
    },
    mandatory: true,
    beforeTrading: false,
    dueRule: {
      kind: 'SELF_ASSESSMENT_REGISTRATION',
    },
    validityMonths: null,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 60,
  },
  {
    code: 'HMRC_SELF_ASSESSMENT_RETURN',
    title: 'Self Assessment tax return',
    guidance:
      'File your online tax return and pay what you owe by 31 January after the end of each tax year. After your first year HMRC may also ask for payments on account, due 31 January and 31 July. Mark this done when the return is filed; it comes round again for the next 31 January.',
    legalBasis: 'Taxes Management Act 1970, sections 8, 59A (payments on account) and 59B',
    sourceUrl: 'https://www.gov.uk/self-assessment-tax-returns/deadlines',
    appliesTo: 'ENTERPRISE',
    trigger: {
      legalStructures: ['SOLE_TRADER', 'PARTNERSHIP'],
    },
    mandatory: true,
    beforeTrading: false,
    dueRule: {
      kind: 'SELF_ASSESSMENT_RETURN',
    },
    validityMonths: 12,
    validityFrom: 'DUE_DATE',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 70,
  },
  {
    code: 'FOOD_BUSINESS_REGISTRATION',
    title: 'Register as a food business',
    guidance:
      'Register with your local council at least 28 days before you start preparing or serving food. It is free, and each kitchen you use needs registering, your home kitchen included. Record the date you registered.',
    legalBasis:
      'Regulation (EC) No 852/2004 Article 6 (as retained), Food Safety and Hygiene (England) Regulations 2013',
    sourceUrl: 'https://www.food.gov.uk/business-guidance/register-a-food-business',
    appliesTo: 'ENTERPRISE',
    trigger: {
      activities: ['MEALS'],
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 28,
    },
    validityMonths: null,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 80,
  },
  {
    code: 'QUALITY_STANDARDS_AGREEMENT',
    title: 'Quality standards agreement',
    guidance:
      'Read and sign your Area’s “doing it right” quality standards with your Catalyst. You review them together once a year.',
    legalBasis: 'The Area’s own quality standards for listed micro-enterprises (Care Act 2014, section 5)',
    sourceUrl: null,
    appliesTo: 'ENTERPRISE',
    trigger: {},
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 90,
  },
  {
    code: 'POLICIES_IN_PLACE',
    title: 'Safeguarding, complaints and data protection policies',
    guidance:
      'Write short policies on safeguarding, complaints and data protection, and make sure everyone who works with you has read them. Your Catalyst has templates. Review them once a year.',
    legalBasis: 'Care Act 2014 sections 42 to 46 (safeguarding); UK GDPR Articles 5 and 24',
    sourceUrl: 'https://ico.org.uk/for-organisations/',
    appliesTo: 'ENTERPRISE',
    trigger: {},
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 100,
  },
  {
    code: 'BUSINESS_VEHICLE_INSURANCE',
    title: 'Business-use vehicle insurance',
    guidance:
      'Taking people out in your car needs insurance that covers business use; social, domestic and commuting cover is not enough. Ask your insurer to add it and record the policy number and end date.',
    legalBasis: 'Road Traffic Act 1988, section 143',
    sourceUrl: 'https://www.gov.uk/vehicle-insurance',
    appliesTo: 'ENTERPRISE',
    trigger: {
      activities: ['TRANSPORT'],
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 110,
  },
  {
    code: 'DBS_ENHANCED',
    title: 'Enhanced DBS check with adults’ barred list',
    guidance:
      'Everyone who works with clients needs an enhanced DBS check including the adults’ barred list. Since 21 January 2026 self-employed people can apply through an umbrella body. Record the certificate number and its issue date as the completion date.',
    legalBasis:
      'Safeguarding Vulnerable Groups Act 2006; Police Act 1997 Part V; Police Act 1997 (Criminal Records) Regulations 2002',
    sourceUrl: 'https://www.gov.uk/find-out-dbs-check',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      members: 'WORKS_WITH_CLIENTS',
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 36,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 200,
  },
  {
    code: 'DBS_UPDATE_SERVICE',
    title: 'DBS Update Service',
    guidance:
      'Joining the DBS Update Service (£16 a year) keeps your certificate current, so you need not apply again. Join within 30 days of the certificate’s issue; the renewal window opens 30 days before the subscription ends. Recommended, not required.',
    legalBasis: 'Protection of Freedoms Act 2012 (update arrangements)',
    sourceUrl: 'https://www.gov.uk/dbs-update-service',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      members: 'WORKS_WITH_CLIENTS',
    },
    mandatory: false,
    beforeTrading: false,
    dueRule: {
      kind: 'NONE',
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 210,
  },
  {
    code: 'SAFEGUARDING_TRAINING',
    title: 'Safeguarding adults training',
    guidance:
      'Everyone in the enterprise should know how to spot abuse or neglect and whom to tell. Take a safeguarding adults course (your council or Catalyst can point you to one) and refresh it every year.',
    legalBasis: 'Care Act 2014 section 42 and the Care and Support Statutory Guidance, chapter 14',
    sourceUrl: 'https://www.gov.uk/government/publications/care-act-statutory-guidance',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      members: 'ALL',
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 220,
  },
  {
    code: 'MOVING_AND_HANDLING_TRAINING',
    title: 'Moving and handling training',
    guidance:
      'If you help people move, take a practical moving and handling course before you start, and refresh it every year. Record the course and the date you completed it.',
    legalBasis: 'Manual Handling Operations Regulations 1992; Health and Safety at Work etc. Act 1974',
    sourceUrl: 'https://www.hse.gov.uk/msd/manual-handling/index.htm',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      activities: ['PERSONAL_CARE'],
      members: 'WORKS_WITH_CLIENTS',
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 230,
  },
  {
    code: 'MEDICATION_TRAINING',
    title: 'Medication training',
    guidance:
      'If you help anyone take their medicines, take a medication awareness course before you start and refresh it every year. Record the course and the date you completed it.',
    legalBasis:
      'Health and Social Care Act 2008 (Regulated Activities) Regulations 2014, regulation 12 (safe care and treatment)',
    sourceUrl:
      'https://www.cqc.org.uk/guidance-providers/adult-social-care/medicines-information-adult-social-care-services',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      activities: ['PERSONAL_CARE'],
      members: 'WORKS_WITH_CLIENTS',
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 12,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 240,
  },
  {
    code: 'FOOD_HYGIENE_TRAINING',
    title: 'Food hygiene training',
    guidance:
      'Anyone who prepares or serves food needs food hygiene training; a level 2 food hygiene certificate is the usual choice. Refresh it every three years.',
    legalBasis: 'Regulation (EC) No 852/2004 Annex II Chapter XII (as retained)',
    sourceUrl: 'https://www.food.gov.uk/business-guidance/food-hygiene-for-your-business',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      activities: ['MEALS'],
      members: 'WORKS_WITH_CLIENTS',
    },
    mandatory: true,
    beforeTrading: true,
    dueRule: {
      kind: 'BEFORE_TRADING_START',
      daysBefore: 0,
    },
    validityMonths: 36,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 250,
  },
  {
    code: 'FIRST_AID_TRAINING',
    title: 'First aid training',
    guidance:
      'A first aid course helps you act quickly if someone you support is taken ill or hurt. Recommended, not required; refresh it every three years.',
    legalBasis: 'Health and Safety (First-Aid) Regulations 1981 (guidance for the self-employed)',
    sourceUrl: 'https://www.hse.gov.uk/firstaid/',
    appliesTo: 'EACH_MEMBER',
    trigger: {
      members: 'WORKS_WITH_CLIENTS',
    },
    mandatory: false,
    beforeTrading: false,
    dueRule: {
      kind: 'NONE',
    },
    validityMonths: 36,
    validityFrom: 'COMPLETION',
    reminderOffsetsDays: [30, 7, 1, 0],
    chaseEveryDays: null,
    position: 260,
  },
];
