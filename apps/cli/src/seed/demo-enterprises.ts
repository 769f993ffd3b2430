import { Activity, LegalStructure } from '@small-places/compliance';
import { PipelineStage } from '@small-places/crm';

/** Sixty plausible community micro-enterprises, spread over the pipeline like a real caseload. */
const NAMES = [
  'Village Care',
  'Rosie’s Lunch Club',
  'Wellington Wheels',
  'Quantock Companions',
  'Tone Valley Home Help',
  'Blackdown Shared Lives',
  'Priory Meals on Foot',
  'Hestercombe Garden Friends',
  'Creech Carers',
  'Norton Helping Hands',
  'Bishops Lydeard Befrienders',
  'Staplegrove Sitters',
  'Minehead Mobility Rides',
  'Exmoor Day Club',
  'Dulverton Dinners',
  'Watchet Wellbeing',
  'Williton Walk and Talk',
  'Porlock Personal Care',
  'Wiveliscombe Warm Welcome',
  'Milverton Meals',
  'Easton Community Cooks',
  'St Pauls Companions',
  'Redland Rides',
  'Cotham Carers Co-op',
  'Bishopston Befriending',
  'Horfield Home Help',
  'Lockleaze Lunch Club',
  'Southmead Shared Lives',
  'Henleaze Helping Hands',
  'Westbury Wheels',
  'Fishponds Friends',
  'Stapleton Day Centre',
  'Frenchay Family Care',
  'Downend Dinners',
  'Eastville Elders Club',
  'Montpelier Meals',
  'Stokes Croft Support',
  'Filton Carers',
  'Brentry Befrienders',
  'Henbury Home Help',
  'Taunton Tea and Talk',
  'Kingston St Mary Care',
  'Cheddon Companions',
  'Monkton Heathfield Meals',
  'Ruishton Rides',
  'Hatch Beauchamp Helpers',
  'Trull Home Support',
  'Pitminster Personal Care',
  'Corfe Carers',
  'Oake Lunch Club',
  'Baptist Mills Meals',
  'Greenbank Garden Club',
  'Whitehall Wellbeing',
  'Speedwell Sitters',
  'Kingswood Kindness',
  'Hambrook Helping Hands',
  'Coombe Dingle Companions',
  'Sea Mills Support',
  'Shirehampton Shared Lives',
  'Avonmouth Rides',
];

const ACTIVITY_SETS: Activity[][] = [
  [Activity.PERSONAL_CARE],
  [Activity.MEALS],
  [Activity.COMPANIONSHIP, Activity.HOME_HELP],
  [Activity.TRANSPORT],
  [Activity.DAY_ACTIVITIES, Activity.MEALS],
  [Activity.SHARED_LIVES],
  [Activity.HOME_HELP],
  [Activity.PERSONAL_CARE, Activity.COMPANIONSHIP],
];

const STRUCTURES = [
  LegalStructure.SOLE_TRADER,
  LegalStructure.SOLE_TRADER,
  LegalStructure.CIC,
  LegalStructure.PARTNERSHIP,
  LegalStructure.LIMITED_COMPANY,
  LegalStructure.COOPERATIVE,
  LegalStructure.UNINCORPORATED,
];

/** How many of the sixty sit at each stage. */
const STAGE_SPREAD: [PipelineStage, number][] = [
  [PipelineStage.ENQUIRY, 12],
  [PipelineStage.EXPLORING, 12],
  [PipelineStage.SETTING_UP, 11],
  [PipelineStage.READY, 7],
  [PipelineStage.TRADING, 10],
  [PipelineStage.ESTABLISHED, 5],
  [PipelineStage.PAUSED, 2],
  [PipelineStage.CLOSED, 1],
];

export interface DemoEnterprise {
  index: number;
  name: string;
  activities: Activity[];
  legalStructure: LegalStructure;
  stage: PipelineStage;
  /** 0 for Taunton, 1 for Bristol. */
  area: 0 | 1;
}

export function demoEnterprises(): DemoEnterprise[] {
  const stages = STAGE_SPREAD.flatMap(([stage, count]) => Array.from({ length: count }, () => stage));
  return NAMES.map((name, index) => ({
    index,
    name,
    activities: ACTIVITY_SETS[index % ACTIVITY_SETS.length],
    legalStructure: STRUCTURES[index % STRUCTURES.length],
    // Interleave stages so both Areas get a full pipeline.
    stage: stages[(index * 7) % stages.length],
    area: (index < 20 || (index >= 40 && index < 50) ? 0 : 1) as 0 | 1,
  }));
}
