import type { LaneKind } from './types';

export interface StageTemplate {
  readonly name: string;
  readonly description: string;
}
export interface LaneTemplate {
  readonly name: string;
  readonly kind: LaneKind;
}
export interface MapTemplate {
  readonly id: 'b2b' | 'blank';
  readonly label: string;
  readonly stages: readonly StageTemplate[];
  readonly lanes: readonly LaneTemplate[];
}

/** The buying cycle of a typical B2B purchase, from first awareness to advocacy. */
export const B2B_STAGES: readonly StageTemplate[] = [
  { name: 'Awareness', description: 'Notices a problem and starts reading about it, mostly alone.' },
  { name: 'Consideration', description: 'Compares ways to solve it and builds a long list of vendors.' },
  { name: 'Evaluation', description: 'Talks to sales, asks for demos and references, involves the team.' },
  { name: 'Purchase', description: 'Negotiates price and terms; procurement and legal sign off.' },
  { name: 'Onboarding', description: 'Sets the product up and expects the first result quickly.' },
  { name: 'Retention', description: 'Uses it every week and judges whether it keeps its promise.' },
  { name: 'Advocacy', description: 'Recommends it, expands the contract, speaks at events.' },
];

export const B2B_LANES: readonly LaneTemplate[] = [
  { name: 'Customer actions', kind: 'actions' },
  { name: 'Touchpoints and channels', kind: 'touchpoints' },
  { name: 'Thoughts and feelings', kind: 'thoughts' },
  { name: 'Emotion', kind: 'emotion' },
  { name: 'Pain points', kind: 'pains' },
  { name: 'Opportunities', kind: 'opportunities' },
  { name: 'Our message', kind: 'message' },
  { name: 'Backstage systems', kind: 'backstage' },
];

export const MAP_TEMPLATES: readonly MapTemplate[] = [
  { id: 'b2b', label: 'B2B buying journey (7 stages, 8 lanes)', stages: B2B_STAGES, lanes: B2B_LANES },
  {
    id: 'blank',
    label: 'Blank map (1 stage, 1 lane)',
    stages: [{ name: 'Stage 1', description: '' }],
    lanes: [{ name: 'Customer actions', kind: 'actions' }],
  },
];

export function mapTemplate(id: MapTemplate['id']): MapTemplate {
  return MAP_TEMPLATES.find((t) => t.id === id) ?? (MAP_TEMPLATES[0] as MapTemplate);
}

export const LANE_KIND_LABELS: Record<LaneKind, string> = {
  actions: 'Customer actions',
  touchpoints: 'Touchpoints and channels',
  thoughts: 'Thoughts and feelings',
  emotion: 'Emotion curve',
  pains: 'Pain points',
  opportunities: 'Opportunities',
  message: 'Our message',
  backstage: 'Backstage systems',
  ownership: 'Who owns each step',
  text: 'Text cards',
};

/** The teams every new project starts with. Fixed ids, so two copies that add them merge. */
export const DEFAULT_TEAMS = [
  { id: 'team-marketing', name: 'Marketing', color: '#2f6fdf', order: 1 },
  { id: 'team-sales', name: 'Sales', color: '#d9480f', order: 2 },
  { id: 'team-success', name: 'Customer success', color: '#2b8a3e', order: 3 },
] as const;
